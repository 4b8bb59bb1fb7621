/**
 * UI string tables. Each widget defines one table with an `id` and an `en` column;
 * TypeScript makes sure both languages have exactly the same keys.
 */
import type { Lang } from './lang.js';

export type StringTable<K extends string> = Record<Lang, Record<K, string>>;

/** Declare a table: the English column must have every key of the Indonesian one. */
export function defineStrings<T extends Record<string, string>>(table: { id: T; en: { [K in keyof T]: string } }): StringTable<Extract<keyof T, string>> {
  return table as StringTable<Extract<keyof T, string>>;
}

/** Fill {placeholders}: format('{n} dari {total}', {n: 3, total: 10}) → '3 dari 10'. */
export function format(template: string, params?: Record<string, string | number>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, key: string) => (key in params ? String(params[key]) : match));
}
