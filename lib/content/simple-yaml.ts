/**
 * A fast reader for the plain, block-style YAML that nearly all front matter is written in:
 * `key: value` lines, lists of values or of groups of fields (`- publisher: …`), flow lists
 * of words (`[tripoli, gharyan]`, any script), plain, double- and single-quoted text, and
 * evenly indented folded blocks (`text: >-` and the lines under it). For such text it gives
 * exactly what `yaml` gives (the YAML 1.2 core schema), with the same lines. Front matter took a
 * check's worker 7.9 s per 5,000 bench stories with `yaml`, 1.4 s with this (decision 0026).
 *
 * It is not a second dialect: anything outside that subset (a tab, a comment after a value, any
 * other block scalar, an anchor, a repeated key, a value over two lines, an escape other than
 * \" and \\, a number in another notation, odd indentation…) returns undefined, and the
 * caller reads the text with `yaml`, which accepts or rejects it and explains why. A property
 * test holds it to `yaml` on generated documents and on every real front matter.
 */

type Node =
  | { kind: 'map'; line: number; entries: Map<string, { keyLine: number; value: Node }> }
  | { kind: 'seq'; line: number; items: Node[] }
  | { kind: 'scalar'; line: number; value: unknown };

/** A line with content: its number in the file, its indentation in spaces, its text without them. */
type Line = { number: number; indent: number; text: string; trailingSpace: boolean; comment: boolean };

/** Nesting beyond this is left to `yaml` (its own limit, MAX_YAML_DEPTH, is 16). */
const MAX_DEPTH = 8;

const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const NULL = /^(?:~|[Nn]ull|NULL)$/;
const TRUE = /^(?:[Tt]rue|TRUE)$/;
const FALSE = /^(?:[Ff]alse|FALSE)$/;
/** What a plain value may not start with (YAML indicators), quotes and `[` being read separately. */
const INDICATOR = /^[-?:,[\]{}#&*!|>'"%@`]/;
const FLOW_ITEM = /^[\p{L}\p{N}_][\p{L}\p{M}\p{N}_ ./-]*$/u;

class OutsideSubset extends Error {}
function outside(): never {
  throw new OutsideSubset();
}

/** A plain scalar's value under the core schema, as `yaml` resolves it. */
function resolvePlain(text: string): unknown {
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (INT.test(text)) return parseInt(text, 10);
  if (FLOAT.test(text) || FLOAT_EXP.test(text)) return parseFloat(text);
  // Other notations (0x1F, 0o17, .inf, .nan) are left to `yaml`.
  if (/^[-+]?\.|^0[xo]/.test(text)) outside();
  return text;
}

function plain(text: string): unknown {
  // A number may start with a sign (`longitude: -73.968`); other text may not start with an indicator.
  if (INT.test(text) || FLOAT.test(text) || FLOAT_EXP.test(text)) return resolvePlain(text);
  if (INDICATOR.test(text) || text.includes(': ') || text.includes(' #') || text.endsWith(':')) outside();
  return resolvePlain(text);
}

function doubleQuoted(text: string): string {
  if (text.length < 2 || !text.endsWith('"')) outside();
  const inner = text.slice(1, -1);
  let value = '';
  for (let i = 0; i < inner.length; i++) {
    const char = inner[i]!;
    if (char === '"') outside();
    if (char === '\\') {
      const next = inner[++i];
      if (next !== '"' && next !== '\\') outside();
      value += next;
    } else value += char;
  }
  return value;
}

function singleQuoted(text: string): string {
  if (text.length < 2 || !text.endsWith("'")) outside();
  const inner = text.slice(1, -1);
  if (inner.replace(/''/g, '').includes("'")) outside();
  return inner.replace(/''/g, "'");
}

function flowList(text: string, line: number): Node {
  if (!text.endsWith(']')) outside();
  const inner = text.slice(1, -1).trim();
  if (inner === '') return { kind: 'seq', line, items: [] };
  const items = inner.split(',').map((item): Node => {
    const word = item.trim();
    if (!FLOW_ITEM.test(word) || word.endsWith(' ') || word.includes(' #')) outside();
    return { kind: 'scalar', line, value: resolvePlain(word) };
  });
  return { kind: 'seq', line, items };
}

/** A value written on the same line as its key or dash. */
function inlineValue(text: string, line: number): Node {
  if (text.startsWith('"')) return { kind: 'scalar', line, value: doubleQuoted(text) };
  if (text.startsWith("'")) return { kind: 'scalar', line, value: singleQuoted(text) };
  if (text.startsWith('[')) return flowList(text, line);
  return { kind: 'scalar', line, value: plain(text) };
}

class Reader {
  private index = 0;
  constructor(private readonly lines: Line[]) {}

  get done(): boolean {
    return this.peek() === undefined;
  }

  /** The next line with content, past comment lines. */
  private peek(): Line | undefined {
    while (this.lines[this.index]?.comment) this.index++;
    return this.lines[this.index];
  }

  /** A group of fields whose keys stand at `indent`. */
  map(indent: number, depth: number): Node {
    if (depth > MAX_DEPTH) outside();
    const first = this.peek()!;
    const entries = new Map<string, { keyLine: number; value: Node }>();
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent) outside();
      const key = KEY.exec(line.text);
      if (!key || entries.has(key[1]!) || key[1] === '__proto__') outside();
      this.index++;
      const value =
        key[2] === undefined ? this.block(indent, line.number, depth) : key[2] === '>-' ? this.folded(indent, line.number) : inlineValue(key[2], line.number);
      entries.set(key[1]!, { keyLine: line.number, value });
    }
    return { kind: 'map', line: first.number, entries };
  }

  /** What follows a key with nothing after its colon: an indented group or list, or nothing (null). */
  private block(parentIndent: number, keyLine: number, depth: number): Node {
    const next = this.peek();
    if (!next || next.indent <= parentIndent) {
      // `key:` then a list at the key's own indentation is valid YAML, but not this subset.
      if (next && next.indent === parentIndent && next.text.startsWith('-')) outside();
      return { kind: 'scalar', line: keyLine, value: null };
    }
    return next.text.startsWith('- ') ? this.list(next.indent, depth + 1) : this.map(next.indent, depth + 1);
  }

  /**
   * A folded block (`>-`, how corrections are written): its lines, one indentation deeper than
   * the key and with no blank, comment or more-indented line among them, joined by spaces.
   */
  private folded(keyIndent: number, keyLine: number): Node {
    // Comment-like lines are content in a block: read without skipping them.
    const first = this.lines[this.index];
    if (!first || first.indent <= keyIndent) outside();
    const parts: string[] = [];
    let previous = keyLine;
    for (let line = this.lines[this.index]; line && line.indent > keyIndent; line = this.lines[this.index]) {
      // A gap in the numbers is a blank line, which is content here: `yaml` decides, as for a "#" line.
      if (line.comment || line.indent !== first!.indent || line.number !== previous + 1 || line.trailingSpace) outside();
      parts.push(line.text);
      previous = line.number;
      this.index++;
    }
    return { kind: 'scalar', line: keyLine, value: parts.join(' ') };
  }

  /** A list whose dashes stand at `indent`. */
  private list(indent: number, depth: number): Node {
    if (depth > MAX_DEPTH) outside();
    const first = this.peek()!;
    const items: Node[] = [];
    for (let line = this.peek(); line && line.indent >= indent; line = this.peek()) {
      if (line.indent > indent || !line.text.startsWith('- ')) outside();
      const content = line.text.slice(2);
      const gap = content.length - content.trimStart().length;
      const text = content.trimStart();
      if (text === '' || text.startsWith('-')) outside();
      if (KEY.test(text)) {
        // `- key: value`: a group of fields whose keys stand where this one does.
        this.lines[this.index] = { ...line, indent: indent + 2 + gap, text };
        items.push(this.map(indent + 2 + gap, depth + 1));
      } else {
        this.index++;
        items.push(inlineValue(text, line.number));
      }
    }
    return { kind: 'seq', line: first.number, items };
  }
}

