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
const render = (fields: Partial<SearchOutcome>) => renderToStaticMarkup(createElement(SearchResults, { outcome: outcome(fields) }));

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
});
