import { tollChart } from '@/lib/figures/toll-chart';
import { TOLL_LABELS, tollMetricPath } from '@/lib/figures/toll';
import type { TollMetricPage } from '@/lib/figures/toll-pages';
import { Pagination } from './Pagination';
import { TollChart } from './TollChart';
import { TollTable } from './TollTable';
import { Stylesheet } from './Stylesheet';

/** "all 12 reports" or "reports 35 to 59 of 59". */
function rangeText({ page, first, total }: TollMetricPage): string {
  const count = page.items.length;
  if (count === total) return total === 1 ? 'the one report' : `all ${total} reports`;
  return `reports ${first} to ${first + count - 1} of ${total.toLocaleString('en')}`;
}

function describe(data: TollMetricPage): string {
  const sources = new Set(data.page.items.map((p) => p.reportedBy)).size;
  return `${TOLL_LABELS[data.metric].title}: ${rangeText(data)}, from ${sources} ${
    sources === 1 ? 'source' : 'sources'
  }, plotted by the date each refers to. The table that follows lists them.`;
}

/** One page of a metric's reports: the chart, the same reports as a table, and the other pages. */
export function TollSection({ data }: { data: TollMetricPage }) {
  const { metric, page, first } = data;
  const title = TOLL_LABELS[metric].title;
  const rowId = (n: number) => `${metric}-${n}`;
  return (
    <>
      <Stylesheet sheet="charts" />
      <div className="toll">
        <figure className="toll__figure">
          <TollChart
            chart={tollChart(page.items, { first })}
            id={`${metric}-chart`}
            title={`Chart: ${title.toLowerCase()}, ${rangeText(data)} over time`}
            description={describe(data)}
            rowId={rowId}
          />
          <figcaption>
            Each dot is one report; choose one to read its story. Where there is no room for the source&rsquo;s name, the
            dot carries its number in the table below.
          </figcaption>
        </figure>
        <TollTable points={page.items} first={first} rowId={rowId} captionId={`${metric}-table`} caption={`${title}: ${rangeText(data)}, by date: what each counts and who said so`} />
        <Pagination
          info={page}
          hrefFor={(n) => tollMetricPath(metric, n)}
          label={`${title}: pages of reports`}
          previousText="← Newer reports"
          nextText="Older reports →"
        />
      </div>
    </>
  );
}
