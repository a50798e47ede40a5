import { createHash } from 'node:crypto';
import type { SourceFile, ParsedRegistries } from './build-content';
import { PLACEHOLDER, bodyCharacterProblem, topLevelHeadingProblems } from './checks';
import { fieldLines, type FieldLines } from './field-lines';
import { parseSource, notAFieldMap } from './front-matter';
import type { BodyReference } from './body-references';
import { bodyFacts } from './body-facts';
import type { ContentProblem } from './problems';
import { countWords } from './reading-time';
import { KEY_PATTERN } from './registries';
import { wrongScriptParagraphs, wrongScriptProblem } from './script-check';
import { TRANSLATION_FIELD_HELP, translationSchema, type TranslationFrontMatter } from './translation-schema';
import { formatFieldPath, issuesToProblems } from './zod-problems';

/** Where translations live, relative to the content folder. */
export const ARABIC_ARTICLES_FOLDER = 'ar/articles';

/** What one translation file yields; stored in the content index like an article's result. */
export type ParsedTranslationFile = {
  kind: 'translation';
  problems: ContentProblem[];
  valid?: {
    slug: string;
    revision: string;
    frontMatter: TranslationFrontMatter;
    wordCount: number;
    bodyStartLine: number;
    todoLine?: number;
    lines: FieldLines;
    /** Plain text of the body, for the Arabic full-text index. */
    searchText: string;
    /** The links and images in the body, checked with the rest of the content (images for alt text and a file, links for a page). */
    references: BodyReference[];
  };
};


function fileProblem(file: string, message: string, fix: string): ContentProblem {
  return { file, message, fix, severity: 'error' };
}

/**
 * Parses and validates one Arabic translation file: the same front-matter
 * rigour as an article (every problem, with its line and field), plus
 * text in the wrong script (title and dek: errors; other fields and body
 * paragraphs: warnings). Checks against the original are in
 * translation-checks.ts, once every file is parsed.
 */
export function parseTranslationFile(file: SourceFile, { declaredKeys }: Pick<ParsedRegistries, 'declaredKeys'>): ParsedTranslationFile {
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  if (file.path.endsWith('/') || !name.endsWith('.md')) {
    return {
      kind: 'translation',
      problems: [
        fileProblem(
          file.path,
          'Only translation files ending in .md belong in content/ar/articles/; this would not be published.',
          "Name the file after the English article's file (content/ar/articles/<english-slug>.md), or move it out.",
        ),
      ],
    };
  }
  const slug = name.slice(0, -'.md'.length);
  const problems: ContentProblem[] = [];
  if (!KEY_PATTERN.test(slug)) {
    problems.push(
      fileProblem(file.path, `"${name}" is not a valid file name: a translation is named after its English article.`, 'Rename it to the English file name, e.g. lna-takes-sirte.md.'),
    );
  }
  const source = parseSource(file.text, file.path);
  if (source.problems.length > 0) return { kind: 'translation', problems: [...problems, ...source.problems] };
  const notFields = notAFieldMap(source.data, file.path, 'translation_of, title, dek, translated, then the keys copied from the original.');
  if (notFields) return { kind: 'translation', problems: [...problems, notFields] };
  const schema = translationSchema(declaredKeys);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    const inherited = new Set(['published', 'updated', 'aliases']);
    problems.push(
      ...issuesToProblems(result.error.issues, { file: file.path, lineOf: source.lineOf, help: TRANSLATION_FIELD_HELP, schema }).map((problem) =>
        problem.field && inherited.has(problem.field)
          ? { ...problem, fix: `Remove it: a translation's ${problem.field} is its original's (it is published with content/articles/${slug}.md, never before).` }
          : problem,
      ),
    );
    return { kind: 'translation', problems };
  }
  const fm = result.data;
  if (KEY_PATTERN.test(slug) && fm.translation_of !== slug) {
    problems.push({
      file: file.path,
      line: source.lineOf(['translation_of']),
      field: 'translation_of',
      message: `translation_of is "${fm.translation_of}" but the file is named ${name}: the file name must be the English article's.`,
      fix: `Rename the file to ${fm.translation_of}.md, or set translation_of: ${slug}.`,
      severity: 'error',
    });
  }
  const scriptIssue = (path: (string | number)[], text: string | undefined, severity: ContentProblem['severity']) => {
    if (text === undefined) return;
    const problem = wrongScriptProblem(file.path, formatFieldPath(path), source.lineOf(path), text, 'arabic', severity);
    if (problem) problems.push(problem);
  };
  scriptIssue(['title'], fm.title, 'error');
  scriptIssue(['dek'], fm.dek, 'error');
  fm.figures.forEach((figure, index) => scriptIssue(['figures', index, 'scope'], figure.scope, 'warning'));
  fm.corrections.forEach((correction, index) => scriptIssue(['corrections', index, 'text'], correction.text, 'warning'));
  scriptIssue(['image', 'alt'], fm.image?.alt, 'warning');
  scriptIssue(['image', 'caption'], fm.image?.caption, 'warning');
  problems.push(...wrongScriptParagraphs(file.path, source.body, source.bodyStartLine, 'arabic'));
  const badCharacter = bodyCharacterProblem(file.path, source.body, source.bodyStartLine);
  if (badCharacter) problems.push(badCharacter);
  const body = bodyFacts(source.body, source.bodyStartLine);
  problems.push(...topLevelHeadingProblems(file.path, body.topLevelHeadingLines));
  if (problems.some((p) => p.severity === 'error')) return { kind: 'translation', problems };
  const searchText = body.plainText;
  const todoIndex = source.body.split('\n').findIndex((line) => PLACEHOLDER.test(line));
  return {
    kind: 'translation',
    problems,
    valid: {
      slug,
      revision: createHash('sha1').update(file.text).digest('hex'),
      frontMatter: fm,
      wordCount: countWords(searchText),
      bodyStartLine: source.bodyStartLine,
      todoLine: todoIndex === -1 ? undefined : source.bodyStartLine + todoIndex,
      lines: fieldLines(source.data, source.lineOf),
      searchText,
      references: body.references,
    },
  };
}
