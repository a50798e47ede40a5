/**
 * The lite edition's whole stylesheet, inlined in each page's <head> (no
 * request, nothing to wait for). System fonts only; light and dark follow
 * the reader's setting with the full site's colours. Kept small: every
 * byte is paid on every lite page. Logical properties only, so that the
 * Arabic pages (`dir="rtl"`) mirror by themselves; Arabic gets a Naskh face
 * if the system has one, taller lines, and no letter-spacing.
 */
export const LITE_CSS = `
:root{color-scheme:light dark;--bg:#fbfaf7;--text:#1a1a1a;--muted:#555049;--rule:#d9d4ca;--link:#8a1c1c;--focus:#1a5fb4}
@media (prefers-color-scheme:dark){:root{--bg:#16181b;--text:#e9e6e1;--muted:#b3ada4;--rule:#3a3d42;--link:#f4a39b;--focus:#8cb8ff}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:40rem;padding:0 1rem 2rem;background:var(--bg);color:var(--text);font:1.0625rem/1.6 Charter,'Bitstream Charter','Sitka Text',Cambria,Georgia,serif;overflow-wrap:break-word}
a{color:var(--link);text-underline-offset:.15em}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header,footer,nav,.meta,.note,small{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}
header{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem;align-items:baseline;padding:.75rem 0 .5rem;border-bottom:3px double var(--rule)}
header>a:first-child{font:800 1.2rem/1.6 Charter,Cambria,Georgia,serif;color:var(--text);text-decoration:none;margin-inline-end:auto}
h1{font-size:1.75rem;line-height:1.2;margin:1.25rem 0 .5rem}
h2{font-size:1.2rem;line-height:1.3;margin:1.75rem 0 .5rem}
h3{font-size:1.05rem;line-height:1.35;margin:1rem 0 .25rem}
.dek{font-size:1.15rem;margin:0 0 .75rem}
.meta,.note,small{color:var(--muted);font-size:.875rem}
.meta p,.note{margin:.2rem 0}
.dateline{font-weight:700;letter-spacing:.04em}
.article__body img{max-width:100%;height:auto}
.entry{margin:1.25rem 0}
blockquote{margin:1rem 0;padding-inline-start:1rem;border-inline-start:3px solid var(--rule)}
section,aside,figure{margin:1.5rem 0 0;padding-top:.25rem;border-top:1px solid var(--rule)}
figure{margin-inline:0}
ol,ul{padding-inline-start:1.25rem}
li{margin:.25rem 0}
.story p,.live-story p{margin:0}
nav{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin:1.5rem 0}
footer{margin-top:2rem;padding-top:.75rem;border-top:3px double var(--rule);font-size:.875rem}
:root:lang(ar) body,:root:lang(ar) header>a:first-child{font-family:'Noto Naskh Arabic',Tahoma,serif}
:root:lang(ar) body{line-height:1.9}
:lang(ar) .dateline{letter-spacing:normal}
`
  .replace(/\n/g, '')
  .trim();
