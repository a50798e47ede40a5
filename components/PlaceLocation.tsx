import type { Place } from '@/lib/content/registries';
import { describePlaceMap, type PlaceMapData } from '@/lib/maps/place-map';
import { PlaceMap } from './PlaceMap';
import { Stylesheet } from './Stylesheet';

/** A place page's map: where the place is, or a note when it lies beyond the map of Libya. */
export function PlaceLocation({ place, map }: { place: Place; map: PlaceMapData }) {
  if (map.points.length === 0) {
    return (
      <>
        <Stylesheet sheet="taxonomy" />
        <p className="page-header__facts">{place.name} lies beyond our maps of Libya.</p>
      </>
    );
  }
  return (
    <>
      <Stylesheet sheet="taxonomy" />
      <figure className="locator locator--place">
        <PlaceMap
          map={map}
          id="place-map"
          title={`Map: where ${place.name} is`}
          description={describePlaceMap(map)}
        />
        <figcaption className="locator__caption">
          {place.name} on a map of {map.base.frame.name.replace(/^N/, 'n')}
          {place.approximate ? ' (approximate location)' : ''}.
        </figcaption>
      </figure>
    </>
  );
}
