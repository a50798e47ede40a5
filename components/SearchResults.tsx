import type { SearchOutcome } from '@/lib/search/site-search';
import { UI } from '@/lib/i18n/ui-strings';
import { Pagination } from './Pagination';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';
import '@/app/styles/search.css';

/** Results are plain text parts, so the query and snippets are always escaped by React. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  const { query, results, truncated, total, capped } = outcome;
  if (!query) return <p>Type a name, place or subject above to search every story we have published.</p>;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="section-heading">
        {total === 0
          ? `No stories match “${query}”`
          : capped
            ? UI.en.searchCapped(total, query)
            : `${total.toLocaleString('en')} ${total === 1 ? 'story matches' : 'stories match'} “${query}”`}
      </h2>
      {capped ? <p className="search-note">{UI.en.searchCappedNote(total)}</p> : null}
      {truncated ? <p className="search-note">Your search was long, so only its first 200 characters were used.</p> : null}
      {total === 0 ? (
        <p>Check the spelling, use fewer words, or browse the coverage index.</p>
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
                <DateTime date={article.published} />
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
        hrefFor={(page) => searchHref(query, page)}
        label="Search results pages"
        previousText="← Previous results"
        nextText="More results →"
      />
    </section>
  );
}

/** The address of a page of results for `query`. */
export function searchHref(query: string, page: number): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set('page', String(page));
  return `/search?${params}`;
}
