import { liteIndexPageResponse, prebuiltLiteIndexPages } from '@/lib/lite/lite-responses';

type Context = { params: Promise<{ page: string }> };

/** Pages 2.. of the Arabic lite coverage index: the first built ahead, older ones on first request, then cached. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prebuiltLiteIndexPages('ar');
}

export async function GET(_request: Request, { params }: Context) {
  return liteIndexPageResponse((await params).page, 'ar');
}
