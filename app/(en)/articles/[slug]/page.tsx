import type { Metadata } from 'next';
import { SiteLink } from '@/components/SiteLink';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/ArticleBody';
import { ArticleHeader } from '@/components/ArticleHeader';
import { Corrections } from '@/components/Corrections';
import { EntityLinks } from '@/components/EntityLinks';
import { FactBox } from '@/components/FactBox';
import { RelatedStories } from '@/components/RelatedStories';
import { SourceList } from '@/components/SourceList';
import { StoryNeighbours } from '@/components/StoryNeighbours';
import { articleBodyHtml, articleSources } from '@/lib/content/article-body';
import { getArabicArticle, getArticle, getPublishedArticles, prebuiltArticles, publishedArticlesFor } from '@/lib/content/store';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { languageAlternates } from '@/lib/seo/language-alternates';
import { isScheduled } from '@/lib/content/visibility';
import { adjacentArticles, relatedArticles } from '@/lib/related';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { JsonLd } from '@/components/JsonLd';
import { storyTag } from '@/lib/publishing/affected';
import { tagPage } from '@/lib/publishing/page-tags';
import { Breadcrumb } from '@/components/Breadcrumb';
import { ShareLinks } from '@/components/ShareLinks';
import { TableOfContents } from '@/components/TableOfContents';
import { articleBreadcrumbs } from '@/lib/breadcrumbs';
import { absoluteUrl } from '@/lib/site';
import { tableOfContents } from '@/lib/table-of-contents';
import { LeadImage } from '@/components/LeadImage';
import { LocatorMap } from '@/components/LocatorMap';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { articleMap } from '@/lib/maps/place-map';
import { Stylesheet } from '@/components/Stylesheet';

type Props = { params: Promise<{ slug: string }> };

/**
 * The newest stories are built ahead; the rest of the archive renders on its
 * first request and is then cached until a publish changes it (no timer).
 * Slugs the content does not know never reach this page (proxy.ts).
 */
export const dynamicParams = true;
export const revalidate = false;

export function generateStaticParams() {
  return prebuiltArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const article = getArticle(slug);
  if (!article) return {};
  const metadata = articleMetadata(article);
  // hreflang pairs only when the Arabic edition is published.
  const languages = languageAlternates({ en: article.path, ar: getArabicArticle(slug)?.path });
  return languages ? { ...metadata, alternates: { ...metadata.alternates, languages } } : metadata;
}

export default async function ArticlePage({ params }: Props) {
  const now = new Date();
  const article = getArticle((await params).slug, now);
  if (!article) notFound();
  const { previous, next } = adjacentArticles(article, getPublishedArticles(now));
  const related = relatedArticles(article, (kind, key) => publishedArticlesFor(kind, key, now), 3, [previous, next]);
  // A publish that edits or removes any story shown here regenerates this page too.
  await tagPage([previous, next, ...related].flatMap((story) => (story ? [storyTag(story.slug)] : [])));
  const arabic = getArabicArticle(article.slug, now);
  const crumbs = articleBreadcrumbs(article);
  const bodyHtml = articleBodyHtml(article);
  const map = articleMap(article);
  const locator = map ? <LocatorMap map={map} places={article.places} dateline={article.dateline} /> : null;
  const imageSize = article.image ? imageDimensions(article.image.src) : undefined;
  const photo = article.image && imageSize ? <LeadImage image={article.image} size={imageSize} /> : null;
  return (
    <>
      <Stylesheet sheet="article" />
      <JsonLd data={[newsArticleJsonLd(article), breadcrumbJsonLd(crumbs)]} />
      <Breadcrumb crumbs={crumbs} />
      <article className="article">
        <LanguageSwitch lang="en" href={arabic?.path} />
        <ArticleHeader article={article} scheduled={isScheduled(article, now)} />
        <TableOfContents entries={tableOfContents(bodyHtml)} />
        {/* The photo leads when there is one, and the map follows the text; else the map leads. */}
        {photo ?? locator}
        <ArticleBody html={bodyHtml} />
        {photo ? locator : null}
        <FactBox figures={article.figures} />
        <Corrections corrections={article.corrections} />
        <SourceList sources={articleSources(article)} />
        <EntityLinks article={article} />
        <ShareLinks title={article.title} url={absoluteUrl(article.path)} />
      </article>
      <div className="article-footer">
        <StoryNeighbours previous={previous} next={next} />
        <RelatedStories articles={related} />
        <p className="more-link">
          <SiteLink href="/libya">← All Libya coverage</SiteLink>
        </p>
      </div>
    </>
  );
}
