import { describe, expect, it } from 'vitest';
import type { Place } from '../../../lib/content/registries';
import { articleMap, describePlaceMap, placePath } from '../../../lib/maps/place-map';

const place = (key: string, name: string, name_ar: string | undefined, latitude: number, longitude: number) =>
  ({ key, name, ...(name_ar ? { name_ar } : {}), latitude, longitude, aliases: [], description: 'x' }) as unknown as Place;

const TRIPOLI = place('tripoli', 'Tripoli', 'طرابلس', 32.887, 13.191);
const GHARYAN = place('gharyan', 'Gharyan', 'غريان', 32.17, 13.017);
const NAMELESS = place('zawiya', 'Zawiya', undefined, 32.757, 12.728);
const GENEVA = place('geneva', 'Geneva', 'جنيف', 46.2, 6.14);

describe('articleMap in Arabic', () => {
  const map = articleMap({ places: [TRIPOLI, GHARYAN, NAMELESS, GENEVA], dateline: TRIPOLI }, 'ar')!;

  it('names the places in Arabic (English where no Arabic name exists) and links the Arabic place pages', () => {
    expect(map.points.map((p) => [p.name, p.href]).sort()).toEqual([
      ['Zawiya', '/ar/places/zawiya'],
      ['طرابلس', '/ar/places/tripoli'],
      ['غريان', '/ar/places/gharyan'],
    ].sort());
    expect(map.outside).toEqual([{ key: 'geneva', name: 'جنيف', href: '/ar/places/geneva' }]);
  });

  it('puts the same points in the same places as the English map', () => {
    const english = articleMap({ places: [TRIPOLI, GHARYAN, NAMELESS, GENEVA], dateline: TRIPOLI })!;
    const at = (m: typeof map) => m.points.map((p) => [p.key, p.x, p.y, p.radius]).sort();
    expect(at(map)).toEqual(at(english));
    expect(english.points.find((p) => p.key === 'tripoli')!.name).toBe('Tripoli');
  });

  it('describes the map in Arabic, dateline first, with what lies beyond it', () => {
    const text = describePlaceMap(map, 'ar');
    expect(text.startsWith('خريطة شمال غرب ليبيا')).toBe(true);
    expect(text).toContain('تظهر عليها طرابلس، ');
    expect(text).toContain('خارج الخريطة: جنيف.');
    expect(text.replace('Zawiya', '')).not.toMatch(/[A-Za-z]/);
  });

  it('still describes the English map in English', () => {
    const english = articleMap({ places: [TRIPOLI, GHARYAN], dateline: TRIPOLI })!;
    expect(describePlaceMap(english)).toBe('A map of north-western Libya, Tripoli to Sirte, marking Tripoli and Gharyan.');
  });
});

describe('placePath', () => {
  it('gives each edition its own place pages', () => {
    expect(placePath('tripoli')).toBe('/places/tripoli');
    expect(placePath('tripoli', 'ar')).toBe('/ar/places/tripoli');
  });
});
