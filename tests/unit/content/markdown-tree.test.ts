import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown-tree';

describe('parseMarkdown', () => {
  it('parses a body into an mdast tree with each block on its line', () => {
    const tree = parseMarkdown('Forces advanced.\n\n## What happened\n\n- One\n- Two\n\n[UN](https://un.org) ![Map](/m.png)\n');
    expect(tree.type).toBe('root');
    expect(tree.children.map((node) => [node.type, node.position!.start.line])).toEqual([
      ['paragraph', 1],
      ['heading', 3],
      ['list', 5],
      ['paragraph', 8],
    ]);
    const last = tree.children[3]!;
    expect(last.type === 'paragraph' && last.children.map((node) => node.type)).toEqual(['link', 'text', 'image']);
  });

  it('keeps reference definitions and raw HTML as nodes (to be checked and sanitized later)', () => {
    const tree = parseMarkdown('See [the report][un].\n\n[un]: https://press.un.org/x\n\n<script>alert(1)</script>\n');
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph', 'definition', 'html']);
  });

  it('gives an empty tree for an empty body', () => {
    expect(parseMarkdown('').children).toEqual([]);
  });

  it('gives every call a tree of its own', () => {
    const first = parseMarkdown('# Title');
    first.children.length = 0;
    expect(parseMarkdown('# Title').children).toHaveLength(1);
  });

  it('parses any text without throwing, every node position inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (markdown) => {
        const tree = parseMarkdown(markdown);
        const lines = markdown.split(/\r\n|\r|\n/).length;
        for (const node of tree.children) {
          expect(node.position!.start.line).toBeGreaterThanOrEqual(1);
          expect(node.position!.end.line).toBeLessThanOrEqual(lines);
        }
      }),
    );
  });
});
