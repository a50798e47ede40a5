import { remark } from 'remark';
import remarkHtml from 'remark-html';

/**
 * Markdown → HTML with remark-html's sanitizer ON (GitHub's schema): raw HTML,
 * `on*` attributes and `javascript:` URLs are removed. Never turn it off:
 * this is the site's XSS defence for editor-written content.
 */
const processor = remark().use(remarkHtml, { sanitize: true });

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
