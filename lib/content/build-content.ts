import { createHash } from 'node:crypto';
import { liveAddresses } from '../live-coverage';
import GithubSlugger from 'github-slugger';
import { articlePath, buildArticle, compareNewestFirst, heldFrontMatter, type Article, type HeldFrontMatter, type Source } from './article';
import { articleSources, sourcesInText } from './article-body';
import { ARTICLE_FIELD_HELP, articleSchema, type FrontMatter } from './article-schema';
import type { BodyReference } from './body-references';
import { closestMatch } from './suggest';
import { normalizePath } from './aliases';
import { sitePaths } from '../site-paths';
import { arabicSitePaths } from '../i18n/arabic-site-paths';
import { PLACEHOLDER, aliasTargets, bodyCharacterProblem, bodyImageProblems, checkArticles, unpublishedStoryProblem, withdrawnStories, type UnpublishedStories, headlineKey, linkProblem, ownImageProblems, sitePath, storyFileProblems, topLevelHeadingProblems, type CheckedArticle } from './checks';
import { fieldLines, lineLookup, type FieldLines } from './field-lines';
import { parseSource, notAFieldMap } from './front-matter';
import { articleHouseStyle, variantSpellings, type VariantSpelling } from './house-style';
import { bodyFacts } from './body-facts';
import { countWords } from './reading-time';
import { isError, type ContentProblem } from './problems';
import { buildLivePage, parseLiveFile, type LivePage, type ParsedLiveFile } from './live-page';
import { KEY_PATTERN, REGISTRY_KINDS, parseRegistry, usableRegistries, type DeclaredKeys, type Registries } from './registries';
import { parseTimeline, type TimelineEvent } from './timeline';
import { wrongScriptParagraphs, wrongScriptProblem } from './script-check';
import type { ArabicArticle } from './translation';
import { parseArabicLiveFile, type ParsedArabicLiveFile } from './arabic-live-file';
import { checkArabicLivePages, type ArabicLivePage } from './arabic-live-checks';
import { checkTranslations } from './translation-checks';
import { parseTranslationFile, type ParsedTranslationFile } from './translation-file';
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
  /** Every file found in the live folder (`content/live/`), optional. */
  liveFiles?: readonly SourceFile[];
  /** Every file found in the Arabic articles folder (`content/ar/articles/`), optional. */
  translationFiles?: readonly SourceFile[];
  /** Every file found in the Arabic live folder (`content/ar/live/`), optional. */
  arabicLiveFiles?: readonly SourceFile[];
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
  /** Every valid live page, drafts included, most recently started first. */
  live: readonly LivePage[];
  /** Every valid Arabic translation, drafts included, in the order of `articles`. */
  arabic: readonly ArabicArticle[];
  /** Every valid Arabic live page, drafts included, in the order of `live`. */
  arabicLive: readonly ArabicLivePage[];
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


/**
 * What one article file yields, in a form that can be stored and reused
 * while the file and the registries' keys stay the same (see
 * content-index.ts): its problems and, when valid, its front matter and what
 * the cross-article checks and the search index need from its body.
 */
export type ParsedArticleFile = {
  problems: ContentProblem[];
  valid?: {
    slug: string;
    /** Hash of the file's text: tells a publish which stories changed. */
    revision: string;
    frontMatter: HeldFrontMatter;
    wordCount: number;
    references: BodyReference[];
    bodyStartLine: number;
    /** File line of every front-matter field, by formatted path ("figures[1].as_of"); of `sources`, not of its items. */
    lines: FieldLines;
    /** Plain text of the body, for the full-text index. */
    searchText: string;
  };
};

