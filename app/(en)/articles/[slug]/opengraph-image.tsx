import { ImageResponse } from 'next/og';
import { notFound } from 'next/navigation';
import { OgCard } from '@/components/OgCard';
import { getArticle } from '@/lib/content/store';
import { formatLongDate } from '@/lib/dates';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import { site } from '@/lib/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Headline of the article';

/** Drawn on first request, then cached until a publish changes the story; never before it is published. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const article = getArticle((await params).slug);
  if (!article) notFound();
  const footer = `${article.dateline ? `${article.dateline.name} · ` : ''}${formatLongDate(article.published)}`;
  return new ImageResponse(<OgCard kicker={site.section} headline={article.title} footer={footer} />, {
    ...size,
    fonts: await loadOgFonts(),
  });
}
