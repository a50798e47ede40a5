import { reservedPathReason } from '../reserved-paths';
import { liveAddresses } from '../live-coverage';
import { sitePaths } from '../site-paths';
import { site } from '../site';
import { normalizePath } from './aliases';
import type { Article } from './article';
import type { FrontMatter } from './article-schema';
import type { BodyReference } from './body-references';
import type { ContentProblem } from './problems';
import type { Registries } from './registries';
import { closestMatch } from './suggest';
import { knownAtPublicationProblems } from './known-at-publication';
import { libyaDayKey } from '../dates';
import { findForbiddenCharacter, forbiddenCharacterMessage } from './text-field';
import type { FieldPath } from './yaml';
import { formatFieldPath } from './zod-problems';

/** A valid article with what the cross-article checks need from its file. */
export type CheckedArticle = {
  article: Article;
  /** File line the body starts on. */
  bodyStartLine: number;
  references: readonly BodyReference[];
  lineOf: (path: FieldPath) => number | undefined;
};

export const DEK_WARNING_LENGTH = 200;
export const TITLE_WARNING_LENGTH = 110;
/** A placeholder left for the editor (any story's text or fields). */
export const PLACEHOLDER = /\bTODO\b/;

type Add = (item: CheckedArticle, problem: Omit<ContentProblem, 'file'>) => void;

/** What a story file's own checks read: its front matter, where its fields are, its first body line with a TODO. */
export type StoryFile = {
  file: string;
  fm: FrontMatter;
  /** File line of the first body line holding a TODO placeholder. */
  todoLine?: number;
  lineOf: (path: FieldPath) => number | undefined;
};

/** A headline as readers tell headlines apart: case, spacing and punctuation ("Sirte falls." / "Sirte falls") aside. */
export const headlineKey = (title: string) =>
  title.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

function checkDuplicateTitles(items: readonly CheckedArticle[], add: Add) {
  const byTitle = new Map<string, CheckedArticle[]>();
  for (const item of items) {
    const key = headlineKey(item.article.title);
    byTitle.set(key, [...(byTitle.get(key) ?? []), item]);
  }
  for (const group of byTitle.values()) {
    if (group.length < 2) continue;
    for (const item of group) {
      const others = group.filter((other) => other !== item).map((other) => other.article.file);
      add(item, {
        line: item.lineOf(['title']),
        field: 'title',
        message: `"${item.article.title}" is also the headline of ${others.join(', ')}.`,
        fix: 'Give each story its own headline, so readers and search engines can tell them apart.',
        severity: 'error',
      });
    }
  }
}

function checkAliases(items: readonly CheckedArticle[], pages: ReadonlySet<string>, publicFiles: ReadonlySet<string>, add: Add) {
  const owners = new Map<string, CheckedArticle[]>();
  for (const item of items) {
    for (const alias of item.article.aliases) {
      const key = normalizePath(alias);
      owners.set(key, [...(owners.get(key) ?? []), item]);
    }
  }
  for (const item of items) {
    item.article.aliases.forEach((alias, index) => {
      const key = normalizePath(alias);
      const where = { line: item.lineOf(['aliases', index]), field: `aliases[${index}]`, severity: 'error' as const };
      const reserved = reservedPathReason(alias, publicFiles);
      if (pages.has(key)) {
        add(item, {
          ...where,
          message: `The alias ${alias} is the address of a page that exists, so it cannot redirect.`,
          fix: 'Remove it: an alias is an old address that no longer has a page of its own.',
        });
      } else if (reserved) {
        add(item, {
          ...where,
          message: `The alias ${alias} cannot redirect: ${reserved}.`,
          fix: 'Remove it: an alias is an old address of this article, such as /articles/old-file-name.',
        });
      } else if (owners.get(key)!.length > 1) {
        const others = [...new Set(owners.get(key)!.map((other) => other.article.file))];
        add(item, {
          ...where,
          message: `The alias ${alias} is claimed more than once (${others.join(', ')}).`,
          fix: 'Keep it on the one article the old address belonged to.',
        });
      }
    });
  }
}

