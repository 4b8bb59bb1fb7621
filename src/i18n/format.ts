/** Locale-aware formatting of dates and numbers for the supported languages. */
import { parseIsoDate } from '../safety/date.js';
import type { Lang } from './lang.js';

export const LOCALES: Record<Lang, string> = { id: 'id-ID', en: 'en-GB' };

/** "2025-04-10" → "April 2025" (id: "April 2025", en: "April 2025"); '' for an invalid date. */
export function formatMonthYear(iso: string, lang: Lang): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "2025-04-10" → "10 April 2025"; '' for an invalid date. */
export function formatDate(iso: string, lang: Lang): string {
  const date = parseIsoDate(iso);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Plain number formatting: 1386 → "1.386" (id) / "1,386" (en). */
export function formatNumber(value: number, lang: Lang, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(LOCALES[lang], options).format(value);
}
