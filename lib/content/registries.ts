import { z } from 'zod';
import type { ContentProblem } from './problems';
import { formatFieldPath, issuesToProblems, type FieldHelp } from './zod-problems';
import { TEXT_LIMITS, limitedList, textField } from './text-field';
import { parseYaml, type FieldPath } from './yaml';
import { wrongScriptProblem } from './script-check';

export const REGISTRY_KINDS = ['authors', 'places', 'people', 'topics'] as const;
export type RegistryKind = (typeof REGISTRY_KINDS)[number];

export const KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The index pages of a registry live at /<kind>/page/<n>, so no entry may be called `page`. */
const RESERVED_KEY = 'page';

/** A bio is a short paragraph, not an essay: it sits under the author's name. */
export const AUTHOR_BIO_MAX = 600;
export const AUTHOR_KINDS = ['person', 'organization'] as const;
const entryFields = {
  name: textField(TEXT_LIMITS.line),
  description: textField(TEXT_LIMITS.paragraph).optional(),
  aliases: limitedList(textField(TEXT_LIMITS.line)).default([]),
  /** The Arabic edition's name, as Libyan media write it (required for keys an Arabic translation uses). */
  name_ar: textField(TEXT_LIMITS.line).optional(),
  /** Other Arabic spellings, folded together by Arabic search. */
  aliases_ar: limitedList(textField(TEXT_LIMITS.line)).optional(),
  description_ar: textField(TEXT_LIMITS.paragraph).optional(),
};

const entrySchemas = {
  authors: z.strictObject({
    ...entryFields,
    url: z.url({ protocol: /^https$/ }).optional(),
    /** Who the author is, in a few sentences: shown on their page and in its Person JSON-LD. */
    bio: textField(AUTHOR_BIO_MAX).optional(),
    bio_ar: textField(AUTHOR_BIO_MAX).optional(),
    /** A byline may be a person or a desk (an organization); structured data says which. Unset means a person. */
    kind: z.enum(AUTHOR_KINDS).optional(),
  }),
  places: z.strictObject({
    ...entryFields,
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    approximate: z.boolean().default(false),
  }),
  people: z.strictObject(entryFields),
  topics: z.strictObject(entryFields),
};

type EntryOf<K extends RegistryKind> = z.infer<(typeof entrySchemas)[K]> & { key: string };
export type Author = EntryOf<'authors'>;
export type Place = EntryOf<'places'>;
export type Person = EntryOf<'people'>;
export type Topic = EntryOf<'topics'>;
/**
 * Every key each registry declares, including keys whose entries are
 * invalid; undefined for a registry that is missing or unreadable, whose
 * keys then cannot be checked (its own error says why).
 */
export type DeclaredKeys = Record<RegistryKind, ReadonlySet<string> | undefined>;

export type Registries = {
  authors: ReadonlyMap<string, Author>;
  places: ReadonlyMap<string, Place>;
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
};

const REGISTRY_FIELD_HELP: Record<string, FieldHelp> = {
  '': { expected: 'the fields of the entry (at least `name`), indented under its key', example: 'khalifa-hifter:\n        name: Khalifa Hifter' },
  name: { expected: 'the display name as text', example: 'name: Khalifa Hifter' },
  description: { expected: 'one paragraph of text', example: 'description: Commander of the Libyan National Army.' },
  aliases: { expected: 'a list of other spellings', example: 'aliases: [Haftar, Hafter]' },
  name_ar: { expected: 'the Arabic name as text', example: 'name_ar: خليفة حفتر' },
  aliases_ar: { expected: 'a list of other Arabic spellings', example: 'aliases_ar: [حفطر]' },
  description_ar: { expected: 'one paragraph of Arabic text', example: 'description_ar: قائد الجيش الوطني الليبي.' },
  bio_ar: { expected: `a short Arabic biography, at most ${AUTHOR_BIO_MAX} characters`, example: 'bio_ar: ...' },
  latitude: { expected: 'decimal degrees between -90 and 90', example: 'latitude: 32.887' },
  longitude: { expected: 'decimal degrees between -180 and 180', example: 'longitude: 13.191' },
  approximate: { expected: 'true or false', example: 'approximate: true' },
  url: { expected: 'a full web address starting with https://', example: 'url: https://example.org/profile' },
  bio: {
    expected: `a short biography as text, at most ${AUTHOR_BIO_MAX} characters`,
    example: 'bio: >-\n        Covered the battle for Tripoli from the city, 2019-2020.',
  },
  kind: { expected: `one of: ${AUTHOR_KINDS.join(', ')}`, example: 'kind: organization' },
};

