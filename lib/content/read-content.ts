import fs from 'node:fs';
import path from 'node:path';
import type { ContentInput, MaybeFile, SourceFile } from './build-content';
import { MAX_ARTICLE_BYTES, MAX_REGISTRY_BYTES, decodeSource, tooLargeProblem } from './decode-source';
import type { ContentProblem } from './problems';
import { notRegularFileProblem, readRegularFile } from './read-file';
import { REGISTRY_KINDS } from './registries';

// Paths here are computed at run time from the content folder. Each is marked
// /* turbopackIgnore */: Next's file tracer reads `path.join(dir, 'articles')` as "any
// folder called articles" and copied every match (content, fixtures, the app's own routes)
// into the standalone server (scripts/test-cluster.mjs checks what that folder holds).
const ARTICLES_FOLDER = 'articles';
const LIVE_FOLDER = 'live';
const ARABIC_ARTICLES_FOLDER = 'ar/articles';
const ARABIC_LIVE_FOLDER = 'ar/live';

/** A path relative to the project root, with forward slashes. */
export function relative(file: string): string {
  return path.relative(/* turbopackIgnore: true */ process.cwd(), file).split(path.sep).join('/');
}

/**
 * Every entry of the articles folder but hidden ones: files, folders
 * (listed with a trailing / so the check can report them), and links,
 * pipes and the like (reported when read, never followed or skipped).
 */
