/**
 * The four embed snippets for one set of choices (pure functions, no DOM): the embed builder shows them, the tests
 * load them into blank pages. Every door carries the same widget with the same attributes:
 *
 * - script:    `<style>` + `<awas-x attr="…">copy</awas-x>` + `<script src=".../awas.js" integrity crossorigin defer>`
 *              (integrity + crossorigin need CORS headers where awas.js is on another host; `pin: false` drops both)
 * - mount:     `<style>` + `<div data-awas-widget="x" data-attr="…">copy</div>` (survives CMS sanitizers; awas.js site-wide)
 * - iframe:    `<iframe src="<base>/embed/<widget>.<lang>.html?<attrs>" title width height loading>`
 * - shortcode: `[awas widget="x" attr="…"]` (the WordPress plugin)
 *
 * The script and mount doors carry the widget's readable copy (src/prerender/markup.ts): what its own templates
 * render, in the light DOM, so a reader sees the text and can call the numbers before the script runs, or if it
 * never does. The `<style>` before it is the widget's own CSS re-scoped to the copy (src/prerender/light-css.ts):
 * the copy looks like the widget and nothing moves when the script upgrades it in place; where a CMS strips
 * `<style>`, the copy still reads, unstyled. The iframe and shortcode doors carry copies of their own (the hosted
 * pages and the WordPress plugin, rendered at build time).
 *
 * Attribute values are escaped for the place they go; attribute names and style values are checked, and a bad one
 * throws (they come from the builder's own tables, so that is a programming error, not reader input).
 */
import { DEFAULT_LANG, frameTitles, langOfCode, type Lang } from '../i18n/languages.js';
import { FRAME_HEIGHTS } from './frame-heights.js';
import { QUERY_DENIED } from './frame-rules.js';
import { DEFAULT_FROM } from '../../components/hotline-card/defaults.js';
import { countryCode } from '../safety/text.js';

import { WIDGET_NAMES, type WidgetName } from '../widgets.js';

export { WIDGET_NAMES, type WidgetName };

export const EMBED_PATHS = ['script', 'mount', 'iframe', 'shortcode'] as const;
export type EmbedPath = (typeof EMBED_PATHS)[number];

/** An attribute value; `true` is a boolean attribute (present, no value). */
export type AttributeValue = string | true;
export type AttributeList = ReadonlyArray<readonly [name: string, value: AttributeValue]>;

/**
 * A widget's readable copy, made by the caller from the widget's own rendering (the builder: builder/readable-copy.ts):
 * the wrapper from wrapPrerender(), the light-DOM CSS from lightCss(), and the content version the copy records.
 */
export interface ReadableCopy {
  /** `<div class="awas-pre awas-pre-x" data-awas-content="…">…</div>` */
  html: string;
  /** The copy's stylesheet (no `</style>` inside). */
  css: string;
  /** contentVersion() of the pack the copy was rendered from; written as data-awas-content on the widget tag. */
  version: string;
}

/** A plain link for the data- mount of a widget without a readable copy (safe-exit: its exit link). */
export interface SnippetFallback {
  href: string;
  label: string;
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
  /**
   * false: the script tag without `integrity` and `crossorigin`, for an awas.js on another host that sends no CORS
   * header (the browser refuses a crossorigin script without one). Only by the author's explicit choice: the file is
   * then no longer pinned. Default true.
   */
  pin?: boolean;
  /** The readable copy (script and mount doors); without it the widget tag and the mount are empty. */
  copy?: ReadableCopy;
  /** What the data- mount shows where there is no copy. */
  fallback?: SnippetFallback;
}

export type Snippets = Record<EmbedPath, string | null>;

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;
const STYLE_NAME = /^--awas-[a-z0-9-]+$/;
const STYLE_VALUE = /^[#a-zA-Z0-9 .,%()-]{1,64}$/;
const INTEGRITY = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;
const CONTENT_VERSION = /^[a-z0-9]{1,16}$/;
const COPY_WRAPPER = /^<div class="awas-pre awas-pre-[a-z-]+"[^>]*>[\s\S]*<\/div>$/;

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
  const country = typeof from === 'string' ? countryCode(from) : null;
  const place = country && country !== DEFAULT_FROM ? (country === 'kh' ? 'kh' : 'abroad') : null;
  return place && `${widget}-${place}` in FRAME_HEIGHTS ? `${widget}-${place}` : widget;
}

