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
import { getArticle, getPublishableArticles, getPublishedArticles } from '@/lib/content/store';
import { isScheduled } from '@/lib/content/visibility';
import { adjacentArticles, relatedArticles } from '@/lib/related';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { articleMetadata } from '@/lib/seo/metadata';
import { JsonLd } from '@/components/JsonLd';
import { LeadImage } from '@/components/LeadImage';
import { LocatorMap } from '@/components/LocatorMap';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { articleMap } from '@/lib/maps/place-map';

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;

/** Regenerated at most every 5 minutes, so scheduled articles appear without a rebuild. */
export const revalidate = 300;

export function generateStaticParams() {
  return getPublishableArticles().map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = getArticle((await params).slug);
  return article ? articleMetadata(article) : {};
}

export default async function ArticlePage({ params }: Props) {
  const now = new Date();
  const article = getArticle((await params).slug, now);
  if (!article) notFound();
  const articles = getPublishedArticles(now);
  const { previous, next } = adjacentArticles(article, articles);
  const map = articleMap(article);
  const locator = map ? <LocatorMap map={map} places={article.places} dateline={article.dateline} /> : null;
  const imageSize = article.image ? imageDimensions(article.image.src) : undefined;
  const photo = article.image && imageSize ? <LeadImage image={article.image} size={imageSize} /> : null;
  return (
    <>
      <JsonLd
        data={[
          newsArticleJsonLd(article),
          breadcrumbJsonLd([
            { name: 'Home', path: '/' },
            { name: 'Libya coverage', path: '/libya' },
            { name: article.title, path: article.path },
          ]),
        ]}
      />
      <article className="article">
        <ArticleHeader article={article} scheduled={isScheduled(article, now)} />
        {/* The photo leads when there is one, and the map follows the text; else the map leads. */}
        {photo ?? locator}
        <ArticleBody html={article.html} />
        {photo ? locator : null}
        <FactBox figures={article.figures} />
        <Corrections corrections={article.corrections} />
        <SourceList sources={article.sources} />
        <EntityLinks article={article} />
      </article>
      <div className="article-footer">
        <StoryNeighbours previous={previous} next={next} />
        <RelatedStories articles={relatedArticles(article, articles)} />
        <p className="more-link">
          <SiteLink href="/libya">← All Libya coverage</SiteLink>
        </p>
      </div>
    </>
  );
}
