import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityIndex } from '@/components/EntityIndex';
import { pageMetadata } from '@/lib/seo/metadata';
import { TAXONOMIES } from '@/lib/taxonomy';
import { taxonomyIndexHref, taxonomyIndexPage } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; page: string }> };

/** Later pages of a registry index render on first request, then stay cached. */
export const dynamicParams = true;

/** Cached until a publish (or a scheduled story coming due) changes it: see lib/publishing. */
export const revalidate = false;

export function generateStaticParams(): { taxonomy: string; page: string }[] {
  return [];
}

async function load(params: Props['params']) {
  const { taxonomy, page } = await params;
  const index = taxonomyIndexPage(taxonomy, page);
  return index && index.page.page > 1 ? index : undefined;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const index = await load(params);
  if (!index) return {};
  const { kind, page } = index;
  return pageMetadata({
    title: `${TAXONOMIES[kind].title}, page ${page.page}`,
    description: `${TAXONOMIES[kind].title} in Conflict Desk's Libya coverage, page ${page.page} of ${page.totalPages}.`,
    path: taxonomyIndexHref(kind, page.page),
  });
}

export default async function TaxonomyIndexPageN({ params }: Props) {
  const index = await load(params);
  if (!index) notFound();
  return <EntityIndex kind={index.kind} page={index.page} />;
}
