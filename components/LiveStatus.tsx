import type { LivePage } from '@/lib/content/live-page';
import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import { lastUpdated } from '@/lib/live-coverage';
import { DateTime } from './DateTime';
import { Stylesheet } from './Stylesheet';

/** The LIVE / ENDED label with the time of the latest entry, in the page's language. */
export function LiveStatus({ page, lang = 'en' }: { page: LivePage; lang?: Lang }) {
  const live = page.status === 'live';
  const ui = UI[lang].live;
  return (
    <>
      <Stylesheet sheet="live" />
      <p className={`live-status live-status--${page.status}`}>
        <strong className="live-status__label">{live ? ui.liveLabel : ui.endedLabel}</strong>{' '}
        <span>
          {live ? ui.lastUpdated : ui.endedLastUpdated}
          <DateTime date={lastUpdated(page)} style="datetime" lang={lang} />
        </span>
      </p>
    </>
  );
}