/** The chosen attributes an iframe cannot carry (for telling the author). */
export function frameDropped(widget: WidgetName, attributes: AttributeList): string[] {
  if (!frameKey(widget, attributes)) return [];
  return attributes.map(([name]) => name).filter((name) => name !== 'lang' && (QUERY_DENIED as readonly string[]).includes(name));
}

/** The iframe's title (WCAG H64), in the widget's language (the locales' frameTitle); the hosted page and its oEmbed response carry the same. */
export const FRAME_TITLES = frameTitles as Record<Lang, Record<string, string>>;

/** Language of the widget for file names and titles: the one chosen when it is available, else the default. */
function langOf(attributes: AttributeList): Lang {
  const chosen = attributeValue(attributes, 'lang');
  return (typeof chosen === 'string' && langOfCode(chosen)) || DEFAULT_LANG;
}

/**
 * The copy's parts, checked: it is our own rendering, but it goes into the page as markup, so a copy that is not one
 * wrapper, or CSS that could close its <style>, is a programming error.
 */
function copyParts(copy: ReadableCopy | undefined): { style: string; html: string; version: string } | null {
  if (!copy) return null;
  if (!COPY_WRAPPER.test(copy.html)) throw new TypeError('the readable copy must be one awas-pre wrapper');
  if (/<\/style/i.test(copy.css)) throw new TypeError('the copy CSS must not close its <style>');
  if (!CONTENT_VERSION.test(copy.version)) throw new TypeError(`"${copy.version}" is not a content version`);
  return { style: copy.css ? `<style>${copy.css}</style>` : '', html: copy.html, version: copy.version };
}

/**
 * The copy's style, the widget tag with the readable copy inside, then the script tag (pinned by its integrity). The
 * script comes last: the browser starts fetching it when it reads the tag, and on a slow line its bytes would share
 * the line with the copy's still arriving; `defer` runs it after the page is parsed wherever it stands.
 */
export function scriptSnippet(options: SnippetOptions): string {
  const pin = options.pin !== false;
  if (pin && !INTEGRITY.test(options.integrity)) throw new TypeError('integrity must be sha256/384/512-<base64>');
  const tag = `awas-${options.widget}`;
  const style = styleValue(options.style);
  const src = `${baseFolder(options.base)}awas.js`;
  const copy = copyParts(options.copy);
  // data-awas-content on the tag: the widget knows at once that its light DOM is this copy, not links of the author's.
  const version = copy ? ` data-awas-content="${copy.version}"` : '';
  return [
    `<!-- Awas ${escapeText(options.version).replace(/--/g, '- -')} -->`,
    copy?.style,
    `<${tag}${htmlAttributes(options.attributes)}${style ? ` style="${escapeAttribute(style)}"` : ''}${version}>${copy?.html ?? ''}</${tag}>`,
    `<script src="${escapeAttribute(src)}"${pin ? ` integrity="${options.integrity}" crossorigin="anonymous"` : ''} defer></script>`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The sanitizer-proof `<div data-awas-widget>` mount with the readable copy inside (or the plain fallback link). */
export function mountSnippet(options: SnippetOptions): string {
  const style = styleValue(options.style);
  const copy = copyParts(options.copy);
  const fallback = options.fallback;
  const inner = copy ? copy.html : fallback ? `<p><a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.label)}</a></p>` : '';
  // No data-awas-content on the mount: its data-* are the widget's attributes. The copy's wrapper records the version.
  // No <style> either: the mount is for editors that filter what is pasted, and WordPress's kses drops the tag but
  // keeps its text, which would print the stylesheet above the card. The copy reads unstyled; the WordPress plugin and
  // dist/awas-pre.css (linked by the site's theme) style it.
  return `<div data-awas-widget="${options.widget}"${htmlAttributes(options.attributes, 'data-', true)}${style ? ` style="${escapeAttribute(style)}"` : ''}>${inner}</div>`;
}

/** The embed page URL for the iframe, or null when the widget has no embed page (safe-exit). */
export function frameUrl(options: SnippetOptions): string | null {
  const key = frameKey(options.widget, options.attributes);
  if (!key) return null;
  const query = new URLSearchParams();
  for (const [name, value] of options.attributes) {
    checkName(name);
    if ((QUERY_DENIED as readonly string[]).includes(name)) continue; // the page would refuse it
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
  const title = FRAME_TITLES[langOf(options.attributes)]?.[options.widget] ?? 'Awas';
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
