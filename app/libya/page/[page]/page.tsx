import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CoverageIndex, coverageIndexHref } from '@/components/CoverageIndex';
import { getPublishableArticles, getPublishedArticles } from '@/lib/content/store';
import { pageCount, paginate, parsePageNumber } from '@/lib/pagination';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

export const dynamicParams = false;

/** Regenerated at most every 5 minutes, so scheduled articles appear without a rebuild. */
export const revalidate = 300;

/** Pages 2..n; page 1 lives at /libya (and /libya/page/1 redirects there). */
export function generateStaticParams() {
  const pages = pageCount(getPublishableArticles().length, site.pageSize);
  return Array.from({ length: pages - 1 }, (_, i) => ({ page: String(i + 2) }));
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
      })
    : {};
}

export default async function LibyaIndexPageN({ params }: Props) {
  const page = loadPage((await params).page);
  if (!page || page.page === 1) notFound();
  return <CoverageIndex articles={page.items} info={page} />;
}
