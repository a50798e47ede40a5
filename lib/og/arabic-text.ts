import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as hb from 'harfbuzzjs';
import { bidiLevels, visualRuns } from './bidi';
import { sfntFromWoff } from './sfnt-from-woff';

/**
 * Arabic text drawn as SVG paths, offline: HarfBuzz (harfbuzzjs, WebAssembly)
 * shapes each run with the font's own GSUB/GPOS (joined letters, lam-alef,
 * marks placed on their letters), lib/og/bidi.ts orders the runs, and the
 * glyph outlines become <path>s. Satori 0.63 was tried first: it shapes
 * with HarfBuzz too but draws mark offsets upside down (the dots of Noto's
 * ة and ي, every haraka), mirrors nothing and clips right-to-left lines
 * (docs/decisions/0017-arabic-og-cards.md).
 *
 * Fonts: Noto Naskh Arabic from @fontsource/noto-naskh-arabic, its Arabic
 * and Latin subsets (digits and Latin names come from the Latin one), WOFF
 * unpacked to OpenType for HarfBuzz. Read once per process.
 */
export type Weight = 400 | 700;

const FONT_DIR = '@fontsource/noto-naskh-arabic/files';
/** Arabic first: a character both subsets have (space, ·) is taken from the Arabic one. */
const SUBSETS = ['arabic', 'latin'] as const;

export function arabicFontFiles(): string[] {
  return ([700, 400] as const).flatMap((weight) =>
    SUBSETS.map((subset) =>
      path.join(
        /* turbopackIgnore: true */ process.cwd(),
        'node_modules',
        FONT_DIR,
        `noto-naskh-arabic-${subset}-${weight}-normal.woff`,
      ),
    ),
  );
}

type LoadedFont = { font: hb.Font; upem: number; covers: Set<number>; ascender: number; descender: number };
type FontSet = Record<Weight, LoadedFont[]>;

let fonts: Promise<FontSet> | undefined;

async function loadFont(file: string): Promise<LoadedFont> {
  const face = new hb.Face(new hb.Blob(sfntFromWoff(await readFile(file))));
  const font = new hb.Font(face);
  const { ascender, descender } = font.hExtents();
  return { font, upem: face.upem, covers: new Set(face.collectUnicodes()), ascender, descender: -descender };
}

/** The fonts, loaded on first use and kept for the life of the process. */
export function loadArabicFonts(): Promise<FontSet> {
  if (!fonts) {
    fonts = (async () => {
      const [bold, boldLatin, regular, regularLatin] = await Promise.all(arabicFontFiles().map(loadFont));
      return { 700: [bold!, boldLatin!], 400: [regular!, regularLatin!] };
    })();
    fonts.catch(() => {
      fonts = undefined; // A missing file fails this render; the next one tries again.
    });
  }
  return fonts;
}

/** One glyph placed in a line, in px from the line's left end and its baseline (y grows downwards). */
export type PlacedGlyph = { font: hb.Font; glyph: number; x: number; y: number; scale: number };
export type ShapedLine = { width: number; glyphs: PlacedGlyph[] };

/** Characters of a run, grouped by the font that draws them (a mark stays with its letter's font). */
function byFont(text: string, set: readonly LoadedFont[]): { text: string; font: LoadedFont }[] {
  const pieces: { text: string; font: LoadedFont }[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const last = pieces.at(-1);
    const font = /\p{M}/u.test(char) && last ? last.font : set.find((f) => f.covers.has(code));
    if (!font) continue; // No bundled glyph: leave it out rather than draw a box.
    if (last && last.font === font) last.text += char;
    else pieces.push({ text: char, font });
  }
  return pieces;
}

/** Shapes one line of a right-to-left paragraph at `size` px. */
export function shapeLine(text: string, fontSet: FontSet, weight: Weight, size: number): ShapedLine {
  const chars = [...text];
  const glyphs: PlacedGlyph[] = [];
  let pen = 0;
  for (const run of visualRuns(chars, bidiLevels(chars))) {
    const pieces = byFont(run.text, fontSet[weight]);
    // Pieces are in logical order; a right-to-left run shows its last piece leftmost.
    for (const piece of run.rtl ? pieces.reverse() : pieces) {
      const scale = size / piece.font.upem;
      const buffer = new hb.Buffer();
      buffer.addText(piece.text);
      buffer.guessSegmentProperties();
      buffer.setDirection(run.rtl ? hb.Direction.RTL : hb.Direction.LTR);
      hb.shape(piece.font.font, buffer);
      const positions = buffer.getGlyphPositions();
      buffer.getGlyphInfos().forEach((info, i) => {
        const p = positions[i]!;
        // HarfBuzz's y offsets point up; SVG's y axis points down.
        glyphs.push({ font: piece.font.font, glyph: info.codepoint, x: pen + p.xOffset * scale, y: -p.yOffset * scale, scale });
        pen += p.xAdvance * scale;
      });
    }
  }
  return { width: pen, glyphs };
}

/** Ascent and descent of the Arabic font at `size` px, for placing baselines. */
export function lineMetrics(fontSet: FontSet, weight: Weight, size: number): { ascent: number; descent: number } {
  const main = fontSet[weight][0]!;
  return { ascent: (main.ascender * size) / main.upem, descent: (main.descender * size) / main.upem };
}

/**
 * Breaks a paragraph into lines no wider than `maxWidth`, at spaces (a word
 * wider than that gets a line of its own). Each word is shaped once: Arabic
 * letters never join across a space, so a line is as wide as its words and
 * spaces.
 */
export function breakLines(
  text: string,
  fontSet: FontSet,
  weight: Weight,
  size: number,
  maxWidth: number,
): string[] {
  const words = text.split(' ').filter(Boolean);
  // A line's trailing space is not drawn, so measure one between two letters.
  const space = shapeLine('ا ا', fontSet, weight, size).width - 2 * shapeLine('ا', fontSet, weight, size).width;
  const widths = words.map((word) => shapeLine(word, fontSet, weight, size).width);
  const lines: string[] = [];
  let current: string[] = [];
  let width = 0;
  words.forEach((word, i) => {
    const added = (current.length ? space : 0) + widths[i]!;
    if (current.length && width + added > maxWidth) {
      lines.push(current.join(' '));
      current = [word];
      width = widths[i]!;
    } else {
      current.push(word);
      width += added;
    }
  });
  if (current.length) lines.push(current.join(' '));
  return lines;
}

/** `lines` cut to `maxLines`, the last one ending in "…" within `maxWidth` if anything was cut. */
export function clampLines(
  lines: readonly string[],
  maxLines: number,
  fontSet: FontSet,
  weight: Weight,
  size: number,
  maxWidth: number,
): string[] {
  if (lines.length <= maxLines) return [...lines];
  const kept = lines.slice(0, maxLines);
  const words = kept.pop()!.split(' ');
  while (words.length > 1 && shapeLine(`${words.join(' ')}…`, fontSet, weight, size).width > maxWidth) words.pop();
  return [...kept, `${words.join(' ')}…`];
}

const pathCache = new WeakMap<hb.Font, Map<number, string>>();

/** A glyph's outline in font units (y up), from a per-font cache. */
export function glyphPath(font: hb.Font, glyph: number): string {
  let paths = pathCache.get(font);
  if (!paths) pathCache.set(font, (paths = new Map()));
  let d = paths.get(glyph);
  if (d === undefined) paths.set(glyph, (d = font.glyphToPath(glyph)));
  return d;
}
