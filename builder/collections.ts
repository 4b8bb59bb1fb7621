/**
 * The content the builder offers: the real collection specs and default packs (the very files bundled into awas.js),
 * read with the real loader functions. No copies of the content live here.
 */
import { DEFAULT_PACKS, SPECS } from '../src/content/all-collections.js';
import { combineLayers, readCollection, type ContentProblem } from '../src/content/collection.js';
import { type Example } from '../src/content/examples.js';
import { type Hotline } from '../src/content/hotlines.js';
import { type Question } from '../src/content/questions.js';
import { type Stat } from '../src/content/stats.js';
import type { CollectionKey, ContentItem } from '../src/content/types.js';
import { pickText } from '../src/content/types.js';
import { WIDGETS, type WidgetName } from '../src/widgets.js';
import type { Lang } from '../src/i18n/languages.js';

export type AnyItem = Hotline | Question | Example | Stat;

export { DEFAULT_PACKS, SPECS };

/** The collection a widget reads through content-src (safe-exit has none): src/widgets.ts. */
export const WIDGET_COLLECTION: Record<WidgetName, CollectionKey | null> = Object.fromEntries(
  Object.entries(WIDGETS).map(([name, facts]) => [name, facts.collection]),
) as Record<WidgetName, CollectionKey | null>;

/** Raw default items of a collection (for "copy a built-in item to change it"). */
export function defaultRawItems(key: CollectionKey): Record<string, unknown>[] {
  return (DEFAULT_PACKS[key][key] as Record<string, unknown>[]) ?? [];
}

const defaultItemsCache = new Map<CollectionKey, ContentItem[]>();

/** The built-in items after validation and normalisation, as a widget sees them. */
export function defaultItems<T extends ContentItem = AnyItem>(key: CollectionKey): T[] {
  let items = defaultItemsCache.get(key);
  if (!items) {
    items = readCollection(SPECS[key], DEFAULT_PACKS[key], 'built-in content', []).items ?? [];
    defaultItemsCache.set(key, items);
  }
  return items as T[];
}

/**
 * The items a widget shows with the given own pack on top of the defaults (same precedence and merge rules as the
 * widget's loader). Without a pack: the defaults.
 */
export function effectiveItems<T extends ContentItem = AnyItem>(key: CollectionKey, pack?: unknown): T[] {
  if (pack === undefined) return defaultItems<T>(key);
  const problems: ContentProblem[] = [];
  const base = { origin: 'built-in content', items: defaultItems(key) };
  const own = readCollection(SPECS[key], pack, 'content-src', problems);
  return combineLayers(key, [base, own], problems) as T[];
}

/** A short human name of an item in `lang` (for lists and pickers). */
export function itemName(key: CollectionKey, item: ContentItem, lang: Lang): string {
  switch (key) {
    case 'hotlines':
      return pickText((item as Hotline).text, lang).name;
    case 'questions':
      return pickText((item as Question).text, lang).question;
    case 'examples':
      return pickText((item as Example).text, lang).title;
    case 'stats': {
      const t = pickText((item as Stat).text, lang);
      return t.unit ? `${t.unit}: ${t.label}` : t.label;
    }
  }
}