function articleFileNames(dir: string, subfolder = ARTICLES_FOLDER): string[] {
  const folder = path.join(/* turbopackIgnore: true */ dir, subfolder);
  const stat = fs.lstatSync(/* turbopackIgnore: true */ folder, { throwIfNoEntry: false });
  if (!stat?.isDirectory()) return [];
  return fs
    .readdirSync(/* turbopackIgnore: true */ folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .map((entry) => path.join(/* turbopackIgnore: true */ folder, entry.name) + (entry.isDirectory() ? '/' : ''))
    .sort();
}

/** How many entries the articles folder has, without reading or stat-ing them. */
export function countArticleFiles(dir: string): number {
  return articleFileNames(dir).length;
}

/** The prefix of every article file's key in the content index (its path inside the content folder). */
export const ARTICLE_KEY_PREFIX = `${ARTICLES_FOLDER}/`;

function registryFileName(dir: string, kind: string): string {
  return path.join(/* turbopackIgnore: true */ dir, `${kind}.yml`);
}

const TIMELINE = 'timeline';

/**
 * A cheap fingerprint of the content folder (names, sizes, modification
 * times) so that the loader can tell whether anything changed without
 * reading the files. Links are not followed.
 */
export function contentSignature(dir: string): string {
  const files = [
    ...articleFileNames(dir),
    ...articleFileNames(dir, LIVE_FOLDER),
    ...articleFileNames(dir, ARABIC_ARTICLES_FOLDER),
    ...articleFileNames(dir, ARABIC_LIVE_FOLDER),
    ...[...REGISTRY_KINDS, TIMELINE].map((kind) => registryFileName(dir, kind)),
  ];
  return files
    .map((file) => {
      const stat = fs.lstatSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.mtimeMs}` : `${file}:missing`;
    })
    .join('\n');
}

/** Site paths of every file under public/ ("/images/map.png"). */
export function publicFiles(root = path.join(/* turbopackIgnore: true */ process.cwd(), 'public')): Set<string> {
  if (!fs.existsSync(/* turbopackIgnore: true */ root)) return new Set();
  return new Set(
    (fs.readdirSync(/* turbopackIgnore: true */ root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
  );
}

/** Reads and decodes one file; a problem (link, pipe, too large, not UTF-8) instead of text if it cannot be used. */
function readText(file: string, maxBytes: number): { text?: string; problem?: ContentProblem } {
  const shown = relative(file);
  const read = readRegularFile(file, shown, maxBytes, (size) => tooLargeProblem(shown, size, maxBytes));
  return read.problem ? { problem: read.problem } : decodeSource(shown, read.bytes, maxBytes);
}

/** An article file as listed: enough to tell whether it changed without reading it. */
export type ListedFile = {
  path: string;
  size: number;
  mtimeMs: number;
  directory: boolean;
  /** Its text, or the problem that keeps it from being used (link, pipe, too large, not UTF-8). */
  read: () => { text?: string; problem?: ContentProblem };
};

/** Every entry of the articles folder, with its size and modification time (links are not followed). */
export function listArticleFiles(dir: string, subfolder = ARTICLES_FOLDER): ListedFile[] {
  return articleFileNames(dir, subfolder).map((name) => {
    const directory = name.endsWith('/');
    const file = directory ? name.slice(0, -1) : name;
    const stat = fs.lstatSync(/* turbopackIgnore: true */ file);
    return { path: file, size: stat.size, mtimeMs: stat.mtimeMs, directory, read: () => readText(file, MAX_ARTICLE_BYTES) };
  });
}

/** The registries and the timeline (small files, always read whole), and why any could not be read. */
export function readRegistryFiles(dir: string): Pick<ContentInput, 'registryFiles' | 'timelineFile'> & { readProblems: ContentProblem[] } {
  const readProblems: ContentProblem[] = [];
  const readOptional = (file: string): MaybeFile => {
    if (!fs.lstatSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false })) return { path: relative(file), text: undefined };
    const { text, problem } = readText(file, MAX_REGISTRY_BYTES);
    if (problem) readProblems.push(problem);
    return { path: relative(file), text: problem ? null : text! };
  };
  const registryFiles = Object.fromEntries(
    REGISTRY_KINDS.map((kind) => [kind, readOptional(registryFileName(dir, kind))]),
  ) as ContentInput['registryFiles'];
  return { registryFiles, timelineFile: readOptional(registryFileName(dir, TIMELINE)), readProblems };
}

/** Every entry of the live folder (`content/live/`), listed like the articles folder's. */
export function listLiveFiles(dir: string): ListedFile[] {
  return listArticleFiles(dir, LIVE_FOLDER);
}

/** Every entry of the Arabic translations folder (`content/ar/articles/`), listed like the articles folder's. */
export function listTranslationFiles(dir: string): ListedFile[] {
  return listArticleFiles(dir, ARABIC_ARTICLES_FOLDER);
}

/** Every entry of the Arabic live folder (`content/ar/live/`), listed like the articles folder's. */
export function listArabicLiveFiles(dir: string): ListedFile[] {
  return listArticleFiles(dir, ARABIC_LIVE_FOLDER);
}

/**
 * A problem for each story folder (articles, live pages, and `ar/` with its two) that exists
 * but is not a folder: a link or a file there would otherwise leave its stories out silently.
 */
export function storyFolderProblems(dir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const name of [ARTICLES_FOLDER, LIVE_FOLDER, 'ar', ARABIC_ARTICLES_FOLDER, ARABIC_LIVE_FOLDER]) {
    const folder = path.join(/* turbopackIgnore: true */ dir, name);
    const stat = fs.lstatSync(/* turbopackIgnore: true */ folder, { throwIfNoEntry: false });
    if (stat && !stat.isDirectory()) problems.push(notAFolderProblem(relative(folder), stat));
  }
  return problems;
}

function notAFolderProblem(file: string, stat: fs.Stats): ContentProblem {
  const link = stat.isSymbolicLink();
  return {
    file,
    message: link
      ? 'This is a symbolic link where a folder of stories belongs. Links are not followed (they could lead outside the content folder), so none of its stories would be published.'
      : `This is ${stat.isFile() ? 'a file' : 'not a folder'} where a folder of stories belongs, so no story is read from it.`,
    fix: link
      ? 'Replace the link with the folder itself: move the real folder into the content folder.'
      : 'Replace it with a folder of the same name holding the story files (docs/EDITING.md says what each folder holds).',
    severity: 'error',
  };
}

/**
 * Reads every article file and registry under `dir` (the I/O edge of the
 * loader). Files that cannot be used — links, pipes and other non-regular
 * files, files over the size limit, files that are not UTF-8 — are left
 * out, and `readProblems` says why; an unreadable registry or timeline has
 * `text: null` so it is not also reported as missing.
 */
export function readContent(dir: string): ContentInput {
  const { registryFiles, timelineFile, readProblems } = readRegistryFiles(dir);
  readProblems.unshift(...storyFolderProblems(dir));
  const readAll = (files: ListedFile[]) => {
    const sources: SourceFile[] = [];
    for (const file of files) {
      if (file.directory) {
        sources.push({ path: `${relative(file.path)}/`, text: '' });
        continue;
      }
      const { text, problem } = file.read();
      if (problem) readProblems.push(problem);
      else sources.push({ path: relative(file.path), text: text! });
    }
    return sources;
  };
  const articleFiles = readAll(listArticleFiles(dir));
  const liveFiles = readAll(listLiveFiles(dir));
  const translationFiles = readAll(listTranslationFiles(dir));
  const arabicLiveFiles = readAll(listArabicLiveFiles(dir));
  return { articleFiles, liveFiles, translationFiles, arabicLiveFiles, registryFiles, timelineFile, publicFiles: publicFiles(), readProblems };
}
