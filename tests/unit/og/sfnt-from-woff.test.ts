import { readFileSync } from 'node:fs';
import path from 'node:path';
import opentype from 'opentype.js';
import { describe, expect, it } from 'vitest';
import { sfntFromWoff } from '../../../lib/og/sfnt-from-woff';

const woffFile = path.join(
  process.cwd(),
  'node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff',
);
const parse = (bytes: Uint8Array) => opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

describe('sfntFromWoff', () => {
  it('unpacks a WOFF into a TrueType font with the same glyphs and layout tables', () => {
    const woff = new Uint8Array(readFileSync(woffFile));
    const sfnt = sfntFromWoff(woff);
    expect(new DataView(sfnt.buffer).getUint32(0)).toBe(0x00010000);
    const fromWoff = parse(woff);
    const fromSfnt = parse(sfnt);
    expect(fromSfnt.numGlyphs).toBe(fromWoff.numGlyphs);
    expect(fromSfnt.tables.gsub).toBeDefined();
    expect(fromSfnt.tables.gpos).toBeDefined();
    expect(fromSfnt.charToGlyph('ط').index).toBe(fromWoff.charToGlyph('ط').index);
  });

  it('refuses a file that is not WOFF 1.0 (WOFF2, TrueType, junk)', () => {
    const woff2 = readFileSync(woffFile.replace(/\.woff$/, '.woff2'));
    expect(() => sfntFromWoff(new Uint8Array(woff2))).toThrow(/not a WOFF 1.0 font/);
    expect(() => sfntFromWoff(new Uint8Array(10))).toThrow(/not a WOFF 1.0 font/);
  });

  it('refuses a truncated WOFF instead of reading past its end', () => {
    const woff = new Uint8Array(readFileSync(woffFile));
    expect(() => sfntFromWoff(woff.subarray(0, 2000))).toThrow(/past the end/);
  });
});
