/** A minimal collection used to test the content kernel without any widget's semantics. */
import type { CollectionSpec } from '../../src/content/collection.js';
import { sourcedItemSchema, text, textsSchema } from '../../src/content/schema/common.js';
import type { ContentItem, Texts } from '../../src/content/types.js';
import { cleanText } from '../../src/safety/text.js';

export interface Note extends ContentItem {
  text: Texts<{ title: string }>;
}

export const notesSpec: CollectionSpec<Note> = {
  key: 'stats', noun: 'note',
  itemSchema: sourcedItemSchema('A note', { text: textsSchema({ title: text(100) }, ['title']) }, []),
  normalise(raw, ctx) {
    const texts = raw.text as Record<string, { title: string }>;
    const out: Texts<{ title: string }> = {};
    for (const [lang, t] of Object.entries(texts)) out[lang] = { title: cleanText(t.title, 100) };
    if (Object.keys(out).length === 0) {
      ctx.problem('has no texts');
      return null;
    }
    return { ...(raw as unknown as Note), text: out };
  },
};

export function note(id: string, title = `Note ${id}`, extra: Record<string, unknown> = {}) {
  return {
    id,
    source: { name: 'Test', url: 'https://example.org/', date: '2025-01-01' },
    checkedOn: '2025-01-02',
    reviewBy: '2099-01-01',
    text: { id: { title } },
    ...extra,
  };
}
