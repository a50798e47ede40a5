import { describe, expect, it } from 'vitest';
import { correctionAnchor, correctionsLog } from '../../lib/corrections';
import { makeArticle } from './helpers';

const day = (n: number) => new Date(Date.UTC(2019, 3, n, 10));

describe('correctionsLog', () => {
  it('lists every correction on every article, newest first, with its story', () => {
    const a = makeArticle({ slug: 'a', title: 'A', published: day(1), corrections: [{ date: day(3), text: 'a1' }, { date: day(9), text: 'a2' }] });
    const b = makeArticle({ slug: 'b', title: 'B', published: day(2), corrections: [{ date: day(5), text: 'b1' }] });
    const c = makeArticle({ slug: 'c', title: 'C', published: day(4) });
    const log = correctionsLog([c, b, a]);
    expect(log.map((entry) => entry.text)).toEqual(['a2', 'b1', 'a1']);
    expect(log[0]).toEqual({ anchor: 'correction-2', date: day(9), text: 'a2', article: { slug: 'a', path: '/articles/a', title: 'A' } });
    expect(log[2]!.anchor).toBe('correction-1');
  });

  it('numbers anchors in each article oldest first, whatever order the front matter gives', () => {
    const a = makeArticle({ slug: 'a', published: day(1), corrections: [{ date: day(9), text: 'later' }, { date: day(3), text: 'earlier' }] });
    expect(correctionsLog([a]).map(({ anchor, text }) => `${anchor}:${text}`)).toEqual(['correction-2:later', 'correction-1:earlier']);
  });

  it('orders corrections of the same date by the newer story, then slug, then latest first', () => {
    const same = day(10);
    const older = makeArticle({ slug: 'older', published: day(1), corrections: [{ date: same, text: 'o' }] });
    const newer = makeArticle({ slug: 'newer', published: day(2), corrections: [{ date: same, text: 'n1' }, { date: same, text: 'n2' }] });
    const twin = makeArticle({ slug: 'a-twin', published: day(2), corrections: [{ date: same, text: 't' }] });
    expect(correctionsLog([older, newer, twin]).map((entry) => entry.text)).toEqual(['t', 'n2', 'n1', 'o']);
    expect(correctionsLog([twin, older, newer]).map((entry) => entry.text)).toEqual(['t', 'n2', 'n1', 'o']);
  });

  it('keeps a withdrawn story\'s corrections and adds its withdrawal, naming the story by its date, never its headline', () => {
    const pulled = makeArticle({
      slug: 'pulled',
      title: 'A headline that had to go',
      published: day(1),
      corrections: [{ date: day(3), text: 'fixed' }],
      withdrawn: { date: day(3), reason: 'It relied on a forged document.' },
    });
    const other = makeArticle({ slug: 'other', title: 'Other', published: day(2), corrections: [{ date: day(4), text: 'o' }] });
    const log = correctionsLog([other, pulled]);
    expect(log.map(({ anchor, text }) => `${anchor}:${text}`)).toEqual(['correction-1:o', 'withdrawn:Withdrawn. It relied on a forged document.', 'correction-1:fixed']);
    const label = 'A story published on April 1, 2019, since withdrawn';
    expect(log.slice(1).map((entry) => entry.article)).toEqual([
      { slug: 'pulled', path: '/articles/pulled', title: label },
      { slug: 'pulled', path: '/articles/pulled', title: label },
    ]);
    expect(JSON.stringify(log)).not.toContain('had to go');
  });

  it('is empty when nothing was corrected', () => {
    expect(correctionsLog([])).toEqual([]);
    expect(correctionsLog([makeArticle({ slug: 'x', published: day(1) })])).toEqual([]);
  });

  it('does not reorder the articles it was given', () => {
    const corrections = [{ date: day(9), text: 'b' }, { date: day(3), text: 'a' }];
    const a = makeArticle({ slug: 'a', published: day(1), corrections });
    correctionsLog([a]);
    expect(a.corrections.map((c) => c.text)).toEqual(['b', 'a']);
  });
});

describe('correctionAnchor', () => {
  it('counts from 1', () => {
    expect(correctionAnchor(0)).toBe('correction-1');
    expect(correctionAnchor(4)).toBe('correction-5');
  });
});
