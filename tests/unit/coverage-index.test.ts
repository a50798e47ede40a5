import { describe, expect, it } from 'vitest';
import { groupByLibyaDay } from '../../lib/coverage-index';
import { makeArticle, withTimeZone } from './helpers';

const at = (slug: string, utc: string) => makeArticle({ slug, published: new Date(utc) });
const summary = (groups: ReturnType<typeof groupByLibyaDay>) =>
  groups.map((group) => ({ day: group.day, slugs: group.articles.map((a) => a.slug) }));

describe('groupByLibyaDay', () => {
  it('returns no groups for no articles', () => {
    expect(groupByLibyaDay([])).toEqual([]);
  });

  it('puts articles of the same Libya day in one group, keeping their order', () => {
    const groups = groupByLibyaDay([
      at('evening', '2019-04-08T18:00:00Z'),
      at('noon', '2019-04-08T10:00:00Z'),
      at('morning', '2019-04-08T06:00:00Z'),
    ]);
    expect(summary(groups)).toEqual([{ day: '2019-04-08', slugs: ['evening', 'noon', 'morning'] }]);
  });

  it('files 23:30 Libya time (21:30Z) under that Libya day', () => {
    const groups = groupByLibyaDay([at('late', '2019-04-08T21:30:00Z')]);
    expect(summary(groups)).toEqual([{ day: '2019-04-08', slugs: ['late'] }]);
  });

  it('files 00:30 Libya time (22:30Z the previous UTC day) under the Libya day, not the UTC day', () => {
    const groups = groupByLibyaDay([
      at('after-midnight', '2019-04-08T22:30:00Z'), // April 9, 00:30 in Tripoli
      at('late-evening', '2019-04-08T21:30:00Z'), // April 8, 23:30 in Tripoli
    ]);
    expect(summary(groups)).toEqual([
      { day: '2019-04-09', slugs: ['after-midnight'] },
      { day: '2019-04-08', slugs: ['late-evening'] },
    ]);
  });

  it('gives each group a date that falls on its day, for the heading', () => {
    const first = at('a', '2019-04-08T22:30:00Z');
    const [group] = groupByLibyaDay([first, at('b', '2019-04-08T22:40:00Z')]);
    expect(group!.date).toBe(first.published);
  });

  it('keeps days in the order the articles come in (newest first)', () => {
    const groups = groupByLibyaDay([
      at('c', '2019-04-10T12:00:00Z'),
      at('b2', '2019-04-09T15:00:00Z'),
      at('b1', '2019-04-09T09:00:00Z'),
      at('a', '2019-04-05T12:00:00Z'),
    ]);
    expect(summary(groups)).toEqual([
      { day: '2019-04-10', slugs: ['c'] },
      { day: '2019-04-09', slugs: ['b2', 'b1'] },
      { day: '2019-04-05', slugs: ['a'] },
    ]);
  });

  it('groups by Libya day whatever the server time zone', () => {
    for (const timeZone of ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
      withTimeZone(timeZone, () => {
        const groups = groupByLibyaDay([
          at('after-midnight', '2019-04-08T22:30:00Z'),
          at('late-evening', '2019-04-08T21:30:00Z'),
          at('early', '2019-04-07T22:10:00Z'), // 00:10 on April 8 in Tripoli
        ]);
        expect(summary(groups), timeZone).toEqual([
          { day: '2019-04-09', slugs: ['after-midnight'] },
          { day: '2019-04-08', slugs: ['late-evening', 'early'] },
        ]);
      });
    }
  });
});
