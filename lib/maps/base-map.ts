import fs from 'node:fs';
import path from 'node:path';
import { geoArea, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { decimate } from './decimate';
import { MAP_FRAMES, type MapFrame, type MapFrameId } from './frames';
import { frameHeight, frameProjection, projectPoint, type Projected } from './projection';

/** Natural Earth's id (ISO 3166 numeric) for Libya in world-atlas. */
export const LIBYA_ID = '434';

export type BaseMap = {
  frame: MapFrame;
  width: number;
  height: number;
  /** Every country's land, Libya excepted. */
  land: string;
  /** Libya's land, drawn emphasised. */
  libya: string;
  /** Land borders between countries. */
  borders: string;
  /** The coastline. */
  coast: string;
  countryLabels: { name: string; name_ar: string; at: Projected }[];
  seaLabels: { name: string; name_ar: string; at: Projected }[];
};

type CountryProperties = { name: string };
type Countries = Topology<{ countries: GeometryCollection<CountryProperties> }>;

/**
 * world-atlas's countries at `detail`, read while a frame is drawn and then let go. Imported
 * as modules, the two files (4.3 MB of JSON) stayed in every server process as about 70 MB of
 * arrays and numbers, although each frame is drawn once and kept as path strings
 * (docs/decisions/0022-server-memory.md). next.config.ts traces the files into the standalone build.
 */
function readAtlas(detail: MapFrame['detail']): Countries {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'node_modules/world-atlas', `countries-${detail}.json`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Countries;
}

/**
 * The feature with each of its polygons wound the way d3-geo reads them. On a sphere a ring's
 * winding says which side is inside, and world-atlas's 1:10m Maldives is wound the wrong way: it
 * covered the whole globe but the islands, and filled the sea of the close-up frame with land.
 * A polygon larger than a hemisphere is such a one (no country is), and its rings are reversed.
 */
export function woundInward<F extends Feature>(feature: F): F {
  const geometry = feature.geometry;
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return feature;
  const rightWay = (rings: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  const coordinates = geometry.type === 'Polygon' ? rightWay(geometry.coordinates) : geometry.coordinates.map(rightWay);
  return { ...feature, geometry: { ...geometry, coordinates } as Geometry };
}

/** Every country of the atlas at the frame's detail, each wound inward. */
export function countriesOf(frame: MapFrame): { topology: Countries; features: Feature<Geometry, CountryProperties>[] } {
  const topology = readAtlas(frame.detail);
  const all = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  return { topology, features: all.features.map(woundInward) };
}

/** The base map of a frame: plain SVG path data, coordinates to one decimal. */
export function buildBaseMap(frame: MapFrame): BaseMap {
  const projection = frameProjection(frame);
  const draw = geoPath({ stream: (sink) => projection.stream(decimate(frame.simplify, sink)) }).digits(1);
  const { topology, features } = countriesOf(frame);
  const countries = topology.objects.countries;
  const others: FeatureCollection = { type: 'FeatureCollection', features: features.filter((f) => String(f.id) !== LIBYA_ID) };
  const libya = features.find((f) => String(f.id) === LIBYA_ID) as Feature;
  return {
    frame,
    width: frame.width,
    height: frameHeight(frame),
    land: draw(others) ?? '',
    libya: draw(libya) ?? '',
    borders: draw(mesh(topology, countries, (a, b) => a !== b)) ?? '',
    coast: draw(mesh(topology, countries, (a, b) => a === b)) ?? '',
    countryLabels: frame.countryLabels.map(({ name, name_ar, at }) => ({ name, name_ar, at: projectPoint(projection, at) })),
    seaLabels: frame.seaLabels.map(({ name, name_ar, at }) => ({ name, name_ar, at: projectPoint(projection, at) })),
  };
}

const memo = new Map<MapFrameId, BaseMap>();

/** The frame's base map, computed on first use and kept for the life of the process. */
export function baseMap(id: MapFrameId): BaseMap {
  let map = memo.get(id);
  if (!map) {
    map = buildBaseMap(MAP_FRAMES[id]);
    memo.set(id, map);
  }
  return map;
}
