import { LineCounter, isAlias, isCollection, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type YAMLError } from 'yaml';
import type { ContentProblem } from './problems';
import { parseSimpleYaml } from './simple-yaml';

export type FieldPath = readonly (string | number)[];

export type ParsedYaml = {
  /** Plain data (YAML 1.2 core schema: dates stay strings), or undefined if unreadable. */
  data: unknown;
  /** File line of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: FieldPath) => number | undefined;
  problems: ContentProblem[];
};

const YAML_GENERIC_FIX =
  'Check the indentation (spaces, not tabs), the colon after each field name, and wrap text that contains ": " or starts with a quote, [ or { in double quotes.';

const YAML_FIXES: Partial<Record<string, string>> = {
  DUPLICATE_KEY: 'Each field may appear only once here: delete or merge the repeated one.',
  TAB_AS_INDENT: 'Indent with spaces; YAML does not allow tabs.',
  MISSING_CHAR: 'Close the quote or bracket that was opened on this line or the one before.',
};

/** Deepest nesting of lists and groups of fields accepted; content needs four or five. */
export const MAX_YAML_DEPTH = 16;
/** Aliases (`*name`) a file may expand; a few hundred nested ones are a "billion laughs" attack. */
export const MAX_YAML_ALIASES = 100;

const NESTING_FIX =
  'Content needs only a few levels (a field, a list under it, fields in each item): remove the extra brackets or indentation.';
const ALIAS_FIX =
  'Write the values out in full instead of using &anchors and *aliases (they are not needed in articles or registries).';

type Node = { range?: [number, number, number] | null; items?: unknown[]; key?: unknown; value?: unknown };

/** The offset of the first node nested deeper than MAX_YAML_DEPTH, walked without recursion. */
function tooDeep(root: unknown): number | undefined {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (isPair(node)) {
      stack.push([node.key, depth], [node.value, depth]);
    } else if (isCollection(node)) {
      if (depth + 1 > MAX_YAML_DEPTH) return (node as Node).range?.[0] ?? 0;
      for (const item of node.items) stack.push([item, depth + 1]);
    }
  }
  return undefined;
}

/** The offset of the first alias in the document. */
function firstAlias(root: unknown): number | undefined {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) return node.range?.[0] ?? 0;
    if (isPair(node)) stack.push(node.value, node.key);
    else if (isCollection(node)) stack.push(...[...node.items].reverse());
  }
  return undefined;
}

/**
 * One syntax error per line. The parser reports the errors that follow from the first on the same
 * line (a tab used as indentation also gives "implicit keys need to be on a single line" and "need
 * to be followed by map values", whose fixes would mislead); the first, or the tab, is the cause.
 */
function firstErrorOfEachLine(errors: readonly YAMLError[]): YAMLError[] {
  const kept: YAMLError[] = [];
  const indexOfLine = new Map<number, number>();
  for (const error of errors) {
    const line = error.linePos?.[0].line;
    const index = line === undefined ? undefined : indexOfLine.get(line);
    if (index === undefined) {
      const added = kept.push(error) - 1;
      if (line !== undefined) indexOfLine.set(line, added);
    } else if (error.code === 'TAB_AS_INDENT') {
      kept[index] = error;
    }
  }
  return kept;
}

/**
 * Parses YAML keeping positions, so that every problem can name its line.
 * `firstLine` is the file line the YAML text starts on (2 for front matter).
 * Plain block-style text, nearly every file, is read by `parseSimpleYaml`, which gives the same
 * data and lines faster; anything else by `yaml` (`parseYamlDocument`).
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const simple = parseSimpleYaml(text, firstLine);
  return simple ? { ...simple, problems: [] } : parseYamlDocument(text, file, firstLine);
}

/** Parses YAML with `yaml`, keeping positions: what `parseYaml` gives for any text. */
export function parseYamlDocument(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    // No process warnings (e.g. for a list used as a key): problems are reported as content errors.
    logLevel: 'error',
  });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const problems: ContentProblem[] = firstErrorOfEachLine(doc.errors).map((error) => {
    const line = error.linePos ? error.linePos[0].line + firstLine - 1 : undefined;
    // The parser itself runs out of stack on absurdly deep brackets or indentation.
    if (/call stack/i.test(error.message)) {
      return { file, line, message: 'The YAML is nested far too deeply to read.', fix: NESTING_FIX, severity: 'error' };
    }
    return {
      file,
      line,
      message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
      fix: YAML_FIXES[error.code] ?? YAML_GENERIC_FIX,
      severity: 'error',
    };
  });
  const deep = problems.length === 0 ? tooDeep(doc.contents) : undefined;
  if (deep !== undefined) {
    problems.push({
      file,
      line: toFileLine(deep),
      message: `The YAML is nested more than ${MAX_YAML_DEPTH} levels deep.`,
      fix: NESTING_FIX,
      severity: 'error',
    });
  }

  /** Line of the key (or list item) at `path`, or of its nearest existing parent. */
  const lineOf = (path: FieldPath): number | undefined => {
    let node: unknown = doc.contents;
    let offset = doc.contents?.range?.[0];
    for (const part of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node) && typeof part === 'number' && node.items[part]) {
        node = node.items[part];
        offset = (node as { range?: [number] }).range?.[0] ?? offset;
      } else break;
    }
    return offset === undefined ? undefined : toFileLine(offset);
  };

  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
    } catch (error) {
      // `yaml` throws a ReferenceError when aliases expand beyond the limit.
      const offset = firstAlias(doc.contents);
      problems.push({
        file,
        line: offset === undefined ? firstLine : toFileLine(offset),
        message:
          error instanceof ReferenceError
            ? 'The YAML uses aliases (*name) that expand to far more data than the file holds (an "alias bomb").'
            : `The YAML could not be read (${(error as Error).message}).`,
        fix: error instanceof ReferenceError ? ALIAS_FIX : YAML_GENERIC_FIX,
        severity: 'error',
      });
    }
  }
  return { data, lineOf, problems };
}

