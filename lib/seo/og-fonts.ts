import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Fonts for generated images (Satori reads WOFF, not WOFF2), from npm
 * packages: no network. Listed in fallback order: Latin, Latin Extended
 * (ğ, ş, ā...), then Arabic, so accented names and Arabic script render as
 * letters, not boxes.
 */
const FONT_FILES = [
  '@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff',
  '@fontsource/source-serif-4/files/source-serif-4-latin-ext-700-normal.woff',
  '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff',
  '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff',
  '@fontsource/source-serif-4/files/source-serif-4-latin-ext-400-normal.woff',
];

export function fontFilePaths(): string[] {
  return FONT_FILES.map((file) => path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules', file));
}

type Weight = 400 | 700;
export type OgFont = { name: string; data: Buffer; weight: Weight; style: 'normal' };

let loaded: Promise<OgFont[]> | undefined;

export function loadOgFonts(): Promise<OgFont[]> {
  loaded ??= Promise.all(
    fontFilePaths().map(async (file) => ({
      name: file.includes('arabic') ? 'Noto Sans Arabic' : 'Source Serif 4',
      data: await readFile(file),
      weight: (file.includes('-700-') ? 700 : 400) as Weight,
      style: 'normal' as const,
    })),
  );
  return loaded;
}
