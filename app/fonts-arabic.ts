import localFont from 'next/font/local';

/**
 * Noto Naskh Arabic (Arabic subset) from the @fontsource package, for the
 * Arabic edition (decision 0014). Two families of one weight each: the
 * regular face is fetched with the first Arabic text, the bold one only when
 * a heading or <strong> needs it. Neither is preloaded (see below).
 * (Paths must be string literals: next/font reads them at compile time.)
 */
export const naskhRegular = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2', weight: '400', style: 'normal' }],
  variable: '--font-naskh',
  display: 'swap',
  // Not preloaded: Turbopack shares the layouts' font CSS, so a preload here would reach English pages too
  // (measured: 51 KB on every English page). With display: swap the first paint never waits for it.
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});

export const naskhBold = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' }],
  variable: '--font-naskh-bold',
  display: 'swap',
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});
