import { createHash } from 'node:crypto';
import { baseMap } from './base-map';
import { MAP_FRAMES, type MapFrameId } from './frames';

/**
 * A frame's geography (sea, land, Libya, coast, borders) as a standalone SVG
 * file: the same for every map drawn in that frame, so pages reference it as
 * an image the browser fetches once and caches, instead of carrying 15 KB of
 * path data twice (HTML and RSC payload) on every article (decision 0021).
 * Points, labels and the text alternative stay in the page's inline SVG.
 * The file carries its own colours: an SVG image cannot see the page's CSS,
 * but it does follow the reader's light or dark scheme.
 */
const COLOURS = {
  light: { sea: '#dde8ee', land: '#ebe7de', libya: '#fffdf8', line: '#8f8a80', coast: '#6f8a99' },
  dark: { sea: '#1a2730', land: '#25272b', libya: '#34363b', line: '#7d8088', coast: '#5f7f92' },
} as const;

function style(colours: (typeof COLOURS)[keyof typeof COLOURS]): string {
  return (
    `.sea{fill:${colours.sea}}.land{fill:${colours.land}}.libya{fill:${colours.libya}}` +
    `.border{fill:none;stroke:${colours.line};stroke-width:.8;stroke-dasharray:3 2}` +
    `.coast{fill:none;stroke:${colours.coast};stroke-width:.8}`
  );
}

type Image = { svg: string; version: string };
const images = new Map<MapFrameId, Image>();

function image(id: MapFrameId): Image {
  let made = images.get(id);
  if (!made) {
    const base = baseMap(id);
    const svg =
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}" width="${base.width}" height="${base.height}">` +
      `<style>${style(COLOURS.light)}@media (prefers-color-scheme:dark){${style(COLOURS.dark)}}</style>` +
      `<rect class="sea" width="${base.width}" height="${base.height}"/>` +
      `<path class="land" d="${base.land}"/><path class="libya" d="${base.libya}"/>` +
      `<path class="coast" d="${base.coast}"/><path class="border" d="${base.borders}"/></svg>`;
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

/** The SVG file of a frame's geography. */
export function baseMapImage(id: MapFrameId): Image {
  return image(id);
}

/**
 * Address of a frame's geography, versioned by its content: the file can be
 * cached for a year, and a change to the geometry or colours changes the address.
 */
export function baseMapHref(id: MapFrameId): string {
  return `/maps/${id}.svg?v=${image(id).version}`;
}
