import { jsonFeed, documentResponse } from '@/lib/seo/site-documents';

export const dynamic = 'force-static';

export function GET() {
  return documentResponse(jsonFeed(), 'application/feed+json');
}
