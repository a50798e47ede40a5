import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries10m from 'world-atlas/countries-10m.json';
import countries50m from 'world-atlas/countries-50m.json';
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
const ATLASES: Record<MapFrame['detail'], Countries> = {
  '10m': countries10m as unknown as Countries,
  '50m': countries50m as unknown as Countries,
};

/** The base map of a frame: plain SVG path data, coordinates to one decimal. */
export function buildBaseMap(frame: MapFrame): BaseMap {
  const projection = frameProjection(frame);
  const path = geoPath({ stream: (sink) => projection.stream(decimate(frame.simplify, sink)) }).digits(1);
  const topology = ATLASES[frame.detail];
  const countries = topology.objects.countries;
  const all = feature(topology, countries) as FeatureCollection<Geometry, CountryProperties>;
  const others: FeatureCollection = {
    type: 'FeatureCollection',
    features: all.features.filter((f) => String(f.id) !== LIBYA_ID),
  };
  const libya = all.features.find((f) => String(f.id) === LIBYA_ID) as Feature;
  return {
    frame,
    width: frame.width,
    height: frameHeight(frame),
    land: path(others) ?? '',
    libya: path(libya) ?? '',
    borders: path(mesh(topology, countries, (a, b) => a !== b)) ?? '',
    coast: path(mesh(topology, countries, (a, b) => a === b)) ?? '',
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
