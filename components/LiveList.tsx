import type { LivePage } from '@/lib/content/live-page';
import { lastUpdated } from '@/lib/live-coverage';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

type Props = { id: string; pages: readonly LivePage[] };

/** Live pages, each marked LIVE or ENDED with its last update; nothing when there are none. */
export function LiveList({ id, pages }: Props) {
  if (pages.length === 0) return null;
  return (
    <section className="live-list" aria-labelledby={id}>
      <h2 id={id} className="section-heading">
        Live coverage
      </h2>
      {pages.map((page) => (
        <article key={page.slug} className="live-list__item">
          <h3 className="story__headline">
            <span className={`live-marker live-marker--${page.status}`}>{page.status === 'live' ? 'Live' : 'Ended'}</span>{' '}
            <SiteLink href={page.path}>{page.title}</SiteLink>
          </h3>
          <p className="story__dek">{page.dek}</p>
          <p className="story__meta">
            Last updated <DateTime date={lastUpdated(page)} style="datetime" />
          </p>
        </article>
      ))}
    </section>
  );
}
