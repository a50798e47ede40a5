import GithubSlugger, { slug as plainSlug } from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';

/** The plain text of a Markdown node (the words a reader sees in a heading). */
function plainText(node: Nodes): string {
  if (node.type === 'html') return ''; // raw HTML is dropped by the sanitizer
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  return '';
}

function headings(node: Nodes, found: Heading[] = []): Heading[] {
  if (node.type === 'heading') found.push(node);
  else if ('children' in node) for (const child of node.children as Nodes[]) headings(child, found);
  return found;
}

/**
 * remark plugin: gives every heading an `id` slugged from its text with
 * github-slugger (GitHub's rule; repeats get -1, -2…), so a table of
 * contents can link to it. The sanitizer then prefixes each id with
 * `user-content-`, so no heading can clobber one of the page's own ids.
 */
export function remarkHeadingIds() {
  return (tree: Root) => {
    const slugger = new GithubSlugger();
    for (const heading of headings(tree)) {
      const text = plainText(heading);
      // A heading of punctuation or emoji alone gets no id (and takes no number: `## ???` twice
      // would otherwise give `-1`, and `## 🙂 !!!` the id `-`).
      if (!/[\p{L}\p{N}]/u.test(plainSlug(text))) continue;
      const slug = slugger.slug(text);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: slug } };
    }
  };
}
