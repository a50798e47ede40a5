import { describe, expect, it } from 'vitest';
import { bidiLevels, visualRuns } from '../../../lib/og/bidi';

/** The line's runs in visual order, left to right, with ← for right-to-left ones. */
function visual(text: string): string[] {
  const chars = [...text];
  return visualRuns(chars, bidiLevels(chars)).map((run) => `${run.rtl ? '←' : '→'}${run.text}`);
}

describe('bidi for one right-to-left line', () => {
  it('keeps an all-Arabic line as one right-to-left run', () => {
    expect(visual('قوات حفتر تدخل سرت')).toEqual(['←قوات حفتر تدخل سرت']);
  });

  it('keeps vowel marks with their letters', () => {
    expect(bidiLevels([...'شخصاً'])).toEqual([1, 1, 1, 1, 1]);
  });

  it('puts a number left to right, between the words it stands between', () => {
    expect(visual('مقتل 25 شخصاً')).toEqual(['← شخصاً', '→25', '←مقتل ']);
  });

  it('keeps 120,000 and 20:15 and 1.5 whole, and the Arabic comma outside them', () => {
    expect(visual('نزوح 120,000، 20:15 و1.5')).toEqual(['→1.5', '← و', '→20:15', '←، ', '→120,000', '←نزوح ']);
  });

  it('keeps a Latin phrase and the number after it in one left-to-right run', () => {
    expect(visual('تبنى Resolution 2510 اليوم')).toEqual(['← اليوم', '→Resolution 2510', '←تبنى ']);
  });

  it('keeps brackets round a Latin phrase as a browser does', () => {
    // Chromium draws this line as: صوتاً 14 (UN Security Council) روسيا
    expect(visual('روسيا (UN Security Council) 14 صوتاً')).toEqual([
      '← صوتاً',
      '→14',
      '←) ',
      '→UN Security Council',
      '←روسيا (',
    ]);
  });

  it('gives a Latin-only line one left-to-right run and drops trailing spaces', () => {
    expect(visual('Conflict Desk  ')).toEqual(['→Conflict Desk']);
  });

  it('handles an empty line', () => {
    expect(visual('')).toEqual([]);
  });
});
