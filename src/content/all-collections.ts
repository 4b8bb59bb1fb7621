/** Every content collection, for the published schema (the widgets import only the collection they use). */
import { packSchema } from './schema/pack.js';
import type { Schema } from './schema-types.js';
import { exampleSchema } from './examples.js';
import { hotlineSchema } from './hotlines.js';
import { questionSchema } from './questions.js';
import { statSchema } from './stats.js';

export const COLLECTION_SCHEMAS: Record<string, Schema> = {
  examples: exampleSchema,
  hotlines: hotlineSchema,
  questions: questionSchema,
  stats: statSchema,
};

/** The JSON Schema of a whole content pack. */
export function contentPackSchema() {
  return packSchema(COLLECTION_SCHEMAS);
}
