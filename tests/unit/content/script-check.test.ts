import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dominantScript } from '@/lib/content/script-check';

/** The definition: every letter the Unicode script property assigns to Arabic or Latin. */
function reference(text: string): 'arabic' | 'latin' | undefined {
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = arabic + latin;
  if (letters < 12) return undefined;
  if (arabic / letters >= 2 / 3) return 'arabic';
  if (latin / letters >= 2 / 3) return 'latin';
  return undefined;
}

describe('dominantScript', () => {
  it('names the script of plain English and Arabic prose', () => {
    expect(dominantScript('Forces loyal to the Tripoli government said on Sunday')).toBe('latin');
    expect(dominantScript('قالت قوات حكومة الوفاق الوطني يوم الأحد')).toBe('arabic');
    expect(dominantScript('Café déjà vu naïve façade Salamé Ghassan')).toBe('latin');
  });

  it('does not judge text too short or too mixed', () => {
    expect(dominantScript('UN LNA GNA')).toBeUndefined();
    expect(dominantScript('1,200 — 2019-04-04 ... !!!')).toBeUndefined();
    expect(dominantScript('Tripoli طرابلس Misrata مصراتة Sirte سرت')).toBeUndefined();
  });

  it('agrees with the Unicode script property on any text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({ unit: fc.constantFrom(...'abcXYZéñ ءابتثجحخ٠١ ,.\'"«»'.split('')) }),
      fc.string({ unit: 'binary' }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
      const text = parts.join('');
      expect(dominantScript(text)).toBe(reference(text));
    }), { numRuns: 500 });
  });
});
