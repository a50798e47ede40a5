import { createHash } from 'node:crypto';
import { formatDateTime, libyaDayKey, parseDateTime } from '../dates';
import { oldestFirst, type Correction, type Figure, type Source } from './article';
import { fieldLines, type FieldLines } from './field-lines';
import { parseSource, notAFieldMap } from './front-matter';
import { articleTexts, houseStyleProblems, variantSpellings, type StyledText, type VariantSpelling } from './house-style';
import { liveEntryId, splitLiveBody, type RawLiveEntry } from './live-entries';
import { LIVE_ENTRY_HELP, LIVE_FIELD_HELP, liveEntrySchema, liveSchema, type LiveFrontMatter, type LiveStatus } from './live-schema';
import { parseMarkdown } from './markdown-tree';
import { referencesOf, type BodyReference } from './body-references';
import { plainTextOf } from './plain-text';
import type { ContentProblem } from './problems';
import { KEY_PATTERN, usableRegistries, type Author, type DeclaredKeys, type Person, type Place, type Registries, type Topic } from './registries';
import { parseYaml, type FieldPath } from './yaml';
import { formatFieldPath, issuesToProblems } from './zod-problems';
import { wrongScriptParagraphs, wrongScriptProblem, type Script } from './script-check';
import { PLACEHOLDER, bodyCharacterProblem, correctionDateProblems, lengthProblems } from './checks';
import { TEXT_LIMITS, isBlank } from './text-field';

/** One entry of a live page, as stored and as pages use it (its text is rendered on demand). */
export type LiveEntry = {
  /** Stable id from its Libya time ("20190404-1430"); the anchor is `#entry-<id>`. */
  id: string;
  time: Date;
  title?: string;
  key: boolean;
  pinned: boolean;
  sources: Source[];
  /** File line of the entry's heading. */
  line: number;
  /** The start of its text, plain, for headlines of untitled entries and structured data. */
  excerpt: string;
};

/** A live page: front matter resolved against the registries, and its entries oldest first. */
export type LivePage = {
  slug: string;
  /** `/live/<slug>` */
  path: string;
  file: string;
  /** Hash of the file: changes with any edit. */
  revision: string;
  title: string;
  dek: string;
  /** "What we know", Markdown. */
  summary: string;
  /** When coverage started. */
  published: Date;
  status: LiveStatus;
  authors: Author[];
  places: Place[];
  people: Person[];
  topics: Topic[];
  sources: Source[];
  figures: Figure[];
  /** Oldest first, as on an article: `#correction-1` is the first. */
  corrections: Correction[];
  draft: boolean;
  /** Every entry, oldest first, including those not yet due. */
  entries: LiveEntry[];
};

export const LIVE_FOLDER = 'live';

export function livePath(slug: string): string {
  return `/live/${slug}`;
}

/** What one live file yields, storable in the content index like an article file's result. */
export type ParsedLiveFile = {
  kind: 'live';
  problems: ContentProblem[];
  /** `images`: the images in the entries' text, checked for alt text and a file with the rest of the content. */
  valid?: { slug: string; revision: string; frontMatter: LiveFrontMatter; entries: LiveEntry[]; lines: FieldLines; images: BodyReference[] };
};


type Registered = { registries: Registries; declaredKeys: DeclaredKeys };

const EXCERPT_LENGTH = 240;

function excerptOf(tree: ReturnType<typeof parseMarkdown>): string {
  const text = plainTextOf(tree).replace(/\s+/g, ' ').trim();
  return text.length <= EXCERPT_LENGTH ? text : `${text.slice(0, EXCERPT_LENGTH - 1).replace(/\s+\S*$/, '')}…`;
}

