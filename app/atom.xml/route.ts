import { atomFeed, documentResponse } from '@/lib/seo/site-documents';

/** Static, regenerated at most every 5 minutes so scheduled articles appear without a rebuild. */
export const revalidate = 300;

export function GET() {
  return documentResponse(atomFeed(), 'application/atom+xml');
}