function toData(node: Node): unknown {
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toData);
  const data: Record<string, unknown> = {};
  for (const [key, entry] of node.entries) data[key] = toData(entry.value);
  return data;
}

export type SimpleYaml = { data: unknown; lineOf: (path: readonly (string | number)[]) => number | undefined };

/**
 * The data and field lines of `text` if it is in the subset, else undefined. Lines count from
 * `firstLine`, as `parseYaml` counts them.
 */
export function parseSimpleYaml(text: string, firstLine = 1): SimpleYaml | undefined {
  // Tabs, and characters some YAML versions read as line breaks or that need escaping: `yaml` decides.
  if (/[\t\r\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(text)) return undefined;
  const lines: Line[] = [];
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const content = raw[i]!.trimEnd();
    const indent = /^ */.exec(content)![0].length;
    const body = content.slice(indent);
    // A line of spaces only is content in a block scalar before it ends: `yaml` decides.
    if (body === '' && raw[i] !== '') return undefined;
    if (body === '') continue;
    // Indentation is spaces only; other whitespace before the text is left to `yaml`.
    if (/^\s/.test(body) || /^(?:---|\.\.\.)/.test(content)) return undefined;
    lines.push({ number: i + firstLine, indent, text: body, trailingSpace: content.length !== raw[i]!.length, comment: body.startsWith('#') });
  }
  const first = lines.find((line) => !line.comment);
  if (!first || first.indent !== 0) return undefined;
  let root: Node;
  try {
    const reader = new Reader(lines);
    root = reader.map(0, 1);
    if (!reader.done) return undefined;
  } catch (error) {
    if (error instanceof OutsideSubset) return undefined;
    throw error;
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => {
    let node: Node | undefined = root;
    let line = root.line;
    for (const part of path) {
      if (node?.kind === 'map') {
        const entry = node.entries.get(String(part));
        if (!entry) break;
        line = entry.keyLine;
        node = entry.value;
      } else if (node?.kind === 'seq' && typeof part === 'number' && node.items[part]) {
        node = node.items[part];
        line = node.line;
      } else break;
    }
    return line;
  };
  return { data: toData(root), lineOf };
}