const SINGULAR: Record<RegistryKind, string> = {
  authors: 'author',
  places: 'place',
  people: 'person',
  topics: 'topic',
};

export function singular(kind: RegistryKind): string {
  return SINGULAR[kind];
}

const EXAMPLES: Record<RegistryKind, string> = {
  authors: 'conflict-desk:\n  name: Conflict Desk staff',
  places: 'gharyan:\n  name: Gharyan\n  latitude: 32.170\n  longitude: 13.017',
  people: 'khalifa-hifter:\n  name: Khalifa Hifter\n  aliases: [Haftar, Hafter]',
  topics: 'tripoli-offensive:\n  name: Battle for Tripoli',
};

/**
 * What an invalid entry stands in as, so that the articles and timeline
 * events using it are still checked (and not silently dropped, which would
 * turn one registry error into misleading errors everywhere that links to
 * them). Content with the entry's error is never published, so the
 * stand-in never reaches a reader.
 */
function standInEntry(key: string, value: unknown) {
  const fields = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  const number = (field: unknown) => (typeof field === 'number' && Number.isFinite(field) ? field : 0);
  const text = (field: unknown) => (typeof field === 'string' && field.trim() ? field.trim() : key);
  return {
    key,
    name: text(fields.name),
    // A stand-in never reaches a reader (its registry's error blocks publishing); an Arabic name
    // keeps the translations that use it from each reporting a missing one.
    name_ar: text(fields.name_ar),
    aliases: [],
    latitude: number(fields.latitude),
    longitude: number(fields.longitude),
    approximate: true,
  };
}

/**
 * Parses one registry file (`content/<kind>.yml`): a map from key to entry.
 * A missing file is an error, not an empty registry, so that nothing that
 * refers to it silently loses its links. `null` is a file the reader could
 * not use (and already reported). An invalid entry is reported and kept
 * as a stand-in (see `standInEntry`).
 */
export function parseRegistry<K extends RegistryKind>(
  kind: K,
  file: string,
  source: string | undefined | null,
): { entries: Map<string, EntryOf<K>>; declaredKeys?: Set<string>; problems: ContentProblem[] } {
  const entries = new Map<string, EntryOf<K>>();
  const declaredKeys = new Set<string>();
  // Unreadable (a link, not UTF-8...): the reader reported it; its keys cannot be checked.
  if (source === null) return { entries, problems: [] };
  if (source === undefined) {
    return {
      entries,
      problems: [
        {
          file,
          message: `The ${kind} registry is missing.`,
          fix: `Create ${file} with one entry per ${SINGULAR[kind]}, for example:\n${EXAMPLES[kind]}`,
          severity: 'error',
        },
      ],
    };
  }

  const yaml = parseYaml(source, file);
  if (yaml.problems.length > 0) return { entries, problems: yaml.problems };
  const problems: ContentProblem[] = [];
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      file,
      line: 1,
      message: `Expected a map from ${SINGULAR[kind]} keys to entries.`,
      fix: `Write each entry as a key followed by its fields, for example:\n${EXAMPLES[kind]}`,
      severity: 'error',
    });
    return { entries, problems };
  }

  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!KEY_PATTERN.test(key)) {
      problems.push({
        file,
        line: yaml.lineOf([key]),
        field: key,
        message: `"${key}" is not a valid key: keys use lowercase letters a-z, digits and single hyphens.`,
        fix: `Rename the key, e.g. "${key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}", and update the articles that use it.`,
        severity: 'error',
      });
      continue;
    }
    if (key === RESERVED_KEY) {
      problems.push({
        file,
        line: yaml.lineOf([key]),
        field: key,
        message: `"${key}" cannot be a key: /${kind}/page/2 and onwards are the pages of the ${kind} index.`,
        fix: `Rename the key, e.g. "${key}-${singular(kind).toLowerCase().replace(/\W+/g, '-')}", and update the articles that use it.`,
        severity: 'error',
      });
      continue;
    }
    declaredKeys.add(key);
    const result = entrySchemas[kind].safeParse(value, { reportInput: true });
    if (result.success) {
      entries.set(key, { ...result.data, key } as EntryOf<K>);
      problems.push(...arabicFieldScriptProblems(file, key, result.data as Record<string, unknown>, yaml.lineOf));
    } else {
      entries.set(key, standInEntry(key, value) as unknown as EntryOf<K>);
      problems.push(...issuesToProblems(result.error.issues, {
          file,
          lineOf: yaml.lineOf,
          prefix: [key],
          schema: entrySchemas[kind],
          help: REGISTRY_FIELD_HELP,
        }),
      );
    }
  }
  return { entries, declaredKeys, problems };
}

