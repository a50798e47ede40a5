import matter from 'gray-matter';
import type { ContentProblem } from './problems';
import { parseYaml, type ParsedYaml } from './yaml';

export type ParsedSource = ParsedYaml & {
  /** Markdown after the front matter. */
  body: string;
  /** File line on which the body starts. */
  bodyStartLine: number;
};

/**
 * gray-matter hands the engine everything after the opening `---`, starting
 * with that line's newline, so YAML line 1 is file line 1.
 */
const FRONT_MATTER_FIRST_LINE = 1;

class DisabledEngineError extends Error {}
const refuse = () => {
  throw new DisabledEngineError();
};

/**
 * Splits a Markdown file into front matter and body with gray-matter.
 * Always passes an options object (gray-matter caches option-less calls, even
 * failed ones), reads YAML with positions, and refuses the `js`/`json` engines.
 * Accepts a byte-order mark and Windows (CRLF) line endings.
 */
export function parseSource(rawText: string, file: string): ParsedSource {
  const text = rawText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let yaml: ParsedYaml | undefined;
  const engines = {
    yaml: (frontMatter: string) => {
      yaml = parseYaml(frontMatter, file, FRONT_MATTER_FIRST_LINE);
      return {};
    },
    javascript: refuse,
    js: refuse,
    json: refuse,
  };

  const fail = (problem: Omit<ContentProblem, 'file' | 'severity'>): ParsedSource => ({
    data: undefined,
    body: '',
    bodyStartLine: 1,
    lineOf: () => undefined,
    problems: [{ file, severity: 'error', ...problem }],
  });

  const opening = /^---(.*)\n/.exec(text);
  if (opening && opening[1]!.trim() !== '' && opening[1]!.trim() !== 'yaml') {
    return fail({
      line: 1,
      message: `The front matter must be YAML ("${opening[1]!.trim()}" front matter is not accepted).`,
      fix: 'Make the first line exactly "---", with nothing after the dashes.',
    });
  }
  if (!opening) {
    return fail({
      line: 1,
      message: 'The file does not start with front matter.',
      fix: 'Make the first line exactly "---", then the fields (title, dek, published, authors, sources), then a line "---", then the article text.',
    });
  }
  if (!/\n---[ \t]*(\n|$)/.test(text.slice(opening[0].length - 1))) {
    return fail({
      line: 1,
      message: 'The front matter is never closed.',
      fix: 'Add a line containing only "---" after the last front-matter field, before the article text.',
    });
  }

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines, language: 'yaml' });
  } catch (error) {
    const reason = error instanceof DisabledEngineError ? 'this language is not accepted' : (error as Error).message;
    return fail({
      line: 1,
      message: `The front matter must be YAML (${reason}).`,
      fix: 'Make the first line exactly "---", with nothing after the dashes.',
    });
  }

  const body = parsed.content;
  const bodyStartLine = text.slice(0, text.length - body.length).split('\n').length;
  const frontMatter = yaml ?? parseYaml('', file, FRONT_MATTER_FIRST_LINE);
  return { ...frontMatter, data: frontMatter.data ?? (yaml ? undefined : {}), body, bodyStartLine };
}

/**
 * The error for front matter that is not a map of fields (a list, a lone
 * value), or undefined when it is one. `fields` names the fields to write
 * first, for the fix.
 */
export function notAFieldMap(data: unknown, file: string, fields: string): ContentProblem | undefined {
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) return undefined;
  return {
    file,
    line: 2,
    message: 'The front matter must be a list of fields ("name: value" lines).',
    fix: `Write one field per line: ${fields}`,
    severity: 'error',
  };
}
