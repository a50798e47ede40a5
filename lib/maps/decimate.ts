import type { GeoStream } from 'd3-geo';

/**
 * A projected-geometry stream filter that drops points closer than
 * `tolerance` (in SVG units) to the last point kept, always keeping each
 * line's last point. Natural Earth's 1:10m coastline has far more vertices
 * than a 480-unit map can show; this keeps the shape and drops the bytes.
 */
export function decimate(tolerance: number, sink: GeoStream): GeoStream {
  let lastX = NaN;
  let lastY = NaN;
  let pending: [number, number] | undefined;
  return {
    point(x, y) {
      if (Math.hypot(x - lastX, y - lastY) < tolerance) {
        pending = [x, y];
        return;
      }
      sink.point(x, y);
      lastX = x;
      lastY = y;
      pending = undefined;
    },
    lineStart() {
      lastX = lastY = NaN;
      pending = undefined;
      sink.lineStart();
    },
    lineEnd() {
      if (pending) sink.point(pending[0], pending[1]);
      pending = undefined;
      sink.lineEnd();
    },
    polygonStart() {
      sink.polygonStart();
    },
    polygonEnd() {
      sink.polygonEnd();
    },
    sphere() {
      sink.sphere?.();
    },
  };
}
