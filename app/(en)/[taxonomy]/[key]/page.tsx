import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityPage } from '@/components/EntityPage';
import { PlaceLocation } from '@/components/PlaceLocation';
import type { Place } from '@/lib/content/registries';
import { singlePlaceMap } from '@/lib/maps/place-map';
import { entityPageMetadata } from '@/lib/seo/metadata';
import { prebuildEntries } from '@/lib/content/store';
import { taxonomyPage, taxonomyPages } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; key: string }> };

/** Every entry is built ahead; one added by a publish renders on its first request. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

/** The busiest entries are built ahead (`PREBUILD_ENTRIES`, default 50); the rest render on first request. */
export function generateStaticParams() {
  return taxonomyPages()
    .sort((a, b) => b.pages - a.pages || b.count - a.count)
    .slice(0, prebuildEntries())
    .map(({ kind, key }) => ({ taxonomy: kind, key }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy, key } = await params;
  const data = taxonomyPage(taxonomy, key);
  return data ? entityPageMetadata(data.kind, data.entry, 1) : {};
}

export default async function TaxonomyEntryPage({ params }: Props) {
  const { taxonomy, key } = await params;
  const data = taxonomyPage(taxonomy, key);
  if (!data) notFound();
  const place = data.kind === 'places' ? (data.entry as Place) : undefined;
  return (
    <EntityPage
      kind={data.kind}
      entry={data.entry}
      articles={data.page.items}
      total={data.total}
      info={data.page}
      aside={place ? <PlaceLocation place={place} map={singlePlaceMap(place)} /> : undefined}
    />
  );
}
