import { parseMarkdown, type MarkdownTree } from './markdown-tree';

export type BodyReference = { kind: 'link' | 'image'; url: string; alt?: string; line: number };

type Node = {
  type: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  position?: { start: { line: number } };
  children?: Node[];
};

const KINDS: Record<string, BodyReference['kind']> = {
  link: 'link',
  linkReference: 'link',
  image: 'image',
  imageReference: 'image',
};

/**
 * Links and images in a Markdown body, with their file lines
 * (`bodyStartLine` is the file line the body starts on).
 */
export function bodyReferences(markdown: string, bodyStartLine: number): BodyReference[] {
  return referencesOf(parseMarkdown(markdown), bodyStartLine);
}

/** The same, from a tree already parsed (so a body is parsed once). */
export function referencesOf(parsed: MarkdownTree, bodyStartLine: number): BodyReference[] {
  const tree = parsed as Node;
  // Reference-style links ([text][id]) take their URL from a definition ([id]: /url).
  const definitions = new Map<string, string>();
  const collect = (node: Node) => {
    if (node.type === 'definition' && node.identifier && node.url !== undefined) definitions.set(node.identifier, node.url);
    node.children?.forEach(collect);
  };
  collect(tree);

  const references: BodyReference[] = [];
  const visit = (node: Node) => {
    const kind = KINDS[node.type];
    const url = node.url ?? (node.identifier ? definitions.get(node.identifier) : undefined);
    if (kind && url !== undefined) {
      references.push({
        kind,
        url,
        ...(kind === 'image' ? { alt: node.alt ?? '' } : {}),
        line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
      });
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  return references;
}
