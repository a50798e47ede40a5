import { describe, expect, it } from 'vitest';
import type { Place } from '../../../lib/content/registries';
import { COVERAGE_MAP_PLACES, coverageMaps, coverageRadius, MAX_COVERAGE_RADIUS, rankPlaces } from '../../../lib/maps/coverage-map';

/** A place in Libya's north-west, spread over a small grid so every one falls inside both frames. */
function place(n: number): Place {
  return {
    key: `place-${n}`,
    name: `Place ${String(n).padStart(3, '0')}`,
    latitude: 32 + (n % 10) * 0.05,
    longitude: 13 + Math.floor(n / 10) * 0.05,
    aliases: [],
    description: 'A place.',
  } as unknown as Place;
}

describe('coverageRadius', () => {
  it('gives the largest count the largest marker and never a marker too small to see', () => {
    expect(coverageRadius(40, 40)).toBe(MAX_COVERAGE_RADIUS);
    expect(coverageRadius(1, 10_000)).toBeGreaterThanOrEqual(2.5);
    expect(coverageRadius(10, 40)).toBeLessThan(coverageRadius(20, 40));
  });
});

describe('rankPlaces', () => {
  it('drops places no story names and puts the most-named first, ties by name', () => {
    const ranked = rankPlaces([
      { place: place(3), count: 2 },
      { place: place(1), count: 0 },
      { place: place(2), count: 5 },
      { place: place(4), count: 2 },
    ]);
    expect(ranked.map(({ place }) => place.key)).toEqual(['place-2', 'place-3', 'place-4']);
  });
});

describe('coverageMaps', () => {
  it(`marks at most ${COVERAGE_MAP_PLACES} places, the most-named ones, however many the registry has`, () => {
    const counts = Array.from({ length: 300 }, (_, n) => ({ place: place(n), count: n + 1 }));
    const { libya, west } = coverageMaps(counts);
    const marked = new Set([...libya.points, ...west.points].map((point) => point.key));
    expect(marked.size).toBeLessThanOrEqual(COVERAGE_MAP_PLACES);
    expect(marked.has('place-299')).toBe(true);
    expect(marked.has('place-0')).toBe(false);
  });

  it('marks every named place when there are fewer than the limit', () => {
    const counts = Array.from({ length: 12 }, (_, n) => ({ place: place(n), count: n % 3 }));
    const { west } = coverageMaps(counts);
    expect(west.points.map((point) => point.key).sort()).toEqual(
      counts.filter(({ count }) => count > 0).map(({ place }) => place.key).sort(),
    );
  });
});
