import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/OgCard';
import { getArticle } from '@/lib/content/store';
import { formatLongDate } from '@/lib/dates';
import { plainNotFound } from '@/lib/plain-not-found';
import { CARD_SIZE } from '@/lib/seo/article-card';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import { site } from '@/lib/site';

type Context = { params: Promise<{ slug: string }> };

/**
 * An article's OpenGraph card (1200×630 PNG). A route handler at exactly
 * /articles/<slug>/opengraph-image, not the opengraph-image file convention:
 * Next serves that one at a hashed address (…/opengraph-image-19weht), which
 * a publish's revalidatePath of the plain address never reached, so a
 * corrected headline kept its old card, and the structured data pointed at
 * the plain address, a 404. Drawn on first request, then cached until a
 * publish changes the story (lib/publishing/affected.ts); never before it is
 * published (proxy.ts answers 404 first; so does this route).
 */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const article = getArticle((await params).slug);
  if (!article) return plainNotFound();
  const footer = `${article.dateline ? `${article.dateline.name} · ` : ''}${formatLongDate(article.published)}`;
  return new ImageResponse(<OgCard kicker={site.section} headline={article.title} footer={footer} />, {
    ...CARD_SIZE,
    fonts: await loadOgFonts(),
  });
}
