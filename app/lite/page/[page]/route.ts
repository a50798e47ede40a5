import { getPublishedArticles, prebuildListPages } from '@/lib/content/store';
import { liteIndexResponse } from '@/lib/lite/lite-responses';
import { plainNotFound } from '@/lib/plain-not-found';
import { pageCount, parsePageNumber } from '@/lib/pagination';
import { site } from '@/lib/site';

type Context = { params: Promise<{ page: string }> };

/** Pages 2.. of the lite coverage index: the first built ahead, older ones on first request, then cached. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  const pages = Math.min(prebuildListPages(), pageCount(getPublishedArticles().length, site.pageSize));
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

export async function GET(_request: Request, { params }: Context) {
  const number = parsePageNumber((await params).page);
  return (number && number > 1 ? liteIndexResponse(number) : undefined) ?? plainNotFound();
}
