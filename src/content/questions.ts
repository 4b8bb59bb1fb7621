/**
 * The `questions` collection of <awas-risk-quiz>: each question is mapped to one documented red flag or legal
 * requirement, with the answer that is the red flag, its weight, and a short "why this matters" with its source.
 * Questions ask what the seeker has seen or checked themselves, never what the recruiter claims: a seeker who
 * believes every claim must still land on a warning. Facts (weight, critical, risky answer, source, where to check)
 * are language-neutral; the texts sit under text.<lang>.
 */
import type { CollectionSpec } from './collection.js';
import { labelsSchema, httpUrlSchema, sourcedItemSchema, text, textsSchema } from './schema/common.js';
import { cleanLabels } from './source.js';
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

/** Where the reader can check this themselves, shown as a step in the result. */
export interface QuestionCheck {
  url: string;
  label: Texts<string>;
}

export interface Question extends ContentItem {
  source: Source;
  /** Non-negative weight in the score. */
  weight: number;
  /** A risky answer forces the band `tinggi`. */
  critical: boolean;
  /** The answer that is the red flag. */
  risky: 'yes' | 'no';
  check?: QuestionCheck;
  text: Texts<QuestionText>;
}

export const questionSchema = sourcedItemSchema(
  'A quiz question mapped to one documented red flag. Ask what the reader has seen or checked, not what a recruiter claims. "Tidak tahu" (unknown) always counts as a risk.',
  {
    weight: { type: 'number', minimum: 0, maximum: 10, description: 'How much a red-flag answer adds to the score (0–10).' },
    critical: { type: 'boolean', description: 'true: the red-flag answer alone makes the result "tinggi" (high risk).' },
    risky: { type: 'string', enum: ['yes', 'no'], description: 'Which answer is the red flag: "yes" or "no".' },
    check: {
      type: 'object',
      description: 'Where the reader can check this themselves; shown as a step in the result.',
      required: ['url', 'label'],
      additionalProperties: false,
      properties: { url: httpUrlSchema, label: labelsSchema(160, 'The step, e.g. {"id": "Cari sendiri perusahaannya di SISKOP2MI"}.') },
    },
    text: textsSchema({ question: text(300), flag: text(120), why: text(600) }, ['question', 'flag', 'why']),
  },
  ['weight', 'risky'],
);

export const questionsSpec: CollectionSpec<Question> = {
  key: 'questions', noun: 'question', itemSchema: questionSchema,
  normalise(raw, ctx) {
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
    const question: Question = {
      id: raw.id as string,
      source: ctx.source,
      checkedOn: raw.checkedOn as string,
      reviewBy: raw.reviewBy as string,
      weight: raw.weight as number,
      critical: raw.critical === true,
      risky: raw.risky as 'yes' | 'no',
      text: texts,
    };
    const check = raw.check as { url: string; label: unknown } | undefined;
    if (check) {
      const url = safeUrl(check.url, ['https:', 'http:']);
      const label = cleanLabels(check.label, 160);
      if (url && label) question.check = { url, label };
      else ctx.problem(`check needs a usable http(s) url and a label; it is left out.`);
    }
    return question;
  },
};
