import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../../lib/content/article';
import { sourceIdentity, sourcesKey } from '../../../lib/content/sources';

const reuters: Source = { publisher: 'Reuters', title: 'Forces advance', date: new Date('2019-04-03T22:00:00Z'), url: 'https://example.org/a' };

describe('sourceIdentity', () => {
  it('is publisher, title, Libya day and address', () => {
    expect(sourceIdentity(reuters)).toBe('Reuters|Forces advance|2019-04-04|https://example.org/a');
    expect(sourceIdentity({ publisher: 'AFP' })).toBe('AFP|||');
  });
});

describe('sourcesKey', () => {
  it('is short and the same for the same sources', () => {
    expect(sourcesKey([reuters])).toHaveLength(16);
    expect(sourcesKey([{ ...reuters }])).toBe(sourcesKey([reuters]));
  });

  it('changes with any field of any source, with their order and with their number', () => {
    const key = sourcesKey([reuters, { publisher: 'AFP' }]);
    for (const changed of [
      [{ ...reuters, publisher: 'Reuter' }, { publisher: 'AFP' }],
      [{ ...reuters, title: undefined }, { publisher: 'AFP' }],
      [{ ...reuters, date: new Date('2019-04-04T22:00:00Z') }, { publisher: 'AFP' }],
      [{ ...reuters, url: 'https://example.org/b' }, { publisher: 'AFP' }],
      [{ publisher: 'AFP' }, reuters],
      [reuters],
      [reuters, { publisher: 'AFP' }, { publisher: 'AFP' }],
    ]) {
      expect(sourcesKey(changed), JSON.stringify(changed)).not.toBe(key);
    }
  });

  it('tells two lists apart whenever their identities differ (property)', () => {
    const source = fc.record({ publisher: fc.string({ minLength: 1 }), title: fc.option(fc.string(), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(source, { maxLength: 4 }), fc.array(source, { maxLength: 4 }), (a, b) => {
        const same = a.map(sourceIdentity).join('\n') === b.map(sourceIdentity).join('\n');
        expect(sourcesKey(a) === sourcesKey(b)).toBe(same);
      }),
    );
  });
});
