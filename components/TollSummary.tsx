import { formatLongDate } from '@/lib/dates';
import { sparkline } from '@/lib/figures/sparkline';
import { formatTollValue, TOLL_LABELS, tollMetricPath } from '@/lib/figures/toll';
import type { MetricSummary } from '@/lib/figures/toll-pages';
import { DateTime } from './DateTime';
import { Sparkline } from './Sparkline';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

const number = (n: number) => n.toLocaleString('en');

const month = (date: Date) => formatLongDate(date).replace(/ \d+,/, '');

/** What the sparkline shows: "Chart of the newest 40 of 59 reports, July 2019 to July 2020; from 3 to 1,000." */
function sparklineCaption({ total, recent }: MetricSummary, spark: NonNullable<ReturnType<typeof sparkline>>): string {
  const which =
    recent.length === total ? (total === 1 ? 'the one report' : `all ${number(total)} reports`) : `the newest ${recent.length} of ${number(total)} reports`;
  const span = month(spark.from) === month(spark.to) ? month(spark.to) : `${month(spark.from)} to ${month(spark.to)}`;
  const values = spark.min === spark.max ? number(spark.max) : `from ${number(spark.min)} to ${number(spark.max)}`;
  return `Chart of ${which}, ${span}; ${values}.`;
}

/** One metric on the toll overview: its latest reports with who made them, a sparkline, and a link to all its reports. */
export function TollSummary({ summary }: { summary: MetricSummary }) {
  const { metric, total, latest, latestDayCount } = summary;
  const title = TOLL_LABELS[metric].title;
  const spark = sparkline(summary.recent);
  const more = latestDayCount - latest.length;
  return (
    <>
      <Stylesheet sheet="charts" />
      <section className="toll-summary" id={metric} aria-labelledby={`${metric}-heading`}>
        <h2 id={`${metric}-heading`} className="section-heading">
          {title}
        </h2>
        <div className="toll-summary__body">
          <div className="toll-summary__latest">
            <p className="toll-summary__when">
              {latestDayCount === 1 ? 'Latest report, as of ' : 'Latest reports, as of '}
              <DateTime date={latest[0]!.asOf} />
            </p>
            <ul className="toll-summary__reports">
              {latest.map((point, index) => (
                <li key={index}>
                  <span className="toll-summary__value">{formatTollValue(point)}</span>
                  {` ${point.scope}. Reported by ${point.reportedBy}, in `}
                  <SiteLink href={point.article.path}>{point.article.title}</SiteLink>.
                </li>
              ))}
            </ul>
            {more > 0 ? (
              <p className="toll-summary__also">{`${more} more ${more === 1 ? 'report' : 'reports'} that day.`}</p>
            ) : null}
          </div>
          {spark ? <Sparkline spark={spark} id={`${metric}-sparkline`} caption={sparklineCaption(summary, spark)} /> : null}
        </div>
        <p className="toll-summary__more">
          <SiteLink href={tollMetricPath(metric)}>
            {`${title}: ${total === 1 ? 'the one report' : `all ${number(total)} reports`}, charted →`}
          </SiteLink>
        </p>
      </section>
    </>
  );
}
