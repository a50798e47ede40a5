import type { Sparkline as Spark } from '@/lib/figures/sparkline';
import { Stylesheet } from './Stylesheet';

type Props = { spark: Spark; id: string; caption: string };

/**
 * A small server-rendered picture of a metric's reports over time, named by
 * its visible caption (which says what it shows), so the words are written once.
 */
export function Sparkline({ spark, id, caption }: Props) {
  return (
    <>
      <Stylesheet sheet="charts" />
      <figure className="sparkline">
        <svg viewBox={`0 0 ${spark.width} ${spark.height}`} width={spark.width} height={spark.height} role="img" aria-labelledby={id}>
          <line className="sparkline__base" x1={0} x2={spark.width} y1={spark.baseline} y2={spark.baseline} />
          <path className="sparkline__dots" d={spark.dots} />
        </svg>
        <figcaption id={id}>{caption}</figcaption>
      </figure>
    </>
  );
}
