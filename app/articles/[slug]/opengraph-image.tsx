import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/OgCard';
import { getPublishableArticles } from '@/lib/content/store';
import { formatLongDate } from '@/lib/dates';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import { site } from '@/lib/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = 'Headline of the article';
export const dynamicParams = false;

export function generateStaticParams() {
  return getPublishableArticles().map((article) => ({ slug: article.slug }));
}

/** One card per article, generated at build time with bundled fonts. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  // Drawn at build time, so scheduled articles get their card too.
  const article = getPublishableArticles().find((a) => a.slug === slug);
  const headline = article?.title ?? site.name;
  const footer = article ? `${article.dateline ? `${article.dateline.name} · ` : ''}${formatLongDate(article.published)}` : '';
  return new ImageResponse(<OgCard kicker={site.section} headline={headline} footer={footer} />, {
    ...size,
    fonts: await loadOgFonts(),
  });
}
