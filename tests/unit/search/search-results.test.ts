import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SearchResults } from '../../../components/SearchResults';
import { UI } from '../../../lib/i18n/ui-strings';
import type { SearchOutcome } from '../../../lib/search/site-search';

const outcome = (fields: Partial<SearchOutcome>): SearchOutcome => ({
  query: 'tripoli',
  truncated: false,
  terms: ['tripoli'],
  total: 0,
  capped: false,
  page: 1,
  totalPages: 1,
  results: [],
  ...fields,
});
const render = (fields: Partial<SearchOutcome>, lang: 'en' | 'ar' = 'en') => renderToStaticMarkup(createElement(SearchResults, { outcome: outcome(fields), lang }));
const story = { slug: 'one', path: '/ar/articles/one', title: 'غريان', published: new Date('2019-06-27T10:00:00Z') };

describe('SearchResults', () => {
  it('gives the exact count when every match was ranked', () => {
    const html = render({ total: 1000, totalPages: 50 });
    expect(html).toContain('1,000 stories match “tripoli”');
    expect(html).not.toContain('More than');
    expect(html).not.toContain('newest');
  });

  it('says "more than" and which stories are shown when more match than were ranked', () => {
    const html = render({ total: 1000, capped: true, totalPages: 50 });
    expect(html).toContain('More than 1,000 stories match “tripoli”');
    expect(html).toContain('These are the best matches among the 1,000 newest. Add a word or a name to narrow the search.');
  });

  it('has the same words in Arabic', () => {
    expect(UI.ar.searchCapped(1000, 'طرابلس')).toBe('أكثر من 1000 قصة تطابق «طرابلس»');
    expect(UI.ar.searchCappedNote(1000)).toContain('أحدث 1000 قصة');
  });

  it('links a reader who found nothing to the coverage index of their edition', () => {
    expect(render({ query: 'zzz' })).toContain('No stories match “zzz”</h2><p>Check the spelling, use fewer words, or browse <a href="/libya">all our Libya coverage</a>, newest first.</p>');
    const arabic = render({ query: 'زز' }, 'ar');
    expect(arabic).toContain('لا توجد قصة تطابق «زز»');
    expect(arabic).toContain('<a href="/ar/libya">كل تغطية ليبيا</a>');
  });

  it('shows an Arabic page of results in Arabic: marked words, Arabic dates, pages of the Arabic search', () => {
    const html = render(
      { query: 'غريان', total: 25, totalPages: 2, results: [{ article: story as never, snippet: [{ text: 'غريان', highlight: true }, { text: ' مدينة', highlight: false }] }] },
      'ar',
    );
    expect(html).toContain('<mark>غريان</mark> مدينة');
    expect(html).toContain('25 قصة تطابق «غريان»');
    expect(html).toContain('href="/ar/search?q=%D8%BA%D8%B1%D9%8A%D8%A7%D9%86&amp;page=2"');
    expect(html).toContain('يونيو');
    expect(html).not.toMatch(/Search results pages|More results|June/);
  });
});
