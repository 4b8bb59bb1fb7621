/**
 * The readable copy of a widget: what the widget's own templates render, placed in the page's light DOM inside one
 * wrapper, so that a reader without JavaScript (scripts stripped by a CMS, sandboxed iframe, script still loading)
 * already has the heading, the text and the tel: / wa.me links. Produced at build time by @lit-labs/ssr
 * (hosted-pages/prerender.ts) and in the builder from the live preview, both from the rendered shadow root, never re-written.
 *
 *   <div class="awas-pre awas-pre-hotline-card" data-awas-content="k3x9q1" data-from="kh">…the widget's markup…</div>
 *
 * Buttons need the script: they are disabled and (styled) invisible, still taking their place so nothing moves when
 * the widget takes over. data-awas-content records the content version it was rendered from (see ./stale.ts).
 */
import { prerenderScope } from './light-css.js';

export const PRERENDER_CLASS = 'awas-pre';
export const CONTENT_VERSION_ATTRIBUTE = 'data-awas-content';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** A short, stable prefix for a copy's ids, from what it was rendered with. */
export function idPrefix(seed: string): string {
  let hash = 5381;
  for (let i = 0; i < seed.length; i++) hash = (Math.imul(hash, 33) ^ seed.charCodeAt(i)) >>> 0;
  return `awas-${hash.toString(36)}-`;
}

const ID_REFERENCES = /\s(id|for|aria-labelledby|aria-describedby|aria-controls)="([^"]*)"/g;

/**
 * Rendered shadow-root HTML → plain light-DOM HTML: no styles, no template markers, scripts' buttons disabled.
 * - ids are unique in a shadow root, not on a page that holds two copies: each copy's ids get `prefix`.
 * - hidden helper texts (a number spelled digit by digit for aria-describedby) go: sanitizers such as WordPress's
 *   kses drop the hidden attribute and would show them, and the copy reads the number as written anyway.
 */
export function cleanRendered(rendered: string, prefix = ''): string {
  return rendered
    .replace(/<span\b[^>]*\shidden(?:="")?>[^<]*<\/span>/g, '')
    .replace(/\saria-describedby="[^"]*"/g, '')
    .replace(ID_REFERENCES, (_, name: string, value: string) => ` ${name}="${value.split(/\s+/).filter(Boolean).map((id) => prefix + id).join(' ')}"`)
    // A widget inside the widget (the quiz's hotline card): its shadow root becomes a plain wrapper of its own, not
    // an element the script would upgrade a second time, unseen.
    .replace(/<awas-([a-z-]+)([^>]*)><template shadowroot(?:mode)?="open"[^>]*>/g, (_, name: string, attrs: string) => {
      const data = attrs.replace(/\s([a-z][a-z0-9-]*)="/g, ' data-$1="');
      return `<div class="${PRERENDER_CLASS} ${prerenderScope(name)}"${data}>`;
    })
    .replace(/<\/template>\s*<\/awas-[a-z-]+>/g, '</div>')
    // The server renderer's own marker for nested elements, meaningless in a copy.
    .replace(/\sdefer-hydration(?:="")?/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?>/g, '')
    .replace(/<button\b/g, '<button disabled data-awas-js')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The wrapper around a widget's readable copy. `attributes` are the widget's own (from, layout, theme): copied as
 * data-* so the re-scoped :host([layout='compact']) rules match (./light-css.ts) and sanitizers keep them.
 */
export function wrapPrerender(widget: string, inner: string, version: string, attributes: Record<string, string> = {}): string {
  const data = Object.entries(attributes)
    .filter(([name]) => /^[a-z][a-z0-9-]*$/.test(name))
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  return `<div class="${PRERENDER_CLASS} ${prerenderScope(widget)}" ${CONTENT_VERSION_ATTRIBUTE}="${escapeHtml(version)}"${data}>${inner}</div>`;
}
