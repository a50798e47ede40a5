import { ImageResponse } from 'next/og';
import { loadOgFonts } from '@/lib/seo/og-fonts';
import { site } from '@/lib/site';

export const dynamic = 'force-static';

/** The publisher logo structured data points to: 600×60, as Google News asks. */
export async function GET() {
  const { width, height } = site.publisher.logo;
  return new ImageResponse(
    (
      <div
        style={{
          width: '100%',
          height: '100%',
          display: 'flex',
          alignItems: 'center',
          fontFamily: 'Source Serif 4',
          fontSize: 44,
          fontWeight: 700,
          color: '#8a1c1c',
        }}
      >
        {site.publisher.name}
      </div>
    ),
    { width, height, fonts: await loadOgFonts() },
  );
}
