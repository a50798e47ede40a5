import type { Metadata } from 'next';
import { Timeline } from '@/components/Timeline';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { getArabicArticle, publishedTimeline } from '@/lib/content/store';
import { UI } from '@/lib/i18n/ui-strings';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = arabicPageMetadata({
  title: 'الخط الزمني للحرب في غرب ليبيا',
  description: UI.ar.timelineIntro,
  path: '/ar/libya/timeline',
  englishPath: '/libya/timeline',
});

/**
 * The events that have an Arabic text (`event_ar`), each linked to the
 * story's Arabic edition where one is published (and to nothing otherwise).
 */
export default function ArabicTimelinePage() {
  const now = new Date();
  const events = publishedTimeline(now)
    .filter(({ event }) => event.event_ar)
    .map(({ event }) => ({ event, article: getArabicArticle(event.article, now) }));
  return (
    <>
      <header className="page-header">
        <LanguageSwitch lang="ar" href="/libya/timeline" />
        <h1>{UI.ar.timeline}: الحرب في غرب ليبيا</h1>
        <p className="page-header__intro">{UI.ar.timelineIntro}</p>
      </header>
      <Timeline events={events} lang="ar" />
    </>
  );
}
