import { describe, expect, it } from 'vitest';
import type { Article } from '../../../lib/content/article';
import type { Person, Place, Topic } from '../../../lib/content/registries';
import { MAX_QUERY_LENGTH, buildSearchIndex, type SearchOutcome, type SnippetPart } from '../../../lib/search/search-index';
import { makeArticle } from '../helpers';

const HIFTER: Person = { key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: ['Haftar', 'Hafter'] };
const SALAME: Person = { key: 'ghassan-salame', name: 'Ghassan Salamé', aliases: [] };
const TRIPOLI: Place = { key: 'tripoli', name: 'Tripoli', aliases: [], latitude: 32.887, longitude: 13.191, approximate: false };
const MISRATA: Place = {
  key: 'misrata',
  name: 'Misrata',
  aliases: ['Misurata'],
  latitude: 32.375,
  longitude: 15.092,
  approximate: false,
};
const OFFENSIVE: Topic = { key: 'tripoli-offensive', name: 'Battle for Tripoli', aliases: [] };
const ENTRIES = [HIFTER, SALAME, TRIPOLI, MISRATA, OFFENSIVE];

/** An article with nothing searchable except the fields given (the default title/dek/text match no query here). */
function article(slug: string, fields: Partial<Article> = {}): Article {
  return makeArticle({
    slug,
    published: new Date('2019-04-05T10:00:00Z'),
    title: 'Untitled',
    dek: 'No dek.',
    text: 'No body.',
    ...fields,
  });
}

function search(articles: readonly Article[], query: string): SearchOutcome {
  return buildSearchIndex(articles, ENTRIES).search(query);
}

const slugsOf = (outcome: SearchOutcome) => outcome.results.map((result) => result.article.slug);
const highlights = (snippet: readonly SnippetPart[]) => snippet.filter((p) => p.highlight).map((p) => p.text);
const joined = (snippet: readonly SnippetPart[]) => snippet.map((p) => p.text).join('');

/** The only result's snippet. */
function snippetFor(articles: readonly Article[], query: string): SnippetPart[] {
  const { results } = search(articles, query);
  expect(results).toHaveLength(1);
  return results[0]!.snippet;
}

/** `count` filler words ("w0 w1 …"), none of which is a query word in these tests. */
function filler(count: number, prefix = 'w'): string {
  return Array.from({ length: count }, (_, i) => `${prefix}${i}`).join(' ');
}

describe('matching', () => {
  const hifterStory = article('hifter-story', { text: 'Hifter ordered the advance.' });
  const other = article('other-story', { text: 'Rain fell on Benghazi.' });

  it.each(['Hifter', 'Haftar', 'Hafter'])('finds an article about Hifter by the spelling %s', (query) => {
    expect(slugsOf(search([hifterStory, other], query))).toEqual(['hifter-story']);
  });

  it('finds an article that uses an alias spelling by the house spelling and by other aliases', () => {
    const haftarStory = article('haftar-story', { text: 'Haftar ordered the advance.' });
    expect(slugsOf(search([haftarStory, other], 'Hifter'))).toEqual(['haftar-story']);
    expect(slugsOf(search([haftarStory, other], 'Hafter'))).toEqual(['haftar-story']);
  });

  it('folds place aliases too', () => {
    const misrata = article('misrata-story', { text: 'Fighters from Misrata moved west.' });
    expect(slugsOf(search([misrata, other], 'Misurata'))).toEqual(['misrata-story']);
  });

  it('reports the query terms normalized and in house spelling', () => {
    expect(search([hifterStory], 'HAFTAR Salamé').terms).toEqual(['hifter', 'salame']);
  });

  it('is case and accent insensitive in both directions', () => {
    const accented = article('accented', { text: 'Ghassan Salamé, the UN envoy, spoke.' });
    const plain = article('plain', { text: 'The envoy salame spoke later.', published: new Date('2019-04-04T10:00:00Z') });
    for (const query of ['salame', 'SALAME', 'Salamé', 'salamé']) {
      expect(slugsOf(search([accented, plain, other], query))).toEqual(['accented', 'plain']);
    }
  });

  it('matches whole words only', () => {
    const region = article('region', { text: 'Tripolitania is the western region.' });
    expect(search([region], 'Tripoli').results).toEqual([]);
  });

  it('requires every query word to match (AND), in any order', () => {
    const tripoli = article('tripoli', { text: 'Hifter advanced on Tripoli.' });
    const benghazi = article('benghazi', { text: 'Hifter returned to Benghazi.' });
    expect(slugsOf(search([tripoli, benghazi], 'Hifter Tripoli'))).toEqual(['tripoli']);
    expect(slugsOf(search([tripoli, benghazi], 'tripoli hifter'))).toEqual(['tripoli']);
    expect(slugsOf(search([tripoli, benghazi], 'Hifter Sirte'))).toEqual([]);
  });

  it('lets the query words match in different fields', () => {
    const split = article('split', { title: 'Hifter speaks', text: 'He said Tripoli would fall.' });
    expect(slugsOf(search([split], 'Hifter Tripoli'))).toEqual(['split']);
  });

  it.each([
    ['title', { title: 'Hifter speaks' }],
    ['dek', { dek: 'Hifter speaks.' }],
    ['body', { text: 'Hifter speaks.' }],
  ] as const)('finds a match in the %s', (_field, fields) => {
    expect(slugsOf(search([article('story', fields), other], 'Hifter'))).toEqual(['story']);
  });

  it('counts matches in the names of the people, places and topics an article carries', () => {
    const commander = article('commander', { text: 'The LNA commander ordered the advance.', people: [HIFTER] });
    const city = article('city', { text: 'Shelling continued overnight.', places: [TRIPOLI] });
    const battle = article('battle', { text: 'Shelling continued overnight.', topics: [OFFENSIVE] });
    expect(slugsOf(search([commander, city, battle], 'Haftar'))).toEqual(['commander']);
    expect(slugsOf(search([commander, city, battle], 'Tripoli')).sort()).toEqual(['battle', 'city']);
    expect(slugsOf(search([commander, city, battle], 'battle'))).toEqual(['battle']);
  });

  it('ignores punctuation in the query', () => {
    const base = article('base', { text: 'Drones hit the al Watiya air base.' });
    expect(slugsOf(search([base], 'al-Watiya'))).toEqual(['base']);
    expect(slugsOf(search([base], '"Watiya"!'))).toEqual(['base']);
  });
});

