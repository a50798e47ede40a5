import localFont from 'next/font/local';

/**
 * Source Serif 4 from the @fontsource package (no network at build or run
 * time). Only the upright Latin file (50 KB) is preloaded. The Latin
 * Extended subset (ğ in Erdoğan, ş...) has its own unicode-range and
 * downloads only when a page uses one of its characters; the italic
 * downloads only when a page has italic text. UI text uses the system
 * sans-serif stack, which costs nothing.
 * (Paths must be string literals: next/font reads them at compile time.)
 */
export const serifLatin = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
  ],
  variable: '--font-serif-latin',
  display: 'swap',
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
    },
  ],
});

export const serifLatinExtended = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-ext-wght-normal.woff2',
      style: 'normal',
      weight: '200 900',
    },
  ],
  variable: '--font-serif-latin-ext',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
  declarations: [
    {
      prop: 'unicode-range',
      value:
        'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
    },
  ],
});

export const serifItalic = localFont({
  src: [
    {
      path: '../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2',
      style: 'italic',
      weight: '200 900',
    },
  ],
  variable: '--font-serif-italic',
  display: 'swap',
  preload: false,
  adjustFontFallback: false,
});
