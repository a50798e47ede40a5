/**
 * Renders the article body. The HTML was produced by remark-html with its
 * sanitizer on (lib/content/render-markdown.ts), which is what makes
 * injecting it safe. Its styles (the `article` sheet) are named by the
 * pages that render it: the lite edition renders it too, outside the app's
 * pages, with its own stylesheet.
 */
export function ArticleBody({ html }: { html: string }) {
  return <div className="article__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
