/**
 * UI string tables: one per widget part, language → key → string (the words are in src/i18n/locales/<code>.ts,
 * gathered per part in src/i18n/languages.ts).
 */
import type { Lang } from './languages.js';

export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

/** Fill {placeholders}: format('{n} dari {total}', {n: 3, total: 10}) → '3 dari 10'. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}
