import type { FieldPath } from './yaml';
import { formatFieldPath } from './zod-problems';

/**
 * File line of every field and list item, as one string of `\n<path>\t<line>`
 * entries (paths formatted like "sources[1].date"), ending in `\n`. One string,
 * not an object of a property per path: a server start revives the lines of
 * every stored article and holds them through the cross-article checks, and
 * at 100,000 articles the objects took about 90 MB (docs/decisions/0022-server-memory.md).
 */
export type FieldLines = string;

/**
 * Records the line of every path in `data`, so that the lines survive being
 * stored (the YAML document they come from does not).
 */
export function fieldLines(data: unknown, lineOf: (path: FieldPath) => number | undefined): FieldLines {
  const entries: string[] = [];
  const visit = (value: unknown, path: (string | number)[]) => {
    const line = lineOf(path);
    if (line !== undefined) entries.push(`${formatFieldPath(path)}\t${line}`);
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return entries.length ? `\n${entries.join('\n')}\n` : '';
}

/** The recorded line of exactly `formatted`, if any. */
function recordedLine(lines: FieldLines, formatted: string): number | undefined {
  const entry = `\n${formatted}\t`;
  const at = lines.indexOf(entry);
  return at === -1 ? undefined : Number.parseInt(lines.slice(at + entry.length, lines.indexOf('\n', at + entry.length)), 10);
}

/** A `lineOf` over stored lines: the line of `path`, or of its nearest recorded parent. */
export function lineLookup(lines: FieldLines): (path: FieldPath) => number | undefined {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const line = recordedLine(lines, formatFieldPath(path.slice(0, length)));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}
