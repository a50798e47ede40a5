import type { Figure } from '@/lib/content/article';

/** What an article figure counts, after its number: plural, and singular where English has one. */
const METRIC_LABELS: Record<Figure['metric'], { other: string; one?: string }> = {
  killed: { other: 'killed' },
  wounded: { other: 'wounded' },
  casualties: { other: 'casualties', one: 'casualty' },
  displaced: { other: 'displaced' },
  detained: { other: 'detained or captured' },
  fighters: { other: 'fighters', one: 'fighter' },
  'bodies-found': { other: 'bodies found', one: 'body found' },
  'oil-output': { other: 'oil output' },
  'money-lost': { other: 'lost' },
  votes: { other: 'votes', one: 'vote' },
  other: { other: '' },
};

const number = new Intl.NumberFormat('en-US');
const plural = new Intl.PluralRules('en-US');

type FigureNumber = Pick<Figure, 'metric' | 'value' | 'qualifier' | 'unit'>;

/** The scales the fact box names, largest first. */
const SCALES = [
  { scale: 1e9, word: 'billion' },
  { scale: 1e6, word: 'million' },
] as const;
export type Scale = (typeof SCALES)[number];

/**
 * A number of a million or more that one decimal of its scale (millions, or billions from a
 * billion) states exactly (9,800,000,000 is 9.8 billion), as that amount and its scale.
 * Undefined for any other number, which is written out in full so that no digit a source gave
 * is lost (1,234,567 and 7,104,000,000 stay as they are).
 */
export function exactScale(n: number): { amount: number; scale: Scale } | undefined {
  // The largest scale the number reaches, or none: 7,104,000,000 is not "7,104 million".
  const scale = SCALES.find(({ scale }) => Math.abs(n) >= scale);
  const tenths = scale ? (n / scale.scale) * 10 : NaN;
  return scale && Number.isInteger(tenths) ? { amount: tenths / 10, scale } : undefined;
}

/** "9.8 billion", "1.2 million", "1,093": a number as the fact box writes it (AP style). */
export function formatFigureNumber(n: number): string {
  const scaled = exactScale(n);
  return scaled ? `${number.format(scaled.amount)} ${scaled.scale.word}` : number.format(n);
}

/** The number with its qualifier and unit: "About $9.8 billion", "At least 1,093". */
export function figureValue(figure: FigureNumber): string {
  const qualifier = figure.qualifier ? `${figure.qualifier[0]!.toUpperCase()}${figure.qualifier.slice(1)} ` : '';
  const value = figure.unit === 'US dollars' ? `$${formatFigureNumber(figure.value)}` : formatFigureNumber(figure.value);
  const unit = figure.unit && figure.unit !== 'US dollars' ? ` ${figure.unit}` : '';
  return `${qualifier}${value}${unit}`;
}

/** The figure as one line: value, unit and what it counts ("At least 1,093 killed", "1 vote"). */
export function figureHeadline(figure: FigureNumber): string {
  const label = METRIC_LABELS[figure.metric];
  const counted = plural.select(figure.value) === 'one' && !figure.unit ? (label.one ?? label.other) : label.other;
  return `${figureValue(figure)} ${counted}`.trim();
}
