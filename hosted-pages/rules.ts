/** Rules the embed pages apply at run time (used by the page script and by the build, see hosted-pages/pages.ts). */

/** Attributes the page's address may not set: shared with the iframe snippets, so it lives beside them. */
export { QUERY_DENIED } from '../src/embed/frame-rules.js';

/** Where links open inside the embed pages: a new tab, which works in plain frames and in frames sandboxed with allow-popups. */
export const EMBED_LINK_TARGET = '_blank';
