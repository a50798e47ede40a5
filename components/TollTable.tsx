import { formatTollValue, type TollPoint } from '@/lib/figures/toll';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import '@/app/styles/data-table.css';
import '@/app/styles/charts.css';

/**
 * The chart's data as a table: one row per report, numbered like the
 * chart's points. Scrolls sideways on narrow screens (keyboard-focusable).
 */
export function TollTable({ points, caption }: { points: readonly TollPoint[]; caption: string }) {
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table toll-table">
        <caption>{caption}</caption>
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
            <tr key={index}>
              <td className="num">{index + 1}</td>
              <td>
                <DateTime date={point.asOf} />
              </td>
              <td className="num">{formatTollValue(point)}</td>
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
  );
}
