/** Content past its review date, printed by the build (the pages still show it, as the widgets do). */
import { DEFAULT_PACKS, SPECS } from '../src/content/all-collections.js';
import { readCollection, type ContentProblem } from '../src/content/collection.js';
import type { CollectionKey, ContentItem } from '../src/content/types.js';

export function staleItems(today = new Date()): string[] {
  const problems: ContentProblem[] = [];
  const all: ContentItem[] = (Object.keys(SPECS) as CollectionKey[]).flatMap((key) => readCollection(SPECS[key], DEFAULT_PACKS[key], 'built-in content', problems).items ?? []);
  const iso = today.toISOString().slice(0, 10);
  return all.filter((item) => item.reviewBy && item.reviewBy < iso).map((item) => `${item.id} (reviewBy ${item.reviewBy})`);
}
