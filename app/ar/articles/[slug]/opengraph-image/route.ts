import { getArabicArticle } from '@/lib/content/store';
import { entryName } from '@/lib/i18n/entry-name';
import { formatDateAr } from '@/lib/i18n/arabic-format';
import { arabicCardResponse } from '@/lib/og/arabic-card';
import { plainNotFound } from '@/lib/plain-not-found';

type Context = { params: Promise<{ slug: string }> };

/**
 * The Arabic edition's OpenGraph card (1200×630 PNG), drawn offline by
 * lib/og/arabic-card.ts (Arabic shaping, right-to-left word order): Next's
 * bundled next/og mis-orders Arabic words and cannot read Arabic fonts'
 * shaping tables. Drawn on first request and cached until a publish changes
 * the story (lib/publishing/affected.ts), like the English card; a slug
 * without a published Arabic edition is a 404 (proxy.ts answers first).
 */
export const dynamic = 'force-static';
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const article = getArabicArticle((await params).slug);
  if (!article) return plainNotFound();
  return arabicCardResponse({
    title: article.title,
    kicker: article.topics[0] ? entryName(article.topics[0], 'ar') : undefined,
    dateline: article.dateline ? entryName(article.dateline, 'ar') : undefined,
    date: formatDateAr(article.published),
  });
}
