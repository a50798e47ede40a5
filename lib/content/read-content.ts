import fs from 'node:fs';
import path from 'node:path';
import type { ContentInput } from './build-content';
import { REGISTRY_KINDS } from './registries';

const ARTICLES_FOLDER = 'articles';

function relative(file: string): string {
  return path.relative(process.cwd(), file).split(path.sep).join('/');
}

function articleFileNames(dir: string): string[] {
  const folder = path.join(dir, ARTICLES_FOLDER);
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

/** Reads every article file and registry under `dir` (the I/O edge of the loader). */
export function readContent(dir: string): ContentInput {
  const read = (file: string) => ({
    path: relative(file) + (file.endsWith('/') ? '/' : ''),
    text: file.endsWith('/') ? '' : fs.readFileSync(file, 'utf8'),
  });
  const readIfExists = (file: string) =>
    fs.existsSync(file) ? read(file) : { path: relative(file), text: undefined };
  const registryFiles = Object.fromEntries(
    REGISTRY_KINDS.map((kind) => [kind, readIfExists(registryFileName(dir, kind))]),
  ) as ContentInput['registryFiles'];
  return {
    articleFiles: articleFileNames(dir).map(read),
    registryFiles,
    timelineFile: readIfExists(registryFileName(dir, TIMELINE)),
    publicFiles: publicFiles(),
  };
}
