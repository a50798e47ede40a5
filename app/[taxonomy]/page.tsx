import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EntityIndex } from '@/components/EntityIndex';
import { parseTaxonomyKind, TAXONOMY_KINDS, taxonomyIndex } from '@/lib/taxonomy-routes';
import { TAXONOMIES } from '@/lib/taxonomy';

type Props = { params: Promise<{ taxonomy: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return TAXONOMY_KINDS.map((taxonomy) => ({ taxonomy }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = parseTaxonomyKind((await params).taxonomy);
  return kind ? { title: TAXONOMIES[kind].title, description: `${TAXONOMIES[kind].title} in Conflict Desk's Libya coverage, with their stories.` } : {};
}

export default async function TaxonomyIndexPage({ params }: Props) {
  const kind = parseTaxonomyKind((await params).taxonomy);
  if (!kind) notFound();
  return <EntityIndex kind={kind} entries={taxonomyIndex(kind)} />;
}
