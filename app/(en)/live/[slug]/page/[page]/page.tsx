import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { LiveCoverage } from '@/components/LiveCoverage';
import { livePageHtml } from '@/lib/content/live-body';
import { getLivePage } from '@/lib/content/store';
import { liveBreadcrumbs } from '@/lib/breadcrumbs';
import { liveEntriesPage } from '@/lib/live-coverage';
import { parsePageNumber } from '@/lib/pagination';
import { liveMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string; page: string }> };

/** Older entries of a live page; rendered on first request, cached until a publish changes the page. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

async function load(params: Props['params']) {
  const { slug, page: segment } = await params;
  const page = getLivePage(slug);
  const number = parsePageNumber(segment);
  const entries = page && number ? liveEntriesPage(page, number) : undefined;
  return page && entries ? { page, entries } : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(params);
  return loaded ? liveMetadata(loaded.page, loaded.entries.page) : {};
}

export default async function LivePageN({ params }: Props) {
  const loaded = await load(params);
  if (!loaded || loaded.entries.page === 1) notFound();
  const { page, entries } = loaded;
  return (
    <>
      <Breadcrumb crumbs={liveBreadcrumbs(page)} wide />
      <LiveCoverage page={page} entries={entries} html={livePageHtml(page)} />
    </>
  );
}
