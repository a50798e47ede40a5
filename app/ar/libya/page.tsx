import type { Metadata } from 'next';
import { CoverageIndex } from '@/components/CoverageIndex';
import { getPublishedArabicArticles } from '@/lib/content/store';
import { liteIndexHref } from '@/lib/lite/lite-paths';
import { paginate } from '@/lib/pagination';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';
import { site } from '@/lib/site';

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export const metadata: Metadata = arabicPageMetadata({
  title: 'تغطية ليبيا',
  description: 'كل قصص كونفليكت ديسك المترجمة إلى العربية عن الحرب في غرب ليبيا، الأحدث أولاً.',
  path: '/ar/libya',
  englishPath: '/libya',
  lite: liteIndexHref(1, 'ar'),
});

export default function ArabicLibyaIndexPage() {
  const page = paginate(getPublishedArabicArticles(), 1, site.pageSize)!;
  return <CoverageIndex articles={page.items} info={page} lang="ar" />;
}
