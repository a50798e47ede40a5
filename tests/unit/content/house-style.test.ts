import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContent, hasErrors, type SourceFile } from '../../../lib/content/build-content';
import {
  findDates,
  findVariantSpellings,
  ownWords,
  variantSpellings,
  type VariantSpelling,
} from '../../../lib/content/house-style';
import { formatProblem } from '../../../lib/content/problems';
import { REGISTRY_YAML, articleFile, lineStartingWith, onlyProblemIn, problemsIn, registryFiles } from '../helpers';

/**
 * House style (docs/STYLE.md) as `npm run check` enforces it: warnings for
 * registry aliases that are other spellings of a name, and for dates not
 * written month first, outside quotation marks.
 */

const PLACES_WITH_ALIASES = `${REGISTRY_YAML.places}misrata:
  name: Misrata
  aliases: [Misurata, Misratah]
  latitude: 32.378
  longitude: 15.092
al-jufra:
  name: Al-Jufra air base
  aliases: [Jufra]
  latitude: 29.19
  longitude: 16.0
`;
const PEOPLE_WITH_ALIASES = `khalifa-hifter:
  name: Khalifa Hifter
  aliases: [Khalifa Haftar, Haftar, Hafter, Hifter]
ghassan-salame:
  name: Ghassan Salamé
  aliases: [Ghassan Salame]
abdel-fattah-el-sisi:
  name: Abdel Fattah el-Sisi
  aliases: [Sisi, al-Sisi]
`;

const build = (files: SourceFile[]) =>
  buildContent({
    articleFiles: files,
    registryFiles: registryFiles({ places: PLACES_WITH_ALIASES, people: PEOPLE_WITH_ALIASES }),
  });
const problemsOf = (file: SourceFile) => problemsIn(build([file]).problems, file.path);
const problemOf = (file: SourceFile) => onlyProblemIn(build([file]).problems, file.path);

describe('spellings in the check', () => {
  it('warns on a registry alias in the body, with its file line, the house spelling and the fix', () => {
    const file = articleFile('story', {}, 'Forces advanced on the capital.\n\nHaftar ordered the advance.');
    expect(problemOf(file)).toEqual({
      file: file.path,
      line: lineStartingWith(file.text, 'Haftar ordered'),
      message: '"Haftar" is not the house spelling of Khalifa Hifter: write "Hifter".',
      fix: 'Write "Hifter" (the spelling in content/people.yml). Keep another spelling only inside quotation marks, in a quote or a title.',
      severity: 'warning',
    });
    expect(hasErrors(build([file]).problems)).toBe(false);
  });

  it('prints as file:line: warning: message with a fix line', () => {
    const file = articleFile('story', {}, 'Fighters from Misurata joined.');
    const line = lineStartingWith(file.text, 'Fighters from');
    expect(formatProblem(problemOf(file))).toBe(
      `${file.path}:${line}: warning: "Misurata" is not the house spelling of Misrata: write "Misrata".\n` +
        '      fix: Write "Misrata" (the spelling in content/places.yml). Keep another spelling only inside quotation marks, in a quote or a title.',
    );
  });

  it('leaves other spellings inside quotation marks alone (quotes and titles are others\' words)', () => {
    const body = [
      'The New Arab\'s headline read "UN-backed forces retake strategic Haftar base".',
      'A caption spoke of “Haftar’s men”.',
      'The agency called it \'the Misurata brigades\' in its report.',
    ].join('\n\n');
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });

  it('checks the text after a closing quotation mark again', () => {
    const file = articleFile('story', {}, '"We are coming," he said, and Haftar\'s units moved.');
    expect(problemOf(file).message).toBe('"Haftar" is not the house spelling of Khalifa Hifter: write "Hifter".');
  });

  it('does not let an unclosed quotation mark hide the next paragraph', () => {
    const file = articleFile('story', {}, 'He said "we will stay.\n\nHaftar left.');
    expect(problemOf(file).line).toBe(lineStartingWith(file.text, 'Haftar left.'));
  });

  it('ignores block quotes, code and link addresses', () => {
    const body = [
      '> Haftar will not sign, the statement said.',
      '```\nHaftar\n```',
      'Read [the report](https://example.org/haftar-Haftar-story) and `Haftar`.',
    ].join('\n\n');
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });

  it('does not flag short forms made of words of the name', () => {
    const body = 'Hifter and Sisi met near Jufra. Khalifa Hifter left; el-Sisi stayed.';
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });

  it('flags an alias that adds a word the name lacks, also capitalized at the start of a sentence', () => {
    const file = articleFile('story', {}, 'Al-Sisi spoke first.');
    expect(problemOf(file).message).toBe('"Al-Sisi" is not the house spelling of Abdel Fattah el-Sisi: write "Abdel Fattah el-Sisi".');
  });

  it('reports the longest alias once where a shorter one overlaps it', () => {
    const file = articleFile('story', {}, 'Khalifa Haftar spoke.');
    expect(problemOf(file).message).toBe('"Khalifa Haftar" is not the house spelling of Khalifa Hifter: write "Khalifa Hifter".');
  });

  it('reports every occurrence, each with its line', () => {
    const file = articleFile('story', {}, 'Haftar spoke.\n\nLater Hafter left for Misratah.');
    expect(problemsOf(file).map((p) => [p.line, p.message.split(' ')[0]])).toEqual([
      [lineStartingWith(file.text, 'Haftar spoke'), '"Haftar"'],
      [lineStartingWith(file.text, 'Later Hafter'), '"Hafter"'],
      [lineStartingWith(file.text, 'Later Hafter'), '"Misratah"'],
    ]);
  });

  it('checks the headline, the dek, figure scopes, corrections and a withdrawal note, naming the field', () => {
    const file = articleFile('story', {
      title: '"Haftar pushes on"',
      dek: 'Misurata mobilizes.',
      figures: '\n  - metric: fighters\n    value: 100\n    as_of: 2019-04-05\n    scope: fighters from Misurata\n    reported_by: GNA',
      corrections: '\n  - date: 2019-04-06\n    text: An earlier version misspelled Haftar.',
      withdrawn: '\n  date: 2019-04-07\n  reason: The story misquoted Haftar.',
    });
    expect(problemsOf(file).map((p) => [p.field, p.line])).toEqual([
      ['title', lineStartingWith(file.text, 'title:')],
      ['dek', lineStartingWith(file.text, 'dek:')],
      ['figures[0].scope', lineStartingWith(file.text, 'scope:')],
      ['corrections[0].text', lineStartingWith(file.text, 'text: An earlier')],
      ['withdrawn.reason', lineStartingWith(file.text, 'reason:')],
    ]);
  });

  it('leaves source titles alone: they are other people\'s words', () => {
    const file = articleFile('story', { sources: '\n  - publisher: The New Arab\n    title: "Haftar base retaken"' });
    expect(problemsOf(file)).toEqual([]);
  });
});

