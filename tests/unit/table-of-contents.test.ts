import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/content/render-markdown';
import { tableOfContents } from '../../lib/table-of-contents';

const idsIn = (html: string) => [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);

describe('tableOfContents', () => {
  it('lists every ## section with the id it was rendered with', () => {
    const html = renderMarkdown('Intro.\n\n## What happened\n\nText.\n\n## Who is fighting\n\nText.\n\n### Detail\n\n## What next\n');
    const toc = tableOfContents(html);
    expect(toc).toEqual([
      { id: 'user-content-what-happened', text: 'What happened' },
      { id: 'user-content-who-is-fighting', text: 'Who is fighting' },
      { id: 'user-content-what-next', text: 'What next' },
    ]);
    expect(toc.map((entry) => entry.id)).toEqual(idsIn(html));
  });

  it('is empty below three sections, or from a chosen minimum', () => {
    const html = renderMarkdown('## One\n\n## Two\n');
    expect(tableOfContents(html)).toEqual([]);
    expect(tableOfContents(html, 2)).toHaveLength(2);
    expect(tableOfContents('')).toEqual([]);
  });

  it('gives repeated headings distinct ids that match the body', () => {
    const html = renderMarkdown('## Casualties\n\n## Casualties\n\n## Casualties\n');
    const toc = tableOfContents(html);
    expect(toc.map((entry) => entry.id)).toEqual([
      'user-content-casualties',
      'user-content-casualties-1',
      'user-content-casualties-2',
    ]);
    expect(toc.map((entry) => entry.id)).toEqual(idsIn(html));
  });

  it('gives the plain text of headings with markup, entities and raw HTML', () => {
    const html = renderMarkdown('## Tom *&* Jerry <script>x</script>\n\n## `a < b` in **Sirte**\n\n## Ajdabiya — أجدابيا\n');
    expect(tableOfContents(html).map((entry) => entry.text)).toEqual([
      'Tom & Jerry x',
      'a < b in Sirte',
      'Ajdabiya — أجدابيا',
    ]);
    expect(tableOfContents(html).map((entry) => entry.id)).toEqual(idsIn(html));
  });

  it('skips headings with no id or no text, and decodes only valid references', () => {
    const html = '<h2>No id</h2><h2 id="a"> </h2><h2 id="b">&#0;&#x110000;&bogus;</h2><h2 id="c">C</h2><h2 id="d">D</h2>';
    expect(tableOfContents(html, 1)).toEqual([
      { id: 'b', text: '\ufffd\ufffd&bogus;' },
      { id: 'c', text: 'C' },
      { id: 'd', text: 'D' },
    ]);
  });
});
