import { createHash } from 'node:crypto';
import { arabicLiveSchema, ARABIC_LIVE_FIELD_HELP, type ArabicLiveFrontMatter } from './arabic-live-schema';
import { fieldLines, type FieldLines } from './field-lines';
import { parseSource, notAFieldMap } from './front-matter';
import { splitLiveBody } from './live-entries';
import { checkEntries, liveScriptProblems, liveTextProblems, parseEntry, type LiveEntry } from './live-page';
import type { BodyReference } from './body-references';
import type { ContentProblem } from './problems';
import { KEY_PATTERN, type DeclaredKeys } from './registries';
import { formatFieldPath, issuesToProblems } from './zod-problems';

/** What one Arabic live file yields; stored in the content index like a live file's result. */
export type ParsedArabicLiveFile = {
  kind: 'arabic-live';
  problems: ContentProblem[];
  valid?: { slug: string; revision: string; frontMatter: ArabicLiveFrontMatter; entries: LiveEntry[]; lines: FieldLines; images: BodyReference[] };
};

const INHERITED = new Set(['published', 'status']);

function fileProblem(file: string, message: string, fix: string): ContentProblem {
  return { file, message, fix, severity: 'error' };
}

/**
 * Parses and validates one Arabic live file (`content/ar/live/<slug>.md`):
 * its front matter and every entry, with the same rigour as an English live
 * page, plus text in the wrong script (title, dek and entry titles: errors;
 * summary, figure scopes and entry text: warnings). Checks against the
 * English page are in arabic-live-checks.ts, once every file is parsed.
 */
export function parseArabicLiveFile(file: { path: string; text: string }, { declaredKeys }: { declaredKeys: DeclaredKeys }): ParsedArabicLiveFile {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (file.path.endsWith('/') || !name.endsWith('.md')) {
    return {
      kind: 'arabic-live',
      problems: [
        fileProblem(
          file.path,
          'Only Arabic live files ending in .md belong in content/ar/live/; this would not be published.',
          "Name the file after the English live page's file (content/ar/live/<english-slug>.md), or move it out.",
        ),
      ],
    };
  }
  const slug = name.slice(0, -'.md'.length);
  const problems: ContentProblem[] = [];
  if (!KEY_PATTERN.test(slug)) {
    problems.push(fileProblem(file.path, `"${name}" is not a valid file name: an Arabic live page is named after its English live page.`, 'Rename it to the English file name, e.g. battle-for-tripoli-first-days.md.'));
  }
  const source = parseSource(file.text, file.path);
  if (source.problems.length > 0) return { kind: 'arabic-live', problems: [...problems, ...source.problems] };
  const notFields = notAFieldMap(source.data, file.path, 'translation_of, title, dek, summary, translated, then the keys copied from the English page.');
  if (notFields) return { kind: 'arabic-live', problems: [...problems, notFields] };
  const schema = arabicLiveSchema(declaredKeys);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error.issues, { file: file.path, lineOf: source.lineOf, help: ARABIC_LIVE_FIELD_HELP, schema }).map((problem) =>
        problem.field && INHERITED.has(problem.field)
          ? { ...problem, fix: `Remove it: an Arabic live page's ${problem.field} is the English page's (content/live/${slug}.md).` }
          : problem,
      ),
    );
  }
  const split = splitLiveBody(source.body, source.bodyStartLine, file.path);
  problems.push(...split.problems);
  const parsedEntries = split.entries.map((raw, index) => parseEntry(raw, index, file.path));
  parsedEntries.forEach((parsed) => problems.push(...parsed.problems));
  problems.push(...liveTextProblems(file.path, source, result.success ? result.data : undefined));
  const entries = parsedEntries.flatMap((parsed) => (parsed.entry ? [parsed.entry] : []));
  const checkable = parsedEntries.flatMap((parsed, index) => (parsed.checkable ? [{ entry: parsed.checkable, index }] : []));
  // Order, duplicates, one pin, sources no later than their entry; the start of coverage is the English page's.
  problems.push(...checkEntries(checkable, new Date(0), file.path));
  problems.push(...liveScriptProblems(file.path, source.lineOf, split.entries, result.success ? result.data : undefined, 'arabic'));
  if (!result.success) return { kind: 'arabic-live', problems };
  const fm = result.data;
  if (KEY_PATTERN.test(slug) && fm.translation_of !== slug) {
    problems.push({
      file: file.path,
      line: source.lineOf(['translation_of']),
      field: 'translation_of',
      message: `translation_of is "${fm.translation_of}" but the file is named ${name}: the file name must be the English live page's.`,
      fix: `Rename the file to ${fm.translation_of}.md, or set translation_of: ${slug}.`,
      severity: 'error',
    });
  }
  if (entries.length !== split.entries.length || problems.some((p) => p.severity === 'error')) return { kind: 'arabic-live', problems };
  return {
    kind: 'arabic-live',
    problems,
    valid: { slug, revision: createHash('sha1').update(file.text).digest('hex'), frontMatter: fm, entries, lines: fieldLines(source.data, source.lineOf), images: parsedEntries.flatMap((parsed) => parsed.images) },
  };
}