describe('ranking', () => {
  it('ranks a title match above a body-only match, even a repeated one in a newer story', () => {
    const inTitle = article('in-title', { title: 'Hifter speaks', published: new Date('2019-04-01T10:00:00Z') });
    const inBody = article('in-body', {
      text: 'Hifter. Hifter. Hifter. Hifter. Hifter.',
      published: new Date('2019-04-09T10:00:00Z'),
    });
    const outcome = search([inBody, inTitle], 'Hifter');
    expect(slugsOf(outcome)).toEqual(['in-title', 'in-body']);
    expect(outcome.results[0]!.score).toBeGreaterThan(outcome.results[1]!.score);
  });

  it('ranks title above entity names above dek above body', () => {
    // Older stories have the stronger matches, so date order would be the reverse.
    const stories = [
      article('body', { text: 'Hifter spoke.', published: new Date('2019-04-04T10:00:00Z') }),
      article('dek', { dek: 'Hifter spoke.', published: new Date('2019-04-03T10:00:00Z') }),
      article('entity', { people: [{ ...HIFTER, aliases: [] }], published: new Date('2019-04-02T10:00:00Z') }),
      article('title', { title: 'Hifter spoke', published: new Date('2019-04-01T10:00:00Z') }),
    ];
    expect(slugsOf(search(stories, 'Hifter'))).toEqual(['title', 'entity', 'dek', 'body']);
  });

  it('ranks more mentions above fewer', () => {
    const once = article('once', { text: 'Hifter spoke.', published: new Date('2019-04-09T10:00:00Z') });
    const thrice = article('thrice', { text: 'Hifter spoke. Hifter left. Hifter returned.' });
    expect(slugsOf(search([once, thrice], 'Hifter'))).toEqual(['thrice', 'once']);
  });

  it('stops counting repeated mentions after five, so stuffing a word does not help', () => {
    const five = article('five', { text: 'Hifter '.repeat(5), published: new Date('2019-04-09T10:00:00Z') });
    const fifty = article('fifty', { text: 'Hifter '.repeat(50), published: new Date('2019-04-01T10:00:00Z') });
    const outcome = search([fifty, five], 'Hifter');
    expect(outcome.results[0]!.score).toBe(outcome.results[1]!.score);
    expect(slugsOf(outcome)).toEqual(['five', 'fifty']);
  });

  it('puts the newest story first among equal scores', () => {
    const stories = ['2019-04-03', '2019-04-09', '2019-04-01', '2019-04-05'].map((day) =>
      article(`story-${day}`, { text: 'Hifter spoke.', published: new Date(`${day}T10:00:00Z`) }),
    );
    expect(slugsOf(search(stories, 'Hifter'))).toEqual([
      'story-2019-04-09',
      'story-2019-04-05',
      'story-2019-04-03',
      'story-2019-04-01',
    ]);
  });
});

