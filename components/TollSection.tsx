import { tollChart } from '@/lib/figures/toll-chart';
import { TOLL_LABELS, type TollMetric, type TollPoint } from '@/lib/figures/toll';
import { TollChart } from './TollChart';
import { TollTable } from './TollTable';
import '@/app/styles/charts.css';

function describe(metric: TollMetric, points: readonly TollPoint[]): string {
  const noun = TOLL_LABELS[metric].noun;
  const sources = new Set(points.map((p) => p.reportedBy)).size;
  return `${points.length} ${points.length === 1 ? 'report' : 'reports'} of people ${noun}, from ${sources} ${
    sources === 1 ? 'source' : 'sources'
  }, plotted by the date each refers to. The table that follows lists them all.`;
}

/** One metric: its chart and, beside it, the same reports as a table. */
export function TollSection({ metric, points }: { metric: TollMetric; points: readonly TollPoint[] }) {
  const title = TOLL_LABELS[metric].title;
  return (
    <section className="toll" id={metric} aria-labelledby={`${metric}-heading`}>
      <h2 id={`${metric}-heading`} className="section-heading">
        {title}
      </h2>
      <figure className="toll__figure">
        <TollChart
          chart={tollChart(points)}
          id={`${metric}-chart`}
          title={`Chart: ${title.toLowerCase()}, reports over time`}
          description={describe(metric, points)}
        />
        <figcaption>
          Each dot is one report; choose one to read its story. Where there is no room for the source&rsquo;s name, the
          dot carries its number in the table.
        </figcaption>
      </figure>
      <details className="toll__data" open={points.length <= 6}>
        <summary>
          The {points.length} {points.length === 1 ? 'report' : 'reports'} as a table: what each counts and who said so
        </summary>
        <TollTable points={points} caption={`${title}: every report, by date`} />
      </details>
    </section>
  );
}