/** Parses and validates one article file (registry keys are checked against `parsedRegistries`). */
export function parseArticleFile(file: SourceFile, { registries, declaredKeys }: ParsedRegistries): ParsedArticleFile {
  const { slug, problem } = checkFileName(file.path);
  const problems: ContentProblem[] = problem ? [problem] : [];
  if (!file.path.endsWith('.md')) return { problems };
  const source = parseSource(file.text, file.path);
  if (source.problems.length > 0) return { problems: [...problems, ...source.problems] };
  const notFields = notAFieldMap(source.data, file.path, 'for example "title: ...", "dek: ...", "published: ...".');
  if (notFields) return { problems: [...problems, notFields] };
  const schema = articleSchema(declaredKeys);
  const result = schema.safeParse(source.data, { reportInput: true });
  if (!result.success) {
    problems.push(
      ...issuesToProblems(result.error.issues, {
        file: file.path,
        lineOf: source.lineOf,
        help: ARTICLE_FIELD_HELP,
        schema,
      }),
    );
    return { problems };
  }
  // An article that uses a broken registry entry is not built; the registry's own error says why.
  if (!slug || !usesOnlyValidKeys(result.data, usableRegistries(result.data, { registries, declaredKeys }))) return { problems };
  const badCharacter = bodyCharacterProblem(file.path, source.body, source.bodyStartLine);
  if (badCharacter) problems.push(badCharacter);
  // Arabic text belongs in the translation (content/ar/articles/), not in the English edition.
  for (const field of ['title', 'dek'] as const) {
    const wrong = wrongScriptProblem(file.path, field, source.lineOf([field]), result.data[field], 'latin', 'error');
    if (wrong) problems.push(wrong);
  }
  problems.push(...wrongScriptParagraphs(file.path, source.body, source.bodyStartLine, 'latin'));
  problems.push(
    ...articleHouseStyle(file.path, result.data, source.lineOf, source.body, source.bodyStartLine, spellingsOf(registries)),
  );
  const body = bodyFacts(source.body, source.bodyStartLine);
  problems.push(...topLevelHeadingProblems(file.path, body.topLevelHeadingLines));
  const searchText = body.plainText;
  const todoIndex = source.body.split('\n').findIndex((line) => PLACEHOLDER.test(line));
  const todoLine = todoIndex === -1 ? undefined : source.bodyStartLine + todoIndex;
  problems.push(...storyFileProblems({ file: file.path, fm: result.data, todoLine, lineOf: source.lineOf }));
  return {
    problems,
    valid: {
      slug,
      revision: createHash('sha1').update(file.text).digest('hex'),
      frontMatter: heldFrontMatter(result.data),
      wordCount: countWords(searchText),
      references: body.references,
      bodyStartLine: source.bodyStartLine,
      // The lines of the sources' items are left out with the sources: only this file's own checks, run above, point at them.
      lines: fieldLines({ ...(source.data as object), sources: undefined }, source.lineOf),
      searchText,
    },
  };
}

const spellingCache = new WeakMap<Registries, VariantSpelling[]>();
function spellingsOf(registries: Registries): VariantSpelling[] {
  let spellings = spellingCache.get(registries);
  if (!spellings) spellingCache.set(registries, (spellings = variantSpellings(registries)));
  return spellings;
}

export type ParsedRegistries = {
  registries: Registries;
  /** Keys whose entries are broken still count as known in articles. */
  declaredKeys: DeclaredKeys;
  problems: ContentProblem[];
};

/** Parses the four registries. */
export function parseRegistries(files: ContentInput['registryFiles']): ParsedRegistries {
  const problems: ContentProblem[] = [];
  const parsed = REGISTRY_KINDS.map((kind) => {
    const { path, text } = files[kind];
    const result = parseRegistry(kind, path, text);
    problems.push(...result.problems);
    return [kind, result] as const;
  });
  const registries = Object.fromEntries(parsed.map(([kind, r]) => [kind, r.entries])) as unknown as Registries;
  // Keys whose entries are broken still count as known in articles: the
  // registry error is reported once, in the registry file, not in every article.
  const declaredKeys = Object.fromEntries(parsed.map(([kind, r]) => [kind, r.declaredKeys])) as unknown as DeclaredKeys;
  return { registries, declaredKeys, problems };
}

