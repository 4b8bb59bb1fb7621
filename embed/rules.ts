/** Rules the embed pages apply at run time (used by the page script and by the build, see embed/pages.ts). */

/**
 * Widget attributes a link to a hosted page may NOT set through its query string, even though the widget declares
 * them. The page lives on the campaign's own domain, and anyone can write a link to it:
 * - `content-src` / `content-integrity` would show someone else's "hotline numbers" under that domain;
 * - `heading` would put any sentence ("call 0812-…") on it;
 * - `lang` is in the file name and `link-target` is the page's own decision (links must leave the frame).
 */
export const QUERY_DENIED = ['content-src', 'content-integrity', 'heading', 'lang', 'link-target'] as const;

/** Where links open inside the embed pages: a new tab, which works in plain frames and in frames sandboxed with allow-popups. */
export const EMBED_LINK_TARGET = '_blank';
