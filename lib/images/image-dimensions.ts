import fs from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';

export type Dimensions = { width: number; height: number };

const memo = new Map<string, Dimensions | undefined>();

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
  if (!memo.has(key)) {
    try {
      const { width, height } = imageSize(fs.readFileSync(/* turbopackIgnore: true */ file));
      memo.set(key, width && height ? { width, height } : undefined);
    } catch {
      memo.set(key, undefined);
    }
  }
  return memo.get(key);
}
