import type { PlaceCount } from '@/lib/maps/coverage-map';
import { describePlaceMap, type PlaceMapData } from '@/lib/maps/place-map';
import { PlaceMap } from './PlaceMap';
import { SiteLink } from './SiteLink';
import { Stylesheet } from './Stylesheet';

type Props = {
  maps: { libya: PlaceMapData; west?: PlaceMapData };
  /** Places by number of stories, most first, for the table. */
  counts?: readonly PlaceCount[];
  id?: string;
};

/**
 * Every place our stories name, sized by how many do, each a link to its
 * place page; then the same numbers as a table.
 */
export function CoverageMap({ maps, counts, id = 'coverage-map' }: Props) {
  return (
    <>
      <Stylesheet sheet="data-table" />
      <div className="coverage-map">
        <figure className="coverage-map__figure">
          <PlaceMap
            map={maps.libya}
            id={`${id}-libya`}
            title="Map: places in our coverage across Libya, sized by number of stories"
            description={describePlaceMap(maps.libya)}
            linked
          />
          <figcaption>Libya and its neighbours. The bigger the circle, the more stories name the place.</figcaption>
        </figure>
        {maps.west ? (
          <figure className="coverage-map__figure">
            <PlaceMap
              map={maps.west}
              id={`${id}-west`}
              title="Map: places in our coverage in north-western Libya, sized by number of stories"
              description={describePlaceMap(maps.west)}
              linked
            />
            <figcaption>Close-up: the north-west from Tripoli to Sirte, where most of the fighting was.</figcaption>
          </figure>
        ) : null}
        {counts ? (
          <table className="data-table coverage-map__table">
            <caption>Places by number of stories</caption>
            <thead>
              <tr>
                <th scope="col">Place</th>
                <th scope="col" className="num">
                  Stories
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.map(({ place, count }) => (
                <tr key={place.key}>
                  <th scope="row">
                    <SiteLink href={`/places/${place.key}`}>{place.name}</SiteLink>
                  </th>
                  <td className="num">{count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </>
  );
}
