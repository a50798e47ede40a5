import { geoMercator, type GeoProjection } from 'd3-geo';
import type { LonLat, MapFrame } from './frames';

export type Projected = { x: number; y: number };

/** Height of the frame's viewBox for its width (Mercator keeps the corners' aspect). */
export function frameHeight(frame: MapFrame): number {
  const unit = geoMercator().scale(1).translate([0, 0]);
  const [x0, y0] = unit([frame.southWest[0], frame.northEast[1]])!;
  const [x1, y1] = unit([frame.northEast[0], frame.southWest[1]])!;
  return Math.round((frame.width * (y1 - y0)) / (x1 - x0));
}

/**
 * The frame's Mercator projection, fitted so the frame's corners fill the
 * viewBox exactly and clipped to it (geometry outside is cut away).
 */
export function frameProjection(frame: MapFrame): GeoProjection {
  const height = frameHeight(frame);
  const [w, s] = frame.southWest;
  const [e, n] = frame.northEast;
  return geoMercator()
    .fitExtent(
      [
        [0, 0],
        [frame.width, height],
      ],
      { type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] },
    )
    .clipExtent([
      [0, 0],
      [frame.width, height],
    ]);
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Where a longitude/latitude lands on the frame, rounded to 0.1 unit. */
export function projectPoint(projection: GeoProjection, point: LonLat): Projected {
  const [x, y] = projection([point[0], point[1]])!;
  return { x: round1(x), y: round1(y) };
}
