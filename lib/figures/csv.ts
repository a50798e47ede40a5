/**
 * CSV (RFC 4180) with a guard against formula injection: a text cell that
 * a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) is prefixed with a single quote, as OWASP advises.
 */
export type CsvValue = string | number | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Rows to CSV text: CRLF line ends, a header row first, every row ended. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
