import { describe, expect, it } from 'vitest';
import { baseMapHref, baseMapImage, frameOfFile, GEOGRAPHY_ID } from '@/lib/maps/base-map-image';
import { baseMap } from '@/lib/maps/base-map';
import { MAP_FRAMES, type MapFrameId } from '@/lib/maps/frames';

const frames = Object.keys(MAP_FRAMES) as MapFrameId[];

describe('base map image', () => {
  it.each(frames)('draws the %s frame: sea, land, Libya, coast and borders at the frame size, in one group', (id) => {
    const { svg } = baseMapImage(id);
    const base = baseMap(id);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}"`));
    expect(svg).toContain(`<g id="${GEOGRAPHY_ID}">`);
    for (const d of [base.land, base.libya, base.coast, base.borders]) expect(svg).toContain(`d="${d}"`);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain(`<rect style="fill:var(--map-sea,#dde8ee)" width="${base.width}" height="${base.height}"/>`);
    expect(svg.endsWith('</g></svg>')).toBe(true);
  });

  it("takes the page's colours (custom properties inherit into <use>), with light fallbacks on its own", () => {
    const { svg } = baseMapImage('libya');
    for (const property of ['--map-sea', '--map-land', '--map-libya', '--map-coast', '--map-line']) {
      expect(svg).toMatch(new RegExp(`var\\(${property},#[0-9a-f]{6}\\)`));
    }
    expect(svg).not.toContain('<style');
  });

  it('versions each address by the file content, so it can be cached for a year', () => {
    for (const id of frames) expect(baseMapHref(id)).toMatch(new RegExp(`^/maps/${id}\\.svg\\?v=[0-9a-f]{12}#${GEOGRAPHY_ID}$`));
    expect(baseMapHref('libya')).not.toBe(baseMapHref('west'));
    expect(baseMapHref('libya')).toBe(baseMapHref('libya'));
    expect(baseMapHref('libya')).toContain(`v=${baseMapImage('libya').version}#`);
  });

  it('maps a file name to its frame, and nothing else', () => {
    expect(frameOfFile('libya.svg')).toBe('libya');
    expect(frameOfFile('west.svg')).toBe('west');
    for (const file of ['libya', 'libya.png', 'atlantis.svg', '../libya.svg', 'LIBYA.svg', 'constructor.svg', 'toString.svg', '']) {
      expect(frameOfFile(file), file).toBeUndefined();
    }
  });
});
