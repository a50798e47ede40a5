import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { imageDimensions } from '@/lib/images/image-dimensions';
import { makeTempDir, removeDir, touch } from '../helpers';

/** The header of a PNG file of the given size (all image-size reads). */
function png(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'ascii');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.writeUInt8(8, 24);
  header.writeUInt8(2, 25);
  return header;
}

/** The header of a GIF file of the given size. */
function gif(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.write('GIF89a', 0, 'ascii');
  header.writeUInt16LE(width, 6);
  header.writeUInt16LE(height, 8);
  return header;
}

const root = makeTempDir();
const publicDir = path.join(root, 'public');
afterAll(() => removeDir(root));

/** Writes `bytes` to `public/<src>` and returns `src` as a site path. */
function publish(src: string, bytes: Buffer | string, dir = publicDir): string {
  const file = path.join(dir, src);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return src;
}

describe('imageDimensions', () => {
  it('reads the pixel size of an image from its site path', () => {
    expect(imageDimensions(publish('/images/tripoli.png', png(2000, 1333)), publicDir)).toEqual({ width: 2000, height: 1333 });
    expect(imageDimensions(publish('/images/map.gif', gif(480, 320)), publicDir)).toEqual({ width: 480, height: 320 });
  });

  it("looks in the working folder's public/ by default (the project's, for a server)", () => {
    publish('/images/default-folder.png', png(1200, 800));
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(root);
    try {
      expect(imageDimensions('/images/default-folder.png')).toEqual({ width: 1200, height: 800 });
    } finally {
      cwd.mockRestore();
    }
  });

  it('gives undefined for a missing file or a folder', () => {
    expect(imageDimensions('/images/missing.jpg', publicDir)).toBeUndefined();
    fs.mkdirSync(path.join(publicDir, 'folder.png'), { recursive: true });
    expect(imageDimensions('/folder.png', publicDir)).toBeUndefined();
  });

  it('gives undefined for a file that is not an image, or an image without a size', () => {
    expect(imageDimensions(publish('/images/notes.jpg', 'not an image'), publicDir)).toBeUndefined();
    expect(imageDimensions(publish('/images/empty.png', ''), publicDir)).toBeUndefined();
    expect(imageDimensions(publish('/images/zero.gif', gif(0, 320)), publicDir)).toBeUndefined();
  });

  it('never reads outside the public folder', () => {
    publish('/secret.png', png(10, 10), root);
    expect(imageDimensions('/../secret.png', publicDir)).toBeUndefined();
    expect(imageDimensions('/images/../../secret.png', publicDir)).toBeUndefined();
    // ".." parts are dropped, so the path stays under public/.
    publish('/images/secret.png', png(20, 10));
    expect(imageDimensions('/images/../../secret.png', publicDir)).toEqual({ width: 20, height: 10 });
  });

  it('reads the size again when the file changes', () => {
    const src = publish('/images/edited.png', png(100, 50));
    touch(path.join(publicDir, src), new Date('2020-01-01T00:00:00Z'));
    expect(imageDimensions(src, publicDir)).toEqual({ width: 100, height: 50 });
    publish(src, png(300, 200));
    touch(path.join(publicDir, src), new Date('2020-06-01T00:00:00Z'));
    expect(imageDimensions(src, publicDir)).toEqual({ width: 300, height: 200 });
    publish(src, 'no longer an image');
    expect(imageDimensions(src, publicDir)).toBeUndefined();
  });
});