/** Validates one entry's time and attributes; `index` names it in messages (`entries[3]`). Shared with Arabic live files. */
export function parseEntry(
  raw: RawLiveEntry,
  index: number,
  file: string,
): { entry?: LiveEntry; checkable?: LiveEntry; problems: ContentProblem[]; images: BodyReference[] } {
  const problems: ContentProblem[] = [];
  const field = (name: string) => `entries[${index}].${name}`;
  const time = raw.time ? parseLiveTime(raw.time) : undefined;
  if (!time) {
    problems.push({
      file,
      line: raw.line,
      field: field('time'),
      message: raw.time
        ? `"${raw.time}" is not a valid entry time. Expected a date and time such as 2019-04-04T14:30 (Libya time).`
        : 'The entry heading has no time.',
      fix: 'Write the heading as "## 2019-04-04T14:30 | Optional title" (a real date, 24-hour Libya time).',
      severity: 'error',
    });
  }
  const yaml = parseYaml(raw.attributes, file, raw.attributesLine);
  problems.push(...yaml.problems);
  const data = yaml.problems.length ? undefined : (yaml.data ?? {});
  let attributes: ReturnType<typeof liveEntrySchema.safeParse> | undefined;
  if (data !== undefined) {
    if (typeof data !== 'object' || Array.isArray(data)) {
      problems.push({
        file,
        line: raw.attributesLine,
        field: field('sources'),
        message: 'The lines under an entry heading, up to the first blank line, are its attributes ("name: value" lines).',
        fix: 'Put "sources:" (and "key: true" or "pinned: true" if needed) under the heading, then a blank line, then the text.',
        severity: 'error',
      });
    } else {
      attributes = liveEntrySchema.safeParse(data, { reportInput: true });
      if (!attributes.success) {
        problems.push(
          ...issuesToProblems(attributes.error.issues, {
            file,
            lineOf: (path: FieldPath) => yaml.lineOf(path.slice(2)) ?? raw.line,
            prefix: ['entries', index],
            help: LIVE_ENTRY_HELP,
            schema: liveEntrySchema,
          }),
        );
      }
    }
  }
  if (raw.title !== undefined && isBlank(raw.title)) {
    problems.push({
      file,
      line: raw.line,
      field: field('title'),
      message: 'The entry title holds only invisible characters (such as zero-width spaces).',
      fix: 'Write the title after the "|", or remove the "|" for an entry without one.',
      severity: 'error',
    });
  } else if (raw.title !== undefined && raw.title.length > TEXT_LIMITS.title) {
    problems.push({
      file,
      line: raw.line,
      field: field('title'),
      message: `The entry title is ${raw.title.length} characters long; the limit is ${TEXT_LIMITS.title}.`,
      fix: `Shorten it to at most ${TEXT_LIMITS.title} characters; the detail belongs in the entry's text.`,
      severity: 'error',
    });
  }
  if (isBlank(raw.body)) {
    problems.push({
      file,
      line: raw.line,
      field: field('text'),
      message: 'The entry has no text.',
      fix: 'Leave a blank line after the attributes, then write what happened.',
      severity: 'error',
    });
  }
  // The text is parsed once: for its excerpt and for its images (checked with the rest of the content).
  const tree = parseMarkdown(raw.body);
  const images = referencesOf(tree, raw.bodyLine).filter((ref) => ref.kind === 'image');
  if (!time) return { problems, images };
  const { key = false, pinned = false, sources = [] } = attributes?.success ? attributes.data : {};
  const entry = { id: liveEntryId(time), time, title: raw.title, key, pinned, sources, line: raw.line, excerpt: excerptOf(tree) };
  // An entry with other problems still takes part in the order, duplicate and pin checks.
  return problems.length ? { checkable: entry, problems, images } : { entry, checkable: entry, problems, images };
}

/**
 * What a live file (either edition) must not hold whatever its entries: a control character
 * anywhere in its text (headings included), and, unless it is a draft, a TODO placeholder in its
 * title, dek, summary or text; and warnings for an over-long headline or dek. Articles get the
 * same checks (checks.ts).
 */
export function liveTextProblems(
  file: string,
  source: { body: string; bodyStartLine: number; lineOf: (path: FieldPath) => number | undefined },
  fm: { draft: boolean; title: string; dek: string; summary: string } | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const badCharacter = bodyCharacterProblem(file, source.body, source.bodyStartLine);
  if (badCharacter) problems.push(badCharacter);
  if (fm) problems.push(...lengthProblems({ file, fm, lineOf: source.lineOf }));
  if (!fm || fm.draft) return problems;
  for (const name of ['title', 'dek', 'summary'] as const) {
    if (!PLACEHOLDER.test(fm[name])) continue;
    problems.push({ file, line: source.lineOf([name]), field: name, message: 'Still holds a TODO placeholder, and the live page is not a draft.', fix: 'Write the real text, or keep `draft: true` until it is ready.', severity: 'error' });
  }
  const todoIndex = source.body.split('\n').findIndex((line) => PLACEHOLDER.test(line));
  if (todoIndex !== -1) {
    problems.push({ file, line: source.bodyStartLine + todoIndex, message: 'The live page\'s text still contains TODO, and the page is not a draft.', fix: 'Finish the entry, or keep `draft: true` until it is ready.', severity: 'error' });
  }
  return problems;
}


/**
 * Text in the other edition's script (decision 0015): a title, dek or entry title in the wrong
 * script is an error; the summary, an entry's paragraphs, figure scopes and corrections warn.
 */
