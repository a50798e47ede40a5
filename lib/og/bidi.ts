/**
 * Enough of the Unicode Bidirectional Algorithm (UAX #9) to draw one
 * right-to-left paragraph of news text: Arabic words right to left, and
 * Latin names, numbers (120,000, 20:15, 2510) and Latin phrases inside it
 * left to right, as a browser shows them. No explicit embeddings or
 * isolates (headlines have none), no bracket pairing: a neutral between
 * an Arabic and a Latin word takes the paragraph's direction (N2).
 */
type BidiType = 'R' | 'L' | 'EN' | 'CS' | 'ET' | 'NSM' | 'WS' | 'ON';

const RIGHT_TO_LEFT_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

function bidiType(char: string): BidiType {
  if (/\p{M}/u.test(char)) return 'NSM';
  if (/[0-9\u0660-\u0669\u06F0-\u06F9]/.test(char)) return 'EN';
  if (/[\u061B\u061F\u066B-\u066D\u06D4]/.test(char)) return 'R'; // Arabic punctuation of class AL
  if (/\p{L}/u.test(char)) return RIGHT_TO_LEFT_LETTER.test(char) ? 'R' : 'L';
  if (/[,.:/\u060C\u00A0]/.test(char)) return 'CS';
  if (/[%$€£#°+\-\u066A\u2212]/.test(char)) return 'ET';
  if (/\s/.test(char)) return 'WS';
  return 'ON';
}

const OPENING: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

/**
 * N0: a pair of brackets takes one direction, so "(UN Security Council)"
 * in Arabic text keeps its brackets round the Latin words: right-to-left
 * if the pair encloses right-to-left text, else the direction of the text
 * before it when that matches what it encloses, else right-to-left.
 */
function resolveBracketPairs(chars: readonly string[], types: BidiType[]): void {
  const open: { char: string; at: number }[] = [];
  const pairs: [number, number][] = [];
  chars.forEach((char, i) => {
    if (types[i] !== 'ON') return;
    if (OPENING[char]) open.push({ char, at: i });
    else if (Object.values(OPENING).includes(char)) {
      const match = open.findLastIndex((o) => OPENING[o.char] === char);
      if (match >= 0) {
        pairs.push([open[match]!.at, i]);
        open.length = match;
      }
    }
  });
  const strongOf = (t: BidiType) => (t === 'L' ? 'L' : t === 'R' || t === 'EN' ? 'R' : undefined);
  for (const [start, end] of pairs.sort((a, b) => a[0] - b[0])) {
    const inside = new Set(types.slice(start + 1, end).map(strongOf).filter(Boolean));
    if (inside.size === 0) continue;
    let direction: 'L' | 'R' = 'R';
    if (!inside.has('R')) {
      let before: 'L' | 'R' = 'R';
      for (let k = start - 1; k >= 0; k--) {
        const strong = strongOf(types[k]!);
        if (strong) {
          before = strong;
          break;
        }
      }
      direction = before;
    }
    types[start] = direction;
    types[end] = direction;
  }
}

/**
 * The embedding level of each character (code point) of a right-to-left
 * paragraph: 1 for right-to-left, 2 for left-to-right (Latin, numbers).
 */
export function bidiLevels(chars: readonly string[]): number[] {
  const types = chars.map(bidiType);
  // W1: a mark takes the type of the character it sits on.
  types.forEach((t, i) => {
    if (t === 'NSM') types[i] = i === 0 ? 'R' : types[i - 1]!;
  });
  // W4: one separator between two digits joins the number (120,000 — 20:15 — 1.5).
  for (let i = 1; i < types.length - 1; i++) {
    if (types[i] === 'CS' && types[i - 1] === 'EN' && types[i + 1] === 'EN') types[i] = 'EN';
  }
  // W5: a terminator (%, $, -) next to a number belongs to it.
  for (let i = 0; i < types.length; i++) {
    if (types[i] !== 'ET') continue;
    let end = i;
    while (end < types.length && types[end] === 'ET') end++;
    if (types[i - 1] === 'EN' || types[end] === 'EN') for (let k = i; k < end; k++) types[k] = 'EN';
    i = end - 1;
  }
  // W7: a number after Latin text is part of it (Resolution 2510).
  let strong: BidiType = 'R';
  types.forEach((t, i) => {
    if (t === 'L' || t === 'R') strong = t;
    else if (t === 'EN' && strong === 'L') types[i] = 'L';
  });
  resolveBracketPairs(chars, types);
  // N1/N2: neutrals between two runs of one direction take it (numbers count as
  // right-to-left); any other neutral takes the paragraph's (right-to-left).
  const direction = (t: BidiType | undefined) => (t === 'L' ? 'L' : t === 'R' || t === 'EN' || t === undefined ? 'R' : undefined);
  for (let i = 0; i < types.length; i++) {
    if (direction(types[i])) continue;
    let end = i;
    while (end < types.length && !direction(types[end])) end++;
    const before = direction(types[i - 1]);
    const after = end < types.length ? direction(types[end]) : 'R';
    const resolved = before === after ? before! : 'R';
    for (let k = i; k < end; k++) types[k] = resolved;
    i = end - 1;
  }
  return types.map((t) => (t === 'R' ? 1 : 2));
}

export type DirectionalRun = { text: string; rtl: boolean };

/**
 * One line's text as runs of one direction, in VISUAL order, left to right
 * (rule L2 with levels 1 and 2: the runs swap ends, each keeps its own
 * direction). Trailing spaces are dropped (L1).
 */
export function visualRuns(chars: readonly string[], levels: readonly number[]): DirectionalRun[] {
  let end = chars.length;
  while (end > 0 && /\s/.test(chars[end - 1]!)) end--;
  const runs: DirectionalRun[] = [];
  for (let i = 0; i < end; i++) {
    const rtl = levels[i] === 1;
    const last = runs.at(-1);
    if (last && last.rtl === rtl) last.text += chars[i];
    else runs.push({ text: chars[i]!, rtl });
  }
  return runs.reverse();
}
