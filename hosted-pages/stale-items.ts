/** Content past its review date, printed by the build (the pages still show it, as the widgets do). */
import { readCollection, type CollectionSpec, type ContentProblem } from '../src/content/collection.js';
import { examplesSpec } from '../src/content/examples.js';
import { hotlinesSpec } from '../src/content/hotlines.js';
import examplesPack from '../src/content/packs/examples.json';
import hotlinesPack from '../src/content/packs/hotlines.json';
import questionsPack from '../src/content/packs/questions.json';
import statsPack from '../src/content/packs/stats.json';
import { questionsSpec } from '../src/content/questions.js';
import { statsSpec } from '../src/content/stats.js';
import type { ContentItem } from '../src/content/types.js';

function itemsOf<Item extends ContentItem>(spec: CollectionSpec<Item>, pack: unknown): Item[] {
  const problems: ContentProblem[] = [];
  return readCollection(spec, pack, 'built-in content', problems).items ?? [];
}

export function staleItems(today = new Date()): string[] {
  const all: ContentItem[] = [
    ...itemsOf(hotlinesSpec, hotlinesPack),
    ...itemsOf(questionsSpec, questionsPack),
    ...itemsOf(examplesSpec, examplesPack),
    ...itemsOf(statsSpec, statsPack),
  ];
  const iso = today.toISOString().slice(0, 10);
  return all.filter((item) => item.reviewBy && item.reviewBy < iso).map((item) => `${item.id} (reviewBy ${item.reviewBy})`);
}
