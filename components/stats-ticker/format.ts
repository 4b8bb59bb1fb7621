/**
 * Number formatting for statistics, as pure functions (no DOM): Intl.NumberFormat with the library's locales.
 * 1386 → "1.386" (id) / "1,386" (en); 359810000000000 IDR → "Rp359,81 triliun" / "Rp359.81 trillion".
 * From one million up, figures read better with a scale word (compact notation, long form). Intl's compact
 * notation exists from Chromium 77; older Android WebViews silently ignore it, so a three-word scale table
 * gives the same result there (each language's words are its `scale`, src/i18n/locales/).
 */
import type { Currency, Stat } from '../../src/content/stats.js';
import { pickText } from '../../src/content/types.js';
import { formatNumber } from '../../src/i18n/format.js';
import { SCALE_WORDS, wordsOf, type Lang } from '../../src/i18n/languages.js';

const tickerWords = wordsOf('statsTicker');

const SYMBOLS: Record<Currency, string> = { IDR: 'Rp', USD: 'US$' };

/** Scales, largest first: [size, the word's key in each language's `scale`]. Below a million the full number reads best ("10.000"). */
const SCALES: [number, 'trillion' | 'billion' | 'million'][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** True when this browser's Intl.NumberFormat understands notation: 'compact' (Chromium 77+, Safari 14.1+). */
export function supportsCompact(): boolean {
  try {
    return new Intl.NumberFormat('en', { notation: 'compact' }).resolvedOptions().notation === 'compact';
  } catch {
    return false;
  }
}

const COMPACT = supportsCompact();

export interface AmountOptions {
  currency?: Currency;
  /** Pick the scale word from this value instead (count-up frames keep the final figure's "triliun"). */
  scaleOf?: number;
  /** Use Intl compact notation; default: when the browser has it. */
  compact?: boolean;
}

/** The number with its currency and scale word: "1.386", "Rp359,81 triliun", "US$37 billion". */
export function formatAmount(value: number, lang: Lang, { currency, scaleOf = value, compact = COMPACT }: AmountOptions = {}): string {
  const scale = SCALES.find(([size]) => scaleOf >= size);
  let digits: string;
  if (!scale) digits = formatNumber(value, lang, { maximumFractionDigits: 2 });
  else if (compact && scaleOf === value) digits = formatNumber(value, lang, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 });
  else digits = `${formatNumber(value / scale[0], lang, { maximumFractionDigits: 2 })} ${SCALE_WORDS[lang][scale[1]]}`;
  return (currency ? SYMBOLS[currency] : '') + digits;
}

export interface FigureParts {
  qualifier?: string;
  amount: string;
  unit?: string;
}

/** The pieces of a figure as shown: {qualifier: "lebih dari", amount: "10.000", unit: "kasus"}. `shown` is a count-up frame. */
export function figureParts(stat: Stat, lang: Lang, shown = stat.value): FigureParts {
  return {
    qualifier: stat.qualifier && tickerWords[lang][stat.qualifier],
    amount: formatAmount(shown, lang, { currency: stat.currency, scaleOf: stat.value }),
    unit: pickText(stat.text, lang).unit,
  };
}

/** The whole figure as one phrase, for assistive technology: "lebih dari 10.000 kasus", "Rp359,81 triliun". */
export function figureText(stat: Stat, lang: Lang): string {
  const { qualifier, amount, unit } = figureParts(stat, lang);
  return [qualifier, amount, unit].filter(Boolean).join(' ');
}
