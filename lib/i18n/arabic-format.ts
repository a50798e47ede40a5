import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Figure } from '../content/article';
import { exactScale, figureHeadline, type Scale } from '../figures/figure-text';
import type { Lang } from './lang';
import { site } from '../site';

/**
 * Dates and numbers for the Arabic edition, in Libya time: the Arabic
 * counterparts of lib/dates.ts's formatters (toLibyaIso and libyaDayKey
 * are language-neutral: use those as they are).
 *
 * Fixed tables, not Intl's locale data: Node's ICU decides the month
 * names, digits and separators of `ar-*` locales and changes them between
 * versions (ICU 78 gives "120.000,5" for ar-LY, Arabic-Indic digits for ar-EG,
 * أفريل for ar-TN), and a small-icu build would fall back to English.
 * docs/STYLE.md ("Arabic edition: dates, numbers and names") says why these forms.
 */
const libya = tz(site.timeZone);

/** The month names Libyan media use today (يناير... ديسمبر). */
export const ARABIC_MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;

/** Monday first, as date-fns's ISO day of the week (1–7). */
const WEEKDAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'] as const;

function libyaParts(date: Date) {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatting an invalid Date');
  const [day, month, year, weekday, time] = format(date, 'd|M|yyyy|i|HH:mm', { in: libya }).split('|');
  return { day: day!, month: ARABIC_MONTHS[Number(month) - 1]!, year: year!, weekday: WEEKDAYS[Number(weekday) - 1]!, time: time! };
}

/** "5 أبريل 2019" (formatLongDate). */
export function formatDateAr(date: Date): string {
  const p = libyaParts(date);
  return `${p.day} ${p.month} ${p.year}`;
}

/** "الجمعة 5 أبريل 2019" (formatDayHeading), for the coverage index's day headings. */
export function formatDayHeadingAr(date: Date): string {
  const p = libyaParts(date);
  return `${p.weekday} ${p.day} ${p.month} ${p.year}`;
}

/**
 * "5 أبريل 2019، 20:15 بتوقيت ليبيا": 24-hour clock, and the zone said in
 * the text (the English DateTime component appends " Libya time" to
 * formatDateTime; the Arabic one shows this string as it is).
 */
export function formatDateTimeAr(date: Date): string {
  const p = libyaParts(date);
  return `${p.day} ${p.month} ${p.year}، ${p.time} بتوقيت ليبيا`;
}

/** "20:15": a live entry's time within a day already named. */
export function formatTimeAr(date: Date): string {
  return libyaParts(date).time;
}

