import { gzipSync } from 'node:zlib';
import { geoContains, geoPath } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';
import { describe, expect, it } from 'vitest';
import { baseMap, LIBYA_ID } from '../../../lib/maps/base-map';
import { frameFor, inFrame, MAP_FRAMES } from '../../../lib/maps/frames';
import { frameHeight, frameProjection, projectPoint } from '../../../lib/maps/projection';

const TRIPOLI = [13.19, 32.89] as const;
const topology = countries as unknown as Topology<{ countries: GeometryCollection }>;
const libya = (feature(topology, topology.objects.countries) as { features: Feature[] }).features.find(
  (f) => String(f.id) === LIBYA_ID,
)!;

/** Every number in an SVG path's data. */
function numbers(d: string): number[] {
  return [...d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

describe('map projection', () => {
  it('Natural Earth puts Tripoli inside Libya', () => {
    expect(geoContains(libya, [...TRIPOLI])).toBe(true);
  });

  for (const frame of Object.values(MAP_FRAMES)) {
    it(`projects Tripoli (32.89N 13.19E) inside Libya's path bounds on the ${frame.id} frame`, () => {
      const projection = frameProjection(frame);
      const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(libya);
      const { x, y } = projectPoint(projection, TRIPOLI);
      expect(x).toBeGreaterThan(x0);
      expect(x).toBeLessThan(x1);
      expect(y).toBeGreaterThan(y0);
      expect(y).toBeLessThan(y1);
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(frame.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(frameHeight(frame));
    });
  }

  it('puts north at the top and east to the right', () => {
    const projection = frameProjection(MAP_FRAMES.libya);
    const tripoli = projectPoint(projection, TRIPOLI);
    const sabha = projectPoint(projection, [14.43, 27.04]);
    const benghazi = projectPoint(projection, [20.07, 32.12]);
    expect(sabha.y).toBeGreaterThan(tripoli.y);
    expect(benghazi.x).toBeGreaterThan(tripoli.x);
  });

  it('fits the frame corners to the viewBox corners', () => {
    const frame = MAP_FRAMES.west;
    const projection = frameProjection(frame);
    const sw = projectPoint(projection, frame.southWest);
    const ne = projectPoint(projection, frame.northEast);
    expect(sw.x).toBeCloseTo(0, 0);
    expect(sw.y).toBeCloseTo(frameHeight(frame), 0);
    expect(ne.x).toBeCloseTo(frame.width, 0);
    expect(ne.y).toBeCloseTo(0, 0);
  });
});

describe('base map', () => {
  for (const id of ['libya', 'west'] as const) {
    it(`${id}: paths stay inside the viewBox, round to one decimal and weigh under 30 KB gzip`, () => {
      const map = baseMap(id);
      const d = [map.land, map.libya, map.borders, map.coast];
      for (const path of d) expect(path.length).toBeGreaterThan(0);
      const all = d.flatMap(numbers);
      expect(all.every((n) => Math.round(n * 10) / 10 === n)).toBe(true);
      expect(Math.min(...all)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...all)).toBeLessThanOrEqual(map.width);
      expect(gzipSync(d.join('')).length).toBeLessThan(30 * 1024);
    });
  }

  it('is computed once per process', () => {
    expect(baseMap('libya')).toBe(baseMap('libya'));
  });
});

describe('frames', () => {
  it('chooses the north-western close-up only when every place in Libya fits in it', () => {
    expect(frameFor([TRIPOLI, [12.248, 31.931]]).id).toBe('west');
    // Berlin is beyond both frames and does not widen the map.
    expect(frameFor([TRIPOLI, [13.405, 52.52]]).id).toBe('west');
    expect(frameFor([TRIPOLI, [20.067, 32.117]]).id).toBe('libya');
    expect(frameFor([[13.405, 52.52]]).id).toBe('libya');
  });

  it('knows what lies inside a frame', () => {
    expect(inFrame(MAP_FRAMES.libya, [31.236, 30.044])).toBe(true); // Cairo
    expect(inFrame(MAP_FRAMES.libya, [6.143, 46.204])).toBe(false); // Geneva
  });
});

describe('describePlaceMap', () => {
  it('names the frame and the places, dateline first, and what lies beyond', async () => {
    const { articleMap, describePlaceMap } = await import('../../../lib/maps/place-map');
    const place = (key: string, name: string, latitude: number, longitude: number) => ({
      key,
      name,
      latitude,
      longitude,
      aliases: [],
      approximate: false,
    });
    const gharyan = place('gharyan', 'Gharyan', 32.17, 13.017);
    const map = articleMap({
      places: [place('tripoli', 'Tripoli', 32.887, 13.191), gharyan, place('berlin', 'Berlin', 52.52, 13.405)],
      dateline: gharyan,
    })!;
    expect(map.base.frame.id).toBe('west');
    expect(map.points.find((p) => p.key === 'gharyan')!.emphasis).toBe(true);
    expect(map.outside.map((p) => p.key)).toEqual(['berlin']);
    expect(describePlaceMap(map)).toBe(
      'A map of north-western Libya, Tripoli to Sirte, marking Gharyan and Tripoli. Beyond the map: Berlin.',
    );
  });
});
