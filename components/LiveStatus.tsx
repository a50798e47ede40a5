import type { LivePage } from '@/lib/content/live-page';
import { lastUpdated } from '@/lib/live-coverage';
import { DateTime } from './DateTime';

/** The LIVE / ENDED label with the time of the latest entry. */
export function LiveStatus({ page }: { page: LivePage }) {
  const live = page.status === 'live';
  return (
    <p className={`live-status live-status--${page.status}`}>
      <strong className="live-status__label">{live ? 'Live' : 'Ended'}</strong>{' '}
      <span>
        {live ? 'Last updated ' : 'Coverage ended; last updated '}
        <DateTime date={lastUpdated(page)} style="datetime" />
      </span>
    </p>
  );
}
