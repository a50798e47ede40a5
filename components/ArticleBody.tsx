import '@/app/styles/article.css';
/**
 * Renders the article body. The HTML was produced by remark-html with its
 * sanitizer on (lib/content/render-markdown.ts), which is what makes
 * injecting it safe.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
