import { OG_GLYPH_RANGES } from './og-glyphs';

function covered(code: number): boolean {
  let low = 0;
  let high = OG_GLYPH_RANGES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [from, to] = OG_GLYPH_RANGES[middle]!;
    if (code < from) high = middle - 1;
    else if (code > to) low = middle + 1;
    else return true;
  }
  return false;
}

/** Control characters, separators and other spacing that should read as a plain space. */
const AS_SPACE = /[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]/u;

/**
 * Text the OpenGraph card can draw with its bundled fonts alone. next/og
 * (Satori) downloads a font from Google for any character its fonts lack,
 * so a control character or an emoji in a headline would make the build
 * reach the network (and draw a box offline). Controls and unusual spaces
 * become spaces, characters no bundled font has are dropped, runs of
 * spaces collapse.
 */
export function ogText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (AS_SPACE.test(char)) out += ' ';
    else if (covered(code)) out += char;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}
