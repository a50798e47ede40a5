import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { figureHeadline, figureValue } from '@/lib/figures/figure-text';

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
    [{ metric: 'money-lost', value: 9_800_000_000, qualifier: 'about', unit: 'US dollars' }, 'About $9,800,000,000 lost'],
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
