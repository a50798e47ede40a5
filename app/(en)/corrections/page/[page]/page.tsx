import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionsLog } from '@/components/CorrectionsLog';
import { EditorialPage } from '@/components/EditorialPage';
import { getCorrectablePages } from '@/lib/content/store';
import { correctionsHref, correctionsPage } from '@/lib/corrections';
import { EDITORIAL_PAGES } from '@/lib/editorial-pages';
import { pageMetadata } from '@/lib/seo/metadata';
import { site } from '@/lib/site';

type Props = { params: Promise<{ page: string }> };

/** Older pages of the corrections log render on first request, then stay cached. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function generateStaticParams(): { page: string }[] {
  return [];
}

async function load(params: Props['params']) {
  const log = correctionsPage(getCorrectablePages(), (await params).page);
  return log && log.page.page > 1 ? log : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const log = await load(params);
  return log
    ? pageMetadata({
        title: `${EDITORIAL_PAGES.corrections.title}, page ${log.page.page}`,
        description: `Corrections ${site.name} has made to published stories, page ${log.page.page} of ${log.page.totalPages}.`,
        path: correctionsHref(log.page.page),
      })
    : {};
}

export default async function CorrectionsPageN({ params }: Props) {
  const log = await load(params);
  if (!log) notFound();
  return (
    <EditorialPage title={`${EDITORIAL_PAGES.corrections.title}, page ${log.page.page}`} intro={<>Older corrections, newest first.</>}>
      <CorrectionsLog page={log.page} total={log.total} />
    </EditorialPage>
  );
}
