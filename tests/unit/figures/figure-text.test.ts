import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactScale, figureHeadline, figureValue } from '@/lib/figures/figure-text';

describe('figureHeadline', () => {
  it.each([
    [{ metric: 'votes', value: 14 }, '14 votes'],
    [{ metric: 'votes', value: 1 }, '1 vote'],
    [{ metric: 'votes', value: 0 }, '0 votes'],
    [{ metric: 'casualties', value: 1 }, '1 casualty'],
    [{ metric: 'fighters', value: 1, qualifier: 'at least' }, 'At least 1 fighter'],
    [{ metric: 'bodies-found', value: 1 }, '1 body found'],
    [{ metric: 'bodies-found', value: 230, qualifier: 'up to' }, 'Up to 230 bodies found'],
    [{ metric: 'killed', value: 1 }, '1 killed'],
    [{ metric: 'killed', value: 1048 }, '1,048 killed'],
    [{ metric: 'money-lost', value: 9_800_000_000, qualifier: 'about', unit: 'US dollars' }, 'About $9.8 billion lost'],
    [{ metric: 'money-lost', value: 7_104_000_000, unit: 'US dollars' }, '$7,104,000,000 lost'],
    [{ metric: 'displaced', value: 1_200_000 }, '1.2 million displaced'],
    [{ metric: 'displaced', value: 1_234_567 }, '1,234,567 displaced'],
    [{ metric: 'displaced', value: 999_000 }, '999,000 displaced'],
    [{ metric: 'other', value: 5, unit: 'tonnes' }, '5 tonnes'],
  ] as const)('%o reads "%s"', (figure, text) => {
    expect(figureHeadline(figure)).toBe(text);
  });

  it('always starts with the value as figureValue writes it, and never ends in a space', () => {
    const metrics = ['killed', 'wounded', 'casualties', 'displaced', 'detained', 'fighters', 'bodies-found', 'oil-output', 'money-lost', 'votes', 'other'] as const;
    fc.assert(
      fc.property(fc.constantFrom(...metrics), fc.nat(), fc.option(fc.constantFrom('about', 'at least', 'more than')), (metric, value, qualifier) => {
        const figure = { metric, value, qualifier: qualifier ?? undefined };
        const line = figureHeadline(figure);
        expect(line.startsWith(figureValue(figure))).toBe(true);
        expect(line).toBe(line.trim());
      }),
    );
  });
});

describe('exactScale', () => {
  it('states a number in millions or billions only when one decimal says it exactly', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 52 }), (n) => {
        const scaled = exactScale(n);
        if (scaled) {
          expect(Math.round(scaled.amount * scaled.scale.scale)).toBe(n);
          expect(Math.round(scaled.amount * 10)).toBe(scaled.amount * 10);
          expect(scaled.amount).toBeGreaterThanOrEqual(1);
          // The largest scale reached: never "7,104 million".
          if (scaled.scale.word === 'million') expect(scaled.amount).toBeLessThan(1000);
        } else {
          expect(n < 1e6 || !Number.isInteger((n / (n >= 1e9 ? 1e9 : 1e6)) * 10)).toBe(true);
        }
      }),
    );
  });
});
