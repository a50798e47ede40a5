import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const PUBLIC = path.resolve(import.meta.dirname, '../../public');

/** What public/ may hold: every file in it is served from the site's root, except dotfiles (`.gitkeep` keeps the folder in a clone). */
const SERVED = /\.(?:jpe?g|png|webp|avif|gif|svg|ico|woff2?|pdf)$/i;
const DOTFILE = /(?:^|\/)\./;

describe('public/', () => {
  it('holds only files meant for readers (no notes, READMEs or sources: each would be served)', () => {
    const files = fs.readdirSync(PUBLIC, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    const unexpected = files.map((entry) => path.relative(PUBLIC, path.join(entry.parentPath, entry.name))).filter((file) => !SERVED.test(file) && !DOTFILE.test(file));
    expect(unexpected).toEqual([]);
  });
});
