import type { Metadata } from 'next';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { searchArticles } from '@/lib/search/site-search';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

export const metadata: Metadata = pageMetadata({
  title: 'Search',
  description: 'Search Conflict Desk coverage of the war in western Libya.',
  path: '/search',
  noindex: true,
});

/** The only dynamic page: results are rendered on the server for each GET. */
export default async function SearchPage({ searchParams }: Props) {
  const { q, page } = await searchParams;
  const outcome = searchArticles(first(q), Number(first(page)) || 1);
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
