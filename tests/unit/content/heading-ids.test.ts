import fc from 'fast-check';
import type { Heading, Nodes, Root } from 'mdast';
import { remark } from 'remark';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds } from '@/lib/content/heading-ids';
import { renderMarkdown } from '@/lib/content/render-markdown';

const processor = remark().use(remarkHeadingIds);

function headingsOf(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  else if ('children' in node) for (const child of node.children as Nodes[]) headingsOf(child, found);
  return found;
}

/** The id each heading of `markdown` gets, in document order (undefined: none). */
function headingIds(markdown: string): (string | undefined)[] {
  const tree = processor.runSync(processor.parse(markdown)) as Root;
  return headingsOf(tree).map((heading) => heading.data?.hProperties?.id as string | undefined);
}

describe('remarkHeadingIds', () => {
  it("slugs each heading's text by GitHub's rule", () => {
    expect(headingIds('## What happened\n\n### The UN’s response, in full!')).toEqual(['what-happened', 'the-uns-response-in-full']);
  });

  it('numbers repeated headings -1, -2…, and never reuses an id a later heading already has', () => {
    expect(headingIds('## Reaction\n\n## Reaction\n\n## Reaction')).toEqual(['reaction', 'reaction-1', 'reaction-2']);
    expect(headingIds('## A\n\n## A\n\n## A-1')).toEqual(['a', 'a-1', 'a-1-1']);
  });

  it('starts the numbering afresh for each document', () => {
    expect(headingIds('## Background')).toEqual(['background']);
    expect(headingIds('## Background')).toEqual(['background']);
  });

  it('uses the words a reader sees: inline formatting, code, link text and image alt text, but not raw HTML', () => {
    expect(headingIds('## A *second* strike')).toEqual(['a-second-strike']);
    expect(headingIds('## The `status` field and [the UN](https://un.org)')).toEqual(['the-status-field-and-the-un']);
    expect(headingIds('## ![Map](/images/map.png) of Tripoli')).toEqual(['map-of-tripoli']);
    expect(headingIds('## Reaction <img src=x onerror="alert(1)"> abroad')).toEqual(['reaction--abroad']);
  });

  it('gives ids to every heading level and style, also inside quotes and lists', () => {
    expect(headingIds('# Top\n\nSetext\n------\n\n> ## Quoted\n\n- #### Listed')).toEqual(['top', 'setext', 'quoted', 'listed']);
  });

  it('keeps Arabic letters in the id', () => {
    expect(headingIds('## قوات حفتر')).toEqual(['قوات-حفتر']);
  });

  it('gives no id to a heading with no letters or digits', () => {
    expect(headingIds('## !!!')).toEqual([undefined]);
    expect(headingIds('## 🙂')).toEqual([undefined]);
    expect(headingIds('## 🙂 !!!')).toEqual([undefined]);
    expect(headingIds('## !!!\n\n## ???\n\n## Reaction\n\n## ...')).toEqual([undefined, undefined, 'reaction', undefined]);
  });

  it('ends up, once sanitized, as a user-content- id in the HTML', () => {
    expect(renderMarkdown('## What happened')).toBe('<h2 id="user-content-what-happened">What happened</h2>\n');
  });

  it('gives any list of headings unique, URL-safe ids', () => {
    // Any one-line text: ASCII (Markdown syntax, punctuation) or any Unicode grapheme, repeats likely.
    const headingText = fc
      .oneof(fc.string({ minLength: 1, maxLength: 20 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }), fc.constantFrom('Reaction', 'reaction-1', 'Reaction!'))
      .filter((text) => !/[\r\n\u2028\u2029]/.test(text));
    fc.assert(
      fc.property(fc.array(headingText, { minLength: 1, maxLength: 12 }), (texts) => {
        const ids = headingIds(texts.map((text) => `## ${text}`).join('\n\n')).filter((id) => id !== undefined);
        expect(new Set(ids).size).toBe(ids.length);
        // ASCII only as lowercase letters, digits, - and _; no spaces or invisible characters at all.
        for (const id of ids) expect(id).toMatch(/^(?:[a-z0-9_-]|(?![\p{White_Space}\p{C}])[^\0-\x7F])+$/u);
      }),
    );
  });

  it('slugs headings of plain words to the words, lowercased and joined by hyphens', () => {
    const words = fc.array(fc.stringMatching(/^[A-Za-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 });
    const slugOf = (heading: string[]) => heading.join('-').toLowerCase();
    fc.assert(
      fc.property(fc.uniqueArray(words, { minLength: 1, maxLength: 8, selector: slugOf }), (headings) => {
        expect(headingIds(headings.map((heading) => `## ${heading.join(' ')}`).join('\n\n'))).toEqual(headings.map(slugOf));
      }),
    );
  });
});
