import type { Metadata } from 'next';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { searchArticles } from '@/lib/search/site-search';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search Conflict Desk coverage of the war in western Libya.',
  path: '/search',
  noindex: true,
});

/** The only dynamic page: results are rendered on the server for each GET. */
export default async function SearchPage({ searchParams }: Props) {
  const { q } = await searchParams;
  const outcome = searchArticles(Array.isArray(q) ? (q[0] ?? '') : (q ?? ''));
  return (
    <>
      <header className="page-header">
        <h1>Search</h1>
      </header>
      <SearchForm query={outcome.query} id="search-page-query" name="Search again" />
      <SearchResults outcome={outcome} />
    </>
  );
}
