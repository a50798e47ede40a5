import { libyaDayKey } from '../dates';
import type { Article, Figure, Source } from './article';
import { DEK_WARNING_LENGTH } from './checks';
import { lineLookup } from './field-lines';
import type { ContentProblem } from './problems';
import type { Registries, RegistryKind } from './registries';
import { didYouMean } from './suggest';
import { sourceIdentity, sourcesKey } from './sources';
import { buildArabicArticle, type ArabicArticle } from './translation';
import type { ParsedTranslationFile } from './translation-file';
import type { TranslationFrontMatter } from './translation-schema';

type ValidTranslation = NonNullable<ParsedTranslationFile['valid']>;

export const figureIdentity = (f: Figure) => [f.metric, f.value, f.qualifier ?? '', libyaDayKey(f.as_of)].join('|');

/**
 * Why a translation is out of date: the original's latest update or
 * correction after `translated`, if any.
 */
export function outOfDateReason(original: Article, translated: Date): { since: Date; what: string } | undefined {
  const changes = [
    { date: original.updated ?? original.published, what: original.updated ? 'the original was updated' : 'the original was published' },
    ...original.corrections.map((c) => ({ date: c.date, what: 'the original was corrected' })),
  ].filter((change) => change.date.getTime() > translated.getTime());
  if (changes.length === 0) return undefined;
  const latest = changes.reduce((a, b) => (b.date > a.date ? b : a));
  return { since: latest.date, what: latest.what };
}

const KEY_FIELDS = ['authors', 'places', 'people', 'topics'] as const;

