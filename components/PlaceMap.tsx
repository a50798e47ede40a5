import type { Lang } from '@/lib/i18n/lang';
import type { MapPoint, PlaceMapData } from '@/lib/maps/place-map';
import { baseMapHref } from '@/lib/maps/base-map-image';
import { COUNTRY_LABEL_SIZE, PLACE_LABEL_SIZE, SEA_LABEL_SIZE } from '@/lib/maps/place-map';
import { Stylesheet } from './Stylesheet';

type Props = {
  map: PlaceMapData;
  /** Unique on the page: prefixes the title and description ids. */
  id: string;
  title: string;
  description: string;
  /** Make each point a link to its place page (the coverage map). */
  linked?: boolean;
  /** Language of the labels: Arabic maps name countries, seas and places in Arabic. */
  lang?: Lang;
};

function storyCount(count: number): string {
  return `${count} ${count === 1 ? 'story' : 'stories'}`;
}

function Point({ point, lang }: { point: MapPoint; lang: Lang }) {
  return (
    <>
      <circle
        className={point.emphasis ? 'map__point map__point--emphasis' : 'map__point'}
        cx={point.x}
        cy={point.y}
        r={point.radius}
      />
      {point.label ? (
        <text
          className={point.emphasis ? 'map__label map__label--emphasis' : 'map__label'}
          x={point.label.x}
          y={point.label.y}
          textAnchor={point.label.anchor}
          // Latin labels are fitted to the width placement assumed; Arabic ones keep their natural,
          // narrower width (stretching joined letters distorts them).
          {...(lang === 'en' ? { textLength: point.label.width, lengthAdjust: 'spacingAndGlyphs' } : {})}
          fontSize={PLACE_LABEL_SIZE}
        >
          {point.name}
        </text>
      ) : null}
    </>
  );
}

/**
 * A server-rendered map: the frame's geography (one cached SVG file), its
 * country and sea names, then the places as points with their labels. Colours come from CSS custom properties, so it follows
 * the reader's light or dark scheme and prints.
 */
export function PlaceMap({ map, id, title, description, linked = false, lang = 'en' }: Props) {
  const { base, points } = map;
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <>
      <Stylesheet sheet="maps" />
      <svg
        className="map"
        viewBox={`0 0 ${base.width} ${base.height}`}
        width={base.width}
        height={base.height}
        role={linked ? 'group' : 'img'}
        // Label positions are computed left to right; text-anchor must not flip on an Arabic page.
        direction="ltr"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <g aria-hidden="true">
          {/* The geography is one cached file per frame; the page carries only what is particular to it. */}
          <use href={baseMapHref(base.frame.id)} />
          {base.countryLabels.map((label) => (
            <text key={label.name} className="map__country" x={label.at.x} y={label.at.y} fontSize={COUNTRY_LABEL_SIZE}>
              {lang === 'ar' ? label.name_ar : label.name}
            </text>
          ))}
          {base.seaLabels.map((label) => (
            <text key={label.name} className="map__sea-label" x={label.at.x} y={label.at.y} fontSize={SEA_LABEL_SIZE}>
              {lang === 'ar' ? label.name_ar : label.name}
            </text>
          ))}
        </g>
        {points.map((point) =>
          linked ? (
            <a key={point.key} href={point.href} aria-label={point.count === undefined ? point.name : `${point.name}: ${storyCount(point.count)}`}>
              <Point point={point} lang={lang} />
            </a>
          ) : (
            <g key={point.key}>
              <Point point={point} lang={lang} />
            </g>
          ),
        )}
      </svg>
    </>
  );
}
