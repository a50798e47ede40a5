import { createHash } from 'node:crypto';
import { formatDateTime, toLibyaIso } from '../dates';
import type { ArabicLiveFrontMatter } from './arabic-live-schema';
import { lineLookup } from './field-lines';
import { oldestFirst, type Source } from './article';
import type { LivePage } from './live-page';
import type { ContentProblem } from './problems';
import type { Registries, RegistryKind } from './registries';
import { didYouMean } from './suggest';
import type { ParsedArabicLiveFile } from './arabic-live-file';
import { sourceIdentity } from './sources';
import { figureIdentity } from './translation-checks';

type ValidArabicLive = NonNullable<ParsedArabicLiveFile['valid']>;

/**
 * A live page's Arabic edition: shaped like the English page (so the same
 * helpers and components show it), with the Arabic texts and entries, and
 * the English page's start, status and draft state. `path` is
 * `/ar/live/<slug>`; `revision` changes with either file.
 */
export type ArabicLivePage = LivePage & { lang: 'ar'; originalPath: string; translated: Date };

export function arabicLivePath(slug: string): string {
  return `/ar/live/${slug}`;
}

const KEY_FIELDS = ['authors', 'places', 'people', 'topics'] as const;

/**
 * The newest change to the English page readers can see at `now`: its
 * latest due entry or a later correction, else the start of coverage
 * (scheduled entries count once they are due).
 */
export function latestChange(original: LivePage, now: Date): Date {
  const due = original.entries.filter((entry) => entry.time.getTime() <= now.getTime());
  const entry = due.at(-1)?.time ?? original.published;
  const corrected = original.corrections.at(-1)?.date;
  return corrected && corrected > entry && corrected.getTime() <= now.getTime() ? corrected : entry;
}

/**
 * Checks each valid Arabic live file against its English page and builds the
 * Arabic editions of those that pass. Errors: no such English page; a
 * registry entry without an Arabic name. Warnings: entries missing or extra
 * (by time), entries whose key/pinned differ, keys, figures or sources that
 * differ, and a translation older than the English page's latest due entry.
 * An extra entry is never shown; a missing one is simply not in Arabic yet.
 */
