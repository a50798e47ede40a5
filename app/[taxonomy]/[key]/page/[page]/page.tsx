import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { entityPageMetadata } from '@/lib/seo/metadata';
import { taxonomyPage, taxonomyPages } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; key: string; page: string }> };

export const dynamicParams = false;

/** Regenerated at most every 5 minutes, so scheduled articles appear without a rebuild. */
export const revalidate = 300;

/** Pages 2..n of each entry; page 1 is /<kind>/<key>. */
export function generateStaticParams() {
  return taxonomyPages().flatMap(({ kind, key, pages }) =>
    Array.from({ length: pages - 1 }, (_, i) => ({ taxonomy: kind, key, page: String(i + 2) })),
  );
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
