import type { Metadata } from 'next';
import { DateTime } from '@/components/DateTime';
import { Pagination } from '@/components/Pagination';
import { SearchForm } from '@/components/SearchForm';
import { SiteLink } from '@/components/SiteLink';
import { UI } from '@/lib/i18n/ui-strings';
import { arabicSearchHref, searchArabicArticles } from '@/lib/search/arabic-search';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

export const metadata: Metadata = arabicPageMetadata({
  title: UI.ar.searchTitle,
  description: 'ابحث في تغطية كونفليكت ديسك للحرب في غرب ليبيا.',
  path: '/ar/search',
  englishPath: '/search',
  noindex: true,
});

/** Arabic search: a GET form, results rendered on the server (no JavaScript needed). */
export default async function ArabicSearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams;
  const outcome = searchArabicArticles(first(q), Number(first(page)) || 1);
  const ui = UI.ar;
  return (
    <>
      <header className="page-header">
        <h1>{ui.searchTitle}</h1>
      </header>
      <SearchForm query={outcome.query} id="search-page-query" name="ابحث مجدداً" lang="ar" />
      {outcome.query ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="section-heading">
            {outcome.total === 0
              ? ui.searchNone(outcome.query)
              : outcome.capped
                ? ui.searchCapped(outcome.total, outcome.query)
                : ui.searchResults(outcome.total, outcome.query)}
          </h2>
          {outcome.capped ? <p className="search-note">{ui.searchCappedNote(outcome.total)}</p> : null}
          <ol className="search-results">
            {outcome.results.map((article) => (
              <li key={article.slug} className="story">
                <h3 className="story__headline">
                  <SiteLink href={article.path}>{article.title}</SiteLink>
                </h3>
                <p className="search-results__snippet">{article.dek}</p>
                <p className="story__meta">
                  <DateTime date={article.published} lang="ar" />
                </p>
              </li>
            ))}
          </ol>
          <Pagination
            info={{
              page: outcome.page,
              totalPages: outcome.totalPages,
              previous: outcome.page > 1 ? outcome.page - 1 : undefined,
              next: outcome.page < outcome.totalPages ? outcome.page + 1 : undefined,
            }}
            hrefFor={(n) => arabicSearchHref(outcome.query, n)}
            label="صفحات النتائج"
            previousText="→ النتائج السابقة"
            nextText="مزيد من النتائج ←"
            lang="ar"
          />
        </section>
      ) : (
        <p>{ui.searchNoQuery}</p>
      )}
    </>
  );
}
