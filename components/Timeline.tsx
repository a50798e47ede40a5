import type { Article } from '@/lib/content/article';
import type { TimelineEvent } from '@/lib/content/timeline';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

type Props = { events: { event: TimelineEvent; article: Article }[] };

/** Key events of the war, oldest first, each linked to the story that covers it. */
export function Timeline({ events }: Props) {
  return (
    <ol className="timeline">
      {events.map(({ event, article }) => (
        <li key={`${event.date.toISOString()}-${article.slug}`}>
          <p className="timeline__date">
            <DateTime date={event.date} />
          </p>
          <p className="timeline__event">{event.event}</p>
          <p className="timeline__link">
            <SiteLink href={article.path}>{article.title}</SiteLink>
          </p>
        </li>
      ))}
    </ol>
  );
}
