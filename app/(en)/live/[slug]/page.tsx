import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LiveCoverage } from '@/components/LiveCoverage';
import { livePageHtml } from '@/lib/content/live-body';
import { getArabicLivePage, getLivePage, getPublishableLivePages } from '@/lib/content/store';
import { liveBreadcrumbs } from '@/lib/breadcrumbs';
import { liveEntriesPage } from '@/lib/live-coverage';
import { breadcrumbJsonLd, liveBlogPostingJsonLd } from '@/lib/seo/json-ld';
import { liveMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ slug: string }> };

/**
 * Built ahead and cached until a publish changes the page, or the scheduler
 * sees one of its entries come due (every 15 s): no timer re-renders it.
 * See docs/decisions/0011-live-pages.md.
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getPublishableLivePages().map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const page = getLivePage(slug);
  return page ? liveMetadata(page, 1, getArabicLivePage(slug)?.path) : {};
}

export default async function LivePage({ params }: Props) {
  const now = new Date();
  const { slug } = await params;
  const page = getLivePage(slug, now);
  if (!page) notFound();
  const entries = liveEntriesPage(page, 1)!;
  const crumbs = liveBreadcrumbs(page);
  return (
    <>
      <JsonLd data={[liveBlogPostingJsonLd(page), breadcrumbJsonLd(crumbs)]} />
      <Breadcrumb crumbs={crumbs} wide />
      <LanguageSwitch lang="en" href={getArabicLivePage(slug, now)?.path} />
      <LiveCoverage page={page} entries={entries} html={livePageHtml(page)} />
    </>
  );
}
