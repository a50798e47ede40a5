import type { Lang } from '../i18n/lang';
import { entryName } from '../i18n/entry-name';
import type { Place } from '../content/registries';
import { baseMap, type BaseMap } from './base-map';
import { frameFor, inFrame, type MapFrameId } from './frames';
import { estimateTextWidth, placeLabels, type Anchor, type Box } from './label-placement';
import { frameProjection, projectPoint } from './projection';

/** Font sizes of map text, in SVG units (the components use the same numbers). */
export const PLACE_LABEL_SIZE = 13;
export const COUNTRY_LABEL_SIZE = 10;
export const SEA_LABEL_SIZE = 11;

export type MapPoint = {
  key: string;
  name: string;
  href: string;
  x: number;
  y: number;
  radius: number;
  /** The article's dateline, or the page's own place. */
  emphasis: boolean;
  /** How many stories name the place (coverage map only). */
  count?: number;
  label?: { x: number; y: number; anchor: Anchor; width: number };
};

export type PlaceMapData = {
  base: BaseMap;
  /** Points inside the frame, biggest first so small ones draw on top. */
  points: MapPoint[];
  /** Named places beyond the frame (Berlin, Geneva…), listed in text only. */
  outside: { key: string; name: string; href: string }[];
};

export type PlaceInput = { place: Place; emphasis?: boolean; count?: number; radius?: number };

export function placePath(key: string, lang: Lang = 'en'): string {
  return `${lang === 'ar' ? '/ar' : ''}/places/${key}`;
}

/** Fixed text on the base map that place labels must not cover. */
function baseLabelBoxes(base: BaseMap): Box[] {
  const box = (text: string, size: number, at: { x: number; y: number }, spacing: number): Box => {
    const width = estimateTextWidth(text, size) + spacing * text.length;
    return { x: at.x - width / 2, y: at.y - size * 0.8, width, height: size };
  };
  return [
    ...base.countryLabels.map((l) => box(l.name, COUNTRY_LABEL_SIZE, l.at, 1.5)),
    ...base.seaLabels.map((l) => box(l.name, SEA_LABEL_SIZE, l.at, 0)),
  ];
}

/**
 * Places on a frame's base map, each a point with a label placed clear of
 * the others. Emphasised places, then bigger ones, win label space first.
 */
export function placeMap(frameId: MapFrameId, inputs: readonly PlaceInput[], lang: Lang = 'en'): PlaceMapData {
  const base = baseMap(frameId);
  const projection = frameProjection(base.frame);
  const inside = inputs.filter(({ place }) => inFrame(base.frame, [place.longitude, place.latitude]));
  const outside = inputs
    .filter((input) => !inside.includes(input))
    .map(({ place }) => ({ key: place.key, name: entryName(place, lang), href: placePath(place.key, lang) }));
  const points: MapPoint[] = inside.map(({ place, emphasis = false, count, radius }) => ({
    key: place.key,
    name: entryName(place, lang),
    href: placePath(place.key, lang),
    ...projectPoint(projection, [place.longitude, place.latitude]),
    radius: radius ?? (emphasis ? 5 : 3.5),
    emphasis,
    ...(count === undefined ? {} : { count }),
  }));
  const { placed } = placeLabels(
    points.map((point) => ({
      id: point.key,
      x: point.x,
      y: point.y,
      radius: point.radius,
      text: point.name,
      fontSize: PLACE_LABEL_SIZE,
      priority: (point.emphasis ? 1000 : 0) + (point.count ?? 0) * 10 + point.radius,
    })),
    base.width,
    base.height,
    baseLabelBoxes(base),
  );
  const labels = new Map(placed.map((label) => [label.id, label]));
  const labelled = points.map((point) => {
    const label = labels.get(point.key);
    return label ? { ...point, label: { x: label.x, y: label.y, anchor: label.anchor, width: label.width } } : point;
  });
  return { base, points: labelled.sort((a, b) => b.radius - a.radius), outside };
}

/**
 * An article's locator map: its places, the dateline emphasised, on the
 * north-western close-up when they all fit there, else on the whole country.
 */
export function articleMap(article: { places: readonly Place[]; dateline?: Place }, lang: Lang = 'en'): PlaceMapData | undefined {
  if (article.places.length === 0) return undefined;
  const frame = frameFor(article.places.map((place) => [place.longitude, place.latitude] as const));
  return placeMap(
    frame.id,
    article.places.map((place) => ({ place, emphasis: place.key === article.dateline?.key })),
    lang,
  );
}

/** One place on the map that fits it, emphasised. */
export function singlePlaceMap(place: Place): PlaceMapData {
  const frame = frameFor([[place.longitude, place.latitude]]);
  return placeMap(frame.id, [{ place, emphasis: true }]);
}

function listNames(names: readonly string[], lang: Lang): string {
  if (names.length <= 1) return names.join('');
  return lang === 'ar' ? `${names.slice(0, -1).join('، ')} و${names.at(-1)}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The map's text alternative: what it shows, place by place. */
export function describePlaceMap(map: PlaceMapData, lang: Lang = 'en'): string {
  const inside = map.points
    .slice()
    .sort((a, b) => Number(b.emphasis) - Number(a.emphasis) || a.name.localeCompare(b.name, lang))
    .map((point) => (point.count === undefined ? point.name : `${point.name} (${point.count})`));
  const outside = map.outside.map((p) => p.name);
  if (lang === 'ar') {
    let text = `خريطة ${map.base.frame.name_ar}`;
    if (inside.length > 0) text += `، تظهر عليها ${listNames(inside, lang)}`;
    text += '.';
    if (outside.length > 0) text += ` خارج الخريطة: ${listNames(outside, lang)}.`;
    return text;
  }
  const frame = map.base.frame.name;
  const parts = [`A map of ${frame[0]!.toLowerCase()}${frame.slice(1)}`];
  if (inside.length > 0) parts.push(`marking ${listNames(inside, lang)}`);
  let text = parts.join(', ');
  text += '.';
  if (outside.length > 0) text += ` Beyond the map: ${listNames(outside, lang)}.`;
  return text;
}