export function liveScriptProblems(
  file: string,
  lineOf: (path: FieldPath) => number | undefined,
  entries: readonly RawLiveEntry[],
  fm: { title: string; dek: string; summary: string; figures: readonly { scope: string }[]; corrections: readonly { text: string }[] } | undefined,
  expected: Script,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (path: FieldPath, text: string | undefined, line: number | undefined, severity: ContentProblem['severity']) => {
    const problem = text === undefined ? undefined : wrongScriptProblem(file, formatFieldPath(path), line, text, expected, severity);
    if (problem) problems.push(problem);
  };
  entries.forEach((raw, index) => {
    check(['entries', index, 'title'], raw.title, raw.line, 'error');
    problems.push(...wrongScriptParagraphs(file, raw.body, raw.bodyLine, expected));
  });
  if (!fm) return problems;
  check(['title'], fm.title, lineOf(['title']), 'error');
  check(['dek'], fm.dek, lineOf(['dek']), 'error');
  check(['summary'], fm.summary, lineOf(['summary']), 'warning');
  fm.figures.forEach((figure, index) => check(['figures', index, 'scope'], figure.scope, lineOf(['figures', index, 'scope']), 'warning'));
  fm.corrections.forEach((correction, index) => check(['corrections', index, 'text'], correction.text, lineOf(['corrections', index, 'text']), 'warning'));
  return problems;
}

/** Entry times: a date-time with minutes, Libya time unless an offset is given. */
function parseLiveTime(text: string): Date | undefined {
  return /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text) ? parseDateTime(text) : undefined;
}

/**
 * The rules between entries: oldest first, one entry per time (the id is
 * made from it), at most one pinned, none before coverage started, and each
 * entry's sources no later than its own day (Libya time).
 */
export function checkEntries(
  entries: readonly { entry: LiveEntry; index: number }[],
  published: Date,
  file: string,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (entry: LiveEntry, index: number, name: string, message: string, fix: string) =>
    problems.push({ file, line: entry.line, field: `entries[${index}].${name}`, message, fix, severity: 'error' });
  const seen = new Map<string, LiveEntry>();
  let pinned: LiveEntry | undefined;
  entries.forEach(({ entry, index }, position) => {
    const previous = entries[position - 1]?.entry;
    const first = seen.get(entry.id);
    if (first) {
      add(entry, index, 'time', `Two entries have the same time (${formatDateTime(entry.time)}); the first is on line ${first.line}.`, 'Give each entry its own time (add or change a minute), or merge the two entries.');
    } else if (previous && entry.time < previous.time) {
      add(
        entry,
        index,
        'time',
        `Entries must be in time order, oldest first: this entry (${formatDateTime(entry.time)}) comes after one at ${formatDateTime(previous.time)} (line ${previous.line}).`,
        'Move the entry to its place in time order, or fix its time. New entries go at the end of the file.',
      );
    }
    seen.set(entry.id, first ?? entry);
    if (entry.time < published) {
      add(entry, index, 'time', `The entry (${formatDateTime(entry.time)}) is earlier than the page's \`published\` time (${formatDateTime(published)}), when coverage started.`, 'Fix the time, or set `published` no later than the first entry.');
    }
    if (entry.pinned) {
      if (pinned) add(entry, index, 'pinned', `Only one entry may be pinned; the entry on line ${pinned.line} already is.`, 'Remove "pinned: true" from all entries but one.');
      else pinned = entry;
    }
    entry.sources.forEach((source, i) => {
      if (source.date && libyaDayKey(source.date) > libyaDayKey(entry.time)) {
        add(entry, index, `sources[${i}].date`, `The source "${source.publisher}" is dated ${libyaDayKey(source.date)}, after the entry's day (${libyaDayKey(entry.time)}).`, 'An entry may only rest on what was known at its time: add a later entry for later reporting, or fix the date.');
      }
    });
  });
  return problems;
}

const spellingCache = new WeakMap<Registries, VariantSpelling[]>();
function spellingsOf(registries: Registries): VariantSpelling[] {
  let spellings = spellingCache.get(registries);
  if (!spellings) spellingCache.set(registries, (spellings = variantSpellings(registries)));
  return spellings;
}

function usesOnlyValidKeys(fm: LiveFrontMatter, registries: Registries): boolean {
  return (
    fm.authors.every((key) => registries.authors.has(key)) &&
    fm.places.every((key) => registries.places.has(key)) &&
    fm.people.every((key) => registries.people.has(key)) &&
    fm.topics.every((key) => registries.topics.has(key))
  );
}

function slugOf(path: string): { slug?: string; problem?: ContentProblem } {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (path.endsWith('/') || !name.endsWith('.md')) {
    return {
      problem: {
        file: path,
        message: 'Only Markdown files ending in .md belong in the live folder (no sub-folders); this would not be published.',
        fix: 'Rename it to end in .md if it is a live page, or move it out of content/live/.',
        severity: 'error',
      },
    };
  }
  const slug = name.slice(0, -'.md'.length);
  if (KEY_PATTERN.test(slug)) return { slug };
  return {
    problem: {
      file: path,
      message: `"${name}" is not a valid file name: the name becomes the address /live/<name>, so it may use only lowercase letters a-z, digits and single hyphens.`,
      fix: `Rename the file using lowercase letters, digits and hyphens, for example "${slug.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'live-page'}.md".`,
      severity: 'error',
    },
  };
}

