import type { z } from 'zod';
import { parseSource } from '@/lib/content/front-matter';
import type { ContentProblem } from '@/lib/content/problems';
import type { DeclaredKeys } from '@/lib/content/registries';
import { issuesToProblems, type FieldHelp } from '@/lib/content/zod-problems';

/** The keys tests/unit/helpers.ts's REGISTRY_YAML declares. */
export const KNOWN_KEYS: DeclaredKeys = {
  authors: new Set(['conflict-desk']),
  places: new Set(['tripoli', 'gharyan']),
  people: new Set(['khalifa-hifter']),
  topics: new Set(['tripoli-offensive']),
};

/**
 * A front matter file made of `fields` (raw YAML values; a value starting
 * with a newline is a block; `undefined` leaves the field out).
 */
export function frontMatterText(fields: Record<string, string | undefined>): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => (value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`));
  return `---\n${lines.join('\n')}\n---\nBody.\n`;
}

/**
 * Checks `fields` against `schema` as the loaders do (parseSource, then
 * safeParse, then issuesToProblems with the file's help): the parsed data,
 * or the problems an editor is shown, with their file lines.
 */
export function checkFrontMatter<S extends z.ZodType>(
  schema: S,
  help: Readonly<Record<string, FieldHelp>>,
  fields: Record<string, string | undefined>,
  file = 'content/test.md',
): { text: string; data?: z.output<S>; problems: ContentProblem[] } {
  const text = frontMatterText(fields);
  const source = parseSource(text, file);
  if (source.problems.length > 0) throw new Error(`not valid YAML:\n${text}`);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { text, data: result.data, problems: [] };
  return { text, problems: issuesToProblems(result.error.issues, { file, lineOf: source.lineOf, help, schema }) };
}
