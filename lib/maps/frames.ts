/**
 * The fixed map frames the site draws. Every map is one of these, so the
 * base map of each (land, borders, coast) is computed once per process and
 * shared by every article.
 */
export type LonLat = readonly [longitude: number, latitude: number];

export type MapFrame = {
  id: MapFrameId;
  /** Short name, used in the map's accessible title; `name_ar` for the Arabic edition. */
  name: string;
  name_ar: string;
  /** South-west and north-east corners, in degrees. */
  southWest: LonLat;
  northEast: LonLat;
  /** Width of the viewBox in SVG units; the height follows from the projection. */
  width: number;
  /** Natural Earth scale: 1:50m is plenty for the whole country, 1:10m for the close-up. */
  detail: '10m' | '50m';
  /** Vertices closer than this (SVG units) to the previous one are dropped from the base map. */
  simplify: number;
  /** Country names drawn on the base map, at hand-chosen points (in English and Arabic). */
  countryLabels: readonly MapLabel[];
  /** Sea names, drawn in italics. */
  seaLabels: readonly MapLabel[];
};

export type MapLabel = { name: string; name_ar: string; at: LonLat };

export type MapFrameId = 'libya' | 'west';

export const MAP_FRAMES: Record<MapFrameId, MapFrame> = {
  libya: {
    id: 'libya',
    name: 'Libya and its neighbours',
    name_ar: 'ليبيا والدول المجاورة',
    southWest: [8, 19],
    northEast: [32.5, 35.2],
    width: 480,
    detail: '50m',
    simplify: 1,
    countryLabels: [
      { name: 'LIBYA', name_ar: 'ليبيا', at: [17.5, 26.5] },
      { name: 'TUNISIA', name_ar: 'تونس', at: [9.5, 33.4] },
      { name: 'ALGERIA', name_ar: 'الجزائر', at: [9.6, 27.5] },
      { name: 'NIGER', name_ar: 'النيجر', at: [11.2, 20.2] },
      { name: 'CHAD', name_ar: 'تشاد', at: [19.2, 20.2] },
      { name: 'SUDAN', name_ar: 'السودان', at: [26.6, 20.2] },
      { name: 'EGYPT', name_ar: 'مصر', at: [28.7, 26.5] },
    ],
    seaLabels: [{ name: 'Mediterranean Sea', name_ar: 'البحر المتوسط', at: [18, 34.3] }],
  },
  west: {
    id: 'west',
    name: 'North-western Libya, Tripoli to Sirte',
    name_ar: 'شمال غرب ليبيا، من طرابلس إلى سرت',
    southWest: [10, 30.3],
    northEast: [17.1, 33.5],
    width: 480,
    detail: '10m',
    simplify: 1,
    countryLabels: [
      { name: 'LIBYA', name_ar: 'ليبيا', at: [15.2, 30.7] },
      { name: 'TUNISIA', name_ar: 'تونس', at: [10.75, 32.3] },
    ],
    seaLabels: [{ name: 'Mediterranean Sea', name_ar: 'البحر المتوسط', at: [14.8, 33.2] }],
  },
};

/** True if the point lies inside the frame's corners. */
export function inFrame(frame: MapFrame, [lon, lat]: LonLat): boolean {
  return lon >= frame.southWest[0] && lon <= frame.northEast[0] && lat >= frame.southWest[1] && lat <= frame.northEast[1];
}

/**
 * The frame for a set of places: the north-western close-up when every
 * place inside Libya's frame fits in it (most of the war's stories), else
 * the whole country.
 */
export function frameFor(points: readonly LonLat[]): MapFrame {
  const local = points.filter((point) => inFrame(MAP_FRAMES.libya, point));
  if (local.length > 0 && local.every((point) => inFrame(MAP_FRAMES.west, point))) return MAP_FRAMES.west;
  return MAP_FRAMES.libya;
}
