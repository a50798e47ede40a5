// Measures what a reader downloads per page type: HTML, CSS, JavaScript and
// preloaded fonts, raw, gzip (level 6, as most servers send) and brotli. Run against a production server:
//   npm start & node scripts/measure-page-weight.mjs http://localhost:3000 /libya /articles/<slug>
import { brotliCompressSync, gzipSync } from 'node:zlib';

const attr = (html, tag, name, filter = () => true) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
    .map((m) => m[0])
    .filter(filter)
    .map((t) => new RegExp(`${name}="([^"]+)"`).exec(t)?.[1])
    .filter(Boolean);

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** Bytes per kind (html, css, js, fonts): files, raw, gzip, brotli. Fonts (woff2) count as they are. */
export async function pageWeight(base, path) {
  const html = await fetchBytes(new URL(path, base));
  const text = html.toString('utf8');
  const groups = {
    html: [html],
    css: await Promise.all(attr(text, 'link', 'href', (t) => t.includes('stylesheet')).map((h) => fetchBytes(new URL(h, base)))),
    // A `nomodule` script (Next's polyfills, 38.6 KB gzip) is fetched only by browsers without ES modules.
    js: await Promise.all([...new Set(attr(text, 'script', 'src', (t) => !/\bnomodule\b/i.test(t)))].map((s) => fetchBytes(new URL(s, base)))),
    fonts: await Promise.all(attr(text, 'link', 'href', (t) => t.includes('as="font"')).map((h) => fetchBytes(new URL(h, base)))),
  };
  return Object.fromEntries(
    Object.entries(groups).map(([kind, files]) => {
      const raw = files.reduce((n, f) => n + f.length, 0);
      const packed = (compress) => (kind === 'fonts' ? raw : files.reduce((n, f) => n + compress(f).length, 0));
      return [kind, { files: files.length, raw, gzip: packed(gzipSync), brotli: packed(brotliCompressSync) }];
    }),
  );
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
  for (const path of paths.length > 0 ? paths : ['/', '/libya']) {
    console.log(`\n${path}`);
    for (const [kind, w] of Object.entries(await pageWeight(base, path))) {
      console.log(
        `  ${kind.padEnd(6)} ${String(w.files).padStart(2)} file(s)  ${kb(w.raw).padStart(9)} raw  ${kb(w.gzip).padStart(9)} gzip  ${kb(w.brotli).padStart(9)} brotli`,
      );
    }
  }
}
