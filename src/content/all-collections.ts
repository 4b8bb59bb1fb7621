/**
 * Every content collection with its spec and its default pack: the one table the builder, the build (hosted pages,
 * the published schema, review dates) and the tests read. The widgets import only the collection they use.
 */
import type { CollectionSpec } from './collection.js';
import { examplesSpec } from './examples.js';
import { hotlinesSpec } from './hotlines.js';
import examplesPack from './packs/examples.json';
import hotlinesPack from './packs/hotlines.json';
import questionsPack from './packs/questions.json';
import statsPack from './packs/stats.json';
import { questionsSpec } from './questions.js';
import { packSchema } from './schema/pack.js';
import type { Schema } from './schema-types.js';
import { statsSpec } from './stats.js';
import type { CollectionKey, ContentItem } from './types.js';

export const SPECS: Record<CollectionKey, CollectionSpec<ContentItem>> = {
  hotlines: hotlinesSpec as CollectionSpec<ContentItem>,
  questions: questionsSpec as CollectionSpec<ContentItem>,
  examples: examplesSpec as CollectionSpec<ContentItem>,
  stats: statsSpec as CollectionSpec<ContentItem>,
};

/** The default packs exactly as shipped (raw JSON, the same format as a content-src file). */
export const DEFAULT_PACKS: Record<CollectionKey, Record<string, unknown>> = {
  hotlines: hotlinesPack as Record<string, unknown>,
  questions: questionsPack as Record<string, unknown>,
  examples: examplesPack as Record<string, unknown>,
  stats: statsPack as Record<string, unknown>,
};

export const COLLECTION_SCHEMAS: Record<string, Schema> = Object.fromEntries(Object.entries(SPECS).map(([key, spec]) => [key, spec.itemSchema]));

/** The JSON Schema of a whole content pack. */
export function contentPackSchema() {
  return packSchema(COLLECTION_SCHEMAS);
}
