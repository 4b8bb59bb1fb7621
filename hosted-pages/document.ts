/**
 * The files of dist/embed/: each page as a whole HTML document, its oEmbed response and the iframe snippet.
 *
 * Absolute URLs: oEmbed needs them (WordPress fetches the discovery link with wp_safe_remote_get(), which refuses
 * relative URLs), but the build cannot know where dist/ will be published. Give the folder that will hold awas.js
 * and embed/ as AWAS_EMBED_BASE_URL (e.g. https://situs-anda.example/awas/) when building; without it, the discovery
 * links and the oEmbed html use relative URLs: the pages and iframes work anywhere, oEmbed discovery does not.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from '../src/prerender/markup.js';
import pageCss from './page.css';
import { EMBED_PAGES, EMBED_LINK_TARGET, type EmbedPage } from './pages.js';
import { prerenderedElement, PRERENDERED_WIDGETS, prerenderCss, type PrerenderedWidget } from './prerender.js';
import { embedStrings } from '../src/i18n/languages.js';

export { staleItems } from './stale-items.js';
export { escapeHtml };

/** The page script next to the pages. */
export const PAGE_SCRIPT = 'awas-embed.js';

/**
 * The pages' Content-Security-Policy (a <meta>, so it holds on any host): only same-origin scripts, the page's own
 * inline stylesheet (by its hash), no other inline code, no requests, Trusted Types for the one HTML sink (Lit's
 * template policy "lit-html"). The stylesheet is inline because a <link> would hold the first paint for one more
 * round trip on a slow connection, and the readable copy is what a reader there sees first.
 */
export function embedCsp(styleHash: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' '${styleHash}'`,
    "img-src 'self' https:",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; ');
}

/** The page's stylesheet: the frame, then the readable copy's styles (the quiz's copy holds a hotline card). */
export function pageStyles(page: EmbedPage): string {
  const widgets: PrerenderedWidget[] = page.widget === 'risk-quiz' ? ['risk-quiz', 'hotline-card'] : [page.widget];
  return pageCss.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim() + widgets.map((widget) => prerenderCss(widget)).join('');
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** oEmbed `width`: the widest the widgets grow (the iframe itself is width="100%"). */
export const OEMBED_WIDTH = 704;

/** The published folder that holds awas.js and embed/, with one trailing slash; null when not given. */
export function normaliseBase(base: string | undefined | null): string | null {
  const value = (base ?? '').trim();
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`AWAS_EMBED_BASE_URL "${value}" is not an absolute URL (write it like https://situs-anda.example/awas/)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`AWAS_EMBED_BASE_URL must be http(s), not ${url.protocol}`);
  if (url.search || url.hash || url.username || url.password) throw new Error('AWAS_EMBED_BASE_URL must be a plain folder address (no ?query, #hash or user:password)');
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** URL of a file in dist/embed/: absolute under `base`, else relative to the pages themselves. */
export function embedUrl(file: string, base: string | null): string {
  return base ? `${base}embed/${file}` : file;
}

/** The iframe snippet: only attributes that CMS sanitizers keep (src, title, width, height, loading), never style. */
export function iframeSnippet(page: EmbedPage, base: string | null): string {
  return `<iframe src="${escapeHtml(embedUrl(page.file, base))}" title="${escapeHtml(page.title)}" width="100%" height="${page.height}" loading="lazy"></iframe>`;
}

export interface OembedResponse {
  version: '1.0';
  type: 'rich';
  provider_name: 'Awas';
  provider_url?: string;
  title: string;
  html: string;
  width: number;
  height: number;
}

/** The static oEmbed response of a page (https://oembed.com/ §2.3.4, type "rich"). */
export function oembedResponse(page: EmbedPage, base: string | null): OembedResponse {
  return {
    version: '1.0',
    type: 'rich',
    provider_name: 'Awas',
    ...(base ? { provider_url: base } : {}),
    title: page.title,
    html: iframeSnippet(page, base),
    width: OEMBED_WIDTH,
    height: page.height,
  };
}

/** data-* attributes that tell the page script what to build: data-set-x (fixed), data-default-x (overridable). */
function dataAttributes(page: EmbedPage): string {
  const set = Object.entries(page.fixed).map(([name, value]) => ` data-set-${name}="${escapeHtml(value)}"`);
  const defaults = Object.entries(page.defaults).map(([name, value]) => ` data-default-${name}="${escapeHtml(value)}"`);
  return [...set, ...defaults].join('');
}

/**
 * Hosts that sandbox the frame (TinyMCE's sandbox="", WordPress's allow-scripts) keep any call or WhatsApp link from
 * leaving it. The hint shows on the readable copy; the page script hides it once the widget runs outside WordPress.
 */
function cannotTapNote(page: EmbedPage): string {
  if (page.widget !== 'hotline-card' && page.widget !== 'risk-quiz') return '';
  return `<p class="note cannot-tap">${escapeHtml(embedStrings[page.lang].cannotTap)}</p>`;
}

/** The widget element with its readable copy inside, as the widget's own templates render it. */
export function widgetMarkup(page: EmbedPage): string {
  const attributes: Record<string, string> = { lang: page.lang, ...page.defaults, ...page.fixed };
  if (page.widget === 'hotline-card') attributes['link-target'] = EMBED_LINK_TARGET;
  return prerenderedElement(page.widget, attributes);
}

/** One embed page as a complete HTML document. */
export function renderDocument(page: EmbedPage, base: string | null): string {
  const oembed = embedUrl(page.oembedFile, base);
  const styles = pageStyles(page);
  return `<!doctype html>
<html lang="${page.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(embedCsp(sha256(styles)))}">
<base target="_blank">
<title>${escapeHtml(page.title)}</title>
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(oembed)}" title="${escapeHtml(page.title)}">
<style>${styles}</style>
</head>
<body>
<main id="awas-embed" data-widget="${page.widget}" data-page="${page.basename}"${dataAttributes(page)}>
${widgetMarkup(page)}${cannotTapNote(page)}
</main>
<!-- Last, so that on a slow line their bytes don't share it with the readable copy's; defer runs them after parsing. -->
<script src="${page.script}" defer></script>
<script src="${PAGE_SCRIPT}" defer></script>
</body>
</html>
`;
}

/** The readable copies' stylesheet, from every widget's own styles (appended to hosted-pages/page.css). */
export function widgetsCss(): string {
  return PRERENDERED_WIDGETS.map((widget) => prerenderCss(widget)).join('\n') + '\n';
}

export interface EmbedFile {
  /** Path inside dist/embed/. */
  path: string;
  content: string;
}

/** Every generated file of dist/embed/ (the page script and stylesheet are built separately). */
export function embedFiles(base: string | null): EmbedFile[] {
  return EMBED_PAGES.flatMap((page) => [
    { path: page.file, content: renderDocument(page, base) },
    { path: page.oembedFile, content: JSON.stringify(oembedResponse(page, base), null, 2) + '\n' },
  ]);
}
