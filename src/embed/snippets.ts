/**
 * The four embed snippets for one set of choices (pure functions, no DOM): the embed builder shows them, the tests
 * load them into blank pages. Every door carries the same widget with the same attributes:
 *
 * - script:    `<script src=".../awas.js" integrity crossorigin defer>` + `<awas-x attr="…">` (pinned by SRI)
 * - mount:     `<div data-awas-widget="x" data-attr="…">fallback</div>` (survives CMS sanitizers; awas.js site-wide)
 * - iframe:    `<iframe src="<base>/embed/<widget>.<lang>.html?<attrs>" title width height loading>`
 * - shortcode: `[awas widget="x" attr="…"]` (the WordPress plugin)
 *
 * Attribute values are escaped for the place they go; attribute names and style values are checked, and a bad one
 * throws (they come from the builder's own tables, so that is a programming error, not reader input).
 */
import { FRAME_HEIGHTS } from './frame-heights.js';

export const WIDGET_NAMES = ['hotline-card', 'risk-quiz', 'scam-carousel', 'stats-ticker', 'safe-exit'] as const;
export type WidgetName = (typeof WIDGET_NAMES)[number];

export const EMBED_PATHS = ['script', 'mount', 'iframe', 'shortcode'] as const;
export type EmbedPath = (typeof EMBED_PATHS)[number];

/** An attribute value; `true` is a boolean attribute (present, no value). */
export type AttributeValue = string | true;
export type AttributeList = ReadonlyArray<readonly [name: string, value: AttributeValue]>;

export interface SnippetFallback {
  /** Plain text shown before the link (or alone). */
  text: string;
  link?: { href: string; label: string };
}

export interface SnippetOptions {
  widget: WidgetName;
  /** The widget's attributes in writing order, exactly as chosen (defaults left out by the caller). */
  attributes: AttributeList;
  /** CSS custom properties for a `style` attribute, e.g. `{'--awas-color-brand': '#0b5394'}` (script and mount only). */
  style?: Readonly<Record<string, string>>;
  /** The folder that holds awas.js and embed/, e.g. `https://situs-anda.example/awas/`. */
  base: string;
  /** Library version the integrity belongs to (written as a comment before the script tag). */
  version: string;
  /** Subresource Integrity of awas.js: `sha384-<base64>`. */
  integrity: string;
  /** What the data- mount shows before (or without) JavaScript. */
  fallback?: SnippetFallback;
}

export type Snippets = Record<EmbedPath, string | null>;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const STYLE_NAME = /^--awas-[a-z0-9-]+$/;
const STYLE_VALUE = /^[#a-zA-Z0-9 .,%()-]{1,64}$/;
const INTEGRITY = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

/** Escape a value for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escape text content of an HTML element. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A WordPress shortcode attribute value. The shortcode parser cannot carry `[`, `]` or quotes inside a value, and
 * kses mangles `<`/`>`: they are written as HTML character references, which the plugin's `esc_attr()` keeps and the
 * browser turns back into the characters.
 */
export function escapeShortcode(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/\[/g, '&#91;')
    .replace(/]/g, '&#93;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function checkName(name: string): string {
  if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`"${name}" is not an attribute name`);
  return name;
}

function styleValue(style: Readonly<Record<string, string>> | undefined): string | undefined {
  const entries = Object.entries(style ?? {});
  if (!entries.length) return undefined;
  return entries
    .map(([name, value]) => {
      if (!STYLE_NAME.test(name)) throw new TypeError(`"${name}" is not an Awas custom property`);
      if (!STYLE_VALUE.test(value)) throw new TypeError(`"${value}" is not a plain CSS value`);
      return `${name}: ${value}`;
    })
    .join('; ');
}

/** ` name="value"` pairs for an HTML tag; boolean attributes are written bare (or as `=""` with `emptyValue`). */
function htmlAttributes(attributes: AttributeList, prefix = '', emptyValue = false): string {
  return attributes
    .map(([name, value]) => {
      const full = prefix + checkName(name);
      if (value === true) return emptyValue ? ` ${full}=""` : ` ${full}`;
      return ` ${full}="${escapeAttribute(value)}"`;
    })
    .join('');
}

