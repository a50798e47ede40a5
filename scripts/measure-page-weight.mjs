// Measures what a reader downloads per page type: HTML, CSS, JavaScript and
// preloaded fonts, raw, gzip (level 6, as most servers send) and brotli. Run against a production server:
//   npm start & node scripts/measure-page-weight.mjs http://localhost:3000 /libya /articles/<slug>
import { brotliCompressSync, gzipSync } from 'node:zlib';

const [base = 'http://localhost:3000', ...paths] = process.argv.slice(2);
const targets = paths.length > 0 ? paths : ['/', '/libya'];

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

const attr = (html, tag, name, filter = () => true) =>
  [...html.matchAll(new RegExp(`<${tag}\\b[^>]*>`, 'g'))]
    .map((m) => m[0])
    .filter(filter)
    .map((t) => new RegExp(`${name}="([^"]+)"`).exec(t)?.[1])
    .filter(Boolean);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

for (const path of targets) {
  const html = await fetchBytes(new URL(path, base));
  const text = html.toString('utf8');
  const groups = {
    html: [html],
    css: await Promise.all(attr(text, 'link', 'href', (t) => t.includes('stylesheet')).map((h) => fetchBytes(new URL(h, base)))),
    js: await Promise.all([...new Set(attr(text, 'script', 'src'))].map((s) => fetchBytes(new URL(s, base)))),
    fonts: await Promise.all(attr(text, 'link', 'href', (t) => t.includes('as="font"')).map((h) => fetchBytes(new URL(h, base)))),
  };
  console.log(`\n${path}`);
  for (const [kind, files] of Object.entries(groups)) {
    const raw = files.reduce((n, f) => n + f.length, 0);
    // Fonts are already compressed (woff2): count them as they are.
    const packed = (compress) => (kind === 'fonts' ? raw : files.reduce((n, f) => n + compress(f).length, 0));
    const [gz, br] = [packed(gzipSync), packed(brotliCompressSync)];
    console.log(
      `  ${kind.padEnd(6)} ${String(files.length).padStart(2)} file(s)  ${kb(raw).padStart(9)} raw  ${kb(gz).padStart(9)} gzip  ${kb(br).padStart(9)} brotli`,
    );
  }
}
