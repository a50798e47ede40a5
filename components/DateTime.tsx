import { formatDateTime, formatLongDate, toLibyaIso } from '@/lib/dates';

type Props = {
  date: Date;
  /** `date`: "April 8, 2019"; `datetime`: "April 8, 2019, 8:15 p.m. Libya time". */
  style?: 'date' | 'datetime';
};

/** A `<time>` with a machine-readable value carrying Libya's UTC offset. */
export function DateTime({ date, style = 'date' }: Props) {
  const text = style === 'date' ? formatLongDate(date) : `${formatDateTime(date)} Libya time`;
  return <time dateTime={toLibyaIso(date)}>{text}</time>;
}
