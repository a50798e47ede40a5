import type { Author } from '@/lib/content/registries';

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export function Byline({ authors }: { authors: readonly Author[] }) {
  return <p className="byline">By {joinNames(authors.map((author) => author.name))}</p>;
}
