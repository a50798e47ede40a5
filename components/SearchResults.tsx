import type { SearchOutcome } from '@/lib/search/search-index';
import { DateTime } from './DateTime';
import { SiteLink } from './SiteLink';

/** Results are plain text parts, so the query and snippets are always escaped by React. */
export function SearchResults({ outcome }: { outcome: SearchOutcome }) {
  const { query, results, truncated } = outcome;
  if (!query) return <p>Type a name, place or subject above to search every story we have published.</p>;
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading" className="section-heading">
        {results.length === 0
          ? `No stories match “${query}”`
          : `${results.length} ${results.length === 1 ? 'story matches' : 'stories match'} “${query}”`}
      </h2>
      {truncated ? <p className="search-note">Your search was long, so only its first 200 characters were used.</p> : null}
      {results.length === 0 ? (
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
    </section>
  );
}
