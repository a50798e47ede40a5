import type { Lang } from '@/lib/i18n/lang';
import { UI } from '@/lib/i18n/ui-strings';
import type { SnippetPart } from '@/lib/search/search-query';
import type { SearchOutcome } from '@/lib/search/site-search';
import { Pagination } from './Pagination';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

/** What a page of results shows, in either edition (the Arabic search reports no `terms`). */
export type ResultsPage = Omit<SearchOutcome, 'terms' | 'results'> & {
  results: readonly { article: { slug: string; path: string; title: string; published: Date }; snippet: readonly SnippetPart[] }[];
};

/** The address of a page of results for `query`, in the edition's search. */
export function searchHref(query: string, page: number, lang: Lang = 'en'): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `${lang === 'ar' ? '/ar' : ''}/search?${params}`;
}

/**
 * A page of search results, in the edition's language. Results are plain text parts, so the
 * query and snippets are always escaped by React.
 */
export function SearchResults({ outcome, lang = 'en' }: { outcome: ResultsPage; lang?: Lang }) {
  const { query, results, truncated, total, capped } = outcome;
  const ui = UI[lang];
  if (!query) {
    return (
      <>
        <Stylesheet sheet="search" />
        <p>{ui.searchNoQuery}</p>
      </>
    );
  }
  const [adviceBefore, adviceLink, adviceAfter] = ui.searchNoneAdvice;
  return (
    <>
      <Stylesheet sheet="search" />
      <section aria-labelledby="results-heading">
        <h2 id="results-heading" className="section-heading">
          {total === 0 ? ui.searchNone(query) : capped ? ui.searchCapped(total, query) : ui.searchResults(total, query)}
        </h2>
        {capped ? <p className="search-note">{ui.searchCappedNote(total)}</p> : null}
        {truncated ? <p className="search-note">{ui.searchTruncated}</p> : null}
        {total === 0 ? (
          <p>
            {adviceBefore}
            <SiteLink href={lang === 'ar' ? '/ar/libya' : '/libya'}>{adviceLink}</SiteLink>
            {adviceAfter}
          </p>
        ) : (
          <ol className="search-results">
            {results.map(({ article, snippet }) => (
              <li key={article.slug} className="story">
                <h3 className="story__headline">
                  <SiteLink href={article.path}>{article.title}</SiteLink>
                </h3>
                <p className="search-results__snippet">
                  {snippet.map((part, index) => (part.highlight ? <mark key={index}>{part.text}</mark> : part.text))}
                </p>
                <p className="story__meta">
                  <DateTime date={article.published} lang={lang} />
                </p>
              </li>
            ))}
          </ol>
        )}
        <Pagination
          info={{
            page: outcome.page,
            totalPages: outcome.totalPages,
            previous: outcome.page > 1 ? outcome.page - 1 : undefined,
            next: outcome.page < outcome.totalPages ? outcome.page + 1 : undefined,
          }}
          hrefFor={(page) => searchHref(query, page, lang)}
          label={ui.searchPages}
          previousText={ui.searchPrevious}
          nextText={ui.searchNext}
          lang={lang}
        />
      </section>
    </>
  );
}