/** The base folder with exactly one trailing slash. */
export function baseFolder(base: string): string {
  const trimmed = base.trim();
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

function attributeValue(attributes: AttributeList, name: string): AttributeValue | undefined {
  return attributes.find(([n]) => n === name)?.[1];
}

/**
 * Which embed page (and fixed height) the iframe uses: its readable copy must show the services for the reader's
 * location, so `hotline-card-kh` for readers in Cambodia and `hotline-card-abroad` for any other country.
 */
export function frameKey(widget: WidgetName, attributes: AttributeList): string | null {
  if (!(widget in FRAME_HEIGHTS)) return null;
  const from = attributeValue(attributes, 'from');
  const place = typeof from === 'string' && /^[a-z]{2}$/.test(from) && from !== 'id' ? (from === 'kh' ? 'kh' : 'abroad') : null;
  return place && `${widget}-${place}` in FRAME_HEIGHTS ? `${widget}-${place}` : widget;
}

/**
 * Attributes the hosted embed pages do not take from their address (embed/pages.ts QUERY_DENIED; a test keeps the
 * lists equal): `lang` is in the file name, the page decides where links open, and anyone can write a link to the
 * page, so its address must not be able to change the content or put a sentence on it.
 */
export const FRAME_QUERY_SKIPPED = ['content-src', 'content-integrity', 'heading', 'lang', 'link-target'] as const;

/** The chosen attributes an iframe cannot carry (for telling the author). */
export function frameDropped(widget: WidgetName, attributes: AttributeList): string[] {
  if (!frameKey(widget, attributes)) return [];
  return attributes.map(([name]) => name).filter((name) => name !== 'lang' && (FRAME_QUERY_SKIPPED as readonly string[]).includes(name));
}

/** The iframe's title (WCAG H64), in the widget's language. */
export const FRAME_TITLES: Record<string, { id: string; en: string }> = {
  'hotline-card': { id: 'Awas: nomor pengaduan resmi', en: 'Awas: official hotlines' },
  'risk-quiz': { id: 'Awas: kuis, apakah tawaran kerja ini aman?', en: 'Awas: quiz, is this job offer safe?' },
  'scam-carousel': { id: 'Awas: contoh lowongan kerja palsu', en: 'Awas: examples of fake job offers' },
  'stats-ticker': { id: 'Awas: angka TPPO dan penipuan kerja', en: 'Awas: trafficking and job-scam figures' },
};

/** Language of the widget for file names and titles: `en` when chosen, else `id`. */
function langOf(attributes: AttributeList): 'id' | 'en' {
  return attributeValue(attributes, 'lang') === 'en' ? 'en' : 'id';
}

/** Script tag (pinned by its integrity) + the widget tag. */
export function scriptSnippet(options: SnippetOptions): string {
  if (!INTEGRITY.test(options.integrity)) throw new TypeError('integrity must be sha256/384/512-<base64>');
  const tag = `awas-${options.widget}`;
  const style = styleValue(options.style);
  const src = `${baseFolder(options.base)}awas.js`;
  return [
    `<!-- Awas ${escapeText(options.version).replace(/--/g, '- -')} -->`,
    `<script src="${escapeAttribute(src)}" integrity="${options.integrity}" crossorigin="anonymous" defer></script>`,
    `<${tag}${htmlAttributes(options.attributes)}${style ? ` style="${escapeAttribute(style)}"` : ''}></${tag}>`,
  ].join('\n');
}

/** The sanitizer-proof `<div data-awas-widget>` mount, with a plain fallback inside. */
export function mountSnippet(options: SnippetOptions): string {
  const style = styleValue(options.style);
  const fallback = options.fallback;
  let inner = '';
  if (fallback) {
    const link = fallback.link ? `<a href="${escapeAttribute(fallback.link.href)}">${escapeText(fallback.link.label)}</a>` : '';
    inner = `<p>${escapeText(fallback.text)}${fallback.text && link ? ' ' : ''}${link}</p>`;
  }
  return `<div data-awas-widget="${options.widget}"${htmlAttributes(options.attributes, 'data-', true)}${style ? ` style="${escapeAttribute(style)}"` : ''}>${inner}</div>`;
}

/** The embed page URL for the iframe, or null when the widget has no embed page (safe-exit). */
export function frameUrl(options: SnippetOptions): string | null {
  const key = frameKey(options.widget, options.attributes);
  if (!key) return null;
  const query = new URLSearchParams();
  for (const [name, value] of options.attributes) {
    checkName(name);
    if ((FRAME_QUERY_SKIPPED as readonly string[]).includes(name)) continue;
    if (name === 'from' && key.endsWith('-kh')) continue; // in the file name
    query.append(name, value === true ? '' : value);
  }
  const search = query.toString();
  return `${baseFolder(options.base)}embed/${key}.${langOf(options.attributes)}.html${search ? `?${search}` : ''}`;
}

/**
 * The iframe, with only src, title, width, height (the fixed height from FRAME_HEIGHTS, for hosts where no script
 * can resize it) and loading. null for safe-exit: an exit button inside a frame cannot leave the host page.
 */
export function iframeSnippet(options: SnippetOptions): string | null {
  const src = frameUrl(options);
  const key = frameKey(options.widget, options.attributes);
  if (!src || !key) return null;
  const title = FRAME_TITLES[options.widget]?.[langOf(options.attributes)] ?? 'Awas';
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="100%" height="${FRAME_HEIGHTS[key]}" loading="lazy"></iframe>`;
}

/** `[awas widget="x" attr="…"]` for the WordPress plugin; boolean attributes are written `="true"`. */
export function shortcodeSnippet(options: SnippetOptions): string {
  const attributes = options.attributes.map(([name, value]) => ` ${checkName(name)}="${escapeShortcode(value === true ? 'true' : value)}"`).join('');
  return `[awas widget="${options.widget}"${attributes}]`;
}

/** Every door for the same choices; null where a door does not exist for this widget. */
export function allSnippets(options: SnippetOptions): Snippets {
  return {
    script: scriptSnippet(options),
    mount: mountSnippet(options),
    iframe: iframeSnippet(options),
    shortcode: shortcodeSnippet(options),
  };
}
