import type { TollChart as Chart } from '@/lib/figures/toll-chart';
import { CHART_LABEL_SIZE } from '@/lib/figures/toll-chart';

type Props = {
  chart: Chart;
  id: string;
  title: string;
  description: string;
  /** Id of the table row that describes report `n`: it names the point's link (the row holds all the point says). */
  rowId: (n: number) => string;
};

/**
 * One metric's reports over time as server-rendered SVG: each point a link
 * to the story that reported it, named by its row in the table that follows.
 * Colours follow the page's scheme.
 */
export function TollChart({ chart, id, title, description, rowId }: Props) {
  const { plot } = chart;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${chart.width} ${chart.height}`}
      width={chart.width}
      height={chart.height}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontSize={CHART_LABEL_SIZE}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <g aria-hidden="true">
        {chart.yTicks.map((tick) => (
          <g key={tick.at}>
            <line className="chart__grid" x1={plot.left} x2={plot.right} y1={tick.at} y2={tick.at} />
            <text className="chart__tick" x={plot.left - 6} y={tick.at + 4} textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        <line className="chart__axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {chart.xTicks.map((tick) => (
          <g key={tick.at}>
            <line className="chart__axis" x1={tick.at} x2={tick.at} y1={plot.bottom} y2={plot.bottom + 5} />
            <text className="chart__tick" x={tick.at} y={plot.bottom + 18} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {chart.lines.map((d, i) => (
          <path key={i} className="chart__line" d={d} />
        ))}
      </g>
      {chart.points.map((point) => (
        // Points and labels are styled by `.chart a circle` and `.chart a text`: no classes to repeat on every point.
        <a key={point.n} href={point.href} aria-labelledby={rowId(point.n)}>
          <circle cx={point.x} cy={point.y} r={point.r} />
          {point.label ? (
            <text
              x={point.label.x}
              y={point.label.y}
              textAnchor={point.label.anchor === 'start' ? undefined : point.label.anchor}
              textLength={point.label.width}
              lengthAdjust="spacingAndGlyphs"
            >
              {point.label.text}
            </text>
          ) : null}
        </a>
      ))}
    </svg>
  );
}
