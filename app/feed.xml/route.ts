import { rssFeed, documentResponse } from '@/lib/seo/site-documents';

export const dynamic = 'force-static';

export function GET() {
  return documentResponse(rssFeed(), 'application/rss+xml');
}
