import { buildContent } from '../../lib/content/build-content';
import { readContent } from '../../lib/content/read-content';

/** The articles a production build of content/ publishes, newest first. */
export function publishedArticles() {
  const { content } = buildContent(readContent('content'));
  return content.articles.filter((article) => !article.draft);
}
