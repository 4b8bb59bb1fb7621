/**
 * The languages: the one module that lists them. A language is data, src/i18n/locales/<code>.ts (every word the
 * widgets say, its Intl locale, its scale words); this module gathers each part per widget and can register more
 * at run time. Lit-free and light: importing LANGS alone carries none of the words.
 */
import * as en from './locales/en.js';
import * as id from './locales/id.js';

/** Every string of a part, typed as plain strings: another language must have exactly these keys. */
type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** One language's data: exactly the keys of the Indonesian file. */
export type Locale = Words<typeof id>;

const BUILT_IN = ['id', 'en'] as const;

/** A language the widgets speak. Codes added by registerLocale() are Langs at run time that the types do not list. */
export type Lang = (typeof BUILT_IN)[number];

export const DEFAULT_LANG: Lang = 'id';

const langs: Lang[] = [...BUILT_IN];
/** Every available language, the default first. */
export const LANGS: readonly Lang[] = langs;

/** A language code: the primary subtag of a BCP 47 tag. Content packs key their texts with it (text.<code>). */
export const LANG_CODE_PATTERN = '^[a-z]{2,3}$';

/** Old codes still reported by some browsers: 'in' is the deprecated ISO code old Android WebViews give Indonesian. */
const ALIASES: Partial<Record<string, Lang>> = { in: 'id' };

/** The language a primary subtag ('id', 'in', 'en') names, if it is available. */
export function langOfCode(code: string): Lang | undefined {
  const wanted = ALIASES[code] ?? code;
  return langs.find((lang) => lang === wanted);
}

type Tables = { [P in keyof Locale]: Record<Lang, Locale[P]> };

// One table per part, each language named: a bundler then keeps only the parts a script uses (the hotline-only
// script carries no quiz words). Built in a loop over whole locales, every script would carry every word.
export const LANG_NAMES: Tables['name'] = { id: id.name, en: en.name };
export const INTL_LOCALES: Tables['locale'] = { id: id.locale, en: en.locale };
export const SCALE_WORDS: Tables['scale'] = { id: id.scale, en: en.scale };
export const hotlineStrings: Tables['hotlineCard'] = { id: id.hotlineCard, en: en.hotlineCard };
export const riskQuizStrings: Tables['riskQuiz'] = { id: id.riskQuiz, en: en.riskQuiz };
export const selfCheckStrings: Tables['selfCheck'] = { id: id.selfCheck, en: en.selfCheck };
export const safeExitStrings: Tables['safeExit'] = { id: id.safeExit, en: en.safeExit };
export const scamCarouselStrings: Tables['scamCarousel'] = { id: id.scamCarousel, en: en.scamCarousel };
export const statsTickerStrings: Tables['statsTicker'] = { id: id.statsTicker, en: en.statsTicker };
export const sharedStrings: Tables['shared'] = { id: id.shared, en: en.shared };
export const embedStrings: Tables['embedPage'] = { id: id.embedPage, en: en.embedPage };
export const frameTitles: Tables['frameTitle'] = { id: id.frameTitle, en: en.frameTitle };
export const editorWords: Tables['editor'] = { id: id.editor, en: en.editor };

/** Keys of `model` (the Indonesian data) that `data` lacks, as dotted paths. */
function missingKeys(model: object, data: unknown, path: string): string[] {
  return Object.entries(model).flatMap(([key, value]) => {
    const theirs = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string') return typeof theirs === 'string' ? [] : [path + key];
    return missingKeys(value as object, theirs, `${path}${key}.`);
  });
}

/**
 * Add a language at run time: every widget can then render in it (lang="<code>"). Content texts without this
 * language fall back to DEFAULT_LANG's. Throws when the code is not a primary subtag, is taken, or a string is missing.
 */
export function registerLocale(code: string, locale: Locale): Lang {
  if (!new RegExp(LANG_CODE_PATTERN).test(code) || ALIASES[code]) throw new TypeError(`registerLocale: "${code}" is not a language code (${LANG_CODE_PATTERN}).`);
  if (langOfCode(code)) throw new TypeError(`registerLocale: "${code}" is registered already.`);
  const missing = missingKeys(id, locale, '');
  if (missing.length) throw new TypeError(`registerLocale: "${code}" lacks ${missing.join(', ')}.`);
  const lang = code as Lang;
  const tables: Tables = {
    name: LANG_NAMES,
    locale: INTL_LOCALES,
    scale: SCALE_WORDS,
    hotlineCard: hotlineStrings,
    riskQuiz: riskQuizStrings,
    selfCheck: selfCheckStrings,
    safeExit: safeExitStrings,
    scamCarousel: scamCarouselStrings,
    statsTicker: statsTickerStrings,
    shared: sharedStrings,
    embedPage: embedStrings,
    frameTitle: frameTitles,
    editor: editorWords,
  };
  for (const part of Object.keys(tables) as (keyof Locale)[]) (tables[part] as Record<Lang, unknown>)[lang] = locale[part];
  langs.push(lang);
  return lang;
}
