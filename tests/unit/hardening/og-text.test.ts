import fc from 'fast-check';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OgCard } from '../../../components/OgCard';
import { loadOgFonts } from '../../../lib/seo/og-fonts';
import { OG_GLYPH_RANGES } from '../../../lib/seo/og-glyphs';
import { ogText } from '../../../lib/seo/og-text';
import { coveredRanges, fontsCover, ogFonts } from '../../../scripts/og-coverage';
import { anyText } from './xml-support';

const fonts = ogFonts();

describe('ogText: only characters the bundled fonts draw', () => {
  it('the glyph table matches the font files (rerun scripts/make-og-glyphs.ts if not)', () => {
    expect(OG_GLYPH_RANGES).toEqual(coveredRanges(fonts));
  });

  it('for any text, every character left is a space or has a glyph in a bundled font', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const char of ogText(text)) expect(char === ' ' || fontsCover(fonts, char), `U+${char.codePointAt(0)!.toString(16)}`).toBe(true);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('turns control characters into spaces and drops emoji and zero-width characters', () => {
    expect(ogText('Hifter\u0000advances\u001B[31m on\u000BTripoli')).toBe('Hifter advances [31m on Tripoli');
    expect(ogText('Ceasefire 😀 holds ☃')).toBe('Ceasefire holds');
  });

  it('keeps accented Latin and Arabic text as it is', () => {
    for (const text of ['Salamé meets Erdoğan — “talks” …', 'قوات حفتر تتقدم نحو طرابلس']) expect(ogText(text)).toBe(text);
  });
});

describe('the OpenGraph card never fetches fonts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws a headline with control characters, emoji and unusual scripts without any network request', async () => {
    const realFetch = globalThis.fetch;
    const network: string[] = [];
    // Satori loads its own WebAssembly from a data: URL; anything else would be the network.
    vi.stubGlobal('fetch', async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (url.startsWith('data:')) return realFetch(input, init);
      network.push(url);
      throw new Error('network is off');
    });
    const { ImageResponse } = await import('next/og');
    const headline = 'Forces\u0001 advance\u001B 😀 ☃ 中文 ไทย \u0000 on Tripoli';
    const response = new ImageResponse(createElement(OgCard, { kicker: 'Libya', headline, footer: 'Tripoli\u000B · April 5' }), {
      width: 1200,
      height: 630,
      fonts: await loadOgFonts(),
    });
    const png = new Uint8Array(await response.arrayBuffer());
    expect(png.length).toBeGreaterThan(1000);
    expect(network).toEqual([]);
  }, 60_000);
});
