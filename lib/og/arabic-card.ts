import { Resvg } from '@resvg/resvg-js';
import { site } from '../site';
import { CARD_SIZE } from '../seo/article-card';
import {
  breakLines,
  clampLines,
  glyphPath,
  lineMetrics,
  loadArabicFonts,
  shapeLine,
  type PlacedGlyph,
  type Weight,
} from './arabic-text';

/**
 * The 1200×630 OpenGraph card of the Arabic edition, as PNG bytes: the same
 * design as the English card (components/OgCard.tsx) mirrored for
 * right-to-left: kicker top right, headline right-aligned, the dateline and
 * date at the bottom right, the site's name bottom left. Drawn offline with
 * the bundled Noto Naskh Arabic (lib/og/arabic-text.ts); characters no
 * bundled font has are left out.
 */
export type ArabicCardInput = { title: string; kicker?: string; dateline?: string; date?: string };

export const CARD_WIDTH = CARD_SIZE.width;
export const CARD_HEIGHT = CARD_SIZE.height;

const COLORS = { background: '#fbfaf7', text: '#1a1a1a', accent: '#8a1c1c', rule: '#d9d4ca' };
const PAD_X = 72;
const TOP_BAR = 18;
const TOP = TOP_BAR + 48;
const BOTTOM = CARD_HEIGHT - 48;
const TEXT_WIDTH = CARD_WIDTH - 2 * PAD_X;
const KICKER_SIZE = 32;
const FOOTER_SIZE = 28;
/** Headline sizes to try, largest first, with the most lines each may take. */
const TITLE_SIZES = [
  { size: 72, maxLines: 3 },
  { size: 62, maxLines: 3 },
  { size: 54, maxLines: 4 },
] as const;
/** Naskh needs room above and below for its tall letters and dots. */
const LINE_HEIGHT = 1.55;

/** Controls and unusual spaces read as one space; runs of spaces collapse. */
function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zs}\p{Zl}\p{Zp}]+/gu, ' ')
    .trim();
}

export type Fonts = Awaited<ReturnType<typeof loadArabicFonts>>;

const fmt = (n: number) => String(Math.round(n * 100) / 100);

function drawLine(glyphs: readonly PlacedGlyph[], left: number, baseline: number, ids: Map<string, string>, defs: string[]): string {
  let out = '';
  for (const g of glyphs) {
    const d = glyphPath(g.font, g.glyph);
    if (!d) continue; // spaces
    const key = `${g.font.ptr}:${g.glyph}`;
    let id = ids.get(key);
    if (!id) {
      id = `g${ids.size}`;
      ids.set(key, id);
      defs.push(`<path id="${id}" d="${d}"/>`);
    }
    out += `<use href="#${id}" transform="translate(${fmt(left + g.x)} ${fmt(baseline + g.y)}) scale(${fmt(g.scale)} ${fmt(-g.scale)})"/>`;
  }
  return out;
}

/**
 * The same number of lines, as even as they go (CSS's text-wrap: balance):
 * the narrowest width that does not add a line. No lone last word.
 */
function balance(title: string, lines: string[], fonts: Fonts, size: number): string[] {
  if (lines.length < 2) return lines;
  let best = lines;
  let [narrow, wide] = [TEXT_WIDTH / 2, TEXT_WIDTH];
  for (let step = 0; step < 8; step++) {
    const width = (narrow + wide) / 2;
    const attempt = breakLines(title, fonts, 700, size, width);
    if (attempt.length === lines.length) [best, wide] = [attempt, width];
    else narrow = width;
  }
  return best;
}

/** Headline lines at the largest size that fits, balanced; at the smallest size, cut with "…". */
export function fitTitle(title: string, fonts: Fonts, maxHeight: number): { lines: string[]; size: number } {
  for (const { size, maxLines } of TITLE_SIZES) {
    const lines = breakLines(title, fonts, 700, size, TEXT_WIDTH);
    if (lines.length <= maxLines && lines.length * size * LINE_HEIGHT <= maxHeight) {
      return { lines: balance(title, lines, fonts, size), size };
    }
  }
  const { size, maxLines } = TITLE_SIZES.at(-1)!;
  const fitting = Math.max(1, Math.min(maxLines, Math.floor(maxHeight / (size * LINE_HEIGHT))));
  return { lines: clampLines(breakLines(title, fonts, 700, size, TEXT_WIDTH), fitting, fonts, 700, size, TEXT_WIDTH), size };
}

