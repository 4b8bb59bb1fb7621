/**
 * Widget attributes a link to a hosted embed page may NOT set through its query string, even though the widget
 * declares them. The page script (hosted-pages/page.ts) refuses them; the iframe snippet (./snippets.ts) leaves them out and
 * tells the author. The page lives on the campaign's own domain, and anyone can write a link to it:
 * - `content-src` / `content-integrity` would show someone else's "hotline numbers" under that domain;
 * - `heading` would put any sentence ("call 0812-…") on it;
 * - `lang` is in the file name and `link-target` is the page's own decision (links must leave the frame).
 */
export const QUERY_DENIED = ['content-src', 'content-integrity', 'heading', 'lang', 'link-target'] as const;
