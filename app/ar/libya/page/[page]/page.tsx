import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageIndex } from '@/components/CoverageIndex';
import { coverageIndexHref } from '@/lib/coverage-index';
import { liteIndexHref } from '@/lib/lite/lite-paths';
import { getPublishedArabicArticles, prebuildListPages } from '@/lib/content/store';
import { pageCount, paginate, parsePageNumber } from '@/lib/pagination';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

/** The first pages are built ahead; older pages render on first request, then stay cached. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  const pages = Math.min(prebuildListPages(), pageCount(getPublishedArabicArticles().length, site.pageSize));
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

function loadPage(segment: string) {
  const number = parsePageNumber(segment);
  return number ? paginate(getPublishedArabicArticles(), number, site.pageSize) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = loadPage((await params).page);
  return page
    ? arabicPageMetadata({
        title: `تغطية ليبيا، الصفحة ${page.page}`,
        description: `قصص كونفليكت ديسك بالعربية عن الحرب في غرب ليبيا، الصفحة ${page.page} من ${page.totalPages}.`,
        path: coverageIndexHref(page.page, 'ar'),
        lite: liteIndexHref(page.page, 'ar'),
      })
    : {};
}

export default async function ArabicLibyaIndexPageN({ params }: Props) {
  const page = loadPage((await params).page);
  if (!page || page.page === 1) notFound();
  return <CoverageIndex articles={page.items} info={page} lang="ar" />;
}