/**
 * An article file for assembleContent: its parse result, or (a reload of content that
 * `npm run publish` has already checked) the article a server built from the same file
 * under the same registries, reused as it is.
 */
export type ArticleSource = { path: string; parsed: ParsedArticleFile } | { path: string; article: Article };

/**
 * Puts parsed files together: builds the articles, runs the cross-article
 * checks (unless `articlesChecked`), reads the timeline. Pure; `buildContent`
 * and the content index share it.
 */
export function assembleContent(
  parsedRegistries: ParsedRegistries,
  parsedFiles: Iterable<ArticleSource>,
  timelineFile: MaybeFile = { path: 'content/timeline.yml', text: undefined },
  publicFiles: ReadonlySet<string> = new Set(),
  liveFiles: readonly { path: string; parsed: ParsedLiveFile }[] = [],
  translationFiles: readonly { path: string; parsed: ParsedTranslationFile }[] = [],
  arabicLiveFiles: readonly { path: string; parsed: ParsedArabicLiveFile }[] = [],
  /** The articles are exactly what passed the checks before (reused ones carry nothing to check). */
  articlesChecked = false,
  /** An article's sources, which it does not hold: read from its file unless the caller has the text. */
  sourcesOf: (article: Article) => readonly Source[] = articleSources,
): ContentResult {
  const { registries } = parsedRegistries;
  const problems: ContentProblem[] = [...parsedRegistries.problems];
  const checked: CheckedArticle[] = [];
  const reused: Article[] = [];
  // The address each story file with errors of its own would have: links to it are not wrong.
  const brokenStories = new Map<string, string>();
  for (const source of parsedFiles) {
    if ('article' in source) {
      reused.push(source.article);
      continue;
    }
    const { path, parsed } = source;
    problems.push(...parsed.problems);
    const valid = parsed.valid;
    if (!valid) {
      if (path.endsWith('.md')) brokenStories.set(articlePath(fileName(path).slice(0, -'.md'.length)), path);
      continue;
    }
    checked.push({
      article: buildArticle(valid.slug, path, valid.frontMatter, valid.wordCount, usableRegistries(valid.frontMatter, parsedRegistries), valid.revision),
      references: valid.references,
      bodyStartLine: valid.bodyStartLine,
      lineOf: lineLookup(valid.lines),
    });
  }
  // Images in the text of live pages and translations (articles': checkArticles), unless checked before.
  const checkImages = (path: string, references: readonly BodyReference[]) => {
    if (articlesChecked) return;
    for (const ref of references) if (ref.kind === 'image') problems.push(...bodyImageProblems(path, ref, publicFiles));
  };
  const live: LivePage[] = [];
  for (const { path, parsed } of liveFiles) {
    problems.push(...parsed.problems);
    if (!parsed.valid) continue;
    live.push(buildLivePage(path, parsed.valid, usableRegistries(parsed.valid.frontMatter, parsedRegistries)));
    checkImages(path, parsed.valid.images);
  }
  live.sort((a, b) => b.published.getTime() - a.published.getTime() || a.slug.localeCompare(b.slug));
  if (reused.length && !articlesChecked) throw new Error('Reused articles need content that was checked as it is (articlesChecked).');
  // For the cross-file checks only, which a version checked before skips.
  const unpublished: UnpublishedStories | undefined = articlesChecked ? undefined : { broken: brokenStories, withdrawn: withdrawnStories(checked.map((item) => item.article)) };
  if (unpublished) problems.push(...checkArticles(checked, registries, publicFiles, live, unpublished));
  if (!articlesChecked) problems.push(...liveHeadlineProblems(liveFiles, checked.map((item) => item.article)));
  const articles = [...reused, ...checked.map((item) => item.article)].sort(compareNewestFirst);
  const timeline = parseTimeline(timelineFile.path, timelineFile.text, new Map(articles.map((a) => [a.slug, a])), spellingsOf(registries));
  problems.push(...timeline.problems);
  const translations = translationFiles.flatMap(({ path, parsed }) => {
    problems.push(...parsed.problems);
    return parsed.valid ? [{ path, valid: parsed.valid }] : [];
  });
  const checkedTranslations = checkTranslations(translations, new Map(articles.map((a) => [a.slug, a])), registries, sourcesOf);
  problems.push(...checkedTranslations.problems);
  if (!articlesChecked) {
    for (const { path, valid } of translations) {
      problems.push(...ownImageProblems(path, valid.frontMatter.image, lineLookup(valid.lines), publicFiles));
      checkImages(path, valid.references);
    }
  }
  const order = new Map(articles.map((article, index) => [article.slug, index]));
  const arabic = checkedTranslations.arabic.sort((a, b) => order.get(a.slug)! - order.get(b.slug)!);
  const arabicLiveValid = arabicLiveFiles.flatMap(({ path, parsed }) => {
    problems.push(...parsed.problems);
    if (parsed.valid) checkImages(path, parsed.valid.images);
    return parsed.valid ? [{ path, valid: parsed.valid }] : [];
  });
  const checkedLive = checkArabicLivePages(arabicLiveValid, new Map(live.map((page) => [page.slug, page])), registries);
  problems.push(...checkedLive.problems);
  const liveOrder = new Map(live.map((page, index) => [page.slug, index]));
  const arabicLive = checkedLive.arabicLive.sort((a, b) => liveOrder.get(a.slug)! - liveOrder.get(b.slug)!);
  if (unpublished) problems.push(...translationLinkProblems(translations, { articles, arabic, live, arabicLive }, registries, publicFiles, unpublished));
  return { content: { articles, registries, timeline: timeline.events, live, arabic, arabicLive }, problems };
}

