import type { ContentProblem } from './problems';

export type Script = 'arabic' | 'latin';

const ARABIC_LETTER = /^\p{Script=Arabic}$/u;
const LATIN_LETTER = /^\p{Script=Latin}$/u;

/**
 * Arabic and Latin letters in `text`, in one pass: ASCII is judged by its
 * code, and only other characters go through the Unicode script test
 * (a regular expression over every letter was most of a check's time).
 */
function scriptLetters(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) {
      const lower = code | 0x20;
      if (lower >= 0x61 && lower <= 0x7a) latin++;
    } else if (ARABIC_LETTER.test(char)) arabic++;
    else if (LATIN_LETTER.test(char)) latin++;
  }
  return { arabic, latin };
}

/** Letters short enough to be names or acronyms (UN, LNA, GNA) in either script are not judged. */
const MIN_LETTERS = 12;

/**
 * The script most of `text`'s letters are written in, or undefined when the
 * text is too short to judge or neither script has at least 2 in 3 letters.
 */
export function dominantScript(text: string): Script | undefined {
  const { arabic, latin } = scriptLetters(text);
  const letters = arabic + latin;
  if (letters < MIN_LETTERS) return undefined;
  if (arabic / letters >= 2 / 3) return 'arabic';
  if (latin / letters >= 2 / 3) return 'latin';
  return undefined;
}

const NAMES: Record<Script, string> = { arabic: 'Arabic', latin: 'English' };

/** Markdown that is not prose: code, link and image targets, HTML comments. */
function proseOf(paragraph: string): string {
  return paragraph
    .replace(/`[^`]*`/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/https?:\/\/\S+/g, '');
}

/**
 * A problem when a field of an edition in `expected` script is mostly in the
 * other script (an English title pasted into an Arabic file, or the reverse).
 */
export function wrongScriptProblem(
  file: string,
  field: string,
  line: number | undefined,
  text: string,
  expected: Script,
  severity: ContentProblem['severity'],
): ContentProblem | undefined {
  const found = dominantScript(proseOf(text));
  if (!found || found === expected) return undefined;
  return {
    file,
    line,
    field,
    message: `This ${NAMES[expected]}-edition text is mostly in ${NAMES[found]} letters ("${text.slice(0, 40)}${text.length > 40 ? '…' : ''}").`,
    fix:
      expected === 'arabic'
        ? 'Write it in Arabic (names of publications and quoted titles may stay in their own language).'
        : 'Write it in English; the Arabic text belongs in the translation, content/ar/articles/<slug>.md.',
    severity,
  };
}

/** Paragraphs of a Markdown body that are mostly in the wrong script (warnings; code blocks skipped). */
export function wrongScriptParagraphs(file: string, body: string, bodyStartLine: number, expected: Script): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const lines = body.split('\n');
  let fenced = false;
  let start = -1;
  const flush = (end: number) => {
    if (start === -1) return;
    const text = lines.slice(start, end).join(' ');
    const problem = wrongScriptProblem(file, 'body', bodyStartLine + start, text, expected, 'warning');
    if (problem) problems.push(problem);
    start = -1;
  };
  lines.forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) {
      flush(index);
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    if (line.trim() === '') flush(index);
    else if (start === -1) start = index;
  });
  flush(lines.length);
  return problems;
}