/** The site path a URL points to (query and fragment dropped), or undefined if it is elsewhere. */
export function sitePath(url: string): string | undefined {
  const local = url.startsWith('/') && !url.startsWith('//') ? url : url.startsWith(`${site.url}/`) ? url.slice(site.url.length) : undefined;
  if (local === undefined) return undefined;
  const path = local.replace(/[?#].*$/, '');
  // Pages and files match case-sensitively, as Next serves them; only a trailing slash is ignored.
  return path.length > 1 ? path.replace(/\/+$/, '') : path || '/';
}

function checkReferences(
  item: CheckedArticle,
  pages: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string>,
  publicFiles: ReadonlySet<string>,
  add: Add,
  unpublished: UnpublishedStories,
) {
  for (const ref of item.references) {
    if (ref.kind === 'image') {
      for (const problem of bodyImageProblems(item.article.file, ref, publicFiles)) add(item, problem);
      continue;
    }
    const problem = linkProblem(ref, pages, aliases, publicFiles);
    if (!problem) continue;
    const unpublishedTarget = problem.severity === 'error' ? unpublishedStoryProblem(ref, sitePath(ref.url) ?? '', unpublished) : undefined;
    add(item, unpublishedTarget ?? problem);
  }
}

/**
 * Stories that exist but readers cannot reach: files with errors of their own (by the address
 * each would have, with the file) and stories withdrawn after publication (with the day).
 */
export type UnpublishedStories = { broken: ReadonlyMap<string, string>; withdrawn: ReadonlyMap<string, Date> };

/**
 * The warning for a link to such a story (`storyPath`, its English address), if it is one: the
 * link is not what is wrong, so it is not the error a link to no page is. `target` names what the
 * link reaches in a broken file.
 */
export function unpublishedStoryProblem(
  ref: BodyReference,
  storyPath: string,
  { broken, withdrawn }: UnpublishedStories,
  target = (file: string) => file,
): Omit<ContentProblem, 'file'> | undefined {
  const brokenFile = broken.get(storyPath);
  if (brokenFile) return brokenTargetProblem(ref, brokenFile, target(brokenFile));
  const withdrawnOn = withdrawn.get(storyPath) ?? withdrawn.get(normalizePath(storyPath));
  return withdrawnOn ? withdrawnTargetProblem(ref, withdrawnOn) : undefined;
}

/**
 * Stories withdrawn after publication, by address and by old address (`aliases`, normalized: they
 * redirect to the notice too), with the day each came down.
 */
export function withdrawnStories(articles: readonly Pick<Article, 'path' | 'withdrawn' | 'aliases'>[]): Map<string, Date> {
  return new Map(
    articles.flatMap(({ path, withdrawn, aliases }) =>
      withdrawn ? [path, ...aliases.map(normalizePath)].map((address) => [address, withdrawn.date] as const) : [],
    ),
  );
}

/**
 * A link to a withdrawn story: a warning, not an error, so that a takedown is never held up by
 * the stories that link to it. Readers following it get the notice.
 */
function withdrawnTargetProblem(ref: BodyReference, withdrawnOn: Date): Omit<ContentProblem, 'file'> {
  return {
    line: ref.line,
    message: `The link to ${ref.url} points to a story withdrawn on ${libyaDayKey(withdrawnOn)}: readers who follow it get the withdrawal notice.`,
    fix: 'Remove the link, unless the notice is what readers should find there.',
    severity: 'warning',
  };
}

/**
 * The warning for a link to a story whose file has errors of its own (`target` says what the link
 * reaches in that file): the link is right, and the check fails on that file's own errors.
 */
function brokenTargetProblem(ref: BodyReference, brokenFile: string, target = brokenFile): Omit<ContentProblem, 'file'> {
  return {
    line: ref.line,
    message: `The link to ${ref.url} points to ${target}, which has errors of its own and is not published until they are fixed.`,
    fix: `Fix the errors reported in ${brokenFile}; this link needs no change.`,
    severity: 'warning',
  };
}

/**
 * What is wrong with a link in a story's text, if anything: an address on this site that is no
 * page (an error, with the closest page) or an old address of one (a warning). `pages` are the
 * pages the story may link to, `aliases` the old addresses (normalized) and where they lead.
 */
export function linkProblem(
  ref: BodyReference,
  pages: ReadonlySet<string>,
  aliases: ReadonlyMap<string, string>,
  publicFiles: ReadonlySet<string>,
): Omit<ContentProblem, 'file'> | undefined {
  const path = sitePath(ref.url);
  if (path === undefined || pages.has(path) || publicFiles.has(path)) return undefined;
  const current = aliases.get(normalizePath(path));
  if (current) {
    return { line: ref.line, message: `The link to ${ref.url} uses an old address of ${current}.`, fix: `Link to ${current} instead.`, severity: 'warning' };
  }
  const suggestion = closestMatch(path, pages);
  return {
    line: ref.line,
    message: `The link to ${ref.url} points to no page on this site.`,
    fix: suggestion ? `Did you mean "${suggestion}"?` : 'Check the address, or link to an article as /articles/<file name>.',
    severity: 'error',
  };
}

/** Each old address (`aliases:`, normalized) of these articles, and the article's address. */
export function aliasTargets(articles: readonly Article[]): Map<string, string> {
  return new Map(articles.flatMap((article) => article.aliases.map((alias) => [normalizePath(alias), article.path] as const)));
}

/** An image in a story's text without alt text, or whose file is not under public/. */
export function bodyImageProblems(file: string, ref: BodyReference, publicFiles: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!ref.alt?.trim()) {
    problems.push({
      file,
      line: ref.line,
      message: `The image ${ref.url} has no alt text.`,
      fix: 'Describe what the image shows between the brackets: ![Smoke over southern Tripoli](/images/file.jpg)',
      severity: 'error',
    });
  }
  const missing = imageFileProblem(ref.url, sitePath(ref.url), publicFiles);
  if (missing) problems.push({ file, line: ref.line, ...missing, severity: 'error' });
  return problems;
}

/** A file's own image (`image.src` in its front matter: a translation's, which the Arabic page shows), if it cannot be shown. */
export function ownImageProblems(
  file: string,
  image: { src: string } | undefined,
  lineOf: (path: FieldPath) => number | undefined,
  publicFiles: ReadonlySet<string>,
): ContentProblem[] {
  const problem = image && imageFileProblem(image.src, sitePath(image.src), publicFiles);
  return problem ? [{ file, line: lineOf(['image', 'src']), field: 'image.src', ...problem, severity: 'error' }] : [];
}

/** Why the image at `url` (site path `path`, if it is on this site) cannot be shown, if it cannot. */
export function imageFileProblem(url: string, path: string | undefined, publicFiles: ReadonlySet<string>): { message: string; fix: string } | undefined {
  if (path === undefined) {
    return {
      message: `The image ${url} is not stored on this site.`,
      fix: 'Save it under public/images/ and refer to it as /images/<file name>; the site does not load images from elsewhere.',
    };
  }
  if (publicFiles.has(path)) return undefined;
  const suggestion = closestMatch(path, publicFiles);
  return {
    message: `The image ${path} does not exist under public/.`,
    fix: suggestion ? `Did you mean "${suggestion}"?` : `Add the file as public${path}, or fix the path.`,
  };
}

function placeholderProblems({ file, fm, todoLine, lineOf }: StoryFile): ContentProblem[] {
  if (fm.draft) return [];
  const fields: [FieldPath, string | undefined][] = [
    [['title'], fm.title],
    [['dek'], fm.dek],
    ...fm.sources.flatMap((source, i): [FieldPath, string | undefined][] => [
      [['sources', i, 'publisher'], source.publisher],
      [['sources', i, 'title'], source.title],
    ]),
  ];
  const problems: ContentProblem[] = fields
    .filter(([, value]) => value && PLACEHOLDER.test(value))
    .map(([path]) => ({
      file,
      line: lineOf(path),
      field: formatFieldPath(path),
      message: 'Still holds a TODO placeholder, and the article is not a draft.',
      fix: 'Write the real text, or keep `draft: true` until it is ready.',
      severity: 'error',
    }));
  if (todoLine !== undefined) {
    problems.push({
      file,
      line: todoLine,
      message: 'The article text still contains TODO, and the article is not a draft.',
      fix: 'Finish the text, or keep `draft: true` until it is ready.',
      severity: 'error',
    });
  }
  return problems;
}

/** A `# ` heading in a story's text: the headline is the page's one top-level heading (docs/EDITING.md). */
export function topLevelHeadingProblems(file: string, headingLines: readonly number[]): ContentProblem[] {
  return headingLines.map((line) => ({
    file,
    line,
    message: 'A "# " heading is not allowed in a story\'s text: the headline is the page\'s heading.',
    fix: 'Use "## " for a section heading.',
    severity: 'error',
  }));
}

/** The first control character in a body, as an error on its line (checked per file, with the file's other problems). */
export function bodyCharacterProblem(file: string, body: string, bodyStartLine: number): ContentProblem | undefined {
  const lines = body.split('\n');
  for (const [index, text] of lines.entries()) {
    const forbidden = findForbiddenCharacter(text);
    if (!forbidden) continue;
    const { message, fix } = forbiddenCharacterMessage(forbidden);
    return { file, line: bodyStartLine + index, message: message.replace('at character', 'at column'), fix: fix.replace('character', 'column'), severity: 'error' };
  }
  return undefined;
}

/** Warnings for a headline or dek longer than search results and feeds show (articles and live pages). */
export function lengthProblems({ file, fm, lineOf }: { file: string; fm: { title: string; dek: string }; lineOf: StoryFile['lineOf'] }): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (fm.dek.length > DEK_WARNING_LENGTH) {
    problems.push({
      file,
      line: lineOf(['dek']),
      field: 'dek',
      message: `The dek is ${fm.dek.length} characters; search engines cut descriptions after about ${DEK_WARNING_LENGTH}.`,
      fix: 'Tighten it to one sentence under 200 characters.',
      severity: 'warning',
    });
  }
  if (fm.title.length > TITLE_WARNING_LENGTH) {
    problems.push({
      file,
      line: lineOf(['title']),
      field: 'title',
      message: `The headline is ${fm.title.length} characters; long headlines are cut in search results and feeds.`,
      fix: `Aim for under ${TITLE_WARNING_LENGTH} characters.`,
      severity: 'warning',
    });
  }
  return problems;
}