describe('snippets', () => {
  it('highlights exactly the matching words, in their original spelling and case', () => {
    const text = 'Forces loyal to Haftar advanced. HIFTER said Hifter-led units would hold Tripolitania.';
    const snippet = snippetFor([article('story', { text })], 'hifter');
    expect(highlights(snippet)).toEqual(['Haftar', 'HIFTER', 'Hifter']);
    expect(joined(snippet)).toBe(text);
  });

  it('highlights every query word, accents included', () => {
    const text = 'Ghassan Salamé flew to Tripoli, not Tripolitania.';
    const snippet = snippetFor([article('story', { text })], 'salame tripoli');
    expect(highlights(snippet)).toEqual(['Salamé', 'Tripoli']);
    expect(snippet.filter((p) => !p.highlight).map((p) => p.text)).toEqual([
      'Ghassan ',
      ' flew to ',
      ', not Tripolitania.',
    ]);
  });

  it('shows a short body whole, without cut markers', () => {
    const snippet = snippetFor([article('story', { text: 'Hifter spoke briefly.' })], 'Hifter');
    expect(snippet[0]).toEqual({ text: 'Hifter', highlight: true });
    expect(joined(snippet)).toBe('Hifter spoke briefly.');
  });

  it('cuts a long body around the first match, marking both cuts', () => {
    const text = `${filler(100)} Hifter ${filler(100, 'v')}`;
    const snippet = snippetFor([article('story', { text })], 'Hifter');
    expect(snippet[0]).toEqual({ text: '… ', highlight: false });
    expect(snippet.at(-1)).toEqual({ text: ' …', highlight: false });
    expect(highlights(snippet)).toEqual(['Hifter']);
    const inner = joined(snippet.slice(1, -1));
    expect(text).toContain(inner);
    expect(inner.length).toBeLessThanOrEqual(220);
    expect(inner.indexOf('Hifter')).toBeGreaterThan(0);
    // Cut at spaces, never inside a word.
    expect(inner).toMatch(/^w\d+ /);
    expect(inner).toMatch(/ v\d+$/);
  });

  it('only marks the end when the first match is near the start', () => {
    const text = `Hifter ${filler(200)}`;
    const snippet = snippetFor([article('story', { text })], 'Hifter');
    expect(snippet[0]).toEqual({ text: 'Hifter', highlight: true });
    expect(snippet.at(-1)).toEqual({ text: ' …', highlight: false });
  });

  it('only marks the start when the first match is near the end', () => {
    const text = `${filler(200)} Hifter spoke.`;
    const snippet = snippetFor([article('story', { text })], 'Hifter');
    expect(snippet[0]).toEqual({ text: '… ', highlight: false });
    expect(joined(snippet).endsWith('Hifter spoke.')).toBe(true);
  });

  it('contains the first match when later matches are too far away to fit', () => {
    const text = `${filler(50)} Hifter ${filler(150, 'v')} Tripoli ${filler(50, 'u')}`;
    const snippet = snippetFor([article('story', { text })], 'Tripoli Hifter');
    expect(highlights(snippet)).toEqual(['Hifter']);
  });

  it('separates paragraphs with " · "', () => {
    const text = 'Forces advanced on Gharyan.\nHifter ordered the push.\nResidents fled.';
    const snippet = snippetFor([article('story', { text })], 'Hifter');
    expect(joined(snippet)).toBe('Forces advanced on Gharyan. · Hifter ordered the push. · Residents fled.');
  });

  it('uses the dek when the body has no match', () => {
    const story = article('story', { dek: 'Hifter visits Benghazi.', text: 'Nothing relevant here.' });
    const snippet = snippetFor([story], 'Haftar');
    expect(joined(snippet)).toBe('Hifter visits Benghazi.');
    expect(highlights(snippet)).toEqual(['Hifter']);
  });

  it('prefers the body when both body and dek match', () => {
    const story = article('story', { dek: 'Hifter in the dek.', text: 'Hifter in the body.' });
    expect(joined(snippetFor([story], 'Hifter'))).toBe('Hifter in the body.');
  });

  it('shows the dek without highlights when only the title or entity names match', () => {
    const story = article('story', {
      title: 'Hifter speaks',
      dek: 'The LNA commander addressed his troops.',
      text: 'The commander spoke for an hour.',
      people: [HIFTER],
    });
    const snippet = snippetFor([story], 'Haftar');
    expect(joined(snippet)).toBe('The LNA commander addressed his troops.');
    expect(highlights(snippet)).toEqual([]);
  });
});

