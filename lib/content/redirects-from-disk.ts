import { contentDirectory } from '../site';
import { aliasRedirects, type Redirect } from './aliases';
import { buildContent } from './build-content';
import { readContent } from './read-content';

/**
 * Alias redirects for next.config.ts, read straight from the content folder
 * (the config loads before any page). Invalid content yields none here: the
 * build stops on it with the full list of problems anyway.
 */
export function redirectsFromDisk(): Redirect[] {
  return aliasRedirects(buildContent(readContent(contentDirectory())).content.articles);
}
