import { remark } from 'remark';

/** A parsed Markdown body (mdast root). */
export type MarkdownTree = ReturnType<ReturnType<typeof remark>['parse']>;

/** One parser for every body: making and freezing a processor per file cost the check about 2 % of its time. */
const parser = remark().freeze();

/** Parses a body once; plain text and references are both read from the tree. */
export function parseMarkdown(markdown: string): MarkdownTree {
  return parser.parse(markdown);
}
