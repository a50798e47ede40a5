import type { TollChart as Chart } from '@/lib/figures/toll-chart';
import { CHART_LABEL_SIZE } from '@/lib/figures/toll-chart';
import { Stylesheet } from './Stylesheet';

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
    <>
      <Stylesheet sheet="charts" />
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
        {/* Grid lines, axis and tick marks as one path each, tick labels sharing their group's class and anchor: a page of reports is kept small (decision 0019). */}
        <g aria-hidden="true">
          <path className="chart__grid" d={chart.yTicks.map((tick) => `M${plot.left} ${tick.at}H${plot.right}`).join('')} />
          <path
            className="chart__axis"
            d={`M${plot.left} ${plot.bottom}H${plot.right}${chart.xTicks.map((tick) => `M${tick.at} ${plot.bottom}v5`).join('')}`}
          />
          <g className="chart__tick" textAnchor="end">
            {chart.yTicks.map((tick) => (
              <text key={tick.at} x={plot.left - 6} y={tick.at + 4}>
                {tick.label}
              </text>
            ))}
          </g>
          <g className="chart__tick" textAnchor="middle">
            {chart.xTicks.map((tick) => (
              <text key={tick.at} x={tick.at} y={plot.bottom + 18}>
                {tick.label}
              </text>
            ))}
          </g>
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
    </>
  );
}