/**
 * Links in a translation's text to a page readers could not open. A story (`/ar/articles/<slug>`
 * with no translation, or `/articles/<slug>` that does not exist) gets a message of its own; any
 * other address must be a page of either edition (`sitePaths`, `arabicSitePaths`), checked like
 * an article's links. A published translation may link only to published pages.
 */
function translationLinkProblems(
  translations: readonly { path: string; valid: NonNullable<ParsedTranslationFile['valid']> }[],
  editions: { articles: readonly Article[]; arabic: readonly ArabicArticle[]; live: readonly LivePage[]; arabicLive: readonly ArabicLivePage[] },
  registries: Registries,
  publicFiles: ReadonlySet<string>,
  /** Stories that exist but are not published: links to them are warnings. */
  unpublished: UnpublishedStories,
): ContentProblem[] {
  const visible = <T extends { draft: boolean }>(list: readonly T[], draft: boolean) => list.filter((item) => draft || !item.draft);
  const storiesFor = (draft: boolean) => new Set([...visible(editions.arabic, draft), ...visible(editions.articles, draft)].map((story) => story.path));
  // Every page of both editions, worked out only for a translation that links to a page that is not a story.
  const pagesFor = (draft: boolean) =>
    new Set([
      ...sitePaths(visible(editions.articles, draft), registries),
      ...visible(editions.live, draft).flatMap(liveAddresses),
      ...arabicSitePaths(visible(editions.arabic, draft), registries, visible(editions.arabicLive, draft)),
    ]);
  const memo = <T>(make: (draft: boolean) => T) => {
    const made = new Map<boolean, T>();
    return (draft: boolean) => made.get(draft) ?? made.set(draft, make(draft)).get(draft)!;
  };
  const stories = memo(storiesFor);
  const pages = memo(pagesFor);
  const aliases = memo((draft: boolean) => aliasTargets(visible(editions.articles, draft)));
  const originalDraft = new Map(editions.articles.map((article) => [article.slug, article.draft]));
  return translations.flatMap(({ path, valid }) => {
    const draft = valid.frontMatter.draft || originalDraft.get(valid.frontMatter.translation_of) === true;
    return valid.references.flatMap((ref) => {
      const target = ref.kind === 'link' ? sitePath(ref.url) : undefined;
      if (!target) return [];
      // An old address of a story is left to linkProblem, which names the current one.
      if (/^\/(ar\/)?articles\/[^/]+$/.test(target) && !aliases(draft).has(normalizePath(target))) {
        if (stories(draft).has(target)) return [];
        const arabicTarget = target.startsWith('/ar/');
        // A story whose English file has errors of its own, or that was withdrawn: the link is not what is wrong.
        const unpublishedTarget = unpublishedStoryProblem(ref, arabicTarget ? target.slice('/ar'.length) : target, unpublished, (file) => `the story in ${file}`);
        if (unpublishedTarget) return [{ file: path, ...unpublishedTarget }];
        const suggestion = closestMatch(target, [...stories(draft)].filter((page) => page.startsWith(arabicTarget ? '/ar/' : '/articles/')));
        return [{
          file: path,
          line: ref.line,
          message: `The link to ${ref.url} points to no ${arabicTarget ? 'Arabic ' : ''}story on this site.`,
          fix: suggestion ? `Did you mean "${suggestion}"?` : 'Link to a story that exists: /ar/articles/<file name> for one with an Arabic edition, else /articles/<file name>.',
          severity: 'error' as const,
        }];
      }
      const problem = linkProblem(ref, pages(draft), aliases(draft), publicFiles);
      return problem ? [{ file: path, ...problem }] : [];
    });
  });
}

