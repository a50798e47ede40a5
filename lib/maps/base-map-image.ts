import { createHash } from 'node:crypto';
import { baseMap } from './base-map';
import { MAP_FRAMES, type MapFrameId } from './frames';

/**
 * A frame's geography (sea, land, Libya, coast, borders) as a standalone SVG
 * file, the same for every map drawn in that frame: pages draw it with
 * `<use href="/maps/<frame>.svg?v=…#geography">`, so the browser fetches it
 * once and caches it, instead of every article carrying 15 KB of path data
 * twice (HTML and RSC payload) (decision 0021).
 *
 * `<use>`, not `<image>`: an image in the first screen is what Largest
 * Contentful Paint waits for, and would have made LCP wait for the file
 * (and, in Lighthouse's model, for the scripts requested before it); drawn
 * shapes are not LCP candidates. And the shapes take their colours from the
 * page's `--map-*` custom properties, which inherit into the used content, so
 * the page's light, dark and print colours apply. The fallbacks are the light
 * colours, for the file opened on its own.
 */
const LAYERS = [
  ['sea', 'fill:var(--map-sea,#dde8ee)'],
  ['land', 'fill:var(--map-land,#ebe7de)'],
  ['libya', 'fill:var(--map-libya,#fffdf8)'],
  ['coast', 'fill:none;stroke:var(--map-coast,#6f8a99);stroke-width:.8'],
  ['borders', 'fill:none;stroke:var(--map-line,#8f8a80);stroke-width:.8;stroke-dasharray:3 2'],
] as const;

/** The id of the geography in the file: the fragment of the address pages use. */
export const GEOGRAPHY_ID = 'geography';

type Image = { svg: string; version: string };
const images = new Map<MapFrameId, Image>();

/** The SVG file of a frame's geography, drawn once per process. */
export function baseMapImage(id: MapFrameId): Image {
  let made = images.get(id);
  if (!made) {
    const base = baseMap(id);
    const shape = ([layer, style]: (typeof LAYERS)[number]) =>
      layer === 'sea'
        ? `<rect style="${style}" width="${base.width}" height="${base.height}"/>`
        : `<path style="${style}" d="${base[layer]}"/>`;
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}" width="${base.width}" height="${base.height}">` +
      `<g id="${GEOGRAPHY_ID}">${LAYERS.map(shape).join('')}</g></svg>`;
    made = { svg, version: createHash('sha256').update(svg).digest('hex').slice(0, 12) };
    images.set(id, made);
  }
  return made;
}

/** The frame of a `/maps/<frame>.svg` file name, if there is one. */
export function frameOfFile(file: string): MapFrameId | undefined {
  const id = /^([a-z]+)\.svg$/.exec(file)?.[1];
  return id !== undefined && Object.hasOwn(MAP_FRAMES, id) ? (id as MapFrameId) : undefined;
}

/**
 * Address of a frame's geography, versioned by its content (the file can be
 * cached for a year; a change to the geometry changes the address), with the
 * fragment `<use>` draws.
 */
export function baseMapHref(id: MapFrameId): string {
  return `/maps/${id}.svg?v=${baseMapImage(id).version}#${GEOGRAPHY_ID}`;
}
