import type { Place } from '@/lib/content/registries';
import { describePlaceMap, type PlaceMapData } from '@/lib/maps/place-map';
import { PlaceMap } from './PlaceMap';
import { SiteLink } from './SiteLink';

type Props = { map: PlaceMapData; places: readonly Place[]; dateline?: Place; id?: string; heading?: string };

/** An article's locator map, with the same places as a list of links below it. */
export function LocatorMap({ map, places, dateline, id = 'locator-map', heading = 'Where this story happened' }: Props) {
  const outside = new Set(map.outside.map((place) => place.key));
  return (
    <figure className="locator">
      <PlaceMap map={map} id={id} title={`Map: ${heading.toLowerCase()}`} description={describePlaceMap(map)} />
      <figcaption className="locator__caption">
        <span className="locator__heading">{heading}:</span>{' '}
        <ul className="inline-list">
          {places.map((place) => (
            <li key={place.key}>
              <SiteLink href={`/places/${place.key}`}>{place.name}</SiteLink>
              {place.key === dateline?.key ? ' (dateline)' : null}
              {outside.has(place.key) ? ' (beyond the map)' : null}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
