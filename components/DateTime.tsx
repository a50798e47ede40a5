import { formatDateTime, formatLongDate, libyaDayKey, toLibyaIso } from '@/lib/dates';
import { formatDateAr, formatDateTimeAr } from '@/lib/i18n/arabic-format';
import type { Lang } from '@/lib/i18n/lang';

type Props = {
  date: Date;
  /**
   * `date`: "April 8, 2019", a moment; `day`: the same text for a calendar day (a source's date),
   * machine-readable as the day ("2019-04-08"); `datetime`: "April 8, 2019, 8:15 p.m. Libya time".
   */
  style?: 'date' | 'day' | 'datetime';
  /** Arabic: Arabic month names, Western digits, Libya time (lib/i18n/arabic-format.ts). */
  lang?: Lang;
};

/** A `<time>` with a machine-readable value: the moment with Libya's UTC offset, or the Libya day. */
export function DateTime({ date, style = 'date', lang = 'en' }: Props) {
  const text =
    lang === 'ar'
      ? style === 'datetime'
        ? formatDateTimeAr(date)
        : formatDateAr(date)
      : style === 'datetime'
        ? `${formatDateTime(date)} Libya time`
        : formatLongDate(date);
  return <time dateTime={style === 'day' ? libyaDayKey(date) : toLibyaIso(date)}>{text}</time>;
}
