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
    expect(lines).toMatchObject({ title: 2, sources: 3, 'sources[0]': 4, 'sources[0].date': 5, 'sources[1].publisher': 6, draft: 7 });
  });

  it('survives JSON, so stored results keep their lines', () => {
    const lookup = lineLookup(JSON.parse(JSON.stringify(lines)));
    expect(lookup(['sources', 1, 'publisher'])).toBe(parsed.lineOf(['sources', 1, 'publisher']));
  });

  it('falls back to the nearest recorded parent, like the parser', () => {
    const lookup = lineLookup(lines);
    expect(lookup(['sources', 0, 'title'])).toBe(4);
    expect(lookup(['image', 'src'])).toBe(lines['']);
  });

  it('gives undefined when nothing was recorded', () => {
    expect(lineLookup({})(['title'])).toBeUndefined();
  });
});
