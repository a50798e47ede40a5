import { formatDateTime, formatLongDate, toLibyaIso } from '@/lib/dates';
import { formatDateAr, formatDateTimeAr } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';

type Props = {
  date: Date;
  /** `date`: "April 8, 2019"; `datetime`: "April 8, 2019, 8:15 p.m. Libya time". */
  style?: 'date' | 'datetime';
  /** Arabic: Arabic month names, Western digits, Libya time (lib/i18n/arabic-format.ts). */
  lang?: Lang;
};

/** A `<time>` with a machine-readable value carrying Libya's UTC offset. */
export function DateTime({ date, style = 'date', lang = 'en' }: Props) {
  const text =
    lang === 'ar'
      ? style === 'date'
        ? formatDateAr(date)
        : formatDateTimeAr(date)
      : style === 'date'
        ? formatLongDate(date)
        : `${formatDateTime(date)} Libya time`;
  return <time dateTime={toLibyaIso(date)}>{text}</time>;
}
