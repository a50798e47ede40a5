import fs from 'node:fs';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { buildContent } from '../../../lib/content/build-content';
import { readContent } from '../../../lib/content/read-content';
import { fontFilePaths, loadOgFonts } from '../../../lib/seo/og-fonts';

/**
 * Generated images draw text only with the bundled fonts; a character no
 * font covers would come out as a box. Check coverage glyph by glyph.
 */
const fonts = fontFilePaths().map((file) => {
  const data = fs.readFileSync(file);
  return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
});

function uncovered(text: string): string[] {
  return [...new Set([...text])].filter((ch) => /\S/.test(ch) && !fonts.some((font) => font.charToGlyphIndex(ch) > 0));
}

describe('fonts for generated images', () => {
  it('load from npm packages, in Latin, Latin Extended and Arabic', async () => {
    const loaded = await loadOgFonts();
    expect(loaded.map((font) => font.name)).toContain('Noto Sans Arabic');
    expect(loaded.every((font) => font.data.length > 10_000)).toBe(true);
  });

  it('cover accented names and Arabic script', () => {
    expect(uncovered('Salamé Erdoğan António Ş ş İ ı — “quotes” … ’')).toEqual([]);
    expect(uncovered('طرابلس غريان مصراتة')).toEqual([]);
  });

  it('cover every character of every headline on the site', () => {
    const { content } = buildContent(readContent('content'));
    expect(uncovered(content.articles.map((a) => a.title).join(' '))).toEqual([]);
  });

  it('would report a character nothing covers (the check can fail)', () => {
    expect(uncovered('☃')).toEqual(['☃']);
  });
});
