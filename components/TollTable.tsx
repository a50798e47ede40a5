import { formatTollValue, type TollPoint } from '@/lib/figures/toll';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = {
  points: readonly TollPoint[];
  caption: string;
  /** Id of the table's caption, unique on the page. */
  captionId: string;
  /** Number of the first row (the metric's reports are numbered from the oldest, across pages). */
  first?: number;
  /** Id of row `n` (the chart's points are named by their rows). */
  rowId: (n: number) => string;
};

/**
 * The chart's data as a table: one row per report, numbered like the
 * chart's points. Scrolls sideways on narrow screens (keyboard-focusable), with a shadow at the
 * edge that has more columns. The caption stands above the scrolling box, not in it: as the
 * table's <caption> it was as wide as the table, and a phone showed only its first words.
 * The number columns (1st and 3rd) are aligned by charts.css, not by a
 * class on every cell: a page of reports is kept small (decision 0019).
 */
export function TollTable({ points, caption, captionId, first = 1, rowId }: Props) {
  return (
    <>
      <Stylesheet sheet="data-table" />
      <Stylesheet sheet="charts" />
      <p className="table-caption" id={captionId}>
        {caption}
      </p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="data-table toll-table" aria-labelledby={captionId}>
          {/* Every column's width before any cell arrives: nothing moves as the rows come in (decision 0024). */}
          <colgroup>
            <col className="toll-table__index" />
            <col className="toll-table__date" />
            <col className="toll-table__value" />
            <col />
            <col className="toll-table__reporter" />
            <col className="toll-table__story" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">As of</th>
              <th scope="col" className="num">
                Number
              </th>
              <th scope="col">What is counted</th>
              <th scope="col">Reported by</th>
              <th scope="col">Story</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point, index) => (
              <tr key={index} id={rowId(first + index)}>
                <td>{first + index}</td>
                <td>
                  <DateTime date={point.asOf} />
                </td>
                <td>{formatTollValue(point)}</td>
                <td>{point.scope}</td>
                <td>{point.reportedBy}</td>
                <td>
                  <SiteLink href={point.article.path}>{point.article.title}</SiteLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
