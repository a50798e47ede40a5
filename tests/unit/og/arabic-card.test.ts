import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { arabicCardSvg, CARD_HEIGHT, CARD_WIDTH, fitTitle, renderArabicCard } from '../../../lib/og/arabic-card';
import { loadArabicFonts, shapeLine } from '../../../lib/og/arabic-text';

const SIZE = 100;
const MARK = 3; // GDEF glyph class of a mark

function pngSize(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { signature: [...png.subarray(0, 8)], width: view.getUint32(16), height: view.getUint32(20) };
}

/** A placed glyph's ink, top and bottom in px relative to the baseline (y down), from the font's extents. */
function ink(g: ReturnType<typeof shapeLine>['glyphs'][number]) {
  const e = g.font.glyphExtents(g.glyph)!;
  return { top: g.y - e.yBearing * g.scale, bottom: g.y - (e.yBearing + e.height) * g.scale, isMark: g.font.face.getGlyphClass(g.glyph) === MARK };
}

describe('Arabic shaping', () => {
  it('joins letters: a word does not use the isolated forms of its letters', async () => {
    const fonts = await loadArabicFonts();
    const joined = shapeLine('طرابلس', fonts, 700, SIZE);
    const isolated = [...'طرابلس'].flatMap((letter) => shapeLine(letter, fonts, 700, SIZE).glyphs).reverse();
    const joinedIds = joined.glyphs.map((g) => g.glyph);
    const isolatedIds = isolated.map((g) => g.glyph);
    expect(joinedIds).toHaveLength(isolatedIds.length);
    // ط (initial), ب (initial), ل (medial), س (final), ر (final) change form; ا after ر stays isolated.
    expect(joinedIds.filter((id, i) => id !== isolatedIds[i]).length).toBeGreaterThanOrEqual(5);
  });

  it('uses the lam-alef form, not a lam and an alef side by side', async () => {
    const fonts = await loadArabicFonts();
    const ids = (text: string) => shapeLine(text, fonts, 700, SIZE).glyphs.map((g) => g.glyph);
    const apart = [...ids('ا'), ...ids('ل')];
    expect(ids('لا')).not.toEqual(apart);
  });

  it('lays words right to left: the first word ends up at the right', async () => {
    const fonts = await loadArabicFonts();
    const first = shapeLine('قوات', fonts, 700, SIZE).glyphs.map((g) => g.glyph);
    const second = shapeLine('حفتر', fonts, 700, SIZE).glyphs.map((g) => g.glyph);
    const line = shapeLine('قوات حفتر', fonts, 700, SIZE).glyphs.map((g) => g.glyph);
    expect(line.slice(0, second.length)).toEqual(second);
    expect(line.slice(-first.length)).toEqual(first);
  });

  it('draws digits left to right inside Arabic text', async () => {
    const fonts = await loadArabicFonts();
    const digits = (text: string) => shapeLine(text, fonts, 700, SIZE).glyphs.map((g) => g.glyph);
    const line = digits('القرار 2510');
    const number = digits('2510');
    expect(number).toHaveLength(4);
    expect(line.slice(0, 4)).toEqual(number);
    expect(digits('2')[0]).toBe(number[0]);
  });

  it('places dots and vowel marks where the font puts them (y offsets point up in HarfBuzz, down in SVG)', async () => {
    const fonts = await loadArabicFonts();
    // Noto draws the dots of ي and ة as marks. Satori 0.63 inverts their offsets: ي loses its dots, ة's float away.
    const yeh = shapeLine('في', fonts, 700, SIZE).glyphs.map(ink);
    const yehDots = yeh.find((g) => g.isMark && g.top > 0);
    expect(yehDots, 'two dots below the baseline').toBeDefined();
    expect(yehDots!.bottom).toBeLessThan(0.6 * SIZE);

    const [dots, heh] = shapeLine('ة', fonts, 700, SIZE).glyphs.map(ink);
    expect(dots!.isMark).toBe(true);
    const gap = heh!.top - dots!.bottom;
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(0.15 * SIZE);

    // Tanween fath of شخصاً sits above the letters, not on or under them.
    const tanween = shapeLine('شخصاً', fonts, 700, SIZE).glyphs.map(ink).filter((g) => g.isMark);
    expect(tanween.length).toBeGreaterThan(0);
    for (const mark of tanween) expect(mark.bottom).toBeLessThan(0);
  });

  it('leaves out characters no bundled font has instead of drawing boxes', async () => {
    const fonts = await loadArabicFonts();
    const plain = shapeLine('سرت', fonts, 700, SIZE);
    const withEmoji = shapeLine('سرت🚀', fonts, 700, SIZE);
    expect(withEmoji.glyphs.map((g) => g.glyph)).toEqual(plain.glyphs.map((g) => g.glyph));
  });

  it('loads the fonts once', () => {
    expect(loadArabicFonts()).toBe(loadArabicFonts());
  });
});

