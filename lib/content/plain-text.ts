import { parseMarkdown, type MarkdownTree } from './markdown-tree';

type Node = { type: string; value?: string; children?: Node[] };

const BLOCKS = new Set(['paragraph', 'heading', 'listItem', 'blockquote', 'tableCell', 'code']);

/** The readable text of a Markdown body, one line per block, no markup. */
export function markdownToPlainText(markdown: string): string {
  return plainTextOf(parseMarkdown(markdown));
}

/** The same, from a tree already parsed (so a body is parsed once). */
export function plainTextOf(tree: MarkdownTree): string {
  const lines: string[] = [];
  let line = '';
  const visit = (node: Node) => {
    // A paragraph may span several source lines: its soft breaks become spaces.
    if (node.type === 'text' || node.type === 'inlineCode') line += (node.value ?? '').replace(/\s*\n\s*/g, ' ');
    if (node.type === 'code') line += node.value ?? '';
    if (node.type === 'break') line += ' ';
    node.children?.forEach(visit);
    if (BLOCKS.has(node.type) && line.trim()) {
      lines.push(line.trim());
      line = '';
    }
  };
  visit(tree as Node);
  return lines.join('\n');
}
