/**
 * Reading one collection (hotlines, questions, …) out of a content pack: schema check per item,
 * duplicate ids, then the collection's own normalise() which passes every value through safety/.
 * Invalid items are dropped one by one, each with a precise problem; valid ones are kept.
 */
import type { Schema } from './schema-types.js';
import { normaliseSource } from './source.js';
import type { CollectionKey, ContentItem, Source } from './types.js';
import { validate } from './validate.js';

export interface ContentProblem {
  code: string;
  message: string;
}

export interface NormaliseContext {
  /** Path of the item, e.g. "hotlines[2]". */
  path: string;
  /** Report a problem with the item (the item may still be kept without the bad part). */
  problem(message: string): void;
}

/** What normalise() gets besides the raw item: its source, already through normaliseSource (one rule for all). */
export interface ItemContext extends NormaliseContext {
  source: Source;
}

export interface CollectionSpec<Item extends ContentItem> {
  key: CollectionKey;
  /** Schema of one item, as published in awas-content.schema.json. */
  itemSchema: Schema;
  /** One item in words, for messages: "hotline". */
  noun: string;
  /** Turn a schema-valid raw item with a usable source into the model, through safety/. Return null to drop it. */
  normalise(raw: Record<string, unknown>, ctx: ItemContext): Item | null;
}

/**
 * A schema-valid item into the model: every item stands on its source, so without a readable one nothing of it is
 * shown (normaliseSource, the one rule); then the collection's own normalise().
 */
export function normaliseItem<Item extends ContentItem>(spec: CollectionSpec<Item>, raw: Record<string, unknown>, ctx: NormaliseContext): Item | null {
  const source = normaliseSource(raw.source, ctx, 'source', `this ${spec.noun}`);
  return source && spec.normalise(raw, { ...ctx, source });
}

export interface CollectionLayer<Item> {
  /** undefined: this source does not provide the collection. */
  items?: Item[];
  /** true: merge into the layer below by id instead of replacing it. */
  merge?: boolean;
  /** Where it came from, for messages ("content-src", "inline JSON", "light DOM"). */
  origin: string;
}

export const MAX_ITEMS = 100;

/**
 * Files written before checkedOn existed called it verifiedOn, which readers took for "someone called this number".
 * It always meant the day the source was read, so it is read as checkedOn (a copy; the pack itself is not changed).
 */
function migrateItem(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return entry;
  const record = entry as Record<string, unknown>;
  if (record.verifiedOn === undefined) return entry;
  // Object.assign and delete, not rest/spread: the drop-in build would lower those to helpers.
  const copy: Record<string, unknown> = Object.assign({}, record);
  if (copy.checkedOn === undefined) copy.checkedOn = copy.verifiedOn;
  delete copy.verifiedOn;
  return copy;
}

/** Read `spec.key` from a parsed pack. */
export function readCollection<Item extends ContentItem>(
  spec: CollectionSpec<Item>,
  pack: unknown,
  origin: string,
  problems: ContentProblem[],
): CollectionLayer<Item> {
  if (typeof pack !== 'object' || pack === null || Array.isArray(pack)) {
    problems.push({ code: 'content-invalid', message: `${origin}: the content must be a JSON object like {"${spec.key}": [...]}.` });
    return { origin };
  }
  const record = pack as Record<string, unknown>;
  const merge = record.merge === true;
  const raw = record[spec.key];
  if (raw === undefined) return { origin, merge };
  if (!Array.isArray(raw)) {
    problems.push({ code: 'content-invalid', message: `${origin}: "${spec.key}" must be a list ([...]).` });
    return { origin, items: [], merge };
  }
  const items: Item[] = [];
  const seen = new Set<string>();
  let migrated = 0;
  raw.slice(0, MAX_ITEMS).forEach((original, index) => {
    const path = `${spec.key}[${index}]`;
    const entry = migrateItem(original);
    if (entry !== original) migrated++;
    const found = validate(entry, spec.itemSchema, path);
    if (found.length) {
      const first = found.slice(0, 3).map((p) => `${p.path} ${p.reason}`).join('; ');
      problems.push({ code: 'content-invalid', message: `${origin}: ${first}${found.length > 3 ? ` (+${found.length - 3} more)` : ''}. This item is skipped.` });
      return;
    }
    const item = entry as Record<string, unknown>;
    const id = item.id as string;
    if (seen.has(id)) {
      problems.push({ code: 'content-invalid', message: `${origin}: ${path}.id "${id}" is used twice; the second one is skipped.` });
      return;
    }
    seen.add(id);
    const ctx: NormaliseContext = { path, problem: (message) => problems.push({ code: 'content-invalid', message: `${origin}: ${path} ${message}` }) };
    const normalised = normaliseItem(spec, item, ctx);
    if (normalised) items.push(normalised);
  });
  if (migrated) {
    problems.push({
      code: 'content-migrated',
      message: `${origin}: "verifiedOn" is now "checkedOn" (the day the source was read); ${migrated} ${spec.key} were read that way. Rename the field. A call to a number is recorded on its channel as "calledOn" with "calledBy".`,
    });
  }
  if (raw.length > MAX_ITEMS) {
    problems.push({ code: 'content-invalid', message: `${origin}: only the first ${MAX_ITEMS} ${spec.key} are used.` });
  }
  return { origin, items, merge };
}

/**
 * Combine layers from lowest to highest precedence (defaults, content-src, inline JSON, light DOM).
 * A layer that provides the collection replaces the one below (or merges by id with "merge": true);
 * a layer that provides it but has nothing valid leaves the lower one on screen, with a problem.
 */
export function combineLayers<Item extends ContentItem>(
  key: CollectionKey,
  layers: CollectionLayer<Item>[],
  problems: ContentProblem[],
): Item[] {
  let current: Item[] = [];
  for (const layer of layers) {
    if (!layer.items) continue;
    if (layer.items.length === 0) {
      if (current.length) problems.push({ code: 'content-empty', message: `${layer.origin} has no usable ${key}; the built-in ${key} are shown instead.` });
      continue;
    }
    if (layer.merge) {
      const byId = new Map(current.map((item) => [item.id, item] as [string, Item]));
      for (const item of layer.items) byId.set(item.id, item);
      current = Array.from(byId.values());
    } else current = layer.items;
  }
  return current;
}
