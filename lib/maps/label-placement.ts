/**
 * Deterministic label placement for map points: each label tries a fixed
 * list of positions around its point, in order, and takes the first that
 * stays inside the map and overlaps no label already placed and no other
 * point. Points are handled in priority order (highest first, then input
 * order), so the same input always gives the same map. If no position
 * next to the point is free, the same eight are tried a little farther out. A position nearer
 * to another point's marker than to its own is not free: a reader would take the label for that
 * point's (a "Tripoli" set beside a smaller dot next to Tripoli's). A label with no free
 * position is left off; the map's text list still names the place.
 */

export type Box = { x: number; y: number; width: number; height: number };
export type Anchor = 'start' | 'middle' | 'end';

export type LabelRequest = {
  id: string;
  /** The point's centre and marker radius, in SVG units. */
  x: number;
  y: number;
  radius: number;
  text: string;
  fontSize: number;
  /** Higher goes first. Defaults to 0. */
  priority?: number;
};

export type PlacedLabel = {
  id: string;
  /** Text position: `x` is the anchor point, `y` the baseline. */
  x: number;
  y: number;
  anchor: Anchor;
  /**
   * The width the placement assumed: render the text with this
   * `textLength` so every browser and font draws it exactly that wide.
   */
  width: number;
  box: Box;
};

export type Placement = { placed: PlacedLabel[]; dropped: string[] };

const NARROW = new Set("ijlt.,:;'!|() -fr");
const WIDE = new Set('mwMW');

/** Estimated rendered width of `text` in a semibold sans-serif face at `fontSize` (errs wide). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (NARROW.has(char)) em += 0.36;
    else if (WIDE.has(char)) em += 0.96;
    else if (char >= 'A' && char <= 'Z') em += 0.76;
    else em += 0.64;
  }
  return em * fontSize;
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Labels keep this far (SVG units) from the map's edges. */
const EDGE = 2;

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= EDGE && box.y >= EDGE && box.x + box.width <= width - EDGE && box.y + box.height <= height - EDGE;
}

/** Candidate positions, best first: right, left, above-right, below-right, above-left, below-left, above, below. */
const CANDIDATES: readonly { dx: -1 | 0 | 1; dy: -1 | 0 | 1 }[] = [
  { dx: 1, dy: 0 },
  { dx: -1, dy: 0 },
  { dx: 1, dy: -1 },
  { dx: 1, dy: 1 },
  { dx: -1, dy: -1 },
  { dx: -1, dy: 1 },
  { dx: 0, dy: -1 },
  { dx: 0, dy: 1 },
];

const GAP = 3;
/** Line height and ascent of sans-serif text, in ems. */
const LINE = 1.2;
const ASCENT = 0.95;
/** Candidates are tried close to the point first, then a little farther out. */
const RINGS = [0, 6];
const PAD = 1;

function candidate(request: LabelRequest, dx: -1 | 0 | 1, dy: -1 | 0 | 1, extra: number): PlacedLabel {
  const width = estimateTextWidth(request.text, request.fontSize);
  // A line box: ascenders and descenders, as the browser measures text.
  const height = request.fontSize * LINE;
  const reach = request.radius + GAP + extra;
  // Diagonal positions sit a little closer so the label still reads as the point's.
  const offset = dx !== 0 && dy !== 0 ? reach * 0.75 : reach;
  const left = dx === 1 ? request.x + offset : dx === -1 ? request.x - offset - width : request.x - width / 2;
  const top =
    dy === -1 ? request.y - offset - height : dy === 1 ? request.y + offset : request.y - height / 2;
  const anchor: Anchor = dx === 1 ? 'start' : dx === -1 ? 'end' : 'middle';
  const textX = anchor === 'start' ? left : anchor === 'end' ? left + width : left + width / 2;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    id: request.id,
    x: round(textX),
    y: round(top + request.fontSize * ASCENT),
    anchor,
    width: round(width),
    box: { x: left - PAD, y: top - PAD, width: width + 2 * PAD, height: height + 2 * PAD },
  };
}

/** How far a box is from a marker's edge (0 when they touch or overlap). */
function distanceToMarker(box: Box, marker: Marker): number {
  const dx = Math.max(box.x - marker.x, 0, marker.x - (box.x + box.width));
  const dy = Math.max(box.y - marker.y, 0, marker.y - (box.y + box.height));
  return Math.max(0, Math.hypot(dx, dy) - marker.radius);
}

function markerBox(request: Marker): Box {
  const r = request.radius + 1;
  return { x: request.x - r, y: request.y - r, width: 2 * r, height: 2 * r };
}

/** A point with no label to place in this call, whose marker labels must still keep clear of. */
export type Marker = Pick<LabelRequest, 'x' | 'y' | 'radius'>;

/**
 * Places as many labels as fit without overlaps, inside a `width` × `height`
 * map, avoiding `obstacles` (fixed text such as country names) and the markers of `others`
 * (points labelled elsewhere, e.g. in an earlier pass).
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  width: number,
  height: number,
  obstacles: readonly Box[] = [],
  others: readonly Marker[] = [],
): Placement {
  const order = requests
    .map((request, index) => ({ request, index }))
    .sort((a, b) => (b.request.priority ?? 0) - (a.request.priority ?? 0) || a.index - b.index);
  const points: readonly (Marker & { id?: string })[] = [...requests, ...others];
  const markers = points.map((point) => ({ id: point.id, box: markerBox(point) }));
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];
  for (const { request } of order) {
    const fit = RINGS.flatMap((extra) => CANDIDATES.map(({ dx, dy }) => candidate(request, dx, dy, extra))).find(
      (label) =>
        inside(label.box, width, height) &&
        !placed.some((other) => overlaps(label.box, other.box)) &&
        !obstacles.some((box) => overlaps(label.box, box)) &&
        !markers.some((marker) => marker.id !== request.id && overlaps(label.box, marker.box)) &&
        !points.some((other) => other !== request && distanceToMarker(label.box, other) < distanceToMarker(label.box, request)),
    );
    if (fit) placed.push(fit);
    else dropped.push(request.id);
  }
  return { placed, dropped };
}
