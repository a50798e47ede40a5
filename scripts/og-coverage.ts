import fs from 'node:fs';
import opentype from 'opentype.js';
import { fontFilePaths } from '../lib/seo/og-fonts';

/** The fonts the OpenGraph cards use, parsed. */
export function ogFonts(): opentype.Font[] {
  return fontFilePaths().map((file) => {
    const data = fs.readFileSync(file);
    return opentype.parse(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
  });
}

/** True if some bundled font has a glyph for the character. */
export function fontsCover(fonts: readonly opentype.Font[], char: string): boolean {
  return fonts.some((font) => font.charToGlyphIndex(char) > 0);
}

/** Every code point any of the fonts has a glyph for, as inclusive ranges. */
export function coveredRanges(fonts = ogFonts()): [number, number][] {
  const points = new Set<number>();
  for (const font of fonts) {
    const glyphs = (font.tables.cmap as unknown as { glyphIndexMap: Record<string, number> }).glyphIndexMap;
    for (const [code, glyph] of Object.entries(glyphs)) if (glyph > 0) points.add(Number(code));
  }
  const sorted = [...points].sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const point of sorted) {
    const last = ranges.at(-1);
    if (last && point === last[1] + 1) last[1] = point;
    else ranges.push([point, point]);
  }
  return ranges;
}
