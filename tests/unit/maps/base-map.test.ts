import { geoArea, geoContains } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBaseMap, countriesOf, woundInward } from '../../../lib/maps/base-map';
import { MAP_FRAMES } from '../../../lib/maps/frames';

/** A small square around Tripoli, its ring wound as d3-geo wants (clockwise) or the other way. */
const square = (clockwise: boolean): Feature<Polygon> => {
  const ring = [[13, 32], [13, 33], [14, 33], [14, 32], [13, 32]];
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [clockwise ? ring : [...ring].reverse()] } };
};

describe('woundInward', () => {
  it('reverses a polygon wound the wrong way (it covered the globe but itself) and leaves a right one as it is', () => {
    expect(geoArea(square(false))).toBeGreaterThan(2 * Math.PI);
    const fixed = woundInward(square(false));
    expect(geoArea(fixed)).toBeLessThan(0.001);
    expect(geoContains(fixed, [13.5, 32.5])).toBe(true);
    expect(woundInward(square(true))).toEqual(square(true));
  });

  it('fixes each polygon of a multipolygon on its own', () => {
    const [right, wrong] = [square(true), square(false)];
    const multi: Feature = { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [right.geometry.coordinates, wrong.geometry.coordinates] } };
    const fixed = woundInward(multi).geometry as { coordinates: unknown[] };
    expect(fixed.coordinates).toEqual([right.geometry.coordinates, right.geometry.coordinates]);
  });
});

describe('base maps', () => {
  for (const frame of Object.values(MAP_FRAMES)) {
    it(`leaves the sea of the ${frame.id} frame as sea: no country covers its sea label`, () => {
      const { features } = countriesOf(frame);
      for (const { at } of frame.seaLabels) expect(features.filter((country) => geoContains(country, [at[0], at[1]])).map((c) => c.properties.name)).toEqual([]);
      // The land layer is the neighbours' outlines, not a rectangle over the whole frame.
      expect(buildBaseMap(frame).land).not.toMatch(new RegExp(`M0,0L${frame.width},0L${frame.width},`));
    });
  }
});
