import { liteLivePageResponse } from '@/lib/lite/lite-responses';

type Context = { params: Promise<{ slug: string; page: string }> };

/** Older entries of a live page's lite edition: rendered on first request, then cached until a publish changes the page. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context) {
  const { slug, page } = await params;
  return liteLivePageResponse(slug, page, 'en');
}
