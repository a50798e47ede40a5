import type { Article } from '@/lib/content/article';
import type { TimelineEvent } from '@/lib/content/timeline';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import type { Lang } from '@/lib/i18n/lang';
import { Stylesheet } from './Stylesheet';

type Props = { events: { event: TimelineEvent; article?: Article }[]; lang?: Lang };

/** Key events of the war, oldest first, each linked to the story that covers it (when it exists in `lang`). */
export function Timeline({ events, lang = 'en' }: Props) {
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <ol className="timeline">
        {events.map(({ event, article }) => (
          <li key={`${event.date.toISOString()}-${event.article}`}>
            <p className="timeline__date">
              <DateTime date={event.date} lang={lang} />
            </p>
            <p className="timeline__event">{lang === 'ar' ? (event.event_ar ?? event.event) : event.event}</p>
            {article ? (
              <p className="timeline__link">
                <SiteLink href={article.path}>{article.title}</SiteLink>
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
