/**
 * Schema pieces every content item shares: id, source {name, url, date}, verifiedOn, reviewBy,
 * and per-language texts kept apart from language-neutral facts (a number lives in one place only).
 */
import type { Schema } from '../schema-types.js';

export const ID_PATTERN = '^[a-z0-9][a-z0-9-]{0,63}$';
export const LANG_KEY_PATTERN = '^[a-z]{2,3}$';

export const idSchema: Schema = {
  type: 'string',
  pattern: ID_PATTERN,
  description: 'Lower-case id used in attributes, e.g. "kp2mi". Letters, digits and hyphens.',
};

export const dateSchema: Schema = { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };

export const httpUrlSchema: Schema = { type: 'string', pattern: '^https?://', maxLength: 2048 };

export const sourceSchema: Schema = {
  type: 'object',
  description: 'Where the fact was read: publisher or outlet, link and the date of the publication.',
  required: ['name', 'url', 'date'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1, maxLength: 200 },
    url: httpUrlSchema,
    date: dateSchema,
  },
};

export function text(maxLength: number, minLength = 1): Schema {
  return { type: 'string', minLength, maxLength };
}

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
    required: ['id', 'source', 'verifiedOn', 'reviewBy', 'text', ...ownRequired],
    additionalProperties: false,
    properties: {
      id: idSchema,
      source: sourceSchema,
      verifiedOn: { ...dateSchema, description: 'Date someone last checked this item against its source.' },
      reviewBy: { ...dateSchema, description: 'Date by which it must be checked again. Past it, Awas warns the author.' },
      ...own,
    },
  };
}
