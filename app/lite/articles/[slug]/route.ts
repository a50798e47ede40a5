import { prebuiltArticles } from '@/lib/content/store';
import { liteArticleResponse } from '@/lib/lite/lite-responses';
import { plainNotFound } from '@/lib/plain-not-found';

type Context = { params: Promise<{ slug: string }> };

/**
 * The lite edition of an article: static HTML with no scripts (docs/decisions/0013-…).
 * Built ahead and cached like the full article; proxy.ts answers 404 for
 * anything not published, and a publish regenerates it (lib/publishing/affected.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prebuiltArticles().map((article) => ({ slug: article.slug }));
}

export async function GET(_request: Request, { params }: Context) {
  return liteArticleResponse((await params).slug) ?? plainNotFound();
}
