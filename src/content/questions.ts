/**
 * The `questions` collection of <awas-risk-quiz>: each question is mapped to one documented red flag or legal
 * requirement, with the answer that is the red flag, its weight, and a short "why this matters" with its source.
 * Facts (weight, critical, risky answer, source) are language-neutral; the texts sit under text.<lang>.
 */
import type { CollectionSpec } from './collection.js';
import { sourcedItemSchema, text, textsSchema } from './schema/common.js';
import type { ContentItem, Source, Texts } from './types.js';
import { cleanText, MAX_LABEL } from '../safety/text.js';
import { safeUrl } from '../safety/url.js';

export interface QuestionText {
  /** The question, answerable with Ya / Tidak / Tidak tahu. */
  question: string;
  /** Short name of the red flag, shown in the result ("Visa turis untuk bekerja"). */
  flag: string;
  /** Why it matters, one or two short sentences. */
  why: string;
}

export interface Question extends ContentItem {
  source: Source;
  /** Non-negative weight in the score. */
  weight: number;
  /** A risky answer forces the band `tinggi`. */
  critical: boolean;
  /** The answer that is the red flag. */
  risky: 'yes' | 'no';
  text: Texts<QuestionText>;
}

export const questionSchema = sourcedItemSchema(
  'A quiz question mapped to one documented red flag. "Tidak tahu" (unknown) always counts as a risk.',
  {
    weight: { type: 'number', minimum: 0, maximum: 10, description: 'How much a red-flag answer adds to the score (0–10).' },
    critical: { type: 'boolean', description: 'true: the red-flag answer alone makes the result "tinggi" (high risk).' },
    risky: { type: 'string', enum: ['yes', 'no'], description: 'Which answer is the red flag: "yes" or "no".' },
    text: textsSchema({ question: text(300), flag: text(120), why: text(600) }, ['question', 'flag', 'why']),
  },
  ['weight', 'risky'],
);

export const questionsSpec: CollectionSpec<Question> = {
  key: 'questions',
  itemSchema: questionSchema,
  normalise(raw, ctx) {
    const source = raw.source as Source;
    const url = safeUrl(source.url, ['https:', 'http:']);
    if (!url) ctx.problem(`source.url "${source.url.slice(0, 80)}" is not a usable link; the source is shown without it.`);
    const texts: Texts<QuestionText> = {};
    for (const [lang, t] of Object.entries(raw.text as Record<string, QuestionText>)) {
      const question = cleanText(t.question, 300);
      const flag = cleanText(t.flag, MAX_LABEL);
      const why = cleanText(t.why, 600);
      if (question && flag && why) texts[lang] = { question, flag, why };
    }
    if (!Object.keys(texts).length) {
      ctx.problem('has no usable text; it is skipped.');
      return null;
    }
    return {
      id: raw.id as string,
      source: { name: cleanText(source.name, MAX_LABEL), url: url ?? '', date: source.date },
      verifiedOn: raw.verifiedOn as string,
      reviewBy: raw.reviewBy as string,
      weight: raw.weight as number,
      critical: raw.critical === true,
      risky: raw.risky as 'yes' | 'no',
      text: texts,
    };
  },
};
