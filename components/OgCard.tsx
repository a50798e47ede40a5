import { ogText } from '@/lib/seo/og-text';
import { site } from '@/lib/site';

type Props = { kicker: string; headline: string; footer: string };

/**
 * The 1200×630 social card, drawn by next/og (Satori: inline styles,
 * flexbox only). Every text goes through ogText, so only characters the
 * bundled fonts have are drawn and Satori never fetches a font.
 */
export function OgCard(props: Props) {
  const kicker = ogText(props.kicker.toUpperCase());
  const headline = ogText(props.headline);
  const footer = ogText(props.footer);
  const size = headline.length > 90 ? 58 : headline.length > 60 ? 66 : 76;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '56px 72px',
        background: '#fbfaf7',
        color: '#1a1a1a',
        fontFamily: 'Source Serif 4, Noto Sans Arabic',
        borderTop: '18px solid #8a1c1c',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 700, color: '#8a1c1c', letterSpacing: 2 }}>
        {kicker}
      </div>
      <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.12 }}>{headline}</div>
      <div
        style={{
          display: 'flex',
          justifyContent: 'space-between',
          fontSize: 28,
          borderTop: '2px solid #d9d4ca',
          paddingTop: 20,
        }}
      >
        <span style={{ fontWeight: 700 }}>{ogText(site.name)}</span>
        <span>{footer}</span>
      </div>
    </div>
  );
}