/** The card as SVG (exported for tests; renderArabicCard rasterizes it). */
export async function arabicCardSvg(input: ArabicCardInput): Promise<string> {
  const fonts = await loadArabicFonts();
  const ids = new Map<string, string>();
  const defs: string[] = [];
  const layers: string[] = [];
  const right = CARD_WIDTH - PAD_X;

  /** Draws one line right-aligned (or left-aligned) with its baseline at `baseline`. */
  const text = (line: string, weight: Weight, size: number, baseline: number, color: string, align: 'right' | 'left' = 'right') => {
    const shaped = shapeLine(line, fonts, weight, size);
    const width = Math.min(shaped.width, TEXT_WIDTH);
    const left = align === 'right' ? right - width : PAD_X;
    layers.push(`<g fill="${color}">${drawLine(shaped.glyphs, left, baseline, ids, defs)}</g>`);
    return shaped.width;
  };

  // Kicker, top right.
  const kicker = cleanText(input.kicker ?? '');
  const kickerMetrics = lineMetrics(fonts, 700, KICKER_SIZE);
  let titleTop = TOP;
  if (kicker) {
    text(kicker, 700, KICKER_SIZE, TOP + kickerMetrics.ascent, COLORS.accent);
    titleTop = TOP + kickerMetrics.ascent + kickerMetrics.descent + 16;
  }

  // Footer: a rule, then dateline · date on the right and the site's name on the left.
  const footerMetrics = lineMetrics(fonts, 400, FOOTER_SIZE);
  const footerBaseline = BOTTOM - footerMetrics.descent;
  const ruleY = footerBaseline - footerMetrics.ascent - 14;
  const footer = [input.dateline, input.date].map((part) => cleanText(part ?? '')).filter(Boolean).join(' · ');
  if (footer) text(footer, 400, FOOTER_SIZE, footerBaseline, COLORS.text);
  text(site.name, 700, FOOTER_SIZE, footerBaseline, COLORS.text, 'left');

  // Headline, centred in the space between.
  const space = ruleY - 20 - titleTop;
  const { lines, size } = fitTitle(cleanText(input.title), fonts, space);
  const lineHeight = size * LINE_HEIGHT;
  const metrics = lineMetrics(fonts, 700, size);
  const blockTop = titleTop + Math.max(0, (space - lines.length * lineHeight) / 2);
  lines.forEach((line, i) => {
    const baseline = blockTop + i * lineHeight + (lineHeight - metrics.ascent - metrics.descent) / 2 + metrics.ascent;
    text(line, 700, size, baseline, COLORS.text);
  });

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<defs>${defs.join('')}</defs>`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${COLORS.background}"/>`,
    `<rect width="${CARD_WIDTH}" height="${TOP_BAR}" fill="${COLORS.accent}"/>`,
    `<rect x="${PAD_X}" y="${fmt(ruleY)}" width="${TEXT_WIDTH}" height="2" fill="${COLORS.rule}"/>`,
    ...layers,
    '</svg>',
  ].join('');
}

/**
 * The Arabic OpenGraph card, 1200×630 PNG bytes, backed by a plain
 * ArrayBuffer so that `new Response(png)` type-checks.
 */
export async function renderArabicCard(input: ArabicCardInput): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await arabicCardSvg(input);
  return new Uint8Array(new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng());
}

/** The card as the Arabic card routes answer it: a PNG that caches may keep for an hour. */
export async function arabicCardResponse(input: ArabicCardInput): Promise<Response> {
  return new Response((await renderArabicCard(input)) as BodyInit, {
    headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600, stale-while-revalidate=86400' },
  });
}
