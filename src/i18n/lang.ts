/**
 * Language resolution: element lang → closest [lang] ancestor (across shadow roots) → <html lang> → DEFAULT_LANG.
 * 'id-ID' → 'id', 'en-GB' → 'en'; a language not in LANGS → DEFAULT_LANG, reported (code `unknown-lang`).
 */
import { DEFAULT_LANG, LANG_NAMES, LANGS, langOfCode, type Lang } from './languages.js';

// Which languages exist is languages.ts's business; the type is re-exported for the modules that only resolve.
export type { Lang } from './languages.js';

/** Map a BCP 47 tag to an available language; `known` is false when we fell back. */
export function normaliseLang(tag: string | null | undefined): { lang: Lang; known: boolean } {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  const lang = langOfCode(primary);
  return lang ? { lang, known: true } : { lang: DEFAULT_LANG, known: primary === '' };
}

/** Find the nearest declared language, crossing shadow-root boundaries. */
export function declaredLang(el: Element): string {
  let node: Element | null = el;
  while (node) {
    // The property first: a Lit widget renders before its lang property is reflected to the attribute.
    const own = (node as HTMLElement).lang;
    const value = typeof own === 'string' && own.trim() !== '' ? own : node.getAttribute('lang');
    if (value !== null && value.trim() !== '') return value;
    const parent: Element | null = node.parentElement;
    if (parent) node = parent;
    else {
      const root = node.getRootNode() as ShadowRoot | Document;
      node = 'host' in root ? root.host : null;
    }
  }
  return document.documentElement.getAttribute('lang') ?? '';
}

/** The language an element should render in. */
export function resolveLang(el: Element): Lang {
  const tag = declaredLang(el);
  const { lang, known } = normaliseLang(tag);
  if (!known) {
    const message = `lang="${tag}" is not available; showing ${LANG_NAMES[DEFAULT_LANG]}. Available: ${LANGS.join(', ')}.`;
    // A widget reports it (once per element: AwasElement.reportProblem); nothing else asks for a language.
    (el as Element & { reportProblem?: (code: string, message: string) => void }).reportProblem?.('unknown-lang', message);
  }
  return lang;
}
