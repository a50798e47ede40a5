import { remark } from 'remark';

/** A parsed Markdown body (mdast root). */
export type MarkdownTree = ReturnType<ReturnType<typeof remark>['parse']>;

/** Parses a body once; plain text and references are both read from the tree. */
export function parseMarkdown(markdown: string): MarkdownTree {
  return remark().parse(markdown);
}
