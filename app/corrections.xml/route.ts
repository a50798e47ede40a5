import { correctionsFeed, documentResponse } from '@/lib/seo/site-documents';

/** Built with the site; regenerated at most every 5 minutes, like the other feeds. */
export const dynamic = 'force-static';
export const revalidate = 300;

export function GET() {
  return documentResponse(correctionsFeed(), 'application/rss+xml');
}
