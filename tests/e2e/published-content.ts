import { articleBodyHtml, articleSources } from '../../lib/content/article-body';
import { buildContent } from '../../lib/content/build-content';
import { readContent } from '../../lib/content/read-content';

/** The articles a production build of content/ publishes, newest first, with their rendered bodies and their sources. */
export function publishedArticles() {
  const { content } = buildContent(readContent('content'));
  return content.articles.filter((article) => !article.draft).map((article) => ({ ...article, html: articleBodyHtml(article), sources: articleSources(article) }));
}

/** The Arabic editions a production build of content/ publishes (translations of published stories), with their rendered bodies and their sources. */
export function publishedArabicArticles() {
  const { content } = buildContent(readContent('content'));
  const english = new Set(content.articles.filter((article) => !article.draft).map((article) => article.slug));
  return content.arabic.filter((article) => !article.draft && english.has(article.slug)).map((article) => ({ ...article, html: articleBodyHtml(article), sources: articleSources(article) }));
}

/** The live pages a production build of content/ publishes. */
export function publishedLivePages() {
  const { content } = buildContent(readContent('content'));
  return content.live.filter((page) => !page.draft);
}
