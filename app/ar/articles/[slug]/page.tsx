import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { LocatorMap } from '@/components/LocatorMap';
import { articleMap } from '@/lib/maps/place-map';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Breadcrumb } from '@/components/Breadcrumb';
import { Corrections } from '@/components/Corrections';
import { EntityLinks } from '@/components/EntityLinks';
import { FactBox } from '@/components/FactBox';
import { JsonLd } from '@/components/JsonLd';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { LeadImage } from '@/components/LeadImage';
import { SiteLink } from '@/components/SiteLink';
import { SourceList } from '@/components/SourceList';
import { TableOfContents } from '@/components/TableOfContents';
import { arabicArticleBreadcrumbs } from '@/lib/breadcrumbs';
import { articleBodyHtml, articleSources } from '@/lib/content/article-body';
import { getArabicArticle, prebuiltArabicArticles } from '@/lib/content/store';
import { isScheduled } from '@/lib/content/visibility';
import { UI } from '@/lib/i18n/ui-strings';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { arabicNewsArticleJsonLd } from '@/lib/seo/arabic-json-ld';
import { arabicArticleMetadata } from '@/lib/seo/arabic-metadata';
import { breadcrumbJsonLd } from '@/lib/seo/json-ld';
import { tableOfContents } from '@/lib/table-of-contents';
import { Stylesheet } from '@/components/Stylesheet';

type Props = { params: Promise<{ slug: string }> };

/**
 * An article's Arabic edition, rendered by the English page's components in
 * Arabic (lang from the article). Built ahead for the newest translations,
 * the rest on first request; cached until a publish changes it. Slugs
 * without a published translation never reach this page (proxy.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prebuiltArabicArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArabicArticle((await params).slug);
  return article ? arabicArticleMetadata(article) : {};
}

export default async function ArabicArticlePage({ params }: Props) {
  const now = new Date();
  const article = getArabicArticle((await params).slug, now);
  if (!article) notFound();
  const crumbs = arabicArticleBreadcrumbs(article);
  const bodyHtml = articleBodyHtml(article);
  const imageSize = article.image ? imageDimensions(article.image.src) : undefined;
  const map = articleMap(article, 'ar');
  const locator = map ? <LocatorMap map={map} places={article.places} dateline={article.dateline} lang="ar" /> : null;
  const photo = article.image && imageSize ? <LeadImage image={article.image} size={imageSize} lang="ar" /> : null;
  return (
    <>
      <Stylesheet sheet="article" />
      <JsonLd data={[arabicNewsArticleJsonLd(article), breadcrumbJsonLd(crumbs)]} />
      <Breadcrumb crumbs={crumbs} label="مسار التنقل" />
      <article className="article">
        <LanguageSwitch lang="ar" href={article.originalPath} />
        <ArticleHeader article={article} scheduled={isScheduled(article, now)} />
        <TableOfContents entries={tableOfContents(bodyHtml)} lang="ar" />
        {/* As in English: the photo leads when there is one, and the map follows the text; else the map leads. */}
        {photo ?? locator}
        <ArticleBody html={bodyHtml} />
        {photo ? locator : null}
        <FactBox figures={article.figures} lang="ar" />
        <Corrections corrections={article.corrections} lang="ar" />
        <SourceList sources={articleSources(article)} lang="ar" />
        <EntityLinks article={article} />
      </article>
      <div className="article-footer">
        <p className="more-link">
          <SiteLink href="/ar/libya">{`${UI.ar.allCoverage} ←`}</SiteLink>
        </p>
      </div>
    </>
  );
}
