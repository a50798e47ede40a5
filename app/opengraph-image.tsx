import { ImageResponse } from 'next/og';
import { OgCard } from '@/components/OgCard';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import { site } from '@/lib/site';

export const size = { width: 1200, height: 630 };
export const contentType = 'image/png';
export const alt = `${site.name}: coverage of the war in western Libya`;

export default async function Image() {
  return new ImageResponse(
    <OgCard kicker="Conflict coverage" headline={site.tagline} footer="Libya, April 2019 – October 2020" />,
    { ...size, fonts: await loadOgFonts() },
  );
}
