/** One entry of an article's table of contents: the heading's id and text. */
export type TocEntry = { id: string; text: string };

/** An article gets a table of contents from this many `##` sections up. */
export const TOC_MIN_SECTIONS = 3;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references hast-util-to-html writes (`&#x26;`, `&#x3C;`…). */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
  });
}

const H2 = /<h2\b[^>]*\bid="([^"]+)"[^>]*>([\s\S]*?)<\/h2>/g;

/**
 * The `<h2>` sections of an article's rendered, sanitized body HTML, in
 * order, with the ids they were rendered with (`user-content-…`, see
 * render-markdown.ts), so the links always land. Empty when the article has
 * fewer than `min` sections: a short story needs no contents list.
 * Headings without an id or without text are left out.
 */
export function tableOfContents(html: string, min = TOC_MIN_SECTIONS): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const [, id, inner] of html.matchAll(H2)) {
    const text = decodeEntities(inner!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
    if (text) entries.push({ id: decodeEntities(id!), text });
  }
  return entries.length >= min ? entries : [];
}
