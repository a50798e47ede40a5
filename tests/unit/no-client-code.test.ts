import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from './helpers';

/**
 * The site ships no client components of its own: every component is a
 * server component, and pages work without JavaScript.
 */
const root = path.resolve(import.meta.dirname, '../..');
const FOLDERS = ['app', 'components', 'lib'];

/**
 * True if the text has a 'use client' directive: the string on a line of
 * its own (with or without a semicolon), at the top or anywhere else.
 */
function hasUseClient(text: string): boolean {
  return /^\s*(['"])use client\1\s*;?\s*$/m.test(text);
}

/**
 * Next requires error boundaries to be client components. They import
 * only ErrorNotice (plain markup) and render readable HTML without JavaScript.
 * components/Stylesheet.tsx puts a page's stylesheets in its <head> during
 * server rendering (Next offers that only to client components:
 * useServerInsertedHTML) and renders nothing in the page (decision 0027).
 */
const REQUIRED_CLIENT_FILES = ['app/(en)/error.tsx', 'app/global-error.tsx', 'components/Stylesheet.tsx'];

const files = FOLDERS.flatMap((folder) => filesUnder(path.join(root, folder), /\.(ts|tsx)$/)).filter(
  (file) => !REQUIRED_CLIENT_FILES.includes(path.relative(root, file).split(path.sep).join('/')),
);

describe("no 'use client'", () => {
  it('scans the real source files of app/, components/ and lib/', () => {
    const relative = files.map((file) => path.relative(root, file).split(path.sep).join('/'));
    expect(relative).toContain('app/(en)/layout.tsx');
    expect(relative).toContain('lib/dates.ts');
    expect(relative.some((file) => file.startsWith('components/'))).toBe(true);
  });

  it('recognises the directive in its usual forms', () => {
    expect(hasUseClient("'use client';\nexport {}")).toBe(true);
    expect(hasUseClient('"use client"\nexport {}')).toBe(true);
    expect(hasUseClient("/** Header */\n'use client';\n")).toBe(true);
    expect(hasUseClient("  'use client'  \n")).toBe(true);
  });

  it('does not mistake a mention of it in prose for the directive', () => {
    expect(hasUseClient("// never add 'use client' here\nexport {}")).toBe(false);
    expect(hasUseClient("const s = \"'use client'\";")).toBe(false);
  });

  it.each(files.map((file) => [path.relative(root, file).split(path.sep).join('/'), file]))(
    '%s has no client directive',
    (_name, file) => {
      expect(hasUseClient(fs.readFileSync(file, 'utf8'))).toBe(false);
    },
  );
});
