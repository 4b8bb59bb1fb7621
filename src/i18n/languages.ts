/**
 * The languages: the one module that lists them. A language is data, src/i18n/locales/<code>.ts (every word the
 * widgets say, its Intl locale, its scale words); each module asks for the parts it says (wordsOf) and more languages
 * can be registered at run time. Lit-free; the drop-in build keeps only the parts a script asks for.
 */
import * as en from './locales/en.js';
import * as id from './locales/id.js';

/** Every string of a part, typed as plain strings: another language must have exactly these keys. */
type Words<T> = { [K in keyof T]: T[K] extends string ? string : Words<T[K]> };

/** One language's data: exactly the keys of the Indonesian file. */
export type Locale = Words<typeof id>;

/** The built-in languages, the default first: the one list of them (a new one: CONTRIBUTING.md, "Add a language"). */
const BUILT_IN = ['id', 'en'] as const;

/** A language the widgets speak. Codes added by registerLocale() are Langs at run time that the types do not list. */
export type Lang = (typeof BUILT_IN)[number];

/** Their words; the compiler checks it names exactly the languages of BUILT_IN. */
const BUILT_IN_LOCALES: Record<Lang, Locale> = { id, en };

export const DEFAULT_LANG: Lang = 'id';

const langs: Lang[] = [...BUILT_IN];
/** Every available language, the default first. */
export const LANGS: readonly Lang[] = langs;

/** A language code: the primary subtag of a BCP 47 tag. Content packs key their texts with it (text.<code>). */
export const LANG_CODE_PATTERN = '^[a-z]{2,3}$';

/** Old codes still reported by some browsers: 'in' is the deprecated ISO code old Android WebViews give Indonesian. */
export const LANG_ALIASES: Readonly<Partial<Record<string, Lang>>> = { in: 'id' };

/** The language a primary subtag ('id', 'in', 'en') names, if it is available. */
export function langOfCode(code: string): Lang | undefined {
  const wanted = LANG_ALIASES[code] ?? code;
  return langs.find((lang) => lang === wanted);
}

/** One part's words in every language: language → the part (e.g. hotlineCard → its heading, buttons…). */
export type WordsTable<P extends keyof Locale> = Record<Lang, Locale[P]>;

/** Every table handed out, and the languages registered since: registerLocale() fills both ways. */
const tables: [keyof Locale, Record<string, unknown>][] = [];
const registered: [Lang, Locale][] = [];

/**
 * A part's table, registered for registerLocale(). scripts/rollup-plugins.mjs (wordsByPart) turns each
 * `wordsOf('part')` into static references `{ id: <id's part>, en: <en's part> }` a bundler can follow, so a script
 * carries only the parts its widgets name (the hotline-only script no quiz words): wrapped in this call in the npm
 * build, bare in the drop-ins (they offer no registerLocale).
 */
export function wordsTable<P extends keyof Locale>(part: P, table: WordsTable<P>): WordsTable<P> {
  for (const [lang, locale] of registered) table[lang] = locale[part];
  tables.push([part, table]);
  return table;
}

/** One table per part, however often it is asked for (each widget instance asks). */
const made: Partial<Record<keyof Locale, unknown>> = {};

/** A part's words in every language, e.g. `wordsOf('hotlineCard')`; languages registered later are added to it. */
export function wordsOf<P extends keyof Locale>(part: P): WordsTable<P> {
  const builtIn = () => Object.fromEntries(BUILT_IN.map((lang) => [lang, BUILT_IN_LOCALES[lang][part]])) as WordsTable<P>;
  return (made[part] ??= wordsTable(part, builtIn())) as WordsTable<P>;
}

// The parts every door shares. A widget's own part is asked for in its own module (wordsOf('<its part>')).
export const LANG_NAMES = wordsOf('name');
export const INTL_LOCALES = wordsOf('locale');
export const SCALE_WORDS = wordsOf('scale');
export const sharedStrings = wordsOf('shared');
export const embedStrings = wordsOf('embedPage');
export const frameTitles = wordsOf('frameTitle');
export const editorWords = wordsOf('editor');

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
  if (!new RegExp(LANG_CODE_PATTERN).test(code) || LANG_ALIASES[code]) throw new TypeError(`registerLocale: "${code}" is not a language code (${LANG_CODE_PATTERN}).`);
  if (langOfCode(code)) throw new TypeError(`registerLocale: "${code}" is registered already.`);
  const missing = missingKeys(id, locale, '');
  if (missing.length) throw new TypeError(`registerLocale: "${code}" lacks ${missing.join(', ')}.`);
  const lang = code as Lang;
  for (const [part, table] of tables) table[lang] = locale[part];
  registered.push([lang, locale]);
  langs.push(lang);
  return lang;
}
