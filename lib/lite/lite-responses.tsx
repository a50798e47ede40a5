import { LiteArticle } from '@/components/LiteArticle';
import { LiteDocument } from '@/components/LiteDocument';
import { LiteIndex } from '@/components/LiteIndex';
import { articleBodyHtml, articleSources } from '../content/article-body';
import { getArticle, getPublishedArticles } from '../content/store';
import { isScheduled } from '../content/visibility';
import { paginate } from '../pagination';
import { site } from '../site';
import { fullIndexHref } from './lite-paths';
import { htmlResponse } from './render-html';

/** The lite page of article `slug`, or undefined when readers may not see it at `now`. */
export function liteArticleResponse(slug: string, now: Date = new Date()): Response | undefined {
  const article = getArticle(slug, now);
  if (!article) return undefined;
  return htmlResponse(
    <LiteDocument title={`${article.title} | ${site.name} lite`} description={article.dek} fullPath={article.path}>
      <LiteArticle article={article} bodyHtml={articleBodyHtml(article)} sources={articleSources(article)} scheduled={isScheduled(article, now)} />
    </LiteDocument>,
  );
}

/** Page `number` of the lite coverage index, or undefined past the last page (page 1 always exists). */
export function liteIndexResponse(number: number, now: Date = new Date()): Response | undefined {
  const page = paginate(getPublishedArticles(now), number, site.pageSize);
  if (!page) return undefined;
  const title = number === 1 ? 'Libya coverage' : `Libya coverage, page ${number}`;
  const of = number === 1 ? '' : `: page ${number} of ${page.totalPages}`;
  return htmlResponse(
    <LiteDocument
      title={`${title} | ${site.name} lite`}
      description={`Every Conflict Desk story on the war in western Libya, newest first, as plain text for slow connections${of}.`}
      fullPath={fullIndexHref(number)}
    >
      <LiteIndex articles={page.items} info={page} />
    </LiteDocument>,
  );
}
