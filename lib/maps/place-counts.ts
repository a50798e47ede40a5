import type { Place } from '../content/registries';
import type { EntryCount } from '../taxonomy';
import type { PlaceCount } from './coverage-map';

/** The places' story counts (from the places index), typed as places. */
export function placeCounts(entries: readonly EntryCount[]): PlaceCount[] {
  return entries.flatMap(({ entry, count }) =>
    'latitude' in entry ? [{ place: entry as Place, count }] : [],
  );
}
