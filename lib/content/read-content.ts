import fs from 'node:fs';
import path from 'node:path';
import type { ContentInput } from './build-content';
import { REGISTRY_KINDS } from './registries';

const ARTICLES_FOLDER = 'articles';
const LIVE_FOLDER = 'live';

/** A path relative to the project root, with forward slashes. */
export function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

function articleFileNames(dir: string, subfolder = ARTICLES_FOLDER): string[] {
  const folder = path.join(dir, subfolder);
  if (!fs.existsSync(folder)) return [];
  // Folders are listed (with a trailing /) so the check can report them.
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.') && (entry.isFile() || entry.isDirectory()))
    .map((entry) => path.join(folder, entry.name) + (entry.isDirectory() ? '/' : ''))
    .sort();
}

function registryFileName(dir: string, kind: string): string {
  return path.join(dir, `${kind}.yml`);
}

const TIMELINE = 'timeline';

/**
 * A cheap fingerprint of the content folder (names, sizes, modification
 * times) so that the loader can tell whether anything changed without
 * reading the files.
 */
export function contentSignature(dir: string): string {
  const files = [
    ...articleFileNames(dir),
    ...articleFileNames(dir, LIVE_FOLDER),
    ...[...REGISTRY_KINDS, TIMELINE].map((kind) => registryFileName(dir, kind)),
  ];
  return files
    .map((file) => {
      const stat = fs.statSync(file, { throwIfNoEntry: false });
      return stat ? `${file}:${stat.size}:${stat.mtimeMs}` : `${file}:missing`;
    })
    .join('\n');
}

/** Site paths of every file under public/ ("/images/map.png"). */
export function publicFiles(root = path.join(process.cwd(), 'public')): Set<string> {
  if (!fs.existsSync(/* turbopackIgnore: true */ root)) return new Set();
  return new Set(
    (fs.readdirSync(/* turbopackIgnore: true */ root, { recursive: true, withFileTypes: true }) as fs.Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
  );
}

/** An article file as listed: enough to tell whether it changed without reading it. */
export type ListedFile = { path: string; size: number; mtimeMs: number; directory: boolean; read: () => string };

/** Every entry of the articles folder, with its size and modification time. */
export function listArticleFiles(dir: string, subfolder = ARTICLES_FOLDER): ListedFile[] {
  return articleFileNames(dir, subfolder).map((name) => {
    const directory = name.endsWith('/');
    const file = directory ? name.slice(0, -1) : name;
    const stat = fs.statSync(file);
    return { path: file, size: stat.size, mtimeMs: stat.mtimeMs, directory, read: () => fs.readFileSync(file, 'utf8') };
  });
}

/** The registries and the timeline (small files, always read whole). */
export function readRegistryFiles(dir: string): Pick<ContentInput, 'registryFiles' | 'timelineFile'> {
  const readIfExists = (file: string) =>
    fs.existsSync(file) ? { path: relative(file), text: fs.readFileSync(file, 'utf8') } : { path: relative(file), text: undefined };
  const registryFiles = Object.fromEntries(
    REGISTRY_KINDS.map((kind) => [kind, readIfExists(registryFileName(dir, kind))]),
  ) as ContentInput['registryFiles'];
  return { registryFiles, timelineFile: readIfExists(registryFileName(dir, TIMELINE)) };
}

/** Every entry of the live folder (`content/live/`), listed like the articles folder's. */
export function listLiveFiles(dir: string): ListedFile[] {
  return listArticleFiles(dir, LIVE_FOLDER);
}

/** Reads every article file and registry under `dir` (the I/O edge of the loader). */
export function readContent(dir: string): ContentInput {
  const read = (file: string) => ({
    path: relative(file) + (file.endsWith('/') ? '/' : ''),
    text: file.endsWith('/') ? '' : fs.readFileSync(file, 'utf8'),
  });
  return {
    articleFiles: articleFileNames(dir).map(read),
    liveFiles: articleFileNames(dir, LIVE_FOLDER).map(read),
    ...readRegistryFiles(dir),
    publicFiles: publicFiles(),
  };
}