describe('queries', () => {
  const hifterStory = article('hifter-story', { text: 'Hifter ordered the advance on Tripoli.' });
  const articles = [hifterStory];

  it('gives no results and an empty query for an empty query', () => {
    expect(search(articles, '')).toEqual({ query: '', truncated: false, terms: [], results: [] });
  });

  it('gives no results and an empty query for a whitespace-only query', () => {
    expect(search(articles, '  \t\n  ')).toEqual({ query: '', truncated: false, terms: [], results: [] });
  });

  it('trims the query and collapses its whitespace', () => {
    const outcome = search(articles, '  Hifter \n\t  Tripoli ');
    expect(outcome.query).toBe('Hifter Tripoli');
    expect(slugsOf(outcome)).toEqual(['hifter-story']);
  });

  it(`cuts a query longer than ${MAX_QUERY_LENGTH} characters and still searches`, () => {
    const outcome = search(articles, `Hifter ${'-'.repeat(300)}`);
    expect(outcome.truncated).toBe(true);
    // The cut falls back to the last word boundary: no fragment of a word is searched.
    expect(outcome.query).toBe('Hifter');
    expect(outcome.terms).toEqual(['hifter']);
    expect(slugsOf(outcome)).toEqual(['hifter-story']);
  });

  it('cuts a long query at a word boundary rather than mid-word', () => {
    const outcome = search(articles, `${'tripoli '.repeat(25)}Hifter`); // the cut falls inside "Hifter"
    expect(outcome.truncated).toBe(true);
    expect(outcome.query.endsWith('tripoli')).toBe(true);
    expect(outcome.terms).toEqual(['tripoli']);
  });

  it(`does not cut a query of exactly ${MAX_QUERY_LENGTH} characters`, () => {
    const query = `Hifter ${'-'.repeat(MAX_QUERY_LENGTH - 'Hifter '.length)}`;
    expect(query).toHaveLength(MAX_QUERY_LENGTH);
    const outcome = search(articles, query);
    expect(outcome.truncated).toBe(false);
    expect(outcome.query).toBe(query);
  });

  it('counts the length in characters, never cutting a character in half', () => {
    const outcome = search(articles, `Hifter${'🔥'.repeat(300)}`);
    expect(outcome.truncated).toBe(true);
    expect(outcome.query).toBe(`Hifter${'🔥'.repeat(MAX_QUERY_LENGTH - 'Hifter'.length)}`);
    expect(slugsOf(outcome)).toEqual(['hifter-story']);
  });

  it('deduplicates query words, including different spellings of the same name', () => {
    const outcome = search(articles, 'Hifter hifter HIFTER Haftar tripoli Tripoli');
    expect(outcome.terms).toEqual(['hifter', 'tripoli']);
    expect(slugsOf(outcome)).toEqual(['hifter-story']);
  });

  it('gives no results for a query of only punctuation', () => {
    const outcome = search(articles, '!!! -- ... ?');
    expect(outcome).toEqual({ query: '!!! -- ... ?', truncated: false, terms: [], results: [] });
  });

  it.each([
    ['an HTML script tag', '<script>alert(1)</script>', ['script', 'alert', '1']],
    ['SQL injection', '"; DROP TABLE articles; --', ['drop', 'table', 'articles']],
    ['a quoted SQL condition', "' OR 1=1 --", ['or', '1']],
    ['a template expression', '${process.exit(1)}', ['process', 'exit', '1']],
    ['regular-expression syntax', '.*+?^$()[]{}|\\', []],
    ['control and bidi characters', '\u0000\u202e', []],
  ])('returns hostile input (%s) as plain text and never throws', (_label, input, terms) => {
    const outcome = search(articles, input);
    expect(outcome.query).toBe(input);
    expect(outcome.terms).toEqual(terms);
    expect(outcome.results).toEqual([]);
  });

  it('treats markup in the query as words like any other, which must match too', () => {
    const outcome = search(articles, '<em>Hifter</em>');
    expect(outcome.query).toBe('<em>Hifter</em>');
    expect(outcome.terms).toEqual(['em', 'hifter']);
    expect(outcome.results).toEqual([]);
    const withEm = article('with-em', { text: 'Hifter, said the em dash.' });
    expect(slugsOf(search([withEm], '<em>Hifter</em>'))).toEqual(['with-em']);
  });

  it('gives no results over no articles', () => {
    expect(search([], 'Hifter').results).toEqual([]);
  });
});
