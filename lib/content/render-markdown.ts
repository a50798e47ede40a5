import { remark } from 'remark';
import remarkHtml from 'remark-html';
import { remarkHeadingIds } from './heading-ids';

/**
 * Markdown → HTML with remark-html's sanitizer ON (GitHub's schema): raw HTML,
 * `on*` attributes and `javascript:` URLs are removed. Never turn it off:
 * this is the site's XSS defence for editor-written content. Headings get
 * ids (`user-content-<slug>` once sanitized) for the table of contents.
 */
const processor = remark().use(remarkHeadingIds).use(remarkHtml, { sanitize: true });

export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
