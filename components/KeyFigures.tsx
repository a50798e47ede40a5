import { formatTollValue, shortReporter, TOLL_LABELS, tollChartPath, type TollPoint } from '@/lib/figures/toll';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import '@/app/styles/charts.css';
import '@/app/styles/front-page.css';

type Props = { latest: readonly { point: TollPoint; sameDay: number }[] };

/** The front page's strip of the latest reported toll, one figure per metric, each linked to its chart. */
export function KeyFigures({ latest }: Props) {
  if (latest.length === 0) return null;
  return (
    <section className="key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading" className="section-heading">
        Key figures, as last reported
      </h2>
      <ul className="key-figures__list">
        {latest.map(({ point, sameDay }) => (
          <li key={point.metric} className="key-figures__item">
            <SiteLink href={tollChartPath(point.metric)} className="key-figures__link">
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
        <SiteLink href="/libya/figures">Every report, charted over time →</SiteLink>
      </p>
    </section>
  );
}
