import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TollMetricView } from '@/components/TollMetricView';
import { publishedToll } from '@/lib/content/store';
import { tollMetricPath } from '@/lib/figures/toll';
import { tollMetricMeta, tollMetricPage } from '@/lib/figures/toll-pages';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ metric: string; page: string }> };

/** Older pages of a metric's reports render on first request, then stay cached. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

/** Page 1 is /libya/figures/<metric>; later pages render on request. */
export function generateStaticParams(): { metric: string; page: string }[] {
  return [];
}

async function load(params: Props['params']) {
  const { metric, page } = await params;
  const data = tollMetricPage(publishedToll().byMetric, metric, page);
  return data && data.page.page > 1 ? data : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return {};
  const { title, description } = tollMetricMeta(data);
  return pageMetadata({ title, description, path: tollMetricPath(data.metric, data.page.page) });
}

export default async function TollMetricPageN({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  return <TollMetricView data={data} />;
}
