import { SHEET_CSS } from '#sheet-css';
import { SHEET_VERSIONS } from '@/lib/styles/sheet-versions';
import { sheetOfFile } from '@/lib/styles/sheets';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(SHEET_VERSIONS).map((sheet) => ({ file: `${sheet}.css` }));
}

/**
 * A stylesheet as a file, for pages reached by a client-side navigation that need a sheet
 * the first page did not inline (components/Stylesheet.tsx, decision 0027).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const sheet = sheetOfFile((await params).file);
  if (!sheet || !SHEET_CSS) return new Response('Not found', { status: 404 });
  return new Response(SHEET_CSS[sheet], {
    headers: {
      'Content-Type': 'text/css; charset=utf-8',
      // The address pages use carries the sheet's version (sheetHref), so it never goes stale.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
