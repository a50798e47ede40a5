import { getPublishedArticles } from '@/lib/content/store';
import { tollCsv } from '@/lib/figures/toll-csv';
import { tollPoints } from '@/lib/figures/toll';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** The toll chart's data, one row per report. */
export function GET() {
  return new Response(tollCsv(tollPoints(getPublishedArticles()), absoluteUrl), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="conflict-desk-libya-toll.csv"',
    },
  });
}
