/**
 * Schema pieces every content item shares: id, source {name, url, date, note}, checkedOn, reviewBy,
 * and per-language texts kept apart from language-neutral facts (a number lives in one place only).
 */
import { LANG_CODE_PATTERN } from '../../i18n/languages.js';
import { ID_SOURCE } from '../../safety/text.js';
import type { Schema } from '../schema-types.js';

export const ID_PATTERN = `^${ID_SOURCE}$`;
/** Any language code, so a pack may carry texts for languages registered later (the widgets fall back to DEFAULT_LANG). */
export const LANG_KEY_PATTERN = LANG_CODE_PATTERN;

export const idSchema: Schema = {
  type: 'string',
  pattern: ID_PATTERN,
  description: 'Lower-case id used in attributes, e.g. "kp2mi". Letters, digits and hyphens.',
};

export const dateSchema: Schema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

/** A publication date: the day, or only the month when the source gives no day (never an invented day). */
export const sourceDateSchema: Schema = {
  type: 'string',
  format: 'date-or-month',
  pattern: '^\\d{4}-\\d{2}(-\\d{2})?$',
  description: 'Publication date as the source gives it: YYYY-MM-DD, or YYYY-MM when it shows only the month.',
};

export const httpUrlSchema: Schema = { type: 'string', pattern: '^https?://', maxLength: 2048 };

export function text(maxLength: number, minLength = 1): Schema {
  return { type: 'string', minLength, maxLength };
}

/** A short text per language: { "id": "…", "en": "…" }. */
export function labelsSchema(maxLength: number, description?: string): Schema {
  return { type: 'object', description, propertyNames: { pattern: LANG_KEY_PATTERN }, additionalProperties: text(maxLength) };
}

export const sourceSchema: Schema = {
  type: 'object',
  description:
    'Where the fact was read: publisher or outlet, the link to the page that states it, and its publication date. Without a link, say why in note.',
  required: ['name', 'date'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    url: { ...httpUrlSchema, description: 'The article or page that states the fact, not the site’s home page.' },
    date: sourceDateSchema,
    note: labelsSchema(300, 'Shown with the source, e.g. why there is no link: {"id": "…", "en": "…"}.'),
  },
};

/** Per-language texts: { "id": {...}, "en": {...} }. */
export function textsSchema(fields: Record<string, Schema>, required: readonly string[]): Schema {
  return {
    type: 'object',
    description: 'Texts per language code ("id", "en"). Indonesian is used when the reader’s language is missing.',
    propertyNames: { pattern: LANG_KEY_PATTERN },
    additionalProperties: { type: 'object', required, additionalProperties: false, properties: fields },
  };
}

/** An item schema with the fields every item must carry, plus its own. */
export function sourcedItemSchema(
  description: string,
  own: Record<string, Schema>,
  ownRequired: readonly string[],
): Schema {
  return {
    type: 'object',
    description,
    required: ['id', 'source', 'checkedOn', 'reviewBy', 'text', ...ownRequired],
    additionalProperties: false,
    properties: {
      id: idSchema,
      source: sourceSchema,
      checkedOn: {
        ...dateSchema,
        description: 'The day someone last read the source and compared this item with it. Not a call: record calls as calledOn on the number.',
      },
      reviewBy: { ...dateSchema, description: 'Date by which it must be checked again. Past it, Awas warns the author.' },
      ...own,
    },
  };
}