describe('date style in the check', () => {
  const fix = (text: string) => `Write "${text}" (docs/STYLE.md, Dates).`;

  it('accepts dates written month first, with or without the year', () => {
    const body = 'On April 4, 2019, the LNA advanced. On April 5 Guterres left; a conference was set for April 14 to 16.';
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });

  it('warns on a day-first date in an article that also writes month first, with the house form', () => {
    const file = articleFile('story', {}, 'Hifter moved on April 4.\n\nGharyan fell on 2 April 2019, a caption said.');
    expect(problemOf(file)).toEqual({
      file: file.path,
      line: lineStartingWith(file.text, 'Gharyan fell'),
      message:
        'The date "2 April 2019" puts the day before the month; house style writes dates one way, month first and spelled out ("April 4, 2019").',
      fix: fix('April 2, 2019'),
      severity: 'warning',
    });
  });

  it('warns on abbreviated months and ordinal days', () => {
    const file = articleFile('story', {}, 'The truce began on Jan. 12 and failed by Sept. 16th, not on April 4th.');
    expect(problemsOf(file).map((p) => p.fix)).toEqual([fix('January 12'), fix('September 16'), fix('April 4')]);
  });

  it('warns on day-first ranges and suggests the month-first range', () => {
    const file = articleFile('story', {}, 'The talks ran 19–23 October.');
    expect(problemOf(file).fix).toBe(fix('October 19–23'));
  });

  it('does not take months with only a year, or words like "May" without a day, for dates', () => {
    const body = 'Elections in March 2021 may follow; in May 2020 the base fell, and 5+5 talks met in June.';
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });

  it('leaves dates inside quotation marks alone', () => {
    const body = 'The report "The airstrikes on the Daman complex, 2 July 2019" came out in January.';
    expect(problemsOf(articleFile('story', {}, body))).toEqual([]);
  });
});

