/**
 * `npm run new -- "Headline of the story" [--dateline tripoli] [--topics a,b] [--authors x]`
 * Creates content/articles/<slug>.md as a draft with every required field
 * filled, and never overwrites an existing file.
 * `npm run new -- --ar --from <english-slug>` creates the Arabic translation
 * content/ar/articles/<english-slug>.md (keys, sources and figures copied).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildContent } from '../lib/content/build-content';
import { readContent } from '../lib/content/read-content';
import type { RegistryKind } from '../lib/content/registries';
import { parseSource } from '../lib/content/front-matter';
import { articleTemplate, slugFromHeadline, translationTemplate } from '../lib/content/scaffold';
import { didYouMean } from '../lib/content/suggest';
import { contentDirectory } from '../lib/site';

const USAGE =
  'Usage: npm run new -- "Headline of the story" [--dateline tripoli] [--topics a,b] [--authors conflict-desk]\n' +
  '       npm run new -- --ar --from <english-slug>   (an Arabic translation of content/articles/<english-slug>.md)';

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      dateline: { type: 'string' },
      topics: { type: 'string' },
      authors: { type: 'string' },
      ar: { type: 'boolean' },
      from: { type: 'string' },
    },
  });
} catch (error) {
  fail((error as Error).message);
}
if (parsed.values.ar || parsed.values.from !== undefined) {
  if (!parsed.values.ar || !parsed.values.from) fail('A translation needs both --ar and --from <english-slug>.');
  newTranslation(parsed.values.from);
  process.exit(0);
}

function newTranslation(slug: string): void {
  const dir = contentDirectory();
  const original = path.join(dir, 'articles', `${slug}.md`);
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || !fs.existsSync(original)) {
    const known = fs.existsSync(path.join(dir, 'articles'))
      ? fs.readdirSync(path.join(dir, 'articles')).filter((name) => name.endsWith('.md')).map((name) => name.slice(0, -3))
      : [];
    fail(`--from ${slug}: there is no content/articles/${slug}.md. ${didYouMean(slug, known)}`.trim());
  }
  const source = parseSource(fs.readFileSync(original, 'utf8'), path.relative(process.cwd(), original));
  if (source.problems.length > 0 || typeof source.data !== 'object' || source.data === null) {
    fail(`${path.relative(process.cwd(), original)} has front-matter errors; run npm run check and fix them first.`);
  }
  const file = path.join(dir, 'ar', 'articles', `${slug}.md`);
  const shown = path.relative(process.cwd(), file);
  if (fs.existsSync(file)) fail(`${shown} already exists; nothing was written. Edit that file instead.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, translationTemplate(slug, source.data as Record<string, unknown>, source.body, new Date()), { flag: 'wx' });
  console.log(`Created ${shown} (a draft translation, at /ar/articles/${slug}).

Next steps:
  1. Replace every TODO with Arabic: the title, the dek, figure scopes, the story (keep its ## sections).
  2. Leave the keys, sources and figures' numbers as copied: check compares them with the original.
  3. npm run check: it lists anything still wrong, and warns when the original changes later.
  4. Remove "draft: true" when the translation is ready; it goes out with the original.`);
}
const headline = parsed.positionals.join(' ').trim();
if (!headline) fail('Give the headline of the story.');

const dir = contentDirectory();
const { registries } = buildContent(readContent(dir)).content;
const keys = (value: string | undefined) => (value ?? '').split(',').map((k) => k.trim()).filter(Boolean);

function checkKeys(kind: RegistryKind, option: string, values: string[]) {
  for (const key of values) {
    if (registries[kind].has(key)) continue;
    const hint = didYouMean(key, registries[kind].keys());
    fail(`--${option} ${key}: not a key in content/${kind}.yml. ${hint || `Known: ${[...registries[kind].keys()].join(', ')}`}`);
  }
}

const authors = keys(parsed.values.authors);
if (authors.length === 0) authors.push(...[...registries.authors.keys()].slice(0, 1));
const topics = keys(parsed.values.topics);
const dateline = parsed.values.dateline;
checkKeys('authors', 'authors', authors);
checkKeys('topics', 'topics', topics);
if (dateline) checkKeys('places', 'dateline', [dateline]);

const slug = slugFromHeadline(headline);
if (!slug) fail(`"${headline}" has no letters or digits to make a file name from.`);
const file = path.join(dir, 'articles', `${slug}.md`);
const shown = path.relative(process.cwd(), file);
if (fs.existsSync(file)) {
  fail(`${shown} already exists; nothing was written. Choose a different headline, or edit that file.`);
}
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, articleTemplate({ headline, now: new Date(), authors, dateline, topics }), { flag: 'wx' });

console.log(`Created ${shown} (a draft, at /articles/${slug}).

Next steps:
  1. Replace every TODO: the dek, the sources, the story.
  2. Add the people, places and topics it covers (keys from content/*.yml).
  3. npm run dev, then open http://localhost:3000/articles/${slug} to preview it.
  4. npm run check: it lists anything still wrong.
  5. Remove "draft: true" (and set "published") when it is ready to go out.`);
