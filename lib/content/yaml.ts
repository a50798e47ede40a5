import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { ContentProblem } from './problems';

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

/**
 * Parses YAML keeping positions, so that every problem can name its line.
 * `firstLine` is the file line the YAML text starts on (2 for front matter).
 */
export function parseYaml(text: string, file: string, firstLine = 1): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;

  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: error.linePos ? error.linePos[0].line + firstLine - 1 : undefined,
    message: `YAML syntax error: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}.`,
    fix: YAML_FIXES[error.code] ?? YAML_GENERIC_FIX,
    severity: 'error',
  }));

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

  const data = problems.length === 0 ? doc.toJS() : undefined;
  return { data, lineOf, problems };
}

