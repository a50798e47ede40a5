import type { z } from 'zod';
import type { ContentProblem } from './problems';
import { closestMatch, didYouMean } from './suggest';
import type { FieldPath } from './yaml';

/** What a field holds, for messages: "a date-time such as 2019-04-05T21:40". */
export type FieldHelp = { expected: string; example?: string };

type Context = {
  file: string;
  lineOf: (path: FieldPath) => number | undefined;
  /** Path of the validated value inside the file (e.g. a registry key). */
  prefix?: FieldPath;
  /** Help by field name with list indexes dropped: `sources.date`. */
  help?: Readonly<Record<string, FieldHelp>>;
};

/** `sources[1].date` */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join('');
}

function helpKey(path: FieldPath): string {
  return path.filter((part) => typeof part === 'string').join('.');
}

function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value}"`;
  return String(value);
}

type Def = {
  type: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
};

/** The field names an object schema at `path` allows (for "did you mean"). */
export function allowedKeysAt(schema: z.ZodType, path: FieldPath): string[] {
  let def: Def | undefined = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const unwrap = (s: unknown) => (s as { _zod?: { def: Def } } | undefined)?._zod?.def;
  const remaining = [...path];
  while (def) {
    if (['optional', 'default', 'nullable', 'prefault', 'readonly'].includes(def.type)) def = unwrap(def.innerType);
    else if (def.type === 'pipe') def = unwrap(unwrap(def.in)?.type === 'transform' ? def.out : def.in);
    else if (remaining.length === 0) break;
    else if (def.type === 'object' && def.shape) def = unwrap(def.shape[String(remaining.shift())]);
    else if (def.type === 'array') {
      remaining.shift();
      def = unwrap(def.element);
    } else return [];
  }
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Turns zod issues into problems an editor can act on: the field, its line,
 * what was expected, what was found, and how to fix it.
 */
export function issuesToProblems(
  issues: readonly z.core.$ZodIssue[],
  context: Context & { schema: z.ZodType },
): ContentProblem[] {
  const { file, lineOf, prefix = [], help = {} } = context;
  const problems: ContentProblem[] = [];
  const add = (path: FieldPath, message: string, fix?: string) =>
    problems.push({
      file,
      line: lineOf([...prefix, ...path]),
      field: formatFieldPath([...prefix, ...path]) || undefined,
      message,
      fix,
      severity: 'error',
    });

  // A required field that is missing because its name is misspelt ("publised:") is reported once,
  // as the unknown field with its "Did you mean", not also as missing (on another line).
  const misspelt = new Set(
    issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const match = closestMatch(key, allowedKeysAt(context.schema, issue.path as FieldPath));
            return match ? [formatFieldPath([...(issue.path as FieldPath), match])] : [];
          })
        : [],
    ),
  );
  const missingButMisspelt = (path: FieldPath, input: unknown) => input === undefined && misspelt.has(formatFieldPath(path));

  for (const issue of issues) {
    const path = issue.path as FieldPath;
    if ((issue.code === 'invalid_type' || issue.code === 'invalid_value') && missingButMisspelt(path, (issue as { input?: unknown }).input)) continue;
    const fieldHelp = help[helpKey(path)];
    const expected = fieldHelp ? ` Expected ${fieldHelp.expected}.` : '';
    const example = fieldHelp?.example ? `Write it like this: ${fieldHelp.example}` : undefined;
    const input = (issue as { input?: unknown }).input;

    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          const allowed = allowedKeysAt(context.schema, path);
          const suggestion = didYouMean(key, allowed);
          add(
            [...path, key],
            `"${key}" is not a known field.`,
            suggestion || `Remove it, or use one of: ${allowed.join(', ')}.`,
          );
        }
        break;
      case 'invalid_type':
        if (input === undefined) add(path, `This field is required but missing.${expected}`, example);
        else add(path, `Found ${describeValue(input)}.${expected || ` Expected ${issue.expected}.`}`, example);
        break;
      case 'invalid_value': {
        const values = issue.values.map(String);
        if (input === undefined) {
          add(path, `This field is required but missing.${expected || ` Expected one of: ${values.join(', ')}.`}`, example);
          break;
        }
        add(
          path,
          `${describeValue(input)} is not allowed here. Use one of: ${values.join(', ')}.`,
          didYouMean(String(input), values) || undefined,
        );
        break;
      }
      case 'too_big':
        if (Array.isArray(input)) {
          add(path, `The list has ${input.length} items; at most ${String(issue.maximum)} are allowed.`, `Keep the ${String(issue.maximum)} that matter most.`);
          break;
        }
        if (typeof input === 'string') {
          add(path, `The text is ${input.length} characters long; the limit is ${String(issue.maximum)}.`, `Shorten it to at most ${String(issue.maximum)} characters.`);
          break;
        }
      // falls through
      case 'too_small':
        add(
          path,
          Array.isArray(input) && input.length === 0
            ? `The list is empty.${expected}`
            : `${describeValue(input)} is out of range (${issue.message.replace(/^Too (small|big): /, '')}).${expected}`,
          example,
        );
        break;
      case 'custom': {
        const params = (issue.params ?? {}) as { fix?: string };
        add(path, issue.message, params.fix ?? example);
        break;
      }
      default:
        add(path, `${describeValue(input)} is not valid.${expected || ` ${issue.message}.`}`, example);
    }
  }
  return problems;
}
