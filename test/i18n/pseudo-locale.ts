/**
 * A test-only third language, "qps" (the private-use code pseudo-locales go by, as in qps-ploc): English with
 * accented letters in brackets, so every word a widget shows in it visibly came from the locale data. Importing this
 * module registers it, through the same public function an npm user would call.
 */
import * as en from '../../src/i18n/locales/en.js';
import { registerLocale, type Locale } from '../../src/i18n/languages.js';

const ACCENTED: Record<string, string> = { a: 'á', c: 'ç', e: 'é', i: 'î', n: 'ñ', o: 'ö', u: 'ü', y: 'ý', A: 'Å', E: 'É', O: 'Ö', U: 'Ü' };

/** "Copy {number}" → "⟦Çöpý {number}⟧": letters accented, {placeholders} kept as they are. */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\w+\})/).map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c)));
  return `⟦${parts.join('')}⟧`;
}

function derive<T>(value: T): T {
  if (typeof value === 'string') return pseudo(value) as T;
  return Object.fromEntries(Object.entries(value as object).map(([key, part]) => [key, derive(part)])) as T;
}

const words = derive({ ...en }) as Locale;

/** The registered code ("qps"). Dates and digits as in British English; the scale words pseudo-accented. */
export const PSEUDO = registerLocale('qps', { ...words, locale: 'en-GB' });