describe('ownWords', () => {
  it('blanks quoted text and keeps positions', () => {
    const text = 'He said "Haftar won" and left.';
    const own = ownWords(text);
    expect(own).toHaveLength(text.length);
    expect(own).not.toContain('Haftar');
    expect(own.indexOf('and left')).toBe(text.indexOf('and left'));
  });

  it('treats apostrophes as letters, not quotation marks', () => {
    expect(ownWords("Hifter's forces and the rebels' base")).toBe("Hifter's forces and the rebels' base");
  });

  it('blanks single-quoted headline phrases', () => {
    expect(ownWords("Sisi draws 'red line' at Sirte").replace(/\s+/g, ' ')).toBe('Sisi draws at Sirte');
  });

  it('blanks a quotation left open to the end, and keeps its line breaks', () => {
    expect(ownWords('He said "we will\nwin')).toBe('He said ' + ' '.repeat(8) + '\n' + ' '.repeat(3));
  });

  /** The rule as first written: one character at a time. */
  function ownWordsByCharacter(text: string): string {
    const letter = /[\p{L}\p{N}]/u;
    const chars = text
      .replace(/\]\([^)]*\)/g, (m) => `]${m.slice(1).replace(/[^\n]/g, ' ')}`)
      .replace(/<https?:[^>]*>/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/https?:\/\/\S+/g, (m) => m.replace(/[^\n]/g, ' '))
      .replace(/`[^`]*`/g, (m) => m.replace(/[^\n]/g, ' '))
      .split('');
    let closer: string | undefined;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      const before = chars[i - 1] ?? ' ';
      const after = chars[i + 1] ?? ' ';
      if (closer === undefined) {
        if (c === '"') closer = '"';
        else if (c === '“') closer = '”';
        else if ((c === "'" || c === '‘') && !letter.test(before) && letter.test(after)) closer = c === "'" ? "'" : '’';
        if (closer !== undefined) chars[i] = ' ';
        continue;
      }
      if (c === closer && (closer === '"' || closer === '”' || !letter.test(after))) closer = undefined;
      if (c !== '\n') chars[i] = ' ';
    }
    return chars.join('');
  }

  it('blanks exactly what a character-by-character reading blanks, for any text', () => {
    const piece = fc.constantFrom('a', 'Sirte', ' ', '\n', '"', '“', '”', "'", '‘', '’', '.', '7', '`', '](x)', 'https://a.b/c', '<https://x>', '[');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(ownWords(text)).toBe(ownWordsByCharacter(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('variantSpellings and findVariantSpellings', () => {
  const registries = build([]).content.registries;
  const spellings = variantSpellings(registries);

  it('lists only aliases that are other spellings, longest first', () => {
    const variants = spellings.map((s) => s.variant);
    expect(variants).toEqual(expect.arrayContaining(['Haftar', 'Hafter', 'Misurata', 'Misratah', 'al-Sisi', 'Ghassan Salame']));
    expect(variants).not.toContain('Jufra');
    expect(variants).not.toContain('Sisi');
    const lengths = variants.map((v) => v.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });

  it('suggests the closest word of the name for a one-word alias', () => {
    const haftar = spellings.find((s) => s.variant === 'Haftar');
    expect(haftar).toMatchObject<Partial<VariantSpelling>>({ house: 'Hifter', name: 'Khalifa Hifter', registry: 'people' });
  });

  it('matches whole words only, with accented letters counted as letters', () => {
    expect(findVariantSpellings('Ghassan Salamé spoke.', spellings)).toEqual([]);
    expect(findVariantSpellings('Misuratas', spellings)).toEqual([]);
    expect(findVariantSpellings('Ghassan Salame spoke.', spellings).map((f) => f.text)).toEqual(['Ghassan Salame']);
  });
});

describe('findDates', () => {
  it('classifies each style and gives the house form', () => {
    const found = findDates('On 4 April 2019, April 5, Jan. 12, April 4th, 14-16 April and April 14 to 16, 2019.');
    expect(found.map((d) => [d.text, d.style, d.houseForm])).toEqual([
      ['4 April 2019', 'day-month', 'April 4, 2019'],
      ['April 5', 'month-day', 'April 5'],
      ['Jan. 12', 'abbreviated-month', 'January 12'],
      ['April 4th', 'ordinal', 'April 4'],
      ['14-16 April', 'day-month', 'April 14–16'],
      ['April 14 to 16, 2019', 'month-day', 'April 14 to 16, 2019'],
    ]);
  });
});
