/** The plain typed model every widget renders. Produced only by the content loader after validation and safety. */
import { LANGS, type Lang } from '../i18n/languages.js';

export interface Source {
  name: string;
  /** The page that states the fact; '' when there is none (then `note` says why). */
  url: string;
  /** YYYY-MM-DD, or YYYY-MM when the source gives no day. */
  date: string;
  /** Shown with the source, e.g. why there is no link. */
  note?: Texts<string>;
}

/** Fields every content item carries. Items written by the page itself (light DOM) have no source or dates. */
export interface ContentItem {
  id: string;
  source?: Source;
  /** The day someone last read the source and compared the item with it (not a call to a number). */
  checkedOn?: string;
  reviewBy?: string;
}

/** Per-language texts. Always has at least one language; use pickText() to read it. */
export type Texts<T> = Partial<Record<string, T>>;

/** The texts for `lang`, else the default language's (Indonesian), else the next available one's, else the first present. */
export function pickText<T>(texts: Texts<T>, lang: Lang): T {
  const found = [lang, ...LANGS].map((code) => texts[code]).find((t) => t !== undefined) ?? texts[Object.keys(texts)[0]];
  return found as T;
}

/** The collections a content pack can hold. */
export type CollectionKey = 'hotlines' | 'questions' | 'examples' | 'stats';
