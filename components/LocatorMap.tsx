import type { Place } from '@/lib/content/registries';
import { entryName } from '@/lib/i18n/entry-name';
import type { Lang } from '@/lib/i18n/lang';
import { describePlaceMap, placePath, type PlaceMapData } from '@/lib/maps/place-map';
import { PlaceMap } from './PlaceMap';
import { SiteLink } from './SiteLink';

type Props = { map: PlaceMapData; places: readonly Place[]; dateline?: Place; id?: string; heading?: string; lang?: Lang };

const WORDS = {
  en: { heading: 'Where this story happened', map: 'Map', dateline: 'dateline', beyond: 'beyond the map', and: ', ' },
  ar: { heading: 'أين وقعت الأحداث', map: 'خريطة', dateline: 'مكان الخبر', beyond: 'خارج الخريطة', and: '، ' },
} as const;

/** An article's locator map, with the same places as a list of links below it. */
export function LocatorMap({ map, places, dateline, id = 'locator-map', heading, lang = 'en' }: Props) {
  const words = WORDS[lang];
  const title = heading ?? words.heading;
  const outside = new Set(map.outside.map((place) => place.key));
  return (
    <figure className="locator">
      <PlaceMap
        map={map}
        id={id}
        title={lang === 'ar' ? `${words.map}: ${title}` : `${words.map}: ${title.toLowerCase()}`}
        description={describePlaceMap(map, lang)}
        lang={lang}
      />
      <figcaption className="locator__caption">
        <span className="locator__heading">{title}:</span>{' '}
        <ul className="inline-list">
          {places.map((place) => {
            // One bracket for both notes: "Geneva (dateline, beyond the map)".
            const notes = [place.key === dateline?.key && words.dateline, outside.has(place.key) && words.beyond].filter(Boolean);
            return (
              <li key={place.key}>
                <SiteLink href={placePath(place.key, lang)}>{entryName(place, lang)}</SiteLink>
                {notes.length > 0 ? ` (${notes.join(words.and)})` : null}
              </li>
            );
          })}
        </ul>
      </figcaption>
    </figure>
  );
}
