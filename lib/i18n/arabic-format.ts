/**
 * STAND-IN for the ar-libs branch's module (same names and signatures); the
 * lead takes that branch's version when merging.
 */
import { tz } from '@date-fns/tz';
import { format } from 'date-fns';

const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
const libya = tz('Africa/Tripoli');
const parts = (date: Date) => ({
  day: Number(format(date, 'd', { in: libya })),
  month: MONTHS[Number(format(date, 'M', { in: libya })) - 1]!,
  year: format(date, 'yyyy', { in: libya }),
  time: format(date, 'HH:mm', { in: libya }),
});

export function formatDateAr(date: Date): string {
  const p = parts(date);
  return `${p.day} ${p.month} ${p.year}`;
}
export function formatDateTimeAr(date: Date): string {
  const p = parts(date);
  return `${p.day} ${p.month} ${p.year}، الساعة ${p.time} بتوقيت ليبيا`;
}
export function formatDayHeadingAr(date: Date): string {
  return formatDateAr(date);
}
export function formatNumberAr(n: number): string {
  return n.toLocaleString('en-US');
}
const QUALIFIERS: Record<string, string> = { 'at least': 'ما لا يقل عن', 'more than': 'أكثر من', about: 'نحو', 'up to': 'ما يصل إلى' };
export function qualifierAr(q: string): string {
  return QUALIFIERS[q] ?? q;
}
export function figureValueAr(figure: { value: number; qualifier?: string; unit?: string; metric: string }): string {
  return [figure.qualifier ? qualifierAr(figure.qualifier) : '', formatNumberAr(figure.value), figure.unit ?? ''].filter(Boolean).join(' ');
}
const METRICS: Record<string, string> = {
  killed: 'القتلى', wounded: 'الجرحى', casualties: 'الضحايا', displaced: 'النازحون', detained: 'المحتجزون',
  fighters: 'المقاتلون', 'bodies-found': 'الجثث المكتشفة', 'oil-output': 'إنتاج النفط', 'money-lost': 'الخسائر المالية',
  votes: 'الأصوات', other: 'أخرى',
};
export function metricLabelAr(metric: string): string {
  return METRICS[metric] ?? metric;
}
