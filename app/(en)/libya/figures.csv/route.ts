import { publishedToll } from '@/lib/content/store';
import { tollCsv } from '@/lib/figures/toll-csv';
import { absoluteUrl } from '@/lib/site';

export const dynamic = 'force-static';

/** Every toll report, one row each (the toll pages show them a page at a time). */
export function GET() {
  return new Response(tollCsv(publishedToll().points, absoluteUrl), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="conflict-desk-libya-toll.csv"',
    },
  });
}
