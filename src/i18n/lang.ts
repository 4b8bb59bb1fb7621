/**
 * Language resolution: element lang → closest [lang] ancestor (across shadow roots) → <html lang> → 'id'.
 * 'id-ID' → 'id', 'en-GB' → 'en'; anything else → 'id' with one console hint.
 */
import { logOnce } from '../base/log.js';

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** Map a BCP 47 tag to a supported language; `known` is false when we fell back. */
export function normaliseLang(tag: string | null | undefined): { lang: Lang; known: boolean } {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  // 'in' is the deprecated ISO code for Indonesian that old Android WebViews still report.
  if (primary === 'id' || primary === 'in') return { lang: 'id', known: true };
  if (primary === 'en') return { lang: 'en', known: true };
  return { lang: DEFAULT_LANG, known: primary === '' };
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
    logOnce('info', `lang:${tag}`, `lang="${tag}" is not available; showing Bahasa Indonesia. Available: ${LANGS.join(', ')}.`);
  }
  return lang;
}