/**
 * Parses and validates one live file: its front matter (every problem, with
 * lines and "did you mean"), every entry, and the rules between entries.
 */
export function parseLiveFile(file: { path: string; text: string }, { registries, declaredKeys }: Registered): ParsedLiveFile {
  const { slug, problem } = slugOf(file.path);
  const problems: ContentProblem[] = problem ? [problem] : [];
  if (problem && !file.path.endsWith('.md')) return { kind: 'live', problems };
  const source = parseSource(file.text, file.path);
  if (source.problems.length > 0) return { kind: 'live', problems: [...problems, ...source.problems] };
  const notFields = notAFieldMap(source.data, file.path, 'title, dek, summary, published, status, authors...');
  if (notFields) return { kind: 'live', problems: [...problems, notFields] };
  const schema = liveSchema(declaredKeys);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    problems.push(...issuesToProblems(result.error.issues, { file: file.path, lineOf: source.lineOf, help: LIVE_FIELD_HELP, schema }));
  }
  const split = splitLiveBody(source.body, source.bodyStartLine, file.path);
  problems.push(...split.problems);
  const parsedEntries = split.entries.map((raw, index) => parseEntry(raw, index, file.path));
  parsedEntries.forEach((parsed) => problems.push(...parsed.problems));
  problems.push(...liveTextProblems(file.path, source, result.success ? result.data : undefined));
  // Arabic text belongs in the Arabic edition (content/ar/live/), not in the English one.
  problems.push(...liveScriptProblems(file.path, source.lineOf, split.entries, result.success ? result.data : undefined, 'latin'));
  const entries = parsedEntries.flatMap((parsed) => (parsed.entry ? [parsed.entry] : []));
  const checkable = parsedEntries.flatMap((parsed, index) => (parsed.checkable ? [{ entry: parsed.checkable, index }] : []));
  if (result.success) problems.push(...checkEntries(checkable, result.data.published, file.path));
  if (result.success) problems.push(...correctionDateProblems({ file: file.path, fm: result.data, lineOf: source.lineOf }));
  if (!result.success || !slug || entries.length !== split.entries.length || !usesOnlyValidKeys(result.data, usableRegistries(result.data, { registries, declaredKeys }))) {
    return { kind: 'live', problems };
  }
  if (problems.some((p) => p.severity === 'error')) return { kind: 'live', problems };
  const fm = result.data;
  const field = (path: FieldPath, text: string): StyledText => ({ text, line: source.lineOf(path), field: formatFieldPath(path) });
  // House style: our words in the front matter and each entry's text (headings and attributes are not prose).
  const texts = [
    field(['title'], fm.title),
    field(['dek'], fm.dek),
    field(['summary'], fm.summary),
    ...split.entries.flatMap((raw) => [
      ...(raw.title ? [{ text: raw.title, line: raw.line }] : []),
      ...articleTexts([], raw.body, raw.bodyLine),
    ]),
    ...fm.figures.map((figure, i) => field(['figures', i, 'scope'], figure.scope)),
    ...fm.corrections.map((correction, i) => field(['corrections', i, 'text'], correction.text)),
  ];
  problems.push(...houseStyleProblems(file.path, texts, spellingsOf(registries)));
  return {
    kind: 'live',
    problems,
    valid: {
      slug,
      revision: createHash('sha1').update(file.text).digest('hex'),
      frontMatter: fm,
      entries,
      lines: fieldLines(source.data, source.lineOf),
      images: parsedEntries.flatMap((parsed) => parsed.images),
    },
  };
}

/** Builds a `LivePage` from a valid parse. */
export function buildLivePage(path: string, valid: NonNullable<ParsedLiveFile['valid']>, registries: Registries): LivePage {
  const fm = valid.frontMatter;
  const resolve = <T,>(keys: readonly string[], registry: ReadonlyMap<string, T>) => keys.map((key) => registry.get(key)!);
  return {
    slug: valid.slug,
    path: livePath(valid.slug),
    file: path,
    revision: valid.revision,
    title: fm.title,
    dek: fm.dek,
    summary: fm.summary,
    published: fm.published,
    status: fm.status,
    authors: resolve(fm.authors, registries.authors),
    places: resolve(fm.places, registries.places),
    people: resolve(fm.people, registries.people),
    topics: resolve(fm.topics, registries.topics),
    sources: fm.sources,
    figures: fm.figures,
    corrections: oldestFirst(fm.corrections),
    draft: fm.draft,
    entries: valid.entries,
  };
}
