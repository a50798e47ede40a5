import fs from 'node:fs';
import path from 'node:path';
import type { Article, Source } from './article';
import { sourceList } from './article-schema';
import { BoundedCache } from './bounded-cache';
import { parseSource } from './front-matter';
import { renderMarkdown } from './render-markdown';

/**
 * What a story's page shows that is not held for every story: its body, rendered, and its
 * sources. At 100,000 stories every process would carry gigabytes of bodies and about 200 MB
 * of citations, so both are read from the story's file when a page is rendered.
 */
type StoryFileParts = { html: string; sources: Source[] };

/** Kept per process; pages are cached after their first render anyway. */
const parts = new BoundedCache<string, StoryFileParts>(Number(process.env.BODY_CACHE_SIZE ?? 256));

/** The sources cited by the front matter of `data`, or undefined if they are not valid. */
function validSources(data: unknown): Source[] | undefined {
  const sources = sourceList.safeParse((data as { sources?: unknown } | undefined)?.sources);
  return sources.success ? sources.data : undefined;
}

/** The sources a story file's text cites (none if its front matter is not valid). */
export function sourcesInText(text: string, file: string): Source[] {
  return validSources(parseSource(text, file).data) ?? [];
}

function storyFileParts(article: Pick<Article, 'file' | 'revision'>): StoryFileParts {
  // Keyed by the file's hash as well: each bundle (pages, proxy) has its own cache, and a
  // reload noticed in one must not leave another serving the old body.
  const key = `${article.file}\n${article.revision ?? ''}`;
  const cached = parts.get(key);
  if (cached !== undefined) return cached;
  const text = fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), article.file), 'utf8');
  const parsed = parseSource(text, article.file);
  const sources = validSources(parsed.data);
  if (!sources) {
    // The file changed after the content was checked (an unpublished edit): the page keeps its body
    // and goes without its list of sources until the next publish, which refuses the file or fixes it.
    console.error(`${article.file}: its sources are not valid since the content was last loaded; run npm run check.`);
  }
  const read = { html: renderMarkdown(parsed.body), sources: sources ?? [] };
  parts.set(key, read);
  return read;
}

/** The sanitized HTML of a story's body (an article or its Arabic edition). */
export function articleBodyHtml(article: Pick<Article, 'file' | 'revision'>): string {
  return storyFileParts(article).html;
}

/** The sources a story cites, in the order its file lists them. */
export function articleSources(article: Pick<Article, 'file' | 'revision'>): Source[] {
  return storyFileParts(article).sources;
}

/** Forgets what was read from story files (after content changed). */
export function forgetArticleBodies(): void {
  parts.clear();
}