/**
 * The checks that read nothing but the story's own file: leftover TODO placeholders, sources
 * and figures dated after publication, and (as warnings) over-long deks and titles. Run when the
 * file is parsed, so that their result is stored with the file's and the index need not keep
 * what they read (a story's sources: decision 0022).
 */
export function storyFileProblems(story: StoryFile): ContentProblem[] {
  return [
    ...placeholderProblems(story),
    ...lengthProblems(story),
    ...knownAtPublicationProblems(story),
    ...correctionDateProblems(story),
    ...withdrawalProblems(story),
  ];
}

/** A withdrawal of a story that was never out (a draft), or dated before it was published (Libya days). */
export function withdrawalProblems({ file, fm, lineOf }: Pick<StoryFile, 'file' | 'fm' | 'lineOf'>): ContentProblem[] {
  if (!fm.withdrawn) return [];
  if (fm.draft) {
    return [{
      file,
      line: lineOf(['withdrawn']),
      field: 'withdrawn',
      message: 'A draft cannot be withdrawn: readers never saw it.',
      fix: 'Remove `withdrawn` (a draft is already off the site), or remove `draft: true` if the story was published.',
      severity: 'error',
    }];
  }
  const day = libyaDayKey(fm.withdrawn.date);
  const publishedDay = libyaDayKey(fm.published);
  if (day >= publishedDay) return [];
  return [{
    file,
    line: lineOf(['withdrawn', 'date']),
    field: 'withdrawn.date',
    message: `The story is withdrawn on ${day}, before it was published (${publishedDay}, Libya time).`,
    fix: 'Give the day the story was taken down (today, for a new withdrawal).',
    severity: 'error',
  }];
}

