/**
 * Build-time rendering of the widgets (Node): each widget's own Lit templates rendered by @lit-labs/ssr, then moved
 * from the declarative shadow root into a light-DOM wrapper (src/prerender/markup.ts) that reads without JavaScript
 * and without Declarative Shadow DOM. Used for the embed pages, the WordPress plugin and the OpenSID kit: no door
 * writes a widget's markup or its number rules itself.
 */
import '@lit-labs/ssr/lib/install-global-dom-shim.js';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ELEMENTS } from '../src/elements.js';
import { CONTENT_WIDGETS, WIDGETS, type ContentWidget } from '../src/widgets.js';
import { DEFAULT_PACKS } from '../src/content/all-collections.js';
import { DEFAULT_LANG } from '../src/i18n/languages.js';
import { lightCss, stylesText } from '../src/prerender/light-css.js';
import { cleanRendered, escapeHtml, idPrefix, wrapPrerender } from '../src/prerender/markup.js';
import { contentVersion } from '../src/prerender/version.js';

for (const [tag, ctor] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, ctor);

/** Every widget with content has a readable copy (src/widgets.ts). */
export const PRERENDERED_WIDGETS = CONTENT_WIDGETS;
export type PrerenderedWidget = ContentWidget;


export function widgetContentVersion(widget: PrerenderedWidget): string {
  return contentVersion(DEFAULT_PACKS[WIDGETS[widget].collection]);
}

/** The inner HTML of the declarative shadow root the server renderer wrote for the outermost element. */
function shadowContent(rendered: string): string {
  const open = /<template shadowroot(?:mode)?="open"[^>]*>/.exec(rendered);
  const close = rendered.lastIndexOf('</template>');
  if (!open || close < open.index) throw new Error('prerender: the server renderer wrote no shadow root');
  return rendered.slice(open.index + open[0].length, close);
}

/**
 * The readable copy of `<awas-<widget> ...attributes>`, as its own templates render it with the built-in content.
 */
export function prerender(widget: PrerenderedWidget, given: Record<string, string>): string {
  // A page's language is not known at build time: a copy without lang is in the widgets' default (Bahasa Indonesia).
  const attributes = { lang: DEFAULT_LANG, ...given };
  const tag = `awas-${widget}`;
  const attrs = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const rendered = collectResultSync(render(staticHtml`${unsafeStatic(`<${tag}${attrs}></${tag}>`)}`));
  // From what chooses the content, not from the heading text (a door may fill its own title into the copy later).
  const prefix = idPrefix(`${widget}${attrs.replace(/ heading="[^"]*"/, '')}`);
  return wrapPrerender(widget, cleanRendered(shadowContent(rendered), prefix), widgetContentVersion(widget), attributes);
}

/** The light-DOM stylesheet of a widget's readable copy, from the widget's own styles. */
export function prerenderCss(widget: PrerenderedWidget): string {
  return lightCss(stylesText((ELEMENTS[`awas-${widget}`] as unknown as { styles?: unknown }).styles), widget);
}

function attributeList(attributes: Record<string, string>, prefix = ''): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${prefix}${name}="${escapeHtml(value)}"`)
    .join('');
}

/**
 * The tag door: `<awas-hotline-card from="kh" data-awas-content="…">readable copy</awas-hotline-card>`. The attribute
 * on the tag tells the widget, before the parser reaches the copy, that its light DOM is not links of the author's.
 */
export function prerenderedElement(widget: PrerenderedWidget, attributes: Record<string, string>): string {
  const tag = `awas-${widget}`;
  return `<${tag}${attributeList(attributes)} data-awas-content="${widgetContentVersion(widget)}">${prerender(widget, attributes)}</${tag}>`;
}

/** The mount door (kept by CMS sanitizers): `<div data-awas-widget="hotline-card" data-from="kh">readable copy</div>`. */
export function prerenderedMount(widget: PrerenderedWidget, attributes: Record<string, string>): string {
  return `<div data-awas-widget="${widget}"${attributeList(attributes, 'data-')}>${prerender(widget, attributes)}</div>`;
}
