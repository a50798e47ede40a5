import localFont from 'next/font/local';

/**
 * Noto Naskh Arabic (Arabic subset) from the @fontsource package, for the
 * Arabic edition (decision 0014). Two families of one weight each, so that
 * only the regular text face is preloaded: headings and <strong> use the
 * bold family, fetched when the page first needs it.
 * (Paths must be string literals: next/font reads them at compile time.)
 */
export const naskhRegular = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400', style: 'normal' }],
  variable: '--font-naskh',
  display: 'swap',
  preload: true,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});

export const naskhBold = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' }],
  variable: '--font-naskh-bold',
  display: 'swap',
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});
