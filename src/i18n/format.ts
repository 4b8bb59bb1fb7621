/** Locale-aware formatting of dates and numbers, with each language's Intl locale (its `locale`). */
import { parseIsoDateOrMonth } from '../safety/date.js';
import { INTL_LOCALES, type Lang } from './languages.js';

function format(iso: string, lang: Lang, withDay: boolean): string {
  const parsed = parseIsoDateOrMonth(iso);
  if (!parsed) return '';
  const day = withDay && parsed.day ? { day: 'numeric' as const } : {};
  return new Intl.DateTimeFormat(INTL_LOCALES[lang], { ...day, month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parsed.date);
}

/** "2025-04-10" or "2025-04" → "April 2025"; '' for an invalid date. */
export function formatMonthYear(iso: string, lang: Lang): string {
  return format(iso, lang, false);
}

/** "2025-04-10" → "10 April 2025"; a month-only "2025-04" → "April 2025" (no invented day); '' when invalid. */
export function formatDate(iso: string, lang: Lang): string {
  return format(iso, lang, true);
}

/** Plain number formatting: 1386 → "1.386" (id) / "1,386" (en). */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(INTL_LOCALES[lang], options).format(value);
}
