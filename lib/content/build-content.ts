import GithubSlugger from 'github-slugger';
import { buildArticle, compareNewestFirst, type Article } from './article';
import { ARTICLE_FIELD_HELP, articleSchema, type FrontMatter } from './article-schema';
import { bodyReferences } from './body-references';
import { checkArticles, type CheckedArticle } from './checks';
import { parseSource } from './front-matter';
import { isError, type ContentProblem } from './problems';
import { KEY_PATTERN, REGISTRY_KINDS, parseRegistry, withStandIns, type DeclaredKeys, type Registries } from './registries';
import { parseTimeline, type TimelineEvent } from './timeline';
import { issuesToProblems } from './zod-problems';

/** A file as read from disk; `path` is relative to the project root. */
export type SourceFile = { path: string; text: string };

export type ContentInput = {
  /** Every file found in the articles folder. */
  articleFiles: readonly SourceFile[];
  /** `content/<kind>.yml`, undefined when the file does not exist. */
  registryFiles: Readonly<Record<keyof Registries, MaybeFile>>;
  /** `content/timeline.yml`, optional. */
  timelineFile?: MaybeFile;
  /** Files under public/, as site paths ("/images/map.png"), for image checks. */
  publicFiles?: ReadonlySet<string>;
  /** Files that could not be read (links, pipes, too large, not UTF-8), each reported once. */
  readProblems?: readonly ContentProblem[];
};

/** A file that may not exist (`text` undefined) or could not be read (`null`, reported in readProblems). */
export type MaybeFile = { path: string; text: string | undefined | null };

export type Content = {
  /** Every valid article, drafts included, newest first. */
  articles: readonly Article[];
  registries: Registries;
  /** Key events, oldest first, each naming an article by slug. */
  timeline: readonly TimelineEvent[];
};

export type ContentResult = { content: Content; problems: ContentProblem[] };

/** File names follow the same rule as registry keys: lowercase a-z, digits, single hyphens. */
export const SLUG_PATTERN = KEY_PATTERN;

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function checkFileName(path: string): { slug?: string; problem?: ContentProblem } {
  if (path.endsWith('/')) {
    return {
      problem: {
        file: path,
        message: 'Sub-folders of the articles folder are not read; articles in it would not be published.',
        fix: 'Move the .md files directly into content/articles/ and remove the folder.',
        severity: 'error',
      },
    };
  }
  const name = fileName(path);
  if (!name.endsWith('.md')) {
    return {
      problem: {
        file: path,
        message: 'Only Markdown files ending in .md belong in the articles folder; this file would not be published.',
        fix: `Rename it to end in .md if it is an article, or move it out of the folder.`,
        severity: 'error',
      },
    };
  }
  const slug = name.slice(0, -'.md'.length);
  if (SLUG_PATTERN.test(slug)) return { slug };
  const suggested = new GithubSlugger()
    .slug(slug)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    problem: {
      file: path,
      message: `"${name}" is not a valid file name: the name becomes the address /articles/<name>, so it may use only lowercase letters a-z, digits and single hyphens.`,
      fix: `Rename the file to "${suggested || 'a-descriptive-slug'}.md".`,
      severity: 'error',
    },
  };
}

function usesOnlyValidKeys(fm: FrontMatter, registries: Registries): boolean {
  return (
    fm.authors.every((key) => registries.authors.has(key)) &&
    [...fm.places, ...(fm.dateline ? [fm.dateline] : [])].every((key) => registries.places.has(key)) &&
    fm.people.every((key) => registries.people.has(key)) &&
    fm.topics.every((key) => registries.topics.has(key))
  );
}

function parseArticle(file: SourceFile, slug: string, registries: Registries, declaredKeys: DeclaredKeys) {
  const source = parseSource(file.text, file.path);
  if (source.problems.length > 0) return { problems: source.problems };
  if (typeof source.data !== 'object' || source.data === null || Array.isArray(source.data)) {
    return {
      problems: [
        {
          file: file.path,
          line: 2,
          message: 'The front matter must be a list of fields ("name: value" lines).',
          fix: 'Write one field per line, for example "title: ...", "dek: ...", "published: ...".',
          severity: 'error' as const,
        },
      ],
    };
  }
  const schema = articleSchema(declaredKeys);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    const problems = issuesToProblems(result.error.issues, {
      file: file.path,
      lineOf: source.lineOf,
      help: ARTICLE_FIELD_HELP,
      schema,
    });
    return { problems };
  }
  // An article that uses a broken registry entry is not built; the registry's own error says why.
  const fm = result.data;
  const usable = withStandIns(registries, declaredKeys, {
    authors: fm.authors,
    places: [...fm.places, ...(fm.dateline ? [fm.dateline] : [])],
    people: fm.people,
    topics: fm.topics,
  });
  if (!usesOnlyValidKeys(fm, usable)) return { problems: [] };
  const article = buildArticle(slug, file.path, fm, source.body, usable);
  const checked: CheckedArticle = {
    article,
    body: source.body,
    bodyStartLine: source.bodyStartLine,
    references: bodyReferences(source.body, source.bodyStartLine),
    lineOf: source.lineOf,
  };
  return { checked, problems: [] };
}

/**
 * read → parse → validate → enrich, on files already in memory (pure, so
 * tests can feed it anything). Every problem in every file is collected;
 * `content` holds only the articles that are valid.
 */
export function buildContent(input: ContentInput): ContentResult {
  const problems: ContentProblem[] = [...(input.readProblems ?? [])];
  const parsed = REGISTRY_KINDS.map((kind) => {
    const { path, text } = input.registryFiles[kind];
    const result = parseRegistry(kind, path, text);
    problems.push(...result.problems);
    return [kind, result] as const;
  });
  const registries = Object.fromEntries(parsed.map(([kind, r]) => [kind, r.entries])) as unknown as Registries;
  // Keys whose entries are broken still count as known in articles: the
  // registry error is reported once, in the registry file, not in every article.
  const declaredKeys = Object.fromEntries(parsed.map(([kind, r]) => [kind, r.declaredKeys])) as unknown as DeclaredKeys;

  const checked: CheckedArticle[] = [];
  for (const file of input.articleFiles) {
    const { slug, problem } = checkFileName(file.path);
    if (problem) problems.push(problem);
    if (!file.path.endsWith('.md')) continue;
    const result = parseArticle(file, slug ?? '', registries, declaredKeys);
    problems.push(...result.problems);
    if (result.checked && slug) checked.push(result.checked);
  }
  problems.push(...checkArticles(checked, registries, input.publicFiles ?? new Set()));
  const articles = checked.map((item) => item.article).sort(compareNewestFirst);
  const timelineFile = input.timelineFile ?? { path: 'content/timeline.yml', text: undefined };
  const timeline = parseTimeline(timelineFile.path, timelineFile.text, new Set(articles.map((a) => a.slug)));
  problems.push(...timeline.problems);
  return { content: { articles, registries, timeline: timeline.events }, problems };
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some(isError);
}