/** "أبريل 2019": chart axis ticks (the English uses "Apr 2019"). */
export function formatMonthYearAr(date: Date): string {
  const p = libyaParts(date);
  return `${p.month} ${p.year}`;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "120,000", "1.5": Western digits, a comma between thousands, a point before decimals. */
export function formatNumberAr(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`);
  return grouped.format(n);
}

const SCALES = [
  [1e9, 'مليار'],
  [1e6, 'مليون'],
  [1e3, 'ألف'],
] as const;

/** "120 ألف", "1.2 مليون", "7.1 مليار", "850": short numbers for chart axes (the English "120K"). */
export function formatCompactNumberAr(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`cannot format ${n} as a number`);
  for (const [scale, word] of SCALES) {
    if (Math.abs(n) >= scale) return `${formatNumberAr(Math.round((n / scale) * 10) / 10)} ${word}`;
  }
  return formatNumberAr(n);
}

const QUALIFIERS: Record<NonNullable<Figure['qualifier']>, string> = {
  'at least': 'ما لا يقل عن',
  'more than': 'أكثر من',
  about: 'نحو',
  'up to': 'ما يصل إلى',
};

/** The words before a figure: "ما لا يقل عن" 25 قتيلاً. */
export function qualifierAr(qualifier: NonNullable<Figure['qualifier']>): string {
  return QUALIFIERS[qualifier];
}

type Metric = Figure['metric'];

/** Headings for each metric (the English TOLL_LABELS titles). */
const METRIC_LABELS: Record<Metric, string> = {
  killed: 'القتلى',
  wounded: 'الجرحى',
  casualties: 'القتلى والجرحى',
  displaced: 'النازحون',
  detained: 'المعتقلون والأسرى',
  fighters: 'المقاتلون',
  'bodies-found': 'الجثث المعثور عليها',
  'oil-output': 'إنتاج النفط',
  'money-lost': 'الخسائر المالية',
  votes: 'الأصوات',
  other: 'أرقام أخرى',
};

/** "القتلى": what a metric counts, as a heading or table column. */
export function metricLabelAr(metric: Metric): string {
  return METRIC_LABELS[metric];
}

/**
 * The form a counted noun takes after a number written in digits, by the
 * last two digits (CLDR's Arabic plural categories, computed here, not
 * read from ICU): 1 قتيل، 2 قتيلان، 3–10 قتلى، 11–99 قتيلاً، 100 قتيل،
 * 103 قتلى، 125 قتيلاً. Fractions take the singular: 1.5 مليون برميل.
 */
type Counted = { one: string; two: string; few: string; many: string; other: string };
type Category = keyof Counted;

function countCategory(n: number): Category {
  if (!Number.isInteger(n)) return 'other';
  const abs = Math.abs(n);
  if (abs === 1) return 'one';
  if (abs === 2) return 'two';
  const lastTwo = abs % 100;
  if (lastTwo >= 3 && lastTwo <= 10) return 'few';
  if (lastTwo >= 11) return 'many';
  return 'other';
}

const noun = (one: string, two: string, few: string, many: string, other = one): Counted => ({ one, two, few, many, other });
/** Same words whatever the number: "25 بين قتيل وجريح". */
const invariant = (words: string): Counted => noun(words, words, words, words);

const METRIC_NOUNS: Record<Metric, Counted | undefined> = {
  killed: noun('قتيل', 'قتيلان', 'قتلى', 'قتيلاً'),
  wounded: noun('جريح', 'جريحان', 'جرحى', 'جريحاً'),
  casualties: invariant('بين قتيل وجريح'),
  displaced: noun('نازح', 'نازحان', 'نازحين', 'نازحاً'),
  detained: invariant('بين معتقل وأسير'),
  fighters: noun('مقاتل', 'مقاتلان', 'مقاتلين', 'مقاتلاً'),
  'bodies-found': noun('جثة', 'جثتان', 'جثث', 'جثةً'),
  // Counted in their unit (barrels a day, US dollars) or described by the scope alone.
  'oil-output': undefined,
  'money-lost': undefined,
  votes: noun('صوت', 'صوتان', 'أصوات', 'صوتاً'),
  other: undefined,
};

/** Arabic for the `unit`s figures use (front matter keeps the English unit, as the spec says). */
const UNITS: Record<string, Counted> = {
  'US dollars': noun('دولار', 'دولاران', 'دولارات', 'دولاراً'),
  'barrels a day': noun('برميل يومياً', 'برميلان يومياً', 'براميل يومياً', 'برميلاً يومياً'),
  kilometers: noun('كيلومتر', 'كيلومتران', 'كيلومترات', 'كيلومتراً'),
  hours: noun('ساعة', 'ساعتان', 'ساعات', 'ساعةً'),
  aircraft: noun('طائرة', 'طائرتان', 'طائرات', 'طائرةً'),
};

/** The English units with an Arabic form (for a check that warns about the others). */
export const ARABIC_UNITS: readonly string[] = Object.keys(UNITS);

/** "قتيلاً" for 25 killed, "نازح" for 120,000 displaced; "" where the metric has no noun (oil-output, money-lost, other). */
export function metricNounAr(metric: Metric, value: number): string {
  return METRIC_NOUNS[metric]?.[countCategory(value)] ?? '';
}

/** "براميل يومياً" for 5 barrels a day; undefined for a unit with no Arabic form yet. */
export function unitAr(unit: string, value: number): string | undefined {
  return UNITS[unit]?.[countCategory(value)];
}

/** First strong isolate … pop isolate: an English unit inside Arabic text keeps its own order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** The fact box's scales in Arabic: "9.8 مليار دولار", and the plural after 3 to 10 ("10 مليارات دولار"). */
const SCALE_WORDS_AR: Record<Scale['word'], { one: string; few: string }> = {
  billion: { one: 'مليار', few: 'مليارات' },
  million: { one: 'مليون', few: 'ملايين' },
};

function scaledNumberAr({ amount, scale }: { amount: number; scale: Scale }): string {
  const words = SCALE_WORDS_AR[scale.word];
  return `${formatNumberAr(amount)} ${Number.isInteger(amount) && amount >= 3 && amount <= 10 ? words.few : words.one}`;
}

/**
 * A figure as the Arabic fact box states it (the English figureValue plus
 * its metric label): "ما لا يقل عن 25 قتيلاً", "أكثر من 120,000 نازح",
 * "800,000 برميل يومياً", "نحو 9.8 مليار دولار", "7,104,000,000 دولار". A unit with no Arabic form
 * is shown in English, isolated so it does not scramble the line.
 */
export function figureValueAr(figure: Pick<Figure, 'metric' | 'value' | 'qualifier' | 'unit'>): string {
  const words = figure.unit
    ? (unitAr(figure.unit, figure.value) ?? isolate(figure.unit))
    : metricNounAr(figure.metric, figure.value);
  const scaled = exactScale(figure.value);
  const value = scaled ? scaledNumberAr(scaled) : formatNumberAr(figure.value);
  return [figure.qualifier ? qualifierAr(figure.qualifier) : '', value, words]
    .filter(Boolean)
    .join(' ');
}

/** A figure's headline in a fact box (full or lite) of either edition: English "More than 2,800 people displaced"; Arabic, its metric's label and its value. */
export function figureHeadlineIn(figure: Figure, lang: Lang): string {
  return lang === 'ar' ? `${metricLabelAr(figure.metric)}: ${figureValueAr(figure)}` : figureHeadline(figure);
}