/** Keys the translation uses whose registry entry has no Arabic name. */
function missingArabicNames(fm: TranslationFrontMatter, registries: Registries): { kind: RegistryKind; key: string }[] {
  const used: { kind: RegistryKind; key: string }[] = [
    ...KEY_FIELDS.flatMap((kind) => fm[kind].map((key) => ({ kind, key }))),
    ...(fm.dateline ? [{ kind: 'places' as const, key: fm.dateline }] : []),
  ];
  const seen = new Set<string>();
  return used.filter(({ kind, key }) => {
    const id = `${kind}:${key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    const entry = registries[kind].get(key) as { name_ar?: string } | undefined;
    return entry !== undefined && !entry.name_ar;
  });
}

/**
 * Checks each valid translation against its original (once every file is
 * parsed) and builds the Arabic editions of those that pass. Errors: no such
 * original; a TODO left in a translation that is not a draft; a registry
 * entry without an Arabic name. Warnings: keys, figures or sources that
 * differ from the original's; a translation older than the original's
 * latest update or correction; a long dek.
 */
export function checkTranslations(
  translations: readonly { path: string; valid: ValidTranslation }[],
  originals: ReadonlyMap<string, Article>,
  registries: Registries,
  /** An original's sources (articles hold only their key): called only when the keys differ. */
  sourcesOf: (original: Article) => readonly Source[],
): { arabic: ArabicArticle[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const arabic: ArabicArticle[] = [];
  for (const { path: file, valid } of translations) {
    const fm = valid.frontMatter;
    const lineOf = lineLookup(valid.lines);
    const add = (problem: Omit<ContentProblem, 'file'>) => problems.push({ file, ...problem });
    const original = originals.get(fm.translation_of);
    if (!original) {
      add({
        line: lineOf(['translation_of']),
        field: 'translation_of',
        message: `No valid English article "${fm.translation_of}" in content/articles (the file is missing, or has errors of its own).`,
        fix: didYouMean(fm.translation_of, originals.keys()) || 'Set translation_of to the file name (without .md) of the English article this translates.',
        severity: 'error',
      });
      continue;
    }
    let blocked = false;
    if (!fm.draft) {
      const todo =
        (['title', 'dek'] as const).find((field) => /\bTODO\b/.test(fm[field])) ??
        (valid.todoLine !== undefined ? 'body' : undefined);
      if (todo) {
        blocked = true;
        add({
          line: todo === 'body' ? valid.todoLine : lineOf([todo]),
          field: todo,
          message: 'A TODO placeholder is still in a translation that is not a draft.',
          fix: 'Translate the text, or keep "draft: true" until the translation is finished.',
          severity: 'error',
        });
      }
    }
    if (fm.withdrawn_reason !== undefined && !original.withdrawn) {
      add({
        line: lineOf(['withdrawn_reason']),
        field: 'withdrawn_reason',
        message: `The English story is not withdrawn, so there is no withdrawal notice for this reason to appear on.`,
        fix: `Remove withdrawn_reason, or withdraw the story in ${original.file} (withdrawn: date and reason) first.`,
        severity: 'error',
      });
    }
    for (const { kind, key } of missingArabicNames(fm, registries)) {
      blocked = true;
      add({
        line: lineOf([kind === 'places' && fm.dateline === key && !fm.places.includes(key) ? 'dateline' : kind]),
        field: kind,
        message: `"${key}" has no Arabic name in content/${kind}.yml, so the Arabic page cannot show it.`,
        fix: `Add name_ar (the name as Libyan media write it) to "${key}" in content/${kind}.yml.`,
        severity: 'error',
      });
    }
    for (const field of KEY_FIELDS) {
      const mine = new Set(fm[field]);
      const theirs = new Set(original[field].map((entry) => entry.key));
      if (field === 'places') {
        // The original's places include its dateline; so may the translation's.
        if (fm.dateline) mine.add(fm.dateline);
      }
      const missing = [...theirs].filter((key) => !mine.has(key));
      const extra = [...mine].filter((key) => !theirs.has(key));
      if (missing.length === 0 && extra.length === 0) continue;
      add({
        line: lineOf([field]),
        field,
        message: `The ${field} differ from the original's${missing.length ? `: missing ${missing.join(', ')}` : ''}${extra.length ? `${missing.length ? ';' : ':'} not in the original: ${extra.join(', ')}` : ''}.`,
        fix: `Copy ${field} from ${original.file}.`,
        severity: 'warning',
      });
    }
    if ((fm.dateline ?? '') !== (original.dateline?.key ?? '')) {
      add({
        line: lineOf(['dateline']),
        field: 'dateline',
        message: `The dateline (${fm.dateline ?? 'none'}) differs from the original's (${original.dateline?.key ?? 'none'}).`,
        fix: `Copy dateline from ${original.file}.`,
        severity: 'warning',
      });
    }
    const compare = <T,>(field: 'figures' | 'sources', mine: readonly T[], theirs: readonly T[], identity: (item: T) => string, label: (item: T) => string) => {
      const their = new Set(theirs.map(identity));
      const my = new Set(mine.map(identity));
      mine.forEach((item, index) => {
        if (their.has(identity(item))) return;
        add({
          line: lineOf([field, index]),
          field: `${field}[${index}]`,
          message: `${label(item)} is not in the original.`,
          fix: `Copy ${field} from ${original.file} unchanged (only the Arabic text differs), or remove this one.`,
          severity: 'warning',
        });
      });
      for (const item of theirs) {
        if (my.has(identity(item))) continue;
        add({
          line: lineOf([field]),
          field,
          message: `${label(item)} is in the original but missing here.`,
          fix: `Copy it from ${original.file}.`,
          severity: 'warning',
        });
      }
    };
    compare('figures', fm.figures, original.figures, figureIdentity, (f) => `The figure ${f.metric} ${f.qualifier ? `${f.qualifier} ` : ''}${f.value} as of ${libyaDayKey(f.as_of)}`);
    if (sourcesKey(fm.sources) !== original.sourcesKey) {
      compare('sources', fm.sources, sourcesOf(original), sourceIdentity, (s) => `The source "${s.publisher}${s.title ? `: ${s.title}` : ''}"`);
    }
    const stale = outOfDateReason(original, fm.translated);
    if (stale) {
      add({
        line: lineOf(['translated']),
        field: 'translated',
        message: `Translation out of date since ${libyaDayKey(stale.since)}: ${stale.what} after this translation (translated ${libyaDayKey(fm.translated)}).`,
        fix: `Bring the Arabic text in line with ${original.file}, then set translated to the current Libya time.`,
        severity: 'warning',
      });
    }
    if (fm.dek.length > DEK_WARNING_LENGTH) {
      add({
        line: lineOf(['dek']),
        field: 'dek',
        message: `The dek is ${fm.dek.length} characters long; keep it under ${DEK_WARNING_LENGTH}.`,
        fix: 'Shorten it to one sentence.',
        severity: 'warning',
      });
    }
    if (!blocked) arabic.push(buildArabicArticle(original, file, fm, valid.wordCount, valid.revision));
  }
  return { arabic, problems };
}
