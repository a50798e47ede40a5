import { toCsv } from './csv';
import type { TollPoint } from './toll';

export const TOLL_CSV_HEADER = [
  'metric',
  'qualifier',
  'value',
  'unit',
  'as_of',
  'scope',
  'reported_by',
  'article_title',
  'article_url',
] as const;

/** The toll chart's data as CSV, one row per report, with absolute article links. */
export function tollCsv(points: readonly TollPoint[], absoluteUrl: (path: string) => string): string {
  return toCsv(
    TOLL_CSV_HEADER,
    points.map((p) => [
      p.metric,
      p.qualifier,
      p.value,
      p.unit,
      p.day,
      p.scope,
      p.reportedBy,
      p.article.title,
      absoluteUrl(p.article.path),
    ]),
  );
}
