import { formatTollValue, shortReporter, TOLL_LABELS, TOLL_OVERVIEW_PATH, tollMetricPath } from '@/lib/figures/toll';
import type { MetricSummary } from '@/lib/figures/toll-pages';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = { summaries: readonly MetricSummary[] };

/**
 * The front page's strip of the latest reported toll, one figure per metric
 * (the largest of its latest day's reports), each linked to its metric's page.
 */
export function KeyFigures({ summaries }: Props) {
  if (summaries.length === 0) return null;
  const latest = summaries.map(({ latest: [point], latestDayCount }) => ({ point: point!, sameDay: latestDayCount - 1 }));
  return (
    <>
      <Stylesheet sheet="charts" />
      <Stylesheet sheet="front-page" />
      <section className="key-figures" aria-labelledby="key-figures-heading">
        <h2 id="key-figures-heading" className="section-heading">
          Key figures, as last reported
        </h2>
        <ul className="key-figures__list">
          {latest.map(({ point, sameDay }) => (
            <li key={point.metric} className="key-figures__item">
              <SiteLink href={tollMetricPath(point.metric)} className="key-figures__link">
                <span className="key-figures__value">{formatTollValue(point)}</span>{' '}
                <span className="key-figures__metric">{TOLL_LABELS[point.metric].noun}</span>
              </SiteLink>
              <span className="key-figures__source">
                {point.scope}. {shortReporter(point.reportedBy, 40)}, <DateTime date={point.asOf} />
                {sameDay > 0 ? ` (and ${sameDay} other ${sameDay === 1 ? 'report' : 'reports'})` : ''}.
              </span>
            </li>
          ))}
        </ul>
        <p className="key-figures__more">
          <SiteLink href={TOLL_OVERVIEW_PATH}>Every report, charted over time →</SiteLink>
        </p>
      </section>
    </>
  );
}
