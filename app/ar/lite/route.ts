import { liteIndexResponse } from '@/lib/lite/lite-responses';

/** The Arabic lite coverage index, page 1 (docs/decisions/0013-…). Cached until a publish changes it. */
export const dynamic = 'force-static';
export const revalidate = false;

export function GET() {
  return liteIndexResponse(1, new Date(), 'ar')!;
}
