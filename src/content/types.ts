/** The plain typed model every widget renders. Produced only by the content loader after validation and safety. */
import type { Lang } from '../i18n/lang.js';

export interface Source {
  name: string;
  url: string;
  date: string;
}

/** Fields every content item carries. Items written by the page itself (light DOM) have no source or dates. */
export interface ContentItem {
  id: string;
  source?: Source;
  verifiedOn?: string;
  reviewBy?: string;
}

/** Per-language texts. Always has at least one language; use pickText() to read it. */
export type Texts<T> = Partial<Record<string, T>>;

/** The texts for `lang`, else Indonesian, else English, else the first language present. */
export function pickText<T>(texts: Texts<T>, lang: Lang): T {
  const found = texts[lang] ?? texts.id ?? texts.en ?? texts[Object.keys(texts)[0]];
  return found as T;
}

/** The collections a content pack can hold. */
export type CollectionKey = 'hotlines' | 'questions' | 'examples' | 'stats';
