import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { LiveCoverage } from '@/components/LiveCoverage';
import { arabicLiveBreadcrumbs } from '@/lib/breadcrumbs';
import { livePageHtml } from '@/lib/content/live-body';
import { getArabicLivePage } from '@/lib/content/store';
import { liveEntriesPage } from '@/lib/live-coverage';
import { parsePageNumber } from '@/lib/pagination';
import { arabicLiveMetadata } from '@/lib/seo/arabic-metadata';

type Props = { params: Promise<{ slug: string; page: string }> };

/** Older entries of an Arabic live page (same page size as English); rendered on first request, cached until a publish. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

async function load(params: Props['params']) {
  const { slug, page: segment } = await params;
  const page = getArabicLivePage(slug);
  const number = parsePageNumber(segment);
  const entries = page && number ? liveEntriesPage(page, number) : undefined;
  return page && entries ? { page, entries } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return loaded ? arabicLiveMetadata(loaded.page, loaded.entries.page) : {};
}

export default async function ArabicLivePageN({ params }: Props) {
  const loaded = await load(params);
  if (!loaded || loaded.entries.page === 1) notFound();
  const { page, entries } = loaded;
  return (
    <>
      <Breadcrumb crumbs={arabicLiveBreadcrumbs(page)} label="مسار التنقل" wide />
      <LiveCoverage page={page} entries={entries} html={livePageHtml(page)} lang="ar" />
    </>
  );
}
