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
  // optional, not swap: the face is used only if it is there within about 100 ms (cached from an
  // earlier page, in practice), and never swapped in after the first paint, which moved every
  // line of an Arabic page (CLS 0.03-0.05 on /ar and an Arabic article, measured in Chromium).
  // The fallback's first name is Android's own Arabic system face, the same family.
  display: 'optional',
  // Not preloaded: Turbopack shares the layouts' font CSS, so a preload here would reach English pages too
  // (measured: 51 KB on every English page).
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});

export const naskhBold = localFont({
  src: [{ path: '../node_modules/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2', weight: '700', style: 'normal' }],
  variable: '--font-naskh-bold',
  display: 'optional',
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Amiri', 'Tahoma', 'serif'],
});
