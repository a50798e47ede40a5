import { UI } from '@/lib/i18n/ui-strings';
import { renderArabicCard } from '@/lib/og/arabic-card';
import { ARABIC_SITE_CARD_DATES } from '@/lib/seo/arabic-metadata';

/**
 * The Arabic edition's own OpenGraph card (1200×630 PNG) for its pages that
 * are not stories (front page, coverage index, timeline, live pages), drawn
 * like the stories' cards (lib/og/arabic-card.ts). It depends on nothing
 * that a publish changes, so it is drawn once, at build.
 */
export const dynamic = 'force-static';

export async function GET(): Promise<Response> {
  const png = await renderArabicCard({ kicker: UI.ar.siteName, title: UI.ar.tagline, date: ARABIC_SITE_CARD_DATES });
  return new Response(png as BodyInit, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
