import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { entityPageMetadata } from '@/lib/seo/metadata';
import { taxonomyPage } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; key: string; page: string }> };

/** Rendered on first request, then cached (page 1 of every entry is built ahead). */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

/** Pages 2..n of each entry render on request; page 1 is /<kind>/<key>. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy, key, page } = await params;
  const data = taxonomyPage(taxonomy, key, page);
  return data ? entityPageMetadata(data.kind, data.entry, data.page.page) : {};
}

export default async function TaxonomyEntryPageN({ params }: Props) {
  const { taxonomy, key, page } = await params;
  const data = taxonomyPage(taxonomy, key, page);
  if (!data || data.page.page === 1) notFound();
  return <EntityPage kind={data.kind} entry={data.entry} articles={data.page.items} total={data.total} info={data.page} />;
}
