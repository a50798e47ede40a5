import { getPublishableLivePages } from '@/lib/content/store';
import { liteLiveResponse } from '@/lib/lite/lite-responses';
import { plainNotFound } from '@/lib/plain-not-found';

type Context = { params: Promise<{ slug: string }> };

/**
 * The lite edition of a live page: its newest entries as static HTML with no scripts
 * (docs/decisions/0013-…). Built ahead and cached until a publish or an entry coming due
 * changes the page, like the full live page (lib/publishing/affected.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getPublishableLivePages().map((page) => ({ slug: page.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  return liteLiveResponse((await params).slug, 1) ?? plainNotFound();
}
