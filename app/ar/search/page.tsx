import type { Metadata } from 'next';
import { SearchForm } from '@/components/SearchForm';
import { SearchResults } from '@/components/SearchResults';
import { UI } from '@/lib/i18n/ui-strings';
import { searchArabicArticles } from '@/lib/search/arabic-search';
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
  return (
    <>
      <header className="page-header">
        <h1>{UI.ar.searchTitle}</h1>
      </header>
      <SearchForm query={outcome.query} id="search-page-query" name="ابحث مجدداً" lang="ar" />
      <SearchResults outcome={outcome} lang="ar" />
    </>
  );
}
