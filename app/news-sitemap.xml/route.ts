import { newsSitemapXml, documentResponse } from '@/lib/seo/site-documents';

/**
 * Google News sitemap: articles of the last 48 hours. Regenerated at most
 * every 5 minutes (ISR), so it moves with the clock without a redeploy.
 */
export const revalidate = 300;

export function GET() {
  return documentResponse(newsSitemapXml(new Date()));
}
