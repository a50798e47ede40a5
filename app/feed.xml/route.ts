import { rssFeed, documentResponse } from '@/lib/seo/site-documents';

/** Static, regenerated at most every 5 minutes so scheduled articles appear without a rebuild. */
/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function GET() {
  return documentResponse(rssFeed(), 'application/rss+xml');
}
