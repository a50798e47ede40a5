import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageIndex } from '@/components/CoverageIndex';
import { coverageIndexHref } from '@/lib/coverage-index';
import { getPublishedArticles, prebuildListPages } from '@/lib/content/store';
import { pageCount, paginate, parsePageNumber } from '@/lib/pagination';
import { liteIndexHref } from '@/lib/lite/lite-paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

/** The first pages are built ahead; older pages render on first request, then stay cached. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

/** Pages 2..PREBUILD_LIST_PAGES; page 1 lives at /libya (and /libya/page/1 redirects there). */
export function generateStaticParams() {
  const pages = Math.min(prebuildListPages(), pageCount(getPublishedArticles().length, site.pageSize));
  return Array.from({ length: Math.max(0, pages - 1) }, (_, i) => ({ page: String(i + 2) }));
}

function loadPage(segment: string) {
  const number = parsePageNumber(segment);
  return number ? paginate(getPublishedArticles(), number, site.pageSize) : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = loadPage((await params).page);
  return page
    ? pageMetadata({
        title: `Libya coverage, page ${page.page}`,
        description: `Conflict Desk stories on the war in western Libya, page ${page.page} of ${page.totalPages}.`,
        path: coverageIndexHref(page.page),
        lite: liteIndexHref(page.page),
      })
    : {};
}

export default async function LibyaIndexPageN({ params }: Props) {
  const page = loadPage((await params).page);
  if (!page || page.page === 1) notFound();
  return <CoverageIndex articles={page.items} info={page} />;
}
