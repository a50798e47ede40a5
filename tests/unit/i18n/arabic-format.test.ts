import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { FIGURE_METRICS, FIGURE_QUALIFIERS } from '../../../lib/content/article-schema';
import { parseDateTime } from '../../../lib/dates';
import {
  ARABIC_MONTHS,
  ARABIC_UNITS,
  figureValueAr,
  formatCompactNumberAr,
  formatDateAr,
  formatDateTimeAr,
  formatDayHeadingAr,
  formatMonthYearAr,
  formatNumberAr,
  formatTimeAr,
  metricLabelAr,
  metricNounAr,
  qualifierAr,
  unitAr,
} from '../../../lib/i18n/arabic-format';

const libya = (text: string) => parseDateTime(text)!;

describe('Arabic dates (Libya time)', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('writes the exact strings: day, Libyan month name, year, Western digits', () => {
    const friday = libya('2019-04-05T08:30');
    expect(formatDateAr(friday)).toBe('5 أبريل 2019');
    expect(formatDayHeadingAr(friday)).toBe('الجمعة 5 أبريل 2019');
    expect(formatDateTimeAr(friday)).toBe('5 أبريل 2019، 08:30 بتوقيت ليبيا');
    expect(formatTimeAr(friday)).toBe('08:30');
    expect(formatMonthYearAr(friday)).toBe('أبريل 2019');
  });

  it('uses the 24-hour clock', () => {
    expect(formatDateTimeAr(libya('2019-12-29T20:15'))).toBe('29 ديسمبر 2019، 20:15 بتوقيت ليبيا');
  });

  it('names all twelve months as Libyan media write them, and every weekday', () => {
    expect(ARABIC_MONTHS.map((_, m) => formatMonthYearAr(libya(`2020-${String(m + 1).padStart(2, '0')}-15T12:00`)))).toEqual(
      'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ').map((m) => `${m} 2020`),
    );
    // 2020-06-01 was a Monday.
    const days = [1, 2, 3, 4, 5, 6, 7].map((d) => formatDayHeadingAr(libya(`2020-06-0${d}T12:00`)).split(' ')[0]);
    expect(days).toEqual(['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']);
  });

  it('gives the Libya calendar day, not UTC and not the server zone', () => {
    const lateUtc = new Date('2019-04-04T22:30:00Z'); // 00:30 on 5 April in Tripoli
    process.env.TZ = 'America/Los_Angeles';
    expect(formatDateAr(lateUtc)).toBe('5 أبريل 2019');
    expect(formatDateTimeAr(lateUtc)).toBe('5 أبريل 2019، 00:30 بتوقيت ليبيا');
    process.env.TZ = 'Asia/Tokyo';
    expect(formatDayHeadingAr(lateUtc)).toBe('الجمعة 5 أبريل 2019');
  });

  it('never uses Arabic-Indic digits or Latin letters, whatever the date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-02'), max: new Date('2100-12-30'), noInvalidDate: true }), (date) => {
        for (const text of [formatDateAr(date), formatDayHeadingAr(date), formatDateTimeAr(date)]) {
          expect(text).not.toMatch(/[٠-٩۰-۹A-Za-z]/);
          expect(text).toMatch(/^[\u0600-\u06FF0-9 :،]+$/);
        }
      }),
    );
  });

  it('refuses an invalid Date instead of printing NaN', () => {
    expect(() => formatDateAr(new Date('nope'))).toThrow(RangeError);
  });
});

describe('Arabic numbers', () => {
  it.each([
    [0, '0'],
    [25, '25'],
    [1048, '1,048'],
    [120000, '120,000'],
    [7104000000, '7,104,000,000'],
    [1.5, '1.5'],
    [-3, '-3'],
  ])('%d → %s', (n, text) => {
    expect(formatNumberAr(n)).toBe(text);
  });

  it.each([
    [850, '850'],
    [120000, '120 ألف'],
    [1220000, '1.2 مليون'],
    [7104000000, '7.1 مليار'],
  ])('compact %d → %s', (n, text) => {
    expect(formatCompactNumberAr(n)).toBe(text);
  });

  it('refuses NaN and infinities', () => {
    expect(() => formatNumberAr(Number.NaN)).toThrow(RangeError);
    expect(() => formatCompactNumberAr(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes only Western digits and separators for any integer', () => {
    fc.assert(
      fc.property(fc.integer(), (n) => {
        expect(formatNumberAr(n)).toMatch(/^-?\d{1,3}(,\d{3})*$/);
      }),
    );
  });
});

describe('figures', () => {
  it('has Arabic for every qualifier and every metric', () => {
    expect(FIGURE_QUALIFIERS.map(qualifierAr)).toEqual(['ما لا يقل عن', 'أكثر من', 'نحو', 'ما يصل إلى']);
    for (const metric of FIGURE_METRICS) expect(metricLabelAr(metric)).toMatch(/^[\u0600-\u06FF ]+$/);
  });

  it.each([
    [1, 'قتيل'],
    [2, 'قتيلان'],
    [3, 'قتلى'],
    [10, 'قتلى'],
    [11, 'قتيلاً'],
    [25, 'قتيلاً'],
    [99, 'قتيلاً'],
    [100, 'قتيل'],
    [102, 'قتيل'],
    [103, 'قتلى'],
    [125, 'قتيلاً'],
    [1000, 'قتيل'],
    [1048, 'قتيلاً'],
    [1005, 'قتلى'],
    [0, 'قتيل'],
  ])('the counted noun agrees with the number: %d %s', (n, word) => {
    expect(metricNounAr('killed', n)).toBe(word);
  });

  it.each([
    [{ metric: 'killed', value: 25, qualifier: 'at least' }, 'ما لا يقل عن 25 قتيلاً'],
    [{ metric: 'displaced', value: 120000, qualifier: 'more than' }, 'أكثر من 120,000 نازح'],
    [{ metric: 'wounded', value: 1000, qualifier: 'about' }, 'نحو 1,000 جريح'],
    [{ metric: 'killed', value: 5, qualifier: 'up to' }, 'ما يصل إلى 5 قتلى'],
    [{ metric: 'casualties', value: 40 }, '40 بين قتيل وجريح'],
    [{ metric: 'votes', value: 14 }, '14 صوتاً'],
    [{ metric: 'oil-output', value: 800000, unit: 'barrels a day' }, '800,000 برميل يومياً'],
    [{ metric: 'money-lost', value: 7104000000, unit: 'US dollars' }, '7,104,000,000 دولار'],
    [{ metric: 'money-lost', value: 9800000000, unit: 'US dollars', qualifier: 'about' }, 'نحو 9.8 مليار دولار'],
    [{ metric: 'money-lost', value: 10000000000, unit: 'US dollars' }, '10 مليارات دولار'],
    [{ metric: 'displaced', value: 1200000 }, '1.2 مليون نازح'],
    [{ metric: 'displaced', value: 3000000 }, '3 ملايين نازح'],
    [{ metric: 'other', value: 7, unit: 'hours', qualifier: 'about' }, 'نحو 7 ساعات'],
    [{ metric: 'other', value: 14 }, '14'],
  ] as const)('%o → %s', (figure, text) => {
    expect(figureValueAr(figure)).toBe(text);
  });

  it('keeps a unit with no Arabic form in English, isolated from the Arabic around it', () => {
    expect(unitAr('tonnes', 5)).toBeUndefined();
    expect(ARABIC_UNITS).not.toContain('tonnes');
    expect(figureValueAr({ metric: 'other', value: 5, unit: 'tonnes' })).toBe('5 \u2068tonnes\u2069');
  });
});
