import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { StoryListItem } from '@/components/StoryListItem';
import { Pagination } from '@/components/Pagination';
import { arabicEntityPage } from '@/lib/i18n/arabic-entity-page';
import { UI } from '@/lib/i18n/ui-strings';
import { ARABIC_TAXONOMY_TITLES, arabicEntityPath } from '@/lib/i18n/arabic-taxonomy';
import { arabicPageMetadata } from '@/lib/seo/arabic-metadata';
import { entityPagePath, entityPath } from '@/lib/taxonomy';

type Props = { params: Promise<{ taxonomy: string; key: string; page?: string }> };

/** Rendered on first request, then cached until a publish changes it. */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { taxonomy, key, page } = await params;
  const data = arabicEntityPage(taxonomy, key, page);
  if (!data || (page !== undefined && data.page.page === 1)) return {};
  const n = data.page.page;
  return arabicPageMetadata({
    title: n === 1 ? data.entry.name_ar : `${data.entry.name_ar}، ${UI.ar.pageOf(n, data.page.totalPages).replace(/\.$/, '')}`,
    description: data.entry.description_ar ?? `تغطية كونفليكت ديسك بالعربية: ${data.entry.name_ar}.`,
    path: arabicEntityPath(data.kind, key, n),
    englishPath: entityPagePath(data.kind, key, n),
  });
}

/** A topic, place, person or author in the Arabic edition. */
export default async function ArabicEntityPage({ params }: Props) {
  const { taxonomy, key, page: segment } = await params;
  const data = arabicEntityPage(taxonomy, key, segment);
  // Page 1 lives at /ar/<kind>/<key> only (proxy.ts redirects /page/1 there).
  if (!data || (segment !== undefined && data.page.page === 1)) notFound();
  const { kind, entry, page, total } = data;
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
        {page.items.map((article) => (
          <StoryListItem key={article.slug} article={article} />
        ))}
      </section>
      <Pagination
        info={page}
        hrefFor={(n) => arabicEntityPath(kind, key, n)}
        label={UI.ar.coveragePages}
        previousText={`→ ${UI.ar.previousPage}`}
        nextText={`${UI.ar.nextPage} ←`}
        lang="ar"
      />
    </>
  );
}
