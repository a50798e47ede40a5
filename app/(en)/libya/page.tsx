import type { Metadata } from 'next';
import { CoverageIndex } from '@/components/CoverageIndex';
import { getPublishedArticles, getPublishedLivePages } from '@/lib/content/store';
import { paginate } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';
import { languageAlternates } from '@/lib/seo/language-alternates';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

const base = pageMetadata({
  title: 'Libya coverage',
  description: 'Every Conflict Desk story on the war in western Libya, April 2019 to October 2020, newest first.',
  path: '/libya',
  lite: '/lite',
});
export const metadata: Metadata = { ...base, alternates: { ...base.alternates, languages: languageAlternates({ en: '/libya', ar: '/ar/libya' }) } };

export default function LibyaIndexPage() {
  // Page 1 always exists, even with no articles.
  const page = paginate(getPublishedArticles(), 1, site.pageSize)!;
  return <CoverageIndex articles={page.items} info={page} live={getPublishedLivePages()} />;
}
