import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Article } from '../../lib/content/article';
import { sourcesKey } from '../../lib/content/sources';
import type { ContentInput, SourceFile } from '../../lib/content/build-content';
import type { ContentProblem } from '../../lib/content/problems';
import type { RegistryKind } from '../../lib/content/registries';

/* ------------------------------------------------------------------ */
/* Registries                                                          */
/* ------------------------------------------------------------------ */

/** Minimal, valid registries: one or two entries each. */
export const REGISTRY_YAML: Record<RegistryKind, string> = {
  authors: ['conflict-desk:', '  name: Conflict Desk staff', ''].join('\n'),
  places: [
    'tripoli:',
    '  name: Tripoli',
    '  latitude: 32.887',
    '  longitude: 13.191',
    'gharyan:',
    '  name: Gharyan',
    '  latitude: 32.170',
    '  longitude: 13.017',
    '  approximate: true',
    '',
  ].join('\n'),
  people: ['khalifa-hifter:', '  name: Khalifa Hifter', '  aliases: [Haftar, Hafter]', ''].join('\n'),
  topics: ['tripoli-offensive:', '  name: Battle for Tripoli', ''].join('\n'),
};

export function registryPath(kind: RegistryKind): string {
  return `content/${kind}.yml`;
}

/**
 * Registry files for `buildContent`. Override a registry's YAML with a
 * string, or pass `undefined` to make the file missing.
 */
export function registryFiles(
  overrides: Partial<Record<RegistryKind, string | undefined>> = {},
): ContentInput['registryFiles'] {
  const file = (kind: RegistryKind) => {
    const text = kind in overrides ? overrides[kind] : REGISTRY_YAML[kind];
    return text === undefined ? { path: registryPath(kind), text: undefined } : { path: registryPath(kind), text };
  };
  return { authors: file('authors'), places: file('places'), people: file('people'), topics: file('topics') };
}

/* ------------------------------------------------------------------ */
/* Articles                                                            */
/* ------------------------------------------------------------------ */

/**
 * Raw YAML values of a valid article's required fields, in file order.
 * A value starting with a newline is a block (e.g. a list of sources).
 */
export const VALID_FIELDS: Readonly<Record<string, string>> = {
  title: '"Hifter\'s forces push toward Tripoli"',
  dek: 'The UN chief leaves Libya without a truce.',
  published: '2019-04-05T21:40',
  authors: '[conflict-desk]',
  // Dated no later than any `published` the tests use: a source dated after it is an error.
  sources: '\n  - publisher: Reuters\n    date: 2019-04-01',
};

export const DEFAULT_BODY = 'Forces advanced on the capital.';

/**
 * The text of an article file. `fields` are merged over VALID_FIELDS (an
 * `undefined` value removes the field; new fields go after the valid ones).
 */
export function articleText(fields: Record<string, string | undefined> = {}, body: string = DEFAULT_BODY): string {
  const lines = Object.entries({ ...VALID_FIELDS, ...fields })
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
  return `---\n${lines.join('\n')}\n---\n${body}\n`;
}

export function articlePathFor(name: string): string {
  return `content/articles/${name}`;
}

/** An article file named `<slug>.md` in the articles folder. */
export function articleFile(slug: string, fields: Record<string, string | undefined> = {}, body?: string): SourceFile {
  return { path: articlePathFor(`${slug}.md`), text: articleText(fields, body) };
}

/** 1-based line of the first line of `text` that starts with `prefix` (after indentation). */
export function lineStartingWith(text: string, prefix: string): number {
  const index = text.split('\n').findIndex((line) => line.trimStart().startsWith(prefix));
  if (index < 0) throw new Error(`no line starts with ${JSON.stringify(prefix)}`);
  return index + 1;
}

/** The problems reported for one file. */
export function problemsIn(problems: readonly ContentProblem[], file: string): ContentProblem[] {
  return problems.filter((problem) => problem.file === file);
}

/** The single problem reported for `file`; fails loudly if there are none or several. */
export function onlyProblemIn(problems: readonly ContentProblem[], file: string): ContentProblem {
  const found = problemsIn(problems, file);
  if (found.length !== 1) {
    throw new Error(`expected exactly one problem in ${file}, got ${found.length}:\n${JSON.stringify(found, null, 2)}`);
  }
  return found[0]!;
}

/** An Article with sensible defaults, for modules that only read a few fields. */
export function makeArticle(overrides: Partial<Article> & { slug: string; published: Date }): Article {
  return {
    path: `/articles/${overrides.slug}`,
    file: articlePathFor(`${overrides.slug}.md`),
    title: `Title of ${overrides.slug}`,
    dek: 'A dek.',
    modified: overrides.published,
    authors: [],
    places: [],
    people: [],
    topics: [],
    sourcesKey: sourcesKey([{ publisher: 'Reuters' }]),
    figures: [],
    corrections: [],
    aliases: [],
    draft: false,
    wordCount: 1,
    readingMinutes: 1,
    ...overrides,
  };
}

/* ------------------------------------------------------------------ */
/* Process time zone                                                   */
/* ------------------------------------------------------------------ */

/** Server time zones with very different offsets from Libya (UTC+2). */
export const SERVER_TIME_ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Tokyo', 'Pacific/Kiritimati'] as const;

/** Runs `fn` with `process.env.TZ` set to `timeZone` (Node honours runtime changes), then restores it. */
export function withTimeZone<T>(timeZone: string, fn: () => T): T {
  const original = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return fn();
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
}

/* ------------------------------------------------------------------ */
/* Content folders on disk                                             */
/* ------------------------------------------------------------------ */

/** A fresh temporary folder; remove it with `removeDir`. */
/** Every file under `dir`, at any depth, whose name matches `name`. */
export function filesUnder(dir: string, name: RegExp): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, name);
    return name.test(entry.name) ? [full] : [];
  });
}

export function makeTempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'conflict-desk-unit-'));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** Writes `text` to `dir/relative` (creating folders) and optionally sets its modification time. */
export function writeFile(dir: string, relative: string, text: string, mtime?: Date): string {
  const file = path.join(dir, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
  return file;
}

/** Sets a file's modification time: use clearly different times to avoid same-millisecond writes. */
export function touch(file: string, mtime: Date): void {
  fs.utimesSync(file, mtime, mtime);
}

/** A complete, valid content folder (registries plus the given articles) in a new temp dir. */
export function makeContentDir(articles: Record<string, string> = {}, mtime = new Date('2020-01-01T00:00:00Z')): string {
  const dir = makeTempDir();
  for (const kind of Object.keys(REGISTRY_YAML) as RegistryKind[]) writeFile(dir, `${kind}.yml`, REGISTRY_YAML[kind], mtime);
  fs.mkdirSync(path.join(dir, 'articles'), { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFile(dir, `articles/${name}`, text, mtime);
  return dir;
}

/** Path of `file` relative to the working directory with `/` separators, as the loader reports it. */
export function relativeToCwd(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}
