// Measures the server-rendered maps and charts and the page weight of a
// running build: node scripts/measure-visuals.mjs [base URL] [paths…]
// Each <svg class="map"> / <svg class="chart"> is measured raw and gzipped
// (level 9), and each page's HTML as a whole.
import { gzipSync } from 'node:zlib';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const paths = process.argv.slice(3).length
  ? process.argv.slice(3)
  : ['/', '/articles/gna-retakes-gharyan', '/articles/lna-takes-sirte', '/libya/map', '/libya/figures', '/libya/figures/killed', '/places', '/places/tripoli'];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gz = (text) => gzipSync(text, { level: 9 }).length;

for (const path of paths) {
  const html = await (await fetch(new URL(path, base))).text();
  console.log(`${path}: HTML ${kb(html.length)} raw, ${kb(gz(html))} gzip`);
  for (const match of html.matchAll(/<svg class="(map|chart)"[\s\S]*?<\/svg>/g)) {
    const title = /<title[^>]*>([^<]*)<\/title>/.exec(match[0])?.[1] ?? '';
    console.log(`  ${match[1]} "${title}": ${kb(match[0].length)} raw, ${kb(gz(match[0]))} gzip`);
  }
}
