import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../lib/figures/csv';

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('UNSMIL')).toBe('UNSMIL');
    expect(csvCell(1048)).toBe('1048');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(undefined)).toBe('');
  });

  it('quotes cells with commas, quotes or line breaks, doubling quotes', () => {
    expect(csvCell('UNSMIL, via OCHA')).toBe('"UNSMIL, via OCHA"');
    expect(csvCell('the "official" count')).toBe('"the ""official"" count"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1 (555) 0100')).toBe("'+1 (555) 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    // Only at the start.
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('writes numbers as numbers, without the guard', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x, y'], [undefined, '=1']])).toBe('a,b\r\n1,"x, y"\r\n,\'=1\r\n');
  });
});