/** A live page whose headline is an article's or another live page's: readers and search engines could not tell them apart. */
function liveHeadlineProblems(liveFiles: readonly { path: string; parsed: ParsedLiveFile }[], articles: readonly Article[]): ContentProblem[] {
  const owners = new Map<string, string[]>();
  const own = (title: string, file: string) => owners.set(headlineKey(title), [...(owners.get(headlineKey(title)) ?? []), file]);
  for (const article of articles) own(article.title, article.file);
  for (const { path, parsed } of liveFiles) if (parsed.valid) own(parsed.valid.frontMatter.title, path);
  return liveFiles.flatMap(({ path, parsed }) => {
    if (!parsed.valid) return [];
    const others = (owners.get(headlineKey(parsed.valid.frontMatter.title)) ?? []).filter((file) => file !== path);
    if (others.length === 0) return [];
    return [{
      file: path,
      line: lineLookup(parsed.valid.lines)(['title']),
      field: 'title',
      message: `"${parsed.valid.frontMatter.title}" is also the headline of ${others.join(', ')}.`,
      fix: 'Give each story its own headline, so readers and search engines can tell them apart.',
      severity: 'error' as const,
    }];
  });
}

/**
 * read → parse → validate → enrich, on files already in memory (pure, so
 * tests can feed it anything). Every problem in every file is collected;
 * `content` holds only the articles that are valid.
 */
export function buildContent(input: ContentInput): ContentResult {
  const registries = parseRegistries(input.registryFiles);
  const parsedFiles = input.articleFiles.map((file) => ({ path: file.path, parsed: parseArticleFile(file, registries) }));
  const texts = new Map(input.articleFiles.map((file) => [file.path, file.text]));
  const liveFiles = (input.liveFiles ?? []).map((file) => ({ path: file.path, parsed: parseLiveFile(file, registries) }));
  const translationFiles = (input.translationFiles ?? []).map((file) => ({ path: file.path, parsed: parseTranslationFile(file, registries) }));
  const arabicLiveFiles = (input.arabicLiveFiles ?? []).map((file) => ({ path: file.path, parsed: parseArabicLiveFile(file, registries) }));
  const sourcesOf = (article: Article) => sourcesInText(texts.get(article.file) ?? '', article.file);
  const result = assembleContent(registries, parsedFiles, input.timelineFile, input.publicFiles, liveFiles, translationFiles, arabicLiveFiles, false, sourcesOf);
  return { ...result, problems: [...(input.readProblems ?? []), ...result.problems] };
}

export function hasErrors(problems: readonly ContentProblem[]): boolean {
  return problems.some(isError);
}
