import type { FieldPath } from './yaml';
import { formatFieldPath } from './zod-problems';

/** File line of every field and list item, by formatted path ("sources[1].date"). */
export type FieldLines = Record<string, number>;

/**
 * Records the line of every path in `data`, so that the lines survive being
 * stored (the YAML document they come from does not).
 */
export function fieldLines(data: unknown, lineOf: (path: FieldPath) => number | undefined): FieldLines {
  const lines: FieldLines = {};
  const visit = (value: unknown, path: (string | number)[]) => {
    const line = lineOf(path);
    if (line !== undefined) lines[formatFieldPath(path)] = line;
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(data, []);
  return lines;
}

/** A `lineOf` over stored lines: the line of `path`, or of its nearest recorded parent. */
export function lineLookup(lines: FieldLines): (path: FieldPath) => number | undefined {
  return (path) => {
    for (let length = path.length; length >= 0; length--) {
      const line = lines[formatFieldPath(path.slice(0, length))];
      if (line !== undefined) return line;
    }
    return undefined;
  };
}
