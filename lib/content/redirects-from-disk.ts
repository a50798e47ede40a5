import { contentDirectory } from '../site';
import { aliasRedirects, normalizePath, type Redirect } from './aliases';
import { buildContent } from './build-content';
import { contentSignature, readContent } from './read-content';

/**
 * Alias redirects read straight from the content folder. Invalid content
 * yields only the valid articles' aliases: the build stops on it with the
 * full list of problems anyway.
 */
export function redirectsFromDisk(): Redirect[] {
  return aliasRedirects(buildContent(readContent(contentDirectory())).content.articles);
}

let cached: { dir: string; signature: string; map: ReadonlyMap<string, string> } | undefined;

/**
 * Normalized alias → article path, for proxy.ts. Built once per process in
 * production (content is fixed per build); elsewhere rebuilt when the
 * content folder's signature changes, as the content store does.
 */
export function aliasMapFromDisk(): ReadonlyMap<string, string> {
  const dir = contentDirectory();
  if (process.env.NODE_ENV === 'production' && cached?.dir === dir) return cached.map;
  const signature = contentSignature(dir);
  if (cached?.dir !== dir || cached.signature !== signature) {
    const map = new Map(redirectsFromDisk().map((r) => [normalizePath(r.source), r.destination]));
    cached = { dir, signature, map };
  }
  return cached.map;
}
