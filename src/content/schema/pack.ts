/**
 * The whole content-pack schema, published as dist/awas-content.schema.json. Campaign teams point their
 * editor or CI at it; the widgets validate with the very same item schemas at run time.
 */
import type { Schema } from '../schema-types.js';

export const PACK_SCHEMA_ID = 'https://awas.invalid/awas-content.schema.json';

/** Item schemas of each collection, registered by the collection modules. */
export function packSchema(collections: Record<string, Schema>): Schema & Record<string, unknown> {
  const properties: Record<string, Schema> = {
    $schema: { type: 'string' },
    merge: {
      type: 'boolean',
      description: 'true: add these items to the built-in ones (same id replaces). Default false: replace each collection given.',
    },
  };
  for (const [key, item] of Object.entries(collections)) {
    properties[key] = { type: 'array', maxItems: 100, items: item, description: item.description };
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: PACK_SCHEMA_ID,
    title: 'Awas content pack',
    description: 'Content for Awas widgets (content-src or inline <script type="application/json">). Every item carries its source, checkedOn (the day the source was read) and reviewBy; a phone channel may record a call (calledOn, calledBy).',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}
