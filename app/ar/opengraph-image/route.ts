import { UI } from '@/lib/i18n/ui-strings';
import { arabicCardResponse } from '@/lib/og/arabic-card';

/**
 * The Arabic edition's own OpenGraph card (1200×630 PNG) for its pages that
 * are not stories (front page, coverage index, timeline, live pages), drawn
 * like the stories' cards (lib/og/arabic-card.ts). It depends on nothing
 * that a publish changes, so it is drawn once, at build.
 */
export const dynamic = 'force-static';

export function GET(): Promise<Response> {
  return arabicCardResponse({ kicker: UI.ar.siteName, title: UI.ar.tagline, date: 'أبريل 2019 – أكتوبر 2020' });
}
