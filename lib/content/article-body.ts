import fs from 'node:fs';
import path from 'node:path';
import type { Article } from './article';
import { BoundedCache } from './bounded-cache';
import { parseSource } from './front-matter';
import { renderMarkdown } from './render-markdown';

/** Rendered bodies kept per process; pages are cached after their first render anyway. */
const bodies = new BoundedCache<string, string>(Number(process.env.BODY_CACHE_SIZE ?? 256));

/**
 * The sanitized HTML of an article's body, read from its file and rendered
 * on demand (bodies are never all held in memory).
 */
export function articleBodyHtml(article: Pick<Article, 'file' | 'revision'>): string {
  // Keyed by the file's hash as well: each bundle (pages, proxy) has its own cache, and a
  // reload noticed in one must not leave another serving the old body.
  const key = `${article.file}\n${article.revision ?? ''}`;
  const cached = bodies.get(key);
  if (cached !== undefined) return cached;
  const text = fs.readFileSync(path.resolve(/* turbopackIgnore: true */ process.cwd(), article.file), 'utf8');
  const html = renderMarkdown(parseSource(text, article.file).body);
  bodies.set(key, html);
  return html;
}

/** Forgets rendered bodies (after content changed). */
export function forgetArticleBodies(): void {
  bodies.clear();
}
