import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSheets, generatedModules } from '@/scripts/build-styles';
import { SHEET_CSS } from '#sheet-css';
import { SHEET_CSS as BROWSER_SHEET_CSS } from '@/lib/styles/no-sheet-css';
import { SHEET_VERSIONS, type SheetName } from '@/lib/styles/sheet-versions';
import { sheetHref, sheetOfFile, sheetOnPage } from '@/lib/styles/sheets';

const root = path.resolve(import.meta.dirname, '../../..');

describe('the generated stylesheet modules', () => {
  it('are up to date with app/globals.css and app/styles/ (run `npm run styles` after editing a sheet)', () => {
    for (const [file, text] of Object.entries(generatedModules(compileSheets()))) {
      expect(fs.readFileSync(path.join(root, file), 'utf8'), file).toBe(text);
    }
  });

  it('hold one minified sheet per source file, each with a version that follows its text', () => {
    const sources = ['globals', ...fs.readdirSync(path.join(root, 'app/styles')).map((file) => path.basename(file, '.css'))];
    expect(Object.keys(SHEET_VERSIONS).sort()).toEqual(sources.sort());
    for (const sheet of Object.keys(SHEET_VERSIONS) as SheetName[]) {
      expect(SHEET_CSS![sheet].length).toBeGreaterThan(0);
      expect(SHEET_CSS![sheet]).not.toMatch(/\/\*|\n {2}/);
    }
    const [first] = compileSheets();
    expect(generatedModules([{ ...first!, css: `${first!.css}a{}` }])['lib/styles/sheet-css.ts']).not.toBe(generatedModules([first!])['lib/styles/sheet-css.ts']);
  });

  it('give the browser no CSS text: it gets each sheet inline from the page, or as a file', () => {
    expect(BROWSER_SHEET_CSS).toBeUndefined();
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.imports['#sheet-css']).toEqual({ browser: './lib/styles/no-sheet-css.ts', default: './lib/styles/sheet-css.ts' });
  });
});

describe('no stylesheet goes through Next', () => {
  // An imported sheet is inlined by Next in the page and again in its RSC payload (decision 0027).
  it('no module under app/ or components/ imports a .css file: components name their sheets with <Stylesheet>', () => {
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(tsx?|jsx?)$/.test(entry.name) && /^import\s+['"][^'"]+\.css['"]/m.test(fs.readFileSync(path.join(root, file), 'utf8'))) offenders.push(file);
      }
    };
    walk('app');
    walk('components');
    expect(offenders).toEqual([]);
  });
});

describe('sheet addresses', () => {
  it('carry the version of the sheet, so the file can be cached for a year', () => {
    expect(sheetHref('article')).toBe(`/css/article.css?v=${SHEET_VERSIONS.article}`);
  });

  it('name a sheet only for a known file name', () => {
    expect(sheetOfFile('article.css')).toBe('article');
    expect(sheetOfFile('front-page.css')).toBe('front-page');
    for (const file of ['article', 'article.css.map', 'nope.css', '../globals.css', 'Article.css', 'constructor.css', 'hasOwnProperty.css']) {
      expect(sheetOfFile(file), file).toBeUndefined();
    }
  });
});

describe('sheetOnPage', () => {
  const documentWith = (...present: string[]) => ({ querySelector: (selector: string) => (selector.split(', ').some((part) => present.includes(part)) ? ({} as Element) : null) });

  it('finds a sheet inlined by the server or loaded as a file, and nothing else', () => {
    expect(sheetOnPage(documentWith('style[data-sheet="maps"]'), 'maps')).toBe(true);
    expect(sheetOnPage(documentWith(`link[rel="stylesheet"][href="${sheetHref('maps')}"]`), 'maps')).toBe(true);
    expect(sheetOnPage(documentWith('style[data-sheet="article"]'), 'maps')).toBe(false);
    expect(sheetOnPage(documentWith(), 'maps')).toBe(false);
  });
});
