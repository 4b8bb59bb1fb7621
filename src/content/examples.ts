/**
 * The `examples` collection: anonymised recruitment-scam mock-ups (a social-media post, a chat, a job-site ad)
 * whose red-flag phrases are marked with [[flag-id|phrase]]. Each flag points at a numbered red flag of the
 * research (content-facts §2) and carries its own source. Used by <awas-scam-carousel>.
 */
import { keepKnownFlags, markedFlags, parsePhrases, type Segment } from './phrase-markup.js';
import { cleanText, MAX_LABEL } from '../safety/text.js';
import { safeUrl } from '../safety/url.js';
import type { CollectionSpec } from './collection.js';
import type { Schema } from './schema-types.js';
import { normaliseSource } from './source.js';
import { ID_PATTERN, idSchema, LANG_KEY_PATTERN, sourceSchema, sourcedItemSchema, text, textsSchema } from './schema/common.js';
import type { ContentItem, Source, Texts } from './types.js';

export const EXAMPLE_KINDS = ['post', 'chat', 'ad'] as const;
export type ExampleKind = (typeof EXAMPLE_KINDS)[number];

export interface ExampleLine {
  /** Chat only: sent by the reader (right-hand bubble). */
  me: boolean;
  segments: Segment[];
}

export interface ExampleTexts {
  /** What the example shows, in a few words ("Lowongan admin di grup Facebook"). */
  title: string;
  /** The (fictional) account, recruiter or company. */
  sender: string;
  /** Where and when, as the mock-up shows it ("Grup Facebook · 2 jam lalu"). */
  meta: string;
  lines: ExampleLine[];
  /** Explanation of each flag, by flag id. */
  flags: Record<string, string>;
}

export interface ExampleFlag {
  id: string;
  /** Number of the red flag in the research list (content-facts §2), e.g. 1 = salary too good. */
  redFlag: number;
  source: Source;
}

export interface ExampleImage {
  src: string;
  alt: Texts<string>;
}

export interface Example extends ContentItem {
  kind: ExampleKind;
  flags: ExampleFlag[];
  image?: ExampleImage;
  text: Texts<ExampleTexts>;
}

const flagSchema: Schema = {
  type: 'object',
  required: ['id', 'redFlag', 'source'],
  additionalProperties: false,
  properties: {
    id: idSchema,
    redFlag: { type: 'integer', minimum: 1, maximum: 99, description: 'Number of the red flag in the research list.' },
    source: sourceSchema,
  },
};

/** One example, as published in awas-content.schema.json. */
export const exampleSchema: Schema = Object.assign(
  sourcedItemSchema(
    '',
    {
      kind: { type: 'string', enum: EXAMPLE_KINDS, description: 'How it is drawn: a social-media post, a chat thread or a job-site ad.' },
      flags: { type: 'array', minItems: 1, maxItems: 12, items: flagSchema },
      image: {
        type: 'object',
        description: 'Optional picture inside the mock-up. Needs alt text ({"id": "…", "en": "…"}); without it the picture is left out.',
        required: ['src'],
        additionalProperties: false,
        properties: {
          src: text(2048),
          alt: { type: 'object', propertyNames: { pattern: LANG_KEY_PATTERN }, additionalProperties: text(300, 0) },
        },
      },
      text: textsSchema(
        {
          title: text(120),
          sender: text(MAX_LABEL),
          meta: text(MAX_LABEL, 0),
          lines: {
            type: 'array',
            minItems: 1,
            maxItems: 12,
            items: {
              type: 'object',
              required: ['text'],
              additionalProperties: false,
              properties: { text: text(400), me: { type: 'boolean', description: 'Chat only: the reader sent this line.' } },
            },
          },
          flags: { type: 'object', propertyNames: { pattern: ID_PATTERN }, additionalProperties: text(500) },
        },
        ['title', 'sender', 'lines', 'flags'],
      ),
    },
    ['kind', 'flags'],
  ),
  // Object.assign, not a spread: the drop-in build lowers object spread to a helper.
  {
    description:
      'A recruitment-scam example. Mark red-flag phrases in the lines as [[flag-id|phrase]]; every flag needs a marked phrase and an explanation in each language. Use made-up names and numbers only.',
  },
);

export const examplesSpec: CollectionSpec<Example> = {
  key: 'examples', noun: 'example', itemSchema: exampleSchema,
  normalise(raw, ctx) {
    const flags: ExampleFlag[] = [];
    for (const f of raw.flags as ExampleFlag[]) {
      if (flags.some((g) => g.id === f.id)) {
        ctx.problem(`flag "${f.id}" is listed twice; the second is ignored.`);
        continue;
      }
      // A flag without a nameable source is left out; its marked phrases are then shown unmarked (reported below).
      const flagSource = normaliseSource(f.source, ctx, `flags.${f.id}.source`, 'this flag');
      if (flagSource) flags.push({ id: f.id, redFlag: f.redFlag, source: flagSource });
    }
    if (!flags.length) {
      ctx.problem('has no red flag left to show; it is skipped.');
      return null;
    }
    const ids = flags.map((f) => f.id);

    const texts: Texts<ExampleTexts> = {};
    const rawTexts = raw.text as Record<string, { title: string; sender: string; meta?: string; lines: { text: string; me?: boolean }[]; flags: Record<string, string> }>;
    for (const [lang, t] of Object.entries(rawTexts)) {
      const lines = t.lines.map((l) => ({ me: l.me === true, segments: parsePhrases(cleanText(l.text, 400)) }));
      const segments = lines.map((l) => l.segments);
      const unknown = keepKnownFlags(segments, ids);
      if (unknown.length) ctx.problem(`text.${lang} marks [[${unknown.join(']], [[')}|…]] but flags has no such id; shown without marking.`);
      const marked = markedFlags(segments);
      const unmarked = ids.filter((id) => !marked.includes(id));
      const unexplained = ids.filter((id) => !cleanText(t.flags[id]));
      if (unmarked.length) ctx.problem(`text.${lang} has no marked phrase for ${unmarked.join(', ')}; this language is skipped.`);
      if (unexplained.length) ctx.problem(`text.${lang} has no explanation for ${unexplained.join(', ')}; this language is skipped.`);
      if (unmarked.length || unexplained.length) continue;
      const explanations: Record<string, string> = {};
      for (const id of ids) explanations[id] = cleanText(t.flags[id], 500);
      texts[lang] = { title: cleanText(t.title, 120), sender: cleanText(t.sender, MAX_LABEL), meta: cleanText(t.meta, MAX_LABEL), lines, flags: explanations };
    }
    if (!Object.keys(texts).length) {
      ctx.problem('has no usable text; it is skipped.');
      return null;
    }

    const { id, checkedOn, reviewBy } = raw as unknown as ContentItem;
    const example: Example = { id, source: ctx.source, checkedOn, reviewBy, kind: raw.kind as ExampleKind, flags, text: texts };
    const image = raw.image as { src: string; alt?: Record<string, string> } | undefined;
    if (image) {
      const src = safeUrl(image.src, ['https:', 'http:']);
      const alt: Texts<string> = {};
      for (const [lang, value] of Object.entries(image.alt ?? {})) if (cleanText(value)) alt[lang] = cleanText(value, 300);
      if (!src) ctx.problem(`image.src "${cleanText(image.src, 80)}" is not an http(s) address; the picture is left out.`);
      else if (!Object.keys(alt).length) ctx.problem('image has no alt text (describe the picture for readers who cannot see it); the picture is left out.');
      else example.image = { src, alt };
    }
    return example;
  },
};

