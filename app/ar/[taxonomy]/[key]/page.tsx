import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { StoryListItem } from '@/components/StoryListItem';
import { getContent, publishedArabicArticlesFor } from '@/lib/content/store';
import { ARABIC_TAXONOMY_TITLES, arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';
import { site } from '@/lib/site';
import { entityPath, type TaxonomyEntry } from '@/lib/taxonomy';
import { parseTaxonomyKind } from '@/lib/taxonomy-routes';

type Props = { params: Promise<{ taxonomy: string; key: string }> };

/** Rendered on first request, then cached until a publish changes it. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

/** A registry entry with an Arabic name, and its newest Arabic stories (one page). */
function load(taxonomy: string, key: string) {
  const kind = parseTaxonomyKind(taxonomy);
  const entry = kind ? (getContent().registries[kind].get(key) as (TaxonomyEntry & { name_ar?: string; description_ar?: string }) | undefined) : undefined;
  if (!kind || !entry?.name_ar) return undefined;
  const articles = publishedArabicArticlesFor(kind, key);
  return { kind, entry: { ...entry, name_ar: entry.name_ar }, articles: articles.slice(0, site.pageSize), total: articles.length };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy, key } = await params;
  const data = load(taxonomy, key);
  return data
    ? arabicPageMetadata({
        title: data.entry.name_ar,
        description: data.entry.description_ar ?? `تغطية كونفليكت ديسك بالعربية: ${data.entry.name_ar}.`,
        path: arabicEntityPath(data.kind, key),
        englishPath: entityPath(data.kind, key),
      })
    : {};
}

/** A topic, place, person or author in the Arabic edition. */
export default async function ArabicEntityPage({ params }: Props) {
  const { taxonomy, key } = await params;
  const data = load(taxonomy, key);
  if (!data) notFound();
  const { kind, entry, articles, total } = data;
  return (
    <>
      <header className="page-header">
        <LanguageSwitch lang="ar" href={entityPath(kind, key)} />
        <p className="kicker">{ARABIC_TAXONOMY_TITLES[kind]}</p>
        <h1>{entry.name_ar}</h1>
        {entry.description_ar ? <p className="page-header__intro">{entry.description_ar}</p> : null}
      </header>
      <section aria-labelledby="entity-stories">
        <h2 id="entity-stories" className="section-heading">
          {total === 0 ? 'لا توجد قصص بالعربية بعد' : `القصص بالعربية (${total})، الأحدث أولاً`}
        </h2>
        {articles.map((article) => (
          <StoryListItem key={article.slug} article={article} />
        ))}
      </section>
    </>
  );
}
