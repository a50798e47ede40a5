import type { Article } from '@/lib/content/article';
import type { TimelineEvent } from '@/lib/content/timeline';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = { events: readonly { event: TimelineEvent; article: Article }[] };

/** The latest turning points of the war, newest first, each linked to its story. */
export function TimelineTeaser({ events }: Props) {
  if (events.length === 0) return null;
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <Stylesheet sheet="front-page" />
      <section className="timeline-teaser" aria-labelledby="timeline-teaser-heading">
        <h2 id="timeline-teaser-heading" className="section-heading">
          Timeline: turning points
        </h2>
        <ol className="timeline timeline--teaser">
          {events.map(({ event, article }) => (
            <li key={`${event.date.toISOString()}-${article.slug}`}>
              <p className="timeline__date">
                <DateTime date={event.date} />
              </p>
              <p className="timeline__event">
                <SiteLink href={article.path}>{event.event}</SiteLink>
              </p>
            </li>
          ))}
        </ol>
        <p className="more-link">
          <SiteLink href="/libya/timeline">The whole timeline →</SiteLink>
        </p>
      </section>
    </>
  );
}
