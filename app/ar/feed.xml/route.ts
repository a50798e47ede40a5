import { arabicRssFeed, documentResponse } from '@/lib/seo/site-documents';

/** The Arabic edition's feed. Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function GET() {
  return documentResponse(arabicRssFeed(), 'application/rss+xml');
}
