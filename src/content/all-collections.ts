/** Every content collection, for the published schema (the widgets import only the collection they use). */
import { packSchema } from './schema/pack.js';
import type { Schema } from './schema-types.js';

export const COLLECTION_SCHEMAS: Record<string, Schema> = {};

/** The JSON Schema of a whole content pack. */
export function contentPackSchema() {
  return packSchema(COLLECTION_SCHEMAS);
}