describe('renderArabicCard', () => {
  it('returns 1200×630 PNGs', async () => {
    for (const input of [
      { title: 'قوات حفتر تعلن سيطرتها على سرت', kicker: 'ليبيا', dateline: 'سرت', date: '6 يناير 2020' },
      { title: 'Conflict Desk' },
    ]) {
      const size = pngSize(await renderArabicCard(input));
      expect(size.signature).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect([size.width, size.height]).toEqual([CARD_WIDTH, CARD_HEIGHT]);
    }
  });

  /** Columns of the card with dark (text) pixels between rows `from` and `to`. */
  async function darkColumns(svg: string, from: number, to: number): Promise<number[]> {
    const image = new Resvg(svg).render();
    const { width } = image;
    const pixels = image.pixels; // a fresh copy on every read: read it once
    const columns = new Set<number>();
    for (let y = from; y < to; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i]! < 80 && pixels[i + 1]! < 80 && pixels[i + 2]! < 80) columns.add(x);
      }
    }
    return [...columns].sort((a, b) => a - b);
  }

  it('aligns a short headline to the right margin', async () => {
    const columns = await darkColumns(await arabicCardSvg({ title: 'هدنة في طرابلس' }), 150, 450);
    expect(columns.at(-1)).toBeGreaterThan(CARD_WIDTH - 72 - 10);
    expect(columns[0]).toBeGreaterThan(CARD_WIDTH / 2);
  });

  it('fits a very long headline inside the margins, ending in an ellipsis', async () => {
    const title = Array.from({ length: 60 }, () => 'اشتباكات عنيفة').join(' ');
    const svg = await arabicCardSvg({ title, kicker: 'ليبيا', date: '5 أبريل 2019' });
    const columns = await darkColumns(svg, 100, 500);
    expect(columns[0]).toBeGreaterThanOrEqual(72 - 4);
    expect(columns.at(-1)).toBeLessThanOrEqual(CARD_WIDTH - 72 + 4);
  });

  it('draws an empty headline without failing', async () => {
    expect(pngSize(await renderArabicCard({ title: '' })).width).toBe(CARD_WIDTH);
  });
});

describe('fitTitle', () => {
  it('balances a two-line headline instead of leaving one word alone', async () => {
    const fonts = await loadArabicFonts();
    const { lines } = fitTitle('قوات حفتر تعلن سيطرتها على مدينة سرت', fonts, 400);
    expect(lines).toHaveLength(2);
    expect(lines.join(' ')).toBe('قوات حفتر تعلن سيطرتها على مدينة سرت');
    expect(lines[1]!.split(' ').length).toBeGreaterThan(1);
  });

  it('cuts what does not fit in the space at the smallest size, with an ellipsis', async () => {
    const fonts = await loadArabicFonts();
    const { lines, size } = fitTitle(Array.from({ length: 80 }, () => 'اشتباكات').join(' '), fonts, 300);
    expect(size).toBe(54);
    expect(lines.length * size * 1.55).toBeLessThanOrEqual(300);
    expect(lines.at(-1)).toMatch(/…$/);
  });
});
