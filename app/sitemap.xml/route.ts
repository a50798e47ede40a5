import { sitemapXml, documentResponse } from '@/lib/seo/site-documents';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function GET() {
  return documentResponse(sitemapXml());
}
