import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breadcrumb } from '@/components/Breadcrumb';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LiveCoverage } from '@/components/LiveCoverage';
import { arabicLiveBreadcrumbs } from '@/lib/breadcrumbs';
import { livePageHtml } from '@/lib/content/live-body';
import { getArabicLivePage, getPublishableArabicLivePages } from '@/lib/content/store';
import { liveEntriesPage } from '@/lib/live-coverage';
import { arabicLiveMetadata } from '@/lib/seo/arabic-metadata';
import { breadcrumbJsonLd, liveBlogPostingJsonLd } from '@/lib/seo/json-ld';

type Props = { params: Promise<{ slug: string }> };

/**
 * A live page's Arabic edition, rendered by the English page's components in
 * Arabic. Built ahead, cached until a publish changes it or the scheduler
 * sees one of its English entries come due (decision 0011, 0015). Slugs
 * without a published Arabic live page never reach this page (proxy.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return getPublishableArabicLivePages().map((page) => ({ slug: page.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = getArabicLivePage((await params).slug);
  return page ? arabicLiveMetadata(page, 1) : {};
}

export default async function ArabicLivePage({ params }: Props) {
  const now = new Date();
  const page = getArabicLivePage((await params).slug, now);
  if (!page) notFound();
  const entries = liveEntriesPage(page, 1)!;
  const crumbs = arabicLiveBreadcrumbs(page);
  return (
    <>
      <JsonLd data={[liveBlogPostingJsonLd(page), breadcrumbJsonLd(crumbs)]} />
      <Breadcrumb crumbs={crumbs} label="مسار التنقل" wide />
      <LanguageSwitch lang="ar" href={page.originalPath} />
      <LiveCoverage page={page} entries={entries} html={livePageHtml(page)} lang="ar" />
    </>
  );
}
