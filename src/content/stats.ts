/**
 * The `stats` collection: sourced figures (cases, victims, turnover) for <awas-stats-ticker>.
 * The number and how to read it (qualifier, currency) are language-neutral and live on the item;
 * what it counts (label, unit, period, note) sits under text.<lang>. A figure without a usable
 * source is never shown: the schema requires `source`, and one without a readable name drops the figure (source.ts).
 */
import type { CollectionSpec } from './collection.js';
import { sourcedItemSchema, text, textsSchema } from './schema/common.js';
import type { Schema } from './schema-types.js';
import type { ContentItem, Source, Texts } from './types.js';
import { cleanText } from '../safety/text.js';

export const QUALIFIERS = ['more-than', 'at-least', 'about'] as const;
/** How exact the figure is: "more than 10,000", "at least 120,000", "about 100,000". Absent: exact as published. */
export type Qualifier = (typeof QUALIFIERS)[number];

export const CURRENCIES = ['IDR', 'USD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export interface StatTexts {
  /** What the figure counts, read after the number: "penipuan online yang melibatkan WNI". */
  label: string;
  /** Unit after the number: "kasus", "korban". */
  unit?: string;
  /** The period covered: "2020 – Oktober 2025". Absent: "per <source date>". */
  period?: string;
  /** One short line of context: "Sekitar 1.500 di antaranya korban TPPO." */
  note?: string;
}

export interface Stat extends ContentItem {
  value: number;
  qualifier?: Qualifier;
  currency?: Currency;
  source: Source;
  checkedOn: string;
  reviewBy: string;
  text: Texts<StatTexts>;
}

/** Largest value accepted: beyond this, doubles lose whole-number precision. */
export const MAX_VALUE = 9e15;

export const statSchema: Schema = sourcedItemSchema(
  'A statistic with its source.',
  {
    value: {
      type: 'number',
      minimum: 0,
      maximum: MAX_VALUE,
      description: 'A JSON number in whole units: 1386; 359810000000000 for Rp359,81 triliun.',
    },
    qualifier: { type: 'string', enum: QUALIFIERS, description: 'Published as "more than", "at least" or "about".' },
    currency: { type: 'string', enum: CURRENCIES },
    text: textsSchema({ label: text(160), unit: text(40, 0), period: text(60, 0), note: text(200, 0) }, ['label']),
  },
  ['value'],
);

/** A trimmed text, or undefined when it is empty after cleaning. */
function optional(value: unknown, max: number): string | undefined {
  return cleanText(value, max) || undefined;
}

export const statsSpec: CollectionSpec<Stat> = {
  key: 'stats', noun: 'statistic', itemSchema: statSchema,
  normalise(raw, ctx) {
    const texts: Texts<StatTexts> = {};
    for (const [lang, t] of Object.entries(raw.text as Record<string, Record<string, unknown>>)) {
      const label = cleanText(t.label, 160);
      if (label) texts[lang] = { label, unit: optional(t.unit, 40), period: optional(t.period, 60), note: optional(t.note, 200) };
    }
    if (!Object.keys(texts).length) {
      ctx.problem('has no label; it is not shown.');
      return null;
    }
    return {
      id: raw.id as string,
      value: raw.value as number,
      qualifier: raw.qualifier as Qualifier | undefined,
      currency: raw.currency as Currency | undefined,
      source: ctx.source,
      checkedOn: raw.checkedOn as string,
      reviewBy: raw.reviewBy as string,
      text: texts,
    };
  },
};
