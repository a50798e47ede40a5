import { describe, expect, it } from 'vitest';
import { fieldLines, lineLookup } from '../../../lib/content/field-lines';
import { parseYaml } from '../../../lib/content/yaml';

const yaml = `title: A story
sources:
  - publisher: Reuters
    date: 2019-04-05
  - publisher: AFP
draft: true
`;

describe('fieldLines and lineLookup', () => {
  const parsed = parseYaml(yaml, 'x.md', 2);
  const lines = fieldLines(parsed.data, parsed.lineOf);

  it('records the line of every field and list item, as the YAML parser gives it', () => {
    const lookup = lineLookup(lines);
    const expected = { title: 2, sources: 3, 'sources[0]': 4, 'sources[0].date': 5, 'sources[1].publisher': 6, draft: 7 };
    const paths: Record<string, (string | number)[]> = { title: ['title'], sources: ['sources'], 'sources[0]': ['sources', 0], 'sources[0].date': ['sources', 0, 'date'], 'sources[1].publisher': ['sources', 1, 'publisher'], draft: ['draft'] };
    for (const [name, line] of Object.entries(expected)) expect(lookup(paths[name]!), name).toBe(line);
  });

  it('does not take one path for another that starts the same way', () => {
    const many = parseYaml(`${Array.from({ length: 12 }, (_, i) => `f${i}: x`).join('\n')}\nsources:\n${Array.from({ length: 12 }, (_, i) => `  - publisher: P${i}`).join('\n')}\n`, 'y.md', 1);
    const lookup = lineLookup(fieldLines(many.data, many.lineOf));
    expect(lookup(['f1'])).toBe(many.lineOf(['f1']));
    expect(lookup(['f11'])).toBe(many.lineOf(['f11']));
    expect(lookup(['sources', 1, 'publisher'])).toBe(many.lineOf(['sources', 1, 'publisher']));
    expect(lookup(['sources', 11, 'publisher'])).toBe(many.lineOf(['sources', 11, 'publisher']));
  });

  it('survives JSON, so stored results keep their lines', () => {
    const lookup = lineLookup(JSON.parse(JSON.stringify(lines)));
    expect(lookup(['sources', 1, 'publisher'])).toBe(parsed.lineOf(['sources', 1, 'publisher']));
  });

  it('falls back to the nearest recorded parent, like the parser', () => {
    const lookup = lineLookup(lines);
    expect(lookup(['sources', 0, 'title'])).toBe(4);
    expect(lookup(['image', 'src'])).toBe(parsed.lineOf([]));
  });

  it('gives undefined when nothing was recorded', () => {
    expect(lineLookup(fieldLines({}, () => undefined))(['title'])).toBeUndefined();
  });
});
