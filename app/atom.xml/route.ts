import { atomFeed, documentResponse } from '@/lib/seo/site-documents';

export const dynamic = 'force-static';

export function GET() {
  return documentResponse(atomFeed(), 'application/atom+xml');
}
