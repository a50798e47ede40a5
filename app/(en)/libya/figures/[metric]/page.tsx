import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TollMetricView } from '@/components/TollMetricView';
import { publishedToll } from '@/lib/content/store';
import { tollMetricPath, TOLL_METRICS } from '@/lib/figures/toll';
import { tollMetricMeta, tollMetricPage } from '@/lib/figures/toll-pages';
import { pageMetadata } from '@/lib/seo/metadata';

type Props = { params: Promise<{ metric: string }> };

/** A metric's first report (added by a publish) makes its page exist: it renders on first request. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

/** The first page of every metric with reports is built ahead. */
export function generateStaticParams(): { metric: string }[] {
  const { byMetric } = publishedToll();
  return TOLL_METRICS.filter((metric) => byMetric.has(metric)).map((metric) => ({ metric }));
}

async function load(params: Props['params']) {
  return tollMetricPage(publishedToll().byMetric, (await params).metric);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await load(params);
  if (!data) return {};
  const { title, description } = tollMetricMeta(data);
  return pageMetadata({ title, description, path: tollMetricPath(data.metric) });
}

export default async function TollMetricPage({ params }: Props) {
  const data = await load(params);
  if (!data) notFound();
  return <TollMetricView data={data} />;
}
