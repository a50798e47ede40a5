import { correctionsFeed, documentResponse } from '@/lib/seo/site-documents';

/** Built with the site; regenerated at most every 5 minutes, like the other feeds. */
export const dynamic = 'force-static';
/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function GET() {
  return documentResponse(correctionsFeed(), 'application/rss+xml');
}
