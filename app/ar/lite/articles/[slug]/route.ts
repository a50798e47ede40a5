import { prebuiltArabicArticles } from '@/lib/content/store';
import { liteArticleResponse } from '@/lib/lite/lite-responses';
import { plainNotFound } from '@/lib/plain-not-found';

type Context = { params: Promise<{ slug: string }> };

/**
 * The lite edition of an article's Arabic edition: static HTML with no scripts, right to left
 * (docs/decisions/0013-…). Built ahead for the newest translations and cached like the full
 * Arabic page; proxy.ts answers 404 for any slug without a published translation, and a
 * publish that changes the translation regenerates it (lib/publishing/affected.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prebuiltArabicArticles().map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  return liteArticleResponse((await params).slug, new Date(), 'ar') ?? plainNotFound();
}
