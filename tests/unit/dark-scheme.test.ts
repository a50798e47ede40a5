import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './helpers';

/**
 * The dark scheme changes colours and nothing else: every declaration under
 * `prefers-color-scheme: dark` sets a custom property to a colour. The end-to-end axe
 * tests rely on it (tests/e2e/axe.ts): they check each page against every rule in the
 * light scheme and against the colour rules only in the dark one.
 */
const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['app', 'components', 'lib'];


const DARK_QUERY = /prefers-color-scheme\s*:\s*dark/g;
const DARK_BLOCK = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;
const COLOUR_PROPERTY = /^--[\w-]+\s*:\s*(#[0-9a-f]{3,8}|var\(--[\w-]+\))$/i;

/** The text between the brace at `open` and the one that closes it. */
function blockAt(text: string, open: number): string {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1);
}

/**
 * What in `css` the dark scheme does besides setting colour properties: each declaration
 * that is not one, and each dark query that is not a plain `@media (prefers-color-scheme:
 * dark) { … }` block (combined with another condition, it would escape this check).
 */
function darkSchemeProblems(css: string): string[] {
  const blocks = [...css.matchAll(DARK_BLOCK)].map((m) => blockAt(css, m.index + m[0].length - 1));
  const problems = blocks.flatMap((block) =>
    [...block.matchAll(/\{([^{}]*)\}/g)]
      .flatMap((rule) => rule[1]!.split(';'))
      .map((declaration) => declaration.trim())
      .filter((declaration) => declaration !== '' && !COLOUR_PROPERTY.test(declaration)),
  );
  const queries = css.match(DARK_QUERY)?.length ?? 0;
  if (queries > blocks.length) problems.push(`${queries - blocks.length} dark query not in a plain @media block`);
  return problems;
}

describe('the dark scheme', () => {
  it('changes colour properties and nothing else, in every stylesheet', () => {
    // Stylesheets, and the TypeScript files that may hold CSS in a string (the lite pages').
    // Not lib/styles/sheet-css.ts: it is compiled from the stylesheets checked here (decision 0027),
    // and Lightning CSS adds its own custom properties to the dark block.
    const files = FOLDERS.flatMap((folder) => filesUnder(path.join(root, folder), /\.(css|ts)$/)).filter(
      (file) => path.relative(root, file) !== path.join('lib', 'styles', 'sheet-css.ts'),
    );
    const found = files.filter((file) => fs.readFileSync(file, 'utf8').match(DARK_QUERY));
    expect(found.length).toBeGreaterThanOrEqual(3); // globals.css, maps.css, the lite pages' CSS
    for (const file of found) {
      expect(darkSchemeProblems(fs.readFileSync(file, 'utf8')), path.relative(root, file)).toEqual([]);
    }
  });

  it('flags a declaration that is not a colour property', () => {
    const css = '@media (prefers-color-scheme: dark) { :root { --bg: #000; } .nav { display: none; } }';
    expect(darkSchemeProblems(css)).toEqual(['display: none']);
  });

  it('flags a custom property set to something other than a colour', () => {
    expect(darkSchemeProblems('@media (prefers-color-scheme:dark){:root{--gap:2rem}}')).toEqual(['--gap:2rem']);
  });

  it('flags a dark query combined with another condition', () => {
    const css = '@media (min-width: 40em) and (prefers-color-scheme: dark) { .a { --x: #fff } }';
    expect(darkSchemeProblems(css)).toEqual(['1 dark query not in a plain @media block']);
  });
});
