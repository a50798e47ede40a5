// Writes a synthetic but valid content folder of N articles for the
// benchmark: about 800 words each, varied front matter, registries of a
// realistic size, dates spread over five years. Deterministic (seeded).
//
//   node scripts/bench/generate-corpus.mjs --articles 1000 --out /tmp/corpus
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const WORDS = (
  'forces government tripoli offensive ceasefire talks militia army airport strike drone city ' +
  'southern front council envoy united nations statement spokesman civilians displaced hospital ' +
  'convoy checkpoint oil port terminal negotiations mission humanitarian shelling district road ' +
  'coast desert border capital parliament minister commander brigade reinforcements withdrawal ' +
  'agreement delegation residents families water electricity fuel shortage prices market school ' +
  'report casualties wounded killed health ministry officials reporters agency witnesses said ' +
  'according told thursday friday monday tuesday morning evening night week month year'
).split(' ');

export function generateCorpus({ articles, out, seed = 42 }) {
  let state = seed >>> 0;
  const random = () => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, max) => [...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list)))];
  const capital = (s) => s[0].toUpperCase() + s.slice(1);
  const sentence = (n) => capital(Array.from({ length: n }, () => pick(WORDS)).join(' ')) + '.';

  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'articles'), { recursive: true });

  const registry = (prefix, count, extra) =>
    Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`).map((key, i) => ({ key, i, extra: extra(i) }));
  const authors = registry('author', 40, () => '');
  const places = registry('place', 300, (i) => `  latitude: ${(20 + (i % 13)).toFixed(3)}\n  longitude: ${(10 + (i % 15)).toFixed(3)}\n`);
  const people = registry('person', 500, (i) => (i % 5 === 0 ? `  aliases: [Alias${i + 1}]\n` : ''));
  const topics = registry('topic', 30, () => '');
  const writeRegistry = (file, entries, label) =>
    writeFileSync(
      path.join(out, file),
      entries.map(({ key, i, extra }) => `${key}:\n  name: ${label} ${i + 1}\n${extra}  description: Synthetic ${label.toLowerCase()} number ${i + 1}.\n`).join(''),
    );
  writeRegistry('authors.yml', authors, 'Author');
  writeRegistry('places.yml', places, 'Place');
  writeRegistry('people.yml', people, 'Person');
  writeRegistry('topics.yml', topics, 'Topic');

  // As many sources as the real archive's stories cite (12 on average), each with a title, a day
  // and an address: servers do not hold them (decision 0022), but the check and the index do.
  const publishers = Array.from({ length: 24 }, (_, i) => `Synthetic ${pick(['Wire', 'Agency', 'Herald', 'Observer', 'Monitor', 'Mission'])} ${i + 1}`);
  const sourceList = (day, slug) =>
    Array.from({ length: 6 + Math.floor(random() * 13) }, (_, i) => {
      const publisher = pick(publishers);
      const site = publisher.toLowerCase().replaceAll(' ', '-');
      return `  - publisher: ${publisher}\n    title: "${sentence(5 + Math.floor(random() * 6)).slice(0, -1)}"\n    date: ${day}\n    url: https://${site}.example.org/${day.replaceAll('-', '/')}/${slug}-${i + 1}\n`;
    }).join('');

  const start = Date.UTC(2019, 0, 1);
  const span = 5 * 365 * 24 * 3600_000;
  const slugs = [];
  for (let n = 1; n <= articles; n++) {
    const slug = `story-${String(n).padStart(6, '0')}`;
    // Evenly spread over five years, oldest first, so links point backwards.
    const published = new Date(start + Math.floor((span * (n - 1)) / Math.max(1, articles)) + Math.floor(random() * 3600_000));
    const when = published.toISOString().slice(0, 16) + 'Z';
    const day = published.toISOString().slice(0, 10);
    const title = `${sentence(6).slice(0, -1)} ${n}`;
    const placeKeys = some(places, 3).map((p) => p.key);
    const paragraphs = [];
    let words = 0;
    while (words < 800) {
      const count = 3 + Math.floor(random() * 3);
      const body = Array.from({ length: count }, () => sentence(8 + Math.floor(random() * 12)));
      if (slugs.length > 0 && random() < 0.1) body.push(`See [earlier coverage](/articles/${pick(slugs)}).`);
      const text = body.join(' ');
      words += text.split(' ').length;
      paragraphs.push(text);
      if (paragraphs.length % 5 === 0) paragraphs.push(`## ${sentence(4).slice(0, -1)}`);
    }
    const figures =
      random() < 0.5
        ? `figures:\n  - metric: ${pick(['killed', 'wounded', 'displaced'])}\n    value: ${1 + Math.floor(random() * 500)}\n    qualifier: at least\n    as_of: ${day}\n    scope: people counted in the synthetic report\n    reported_by: Synthetic Health Ministry\n`
        : '';
    // Corrected two days later: a correction dated before publication (in Libya time) is an error.
    const correctedDay = new Date(published.getTime() + 2 * 86_400_000).toISOString().slice(0, 10);
    const corrections =
      random() < 0.05 ? `corrections:\n  - date: ${correctedDay}\n    text: An earlier version misspelled a place name.\n` : '';
    writeFileSync(
      path.join(out, 'articles', `${slug}.md`),
      `---
title: "${title}"
dek: "${sentence(18)}"
published: ${when}
authors: [${some(authors, 2).map((a) => a.key).join(', ')}]
dateline: ${placeKeys[0]}
places: [${placeKeys.join(', ')}]
people: [${some(people, 4).map((p) => p.key).join(', ')}]
topics: [${some(topics, 2).map((t) => t.key).join(', ')}]
sources:
${sourceList(day, slug)}${figures}${corrections}---

${paragraphs.join('\n\n')}
`,
    );
    slugs.push(slug);
  }
  return { articles, out };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } });
  if (!values.out) throw new Error('--out <folder> is required');
  generateCorpus({ articles: Number(values.articles), out: path.resolve(values.out) });
  console.log(`Wrote ${values.articles} articles to ${values.out}`);
}
