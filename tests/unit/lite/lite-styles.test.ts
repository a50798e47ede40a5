import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LITE_CSS } from '@/lib/lite/lite-styles';

const GLOBALS = fs.readFileSync(path.resolve(import.meta.dirname, '../../../app/globals.css'), 'utf8');
const COLOURS = ['--bg', '--text', '--muted', '--rule', '--link', '--focus'];

/** The text inside the braces that open at the first match of `start` in `css`. */
function blockAfter(css: string, start: RegExp): string {
  const match = start.exec(css);
  if (!match) throw new Error(`no ${start} in the stylesheet`);
  const open = css.indexOf('{', match.index);
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
  }
  throw new Error(`unclosed block after ${start}`);
}

/** Custom property → value, from the first `:root{…}` in `css`. */
function rootProperties(css: string): Record<string, string> {
  const root = blockAfter(css, /:root\s*\{/);
  return Object.fromEntries([...root.matchAll(/(--[\w-]+)\s*:\s*([^;]+)/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const pick = (properties: Record<string, string>) => Object.fromEntries(COLOURS.map((name) => [name, properties[name]]));
const DARK = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)/;

describe('LITE_CSS', () => {
  it('is one trimmed line, ready to inline in <style>', () => {
    expect(LITE_CSS).not.toMatch(/[\r\n]/);
    expect(LITE_CSS).toBe(LITE_CSS.trim());
    expect(LITE_CSS.length).toBeGreaterThan(0);
    expect(LITE_CSS).not.toMatch(/<\/style/i);
  });

  it('makes no request: no web fonts, imports or images', () => {
    expect(LITE_CSS).not.toMatch(/@import|@font-face|url\(/i);
  });

  it('has balanced braces', () => {
    let depth = 0;
    for (const char of LITE_CSS) {
      if (char === '{') depth++;
      if (char === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });

  it("uses the full site's colours, light and dark, and follows the reader's setting", () => {
    expect(LITE_CSS).toContain('color-scheme:light dark');
    expect(pick(rootProperties(LITE_CSS))).toEqual(pick(rootProperties(GLOBALS)));
    expect(pick(rootProperties(blockAfter(LITE_CSS, DARK)))).toEqual(pick(rootProperties(blockAfter(GLOBALS, DARK))));
  });

  it('uses only custom properties it defines', () => {
    const defined = new Set(Object.keys(rootProperties(LITE_CSS)));
    const used = [...LITE_CSS.matchAll(/var\((--[\w-]+)\)/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of used) expect(defined).toContain(name);
  });
});