/**
 * `registries` with stand-in entries for `keys` of every registry that
 * could not be read at all (a YAML syntax error, not UTF-8...: its declared
 * keys are undefined). Articles using such a registry are then still
 * built and checked, instead of vanishing and turning the registry's one
 * error into "no page" and timeline errors elsewhere. The registry's error
 * blocks publication, so no stand-in reaches a reader.
 */
export function withStandIns(
  registries: Registries,
  declaredKeys: DeclaredKeys,
  keys: Readonly<Record<RegistryKind, readonly string[]>>,
): Registries {
  const unreadable = REGISTRY_KINDS.filter((kind) => declaredKeys[kind] === undefined && keys[kind].length > 0);
  if (unreadable.length === 0) return registries;
  const completed = { ...registries } as Record<RegistryKind, ReadonlyMap<string, unknown>>;
  for (const kind of unreadable) {
    const map = new Map<string, unknown>(registries[kind]);
    for (const key of keys[kind]) if (!map.has(key)) map.set(key, standInEntry(key, {}));
    completed[kind] = map;
  }
  return completed as unknown as Registries;
}

/**
 * The registries a story (an article or a live page) is built with: an unreadable registry's keys
 * get stand-in entries, so its stories are still built and checked (the registry's own error
 * keeps anything from being published).
 */
export function usableRegistries(
  keys: { authors: readonly string[]; places: readonly string[]; dateline?: string; people: readonly string[]; topics: readonly string[] },
  { registries, declaredKeys }: { registries: Registries; declaredKeys: DeclaredKeys },
): Registries {
  return withStandIns(registries, declaredKeys, {
    authors: keys.authors,
    places: [...keys.places, ...(keys.dateline ? [keys.dateline] : [])],
    people: keys.people,
    topics: keys.topics,
  });
}

/**
 * The Arabic fields of an entry written in Latin letters: the Arabic edition shows them as they
 * are. A name is an error (it heads pages and bylines), the rest warn.
 */
function arabicFieldScriptProblems(file: string, key: string, entry: Record<string, unknown>, lineOf: (path: FieldPath) => number | undefined): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const check = (path: FieldPath, text: unknown, severity: ContentProblem['severity']) => {
    const problem = typeof text === 'string' ? wrongScriptProblem(file, formatFieldPath([key, ...path]), lineOf([key, ...path]), text, 'arabic', severity) : undefined;
    if (problem) problems.push(problem);
  };
  check(['name_ar'], entry.name_ar, 'error');
  check(['description_ar'], entry.description_ar, 'warning');
  check(['bio_ar'], entry.bio_ar, 'warning');
  (Array.isArray(entry.aliases_ar) ? entry.aliases_ar : []).forEach((alias, index) => check(['aliases_ar', index], alias, 'warning'));
  return problems;
}
