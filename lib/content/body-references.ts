import { remark } from 'remark';

export type BodyReference = { kind: 'link' | 'image'; url: string; alt?: string; line: number };

type Node = {
  type: string;
  url?: string;
  alt?: string | null;
  position?: { start: { line: number } };
  children?: Node[];
};

/**
 * Links and images in a Markdown body, with their file lines
 * (`bodyStartLine` is the file line the body starts on).
 */
export function bodyReferences(markdown: string, bodyStartLine: number): BodyReference[] {
  const references: BodyReference[] = [];
  const visit = (node: Node) => {
    if ((node.type === 'link' || node.type === 'image') && node.url !== undefined) {
      references.push({
        kind: node.type,
        url: node.url,
        ...(node.type === 'image' ? { alt: node.alt ?? '' } : {}),
        line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
      });
    }
    node.children?.forEach(visit);
  };
  visit(remark().parse(markdown) as Node);
  return references;
}
