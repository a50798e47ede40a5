import { describe, expect, it } from 'vitest';
import { baseMapHref, baseMapImage, frameOfFile } from '@/lib/maps/base-map-image';
import { baseMap } from '@/lib/maps/base-map';
import { MAP_FRAMES, type MapFrameId } from '@/lib/maps/frames';

const frames = Object.keys(MAP_FRAMES) as MapFrameId[];

describe('base map image', () => {
  it.each(frames)('draws the %s frame: sea, land, Libya, coast and borders at the frame size', (id) => {
    const { svg } = baseMapImage(id);
    const base = baseMap(id);
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${base.width} ${base.height}"`));
    for (const layer of ['land', 'libya', 'coast', 'border']) expect(svg).toContain(`<path class="${layer}" d="`);
    expect(svg).toContain(`d="${base.libya}"`);
    expect(svg).toContain('<rect class="sea"');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('carries light and dark colours of its own (an image cannot see the page CSS)', () => {
    const { svg } = baseMapImage('libya');
    expect(svg).toMatch(/<style>\.sea\{fill:#[0-9a-f]{6}\}.*@media \(prefers-color-scheme:dark\)\{\.sea\{fill:#[0-9a-f]{6}\}/);
  });

  it('versions each address by the file content, so it can be cached for a year', () => {
    for (const id of frames) expect(baseMapHref(id)).toMatch(new RegExp(`^/maps/${id}\\.svg\\?v=[0-9a-f]{12}$`));
    expect(baseMapHref('libya')).not.toBe(baseMapHref('west'));
    expect(baseMapHref('libya')).toBe(baseMapHref('libya'));
    expect(baseMapImage('libya').version).toBe(baseMapHref('libya').split('=')[1]);
  });

  it('maps a file name to its frame, and nothing else', () => {
    expect(frameOfFile('libya.svg')).toBe('libya');
    expect(frameOfFile('west.svg')).toBe('west');
    for (const file of ['libya', 'libya.png', 'atlantis.svg', '../libya.svg', 'LIBYA.svg', 'constructor.svg', 'toString.svg', '']) {
      expect(frameOfFile(file), file).toBeUndefined();
    }
  });
});