/** A correction dated before the story was published (Libya days): it corrects nothing that was out. */
export function correctionDateProblems({ file, fm, lineOf }: { file: string; fm: { published: Date; corrections: readonly { date: Date }[] }; lineOf: StoryFile['lineOf'] }): ContentProblem[] {
  const publishedDay = libyaDayKey(fm.published);
  return fm.corrections.flatMap((correction, index) => {
    const day = libyaDayKey(correction.date);
    if (day >= publishedDay) return [];
    return [{
      file,
      line: lineOf(['corrections', index, 'date']),
      field: `corrections[${index}].date`,
      message: `The correction is dated ${day}, before the story was published (${publishedDay}, Libya time).`,
      fix: 'Give the day the correction was made (today, for a new one).',
      severity: 'error' as const,
    }];
  });
}

/**
 * Checks across articles and files: duplicate headlines, alias collisions,
 * internal links to no page, images that are missing or lack alt text.
 * A story's own checks (storyFileProblems, control characters, house style)
 * run per file, from parseArticleFile, so their result is cached with the file's.
 */
export function checkArticles(
  items: readonly CheckedArticle[],
  registries: Registries,
  publicFiles: ReadonlySet<string>,
  /** Live pages (their addresses are pages too); their older pages are not link targets. */
  livePages: readonly { path: string; draft: boolean }[] = [],
  /** Stories that exist but are not published: links to them are warnings. */
  unpublished: UnpublishedStories,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add: Add = (item, problem) => problems.push({ file: item.article.file, ...problem });
  const published = items.filter((item) => !item.article.draft).map((item) => item.article);
  // Published stories may link only to published pages; drafts may also link to drafts.
  const publicPages = new Set([...sitePaths(published, registries), ...livePages.filter((p) => !p.draft).flatMap(liveAddresses)]);
  // With no drafts (the usual archive) both sets are the same: enumerate the site's pages once.
  const previewPages =
    published.length === items.length && livePages.every((page) => !page.draft)
      ? publicPages
      : new Set([...sitePaths(items.map((item) => item.article), registries), ...livePages.flatMap(liveAddresses)]);
  // Drafts have no redirects in production, so only published articles' aliases lead anywhere.
  const publicAliases = aliasTargets(published);
  const previewAliases = aliasTargets(items.map((item) => item.article));

  checkDuplicateTitles(items, add);
  checkAliases(items, previewPages, publicFiles, add);
  for (const item of items) {
    const draft = item.article.draft;
    checkReferences(item, draft ? previewPages : publicPages, draft ? previewAliases : publicAliases, publicFiles, add, unpublished);
    for (const problem of ownImageProblems(item.article.file, item.article.image, item.lineOf, publicFiles)) add(item, problem);
  }
  return problems;
}
