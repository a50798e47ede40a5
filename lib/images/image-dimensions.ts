import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { BoundedCache } from '../content/bounded-cache';

export type Dimensions = { width: number; height: number };

/** Sizes of the images pages asked for (null: not an image), bounded so an archive of 100,000 illustrated stories does not grow it without end. */
const memo = new BoundedCache<string, Dimensions | null>(2000);

/**
 * Pixel size of an image under public/ (`src` is its site path, such as
 * "/images/tripoli.jpg"), read from the file's header and remembered per
 * file version. Undefined if the file is missing or not an image. The
 * content check has already failed the build on a missing file.
 */
export function imageDimensions(src: string, publicDir = path.join(/* turbopackIgnore: true */ process.cwd(), 'public')): Dimensions | undefined {
  const file = path.join(/* turbopackIgnore: true */ publicDir, ...src.split('/').filter((part) => part && part !== '..'));
  const stat = fs.statSync(/* turbopackIgnore: true */ file, { throwIfNoEntry: false });
  if (!stat?.isFile()) return undefined;
  const key = `${file}:${stat.size}:${stat.mtimeMs}`;
  let dimensions = memo.get(key);
  if (dimensions === undefined) {
    dimensions = readDimensions(file);
    memo.set(key, dimensions);
  }
  return dimensions ?? undefined;
}

function readDimensions(file: string): Dimensions | null {
  try {
    const { width, height } = imageSize(fs.readFileSync(/* turbopackIgnore: true */ file));
    return width && height ? { width, height } : null;
  } catch {
    return null;
  }
}
