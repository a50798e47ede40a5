import type { LivePage } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { lastUpdated } from '@/lib/live-coverage';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = { id: string; pages: readonly LivePage[]; lang?: Lang };

/** Live pages, each marked LIVE or ENDED with its last update; nothing when there are none. */
export function LiveList({ id, pages, lang = 'en' }: Props) {
  if (pages.length === 0) return null;
  const ui = UI[lang].live;
  return (
    <>
      <Stylesheet sheet="live" />
      <section className="live-list" aria-labelledby={id}>
        <h2 id={id} className="section-heading">
          {ui.listHeading}
        </h2>
        {pages.map((page) => (
          <article key={page.slug} className="live-list__item">
            <h3 className="story__headline">
              <span className={`live-marker live-marker--${page.status}`}>{page.status === 'live' ? ui.liveLabel : ui.endedLabel}</span>{' '}
              <SiteLink href={page.path}>{page.title}</SiteLink>
            </h3>
            <p className="story__dek">{page.dek}</p>
            <p className="story__meta">
              {ui.lastUpdated}
              <DateTime date={lastUpdated(page)} style="datetime" lang={lang} />
            </p>
          </article>
        ))}
      </section>
    </>
  );
}
