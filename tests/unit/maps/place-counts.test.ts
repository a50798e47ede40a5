import { describe, expect, it } from 'vitest';
import type { Person, Place, Topic } from '@/lib/content/registries';
import { placeCounts } from '@/lib/maps/place-counts';

const place = (key: string, latitude: number, longitude: number): Place =>
  ({ key, name: key, aliases: [], latitude, longitude, approximate: false }) as Place;
const TRIPOLI = place('tripoli', 32.887, 13.191);
const GHARYAN = place('gharyan', 32.17, 13.017);
const TOPIC: Topic = { key: 'tripoli-offensive', name: 'Battle for Tripoli', aliases: [] };
const PERSON: Person = { key: 'khalifa-hifter', name: 'Khalifa Hifter', aliases: [] };

describe('placeCounts', () => {
  it('keeps the places with their counts, in order, and leaves out entries that are not places', () => {
    expect(
      placeCounts([
        { entry: TOPIC, count: 7 },
        { entry: GHARYAN, count: 3 },
        { entry: PERSON, count: 2 },
        { entry: TRIPOLI, count: 5 },
      ]),
    ).toEqual([
      { place: GHARYAN, count: 3 },
      { place: TRIPOLI, count: 5 },
    ]);
  });

  it('keeps a place with no stories, and gives the registry entry itself', () => {
    const [counted] = placeCounts([{ entry: TRIPOLI, count: 0 }]);
    expect(counted).toEqual({ place: TRIPOLI, count: 0 });
    expect(counted!.place).toBe(TRIPOLI);
  });

  it('gives nothing for no places', () => {
    expect(placeCounts([])).toEqual([]);
    expect(placeCounts([{ entry: TOPIC, count: 1 }])).toEqual([]);
  });
});