export function checkArabicLivePages(
  files: readonly { path: string; valid: ValidArabicLive }[],
  originals: ReadonlyMap<string, LivePage>,
  registries: Registries,
  now: Date = new Date(),
): { arabicLive: ArabicLivePage[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const arabicLive: ArabicLivePage[] = [];
  for (const { path: file, valid } of files) {
    const fm = valid.frontMatter;
    const lineOf = lineLookup(valid.lines);
    const add = (problem: Omit<ContentProblem, 'file'>) => problems.push({ file, ...problem });
    const original = originals.get(fm.translation_of);
    if (!original) {
      add({
        line: lineOf(['translation_of']),
        field: 'translation_of',
        message: `No valid English live page "${fm.translation_of}" in content/live (the file is missing, or has errors of its own).`,
        fix: didYouMean(fm.translation_of, originals.keys()) || 'Set translation_of to the file name (without .md) of the English live page this translates.',
        severity: 'error',
      });
      continue;
    }
    let blocked = false;
    for (const { kind, key } of missingArabicNames(fm, registries)) {
      blocked = true;
      add({
        line: lineOf([kind]),
        field: kind,
        message: `"${key}" has no Arabic name in content/${kind}.yml, so the Arabic page cannot show it.`,
        fix: `Add name_ar (the name as Libyan media write it) to "${key}" in content/${kind}.yml.`,
        severity: 'error',
      });
    }
    const english = new Map(original.entries.map((entry) => [entry.id, entry]));
    const mine = new Set(valid.entries.map((entry) => entry.id));
    valid.entries.forEach((entry, index) => {
      const theirs = english.get(entry.id);
      if (!theirs) {
        add({
          line: entry.line,
          field: `entries[${index}].time`,
          message: `The entry at ${formatDateTime(entry.time)} has no English entry at the same time in ${original.file}; it is not shown.`,
          fix: `Copy the entry time exactly from ${original.file}, or remove this entry.`,
          severity: 'warning',
        });
        return;
      }
      for (const flag of ['key', 'pinned'] as const) {
        if (entry[flag] === theirs[flag]) continue;
        add({
          line: entry.line,
          field: `entries[${index}].${flag}`,
          message: `The entry at ${formatDateTime(entry.time)} has ${flag}: ${entry[flag]}, the English entry ${flag}: ${theirs[flag]}.`,
          fix: `Copy the entry's attributes from ${original.file} (line ${theirs.line}).`,
          severity: 'warning',
        });
      }
      // An entry rests on the English entry's sources (docs/EDITING.md): the same ones, in any order.
      const sameSources = (list: readonly Source[]) => list.map(sourceIdentity).sort().join('\n');
      if (sameSources(entry.sources) !== sameSources(theirs.sources)) {
        add({
          line: entry.line,
          field: `entries[${index}].sources`,
          message: `The entry at ${formatDateTime(entry.time)} cites other sources than the English entry (${entry.sources.length} here, ${theirs.sources.length} there, or different values).`,
          fix: `Copy the entry's sources from ${original.file} (line ${theirs.line}) unchanged.`,
          severity: 'warning',
        });
      }
    });
    for (const entry of original.entries) {
      if (mine.has(entry.id)) continue;
      add({
        line: lineOf(['translated']),
        field: 'entries',
        message: `The English entry at ${formatDateTime(entry.time)} (${original.file}:${entry.line}) is not translated yet; the Arabic page leaves it out.`,
        fix: `Add "## ${toLibyaIso(entry.time).slice(0, 16)} | <Arabic title>" with its attributes and translated text, in time order.`,
        severity: 'warning',
      });
    }
    for (const field of KEY_FIELDS) {
      const ours = new Set(fm[field]);
      const theirs = new Set(original[field].map((entry) => entry.key));
      const missing = [...theirs].filter((key) => !ours.has(key));
      const extra = [...ours].filter((key) => !theirs.has(key));
      if (missing.length === 0 && extra.length === 0) continue;
      add({
        line: lineOf([field]),
        field,
        message: `The ${field} differ from the English page's${missing.length ? `: missing ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} not in the English page: ${extra.join(', ')}` : ''}.`,
        fix: `Copy ${field} from ${original.file}.`,
        severity: 'warning',
      });
    }
    const sameList = <T,>(field: 'figures' | 'sources', ours: readonly T[], theirs: readonly T[], identity: (item: T) => string) => {
      const a = ours.map(identity).sort().join('\n');
      const b = theirs.map(identity).sort().join('\n');
      if (a === b) return;
      add({
        line: lineOf([field]),
        field,
        message: `The ${field} differ from the English page's (${ours.length} here, ${theirs.length} there, or different values).`,
        fix: `Copy ${field} from ${original.file} unchanged (only the Arabic text differs).`,
        severity: 'warning',
      });
    };
    sameList('figures', fm.figures, original.figures, figureIdentity);
    sameList('sources', fm.sources, original.sources, sourceIdentity);
    const latest = latestChange(original, now);
    if (latest.getTime() > fm.translated.getTime()) {
      add({
        line: lineOf(['translated']),
        field: 'translated',
        message: `Translation out of date since ${formatDateTime(latest)}: the English page has a later entry or correction than this translation (translated ${formatDateTime(fm.translated)}).`,
        fix: `Translate the newer entries or corrections of ${original.file}, then set translated to the current Libya time.`,
        severity: 'warning',
      });
    }
    if (blocked) continue;
    const resolve = <T,>(keys: readonly string[], registry: ReadonlyMap<string, T>) => keys.flatMap((key) => registry.get(key) ?? []);
    arabicLive.push({
      ...original,
      lang: 'ar',
      path: arabicLivePath(original.slug),
      originalPath: original.path,
      file,
      revision: createHash('sha1').update(`${valid.revision}:${original.revision}`).digest('hex'),
      title: fm.title,
      dek: fm.dek,
      summary: fm.summary,
      translated: fm.translated,
      authors: resolve(fm.authors, registries.authors),
      places: resolve(fm.places, registries.places),
      people: resolve(fm.people, registries.people),
      topics: resolve(fm.topics, registries.topics),
      sources: fm.sources,
      figures: fm.figures,
      corrections: oldestFirst(fm.corrections),
      draft: original.draft || fm.draft,
      entries: valid.entries.filter((entry) => english.has(entry.id)),
    });
  }
  return { arabicLive, problems };
}

function missingArabicNames(fm: ArabicLiveFrontMatter, registries: Registries): { kind: RegistryKind; key: string }[] {
  return KEY_FIELDS.flatMap((kind) =>
    [...new Set(fm[kind])].flatMap((key) => {
      const entry = registries[kind].get(key) as { name_ar?: string } | undefined;
      return entry !== undefined && !entry.name_ar ? [{ kind, key }] : [];
    }),
  );
}
