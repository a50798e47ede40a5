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

/** The number with its qualifier and unit: "About $9,800,000,000", "At least 1,093". */
export function figureValue(figure: FigureNumber): string {
  const qualifier = figure.qualifier ? `${figure.qualifier[0]!.toUpperCase()}${figure.qualifier.slice(1)} ` : '';
  const value = figure.unit === 'US dollars' ? `$${number.format(figure.value)}` : number.format(figure.value);
  const unit = figure.unit && figure.unit !== 'US dollars' ? ` ${figure.unit}` : '';
  return `${qualifier}${value}${unit}`;
}

/** The figure as one line: value, unit and what it counts ("At least 1,093 killed", "1 vote"). */
export function figureHeadline(figure: FigureNumber): string {
  const label = METRIC_LABELS[figure.metric];
  const counted = plural.select(figure.value) === 'one' && !figure.unit ? (label.one ?? label.other) : label.other;
  return `${figureValue(figure)} ${counted}`.trim();
}
