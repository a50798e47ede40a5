import { referencesOf, type BodyReference } from './body-references';
import { parseMarkdown } from './markdown-tree';
import { plainTextOf } from './plain-text';

/** What the checks and the index need from a story's text. */
export type BodyFacts = {
  /** The readable text, one line per block (`plainTextOf`). */
  plainText: string;
  /** Links and images, with their file lines (`referencesOf`). */
  references: BodyReference[];
  /** File lines of "# " headings, which a story's text may not have. */
  topLevelHeadingLines: number[];
};

/**
 * The facts of a body, from the Markdown parser, or, for text in the plain subset most stories
 * are written in, from `simpleBodyFacts`, which gives the same facts without building a tree
 * (the parser was more than half of a cold check's time: decision 0026).
 */
export function bodyFacts(markdown: string, bodyStartLine: number): BodyFacts {
  return simpleBodyFacts(markdown, bodyStartLine) ?? parsedBodyFacts(markdown, bodyStartLine);
}

/** The facts from the Markdown parser's tree, for any text. */
export function parsedBodyFacts(markdown: string, bodyStartLine: number): BodyFacts {
  const tree = parseMarkdown(markdown);
  const topLevelHeadingLines = tree.children.flatMap((node) =>
    node.type === 'heading' && node.depth === 1 && node.position ? [bodyStartLine + node.position.start.line - 1] : [],
  );
  return { plainText: plainTextOf(tree), references: referencesOf(tree, bodyStartLine), topLevelHeadingLines };
}

/** Characters with a meaning in Markdown's inline text (besides links, read below), or whitespace other than spaces: the parser decides. */
const INLINE_SYNTAX = /[\\`*_<>&[\]~]|[^\S ]/;
/** Lines that could open a block other than a paragraph or an ATX heading. */
const OTHER_BLOCK = /^(?:[ \t>+*=|-]|\d{1,9}[.)]|~~~|```)/;
const HEADING = /^(#{1,6}) +(\S(?:.*\S)?)$/;
const LINK = /\[([^\s[\]\\`*_<>&!~()](?:[^[\]\\`*_<>&!~()]*[^\s[\]\\`*_<>&!~()])?)\]\(([^\s()<>\\&]+)\)/g;

/**
 * Facts of a body in the subset: paragraphs and "#" headings of plain text, with links written
 * `[words](address)`. Undefined for anything else (emphasis, code, lists, quotes, images, HTML,
 * escapes, entities, reference links, titles, trailing or leading spaces…): `parsedBodyFacts`
 * reads those. Held to it by a differential test.
 */
export function simpleBodyFacts(markdown: string, bodyStartLine: number): BodyFacts | undefined {
  const lines = markdown.split('\n');
  const plain: string[] = [];
  const references: BodyReference[] = [];
  const topLevelHeadingLines: number[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    const text = paragraph.join(' ').trim();
    if (text) plain.push(text);
    paragraph = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '') {
      endParagraph();
      continue;
    }
    if (line.trim() === '' || line !== line.trimEnd() || OTHER_BLOCK.test(line) || line.includes('![')) return undefined;
    const fileLine = bodyStartLine + index;
    let content = line;
    let heading: RegExpExecArray | null = null;
    if (line.startsWith('#')) {
      heading = HEADING.exec(line);
      // A "#" line that is not a plain heading (no space, closing #s, more than six) is left to the parser.
      if (!heading || heading[2]!.includes('#')) return undefined;
      endParagraph();
      content = heading[2]!;
    }
    const text = content.replace(LINK, (_link, label: string, url: string) => {
      references.push({ kind: 'link', url, line: fileLine });
      return label;
    });
    if (INLINE_SYNTAX.test(text)) return undefined;
    if (heading) {
      if (heading[1] === '#') topLevelHeadingLines.push(fileLine);
      plain.push(text);
    } else paragraph.push(text);
  }
  endParagraph();
  return { plainText: plain.join('\n'), references, topLevelHeadingLines };
}
