import type { Sparkline as Spark } from '@/lib/figures/sparkline';

type Props = { spark: Spark; id: string; title: string };

/** A small server-rendered picture of a metric's reports over time; the text around it says what it shows. */
export function Sparkline({ spark, id, title }: Props) {
  return (
    <svg
      className="sparkline"
      viewBox={`0 0 ${spark.width} ${spark.height}`}
      width={spark.width}
      height={spark.height}
      role="img"
      aria-labelledby={`${id}-title`}
    >
      <title id={`${id}-title`}>{title}</title>
      <line className="sparkline__base" x1={0} x2={spark.width} y1={spark.baseline} y2={spark.baseline} />
      <path className="sparkline__dots" d={spark.dots} />
    </svg>
  );
}
