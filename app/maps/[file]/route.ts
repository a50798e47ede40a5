import { baseMapImage, frameOfFile } from '@/lib/maps/base-map-image';
import { MAP_FRAMES } from '@/lib/maps/frames';

/** Drawn at build time: the geography does not change with the content. */
export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return Object.keys(MAP_FRAMES).map((id) => ({ file: `${id}.svg` }));
}

/** A map frame's geography (lib/maps/base-map-image.ts): one file per frame, cached by browsers and CDNs. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const frame = frameOfFile((await params).file);
  if (!frame) return new Response('Not found', { status: 404 });
  return new Response(baseMapImage(frame).svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      // The address pages use carries the file's version (baseMapHref), so it never goes stale.
      'Cache-Control': 'public, max-age=31536000, immutable',
    },
  });
}
