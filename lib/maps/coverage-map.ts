import { scaleSqrt } from 'd3-scale';
import type { Place } from '../content/registries';
import { placeMap, type PlaceMapData } from './place-map';

export type PlaceCount = { place: Place; count: number };

/** Largest marker radius on the coverage map, in SVG units. */
export const MAX_COVERAGE_RADIUS = 14;
const MIN_COVERAGE_RADIUS = 2.5;

/** Marker radius for a story count: area proportional to the count. */
export function coverageRadius(count: number, maxCount: number): number {
  const area = scaleSqrt().domain([0, Math.max(1, maxCount)]).range([0, MAX_COVERAGE_RADIUS]);
  return Math.round(Math.max(MIN_COVERAGE_RADIUS, area(count)) * 10) / 10;
}

/**
 * How many places the coverage maps and their table show: the most-covered
 * ones. Pages stay small (and maps legible) however large the places
 * registry grows; /places lists every place. Each place costs about 1 KB of
 * /libya/map (its table row and one or two map points, in the HTML and again
 * in the RSC payload): at 50, the page was 112 KB with the bench's 600 places.
 */
export const COVERAGE_MAP_PLACES = 40;

/**
 * The coverage maps: the places named by the most stories (at most
 * COVERAGE_MAP_PLACES), sized by how many, on the whole country and on the
 * north-western close-up where most of the fighting was.
 */
export function coverageMaps(counts: readonly PlaceCount[]): { libya: PlaceMapData; west: PlaceMapData } {
  const named = rankPlaces(counts).slice(0, COVERAGE_MAP_PLACES);
  const max = Math.max(0, ...named.map(({ count }) => count));
  const inputs = named.map(({ place, count }) => ({ place, count, radius: coverageRadius(count, max) }));
  return { libya: placeMap('libya', inputs), west: placeMap('west', inputs) };
}

/** Places named by at least one story, most stories first, then by name. */
export function rankPlaces(counts: readonly PlaceCount[]): PlaceCount[] {
  return counts
    .filter(({ count }) => count > 0)
    .sort((a, b) => b.count - a.count || a.place.name.localeCompare(b.place.name, 'en'));
}
