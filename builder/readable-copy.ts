/**
 * The readable copy the builder's script and mount snippets carry: the widget rendered by its own templates (the
 * classes of src/elements.ts, bundled into builder.js) for the chosen attributes and content, then moved from its
 * shadow root into the light-DOM wrapper by the same functions as the build-time copies (src/prerender/markup.ts),
 * with its own styles re-scoped (src/prerender/light-css.ts). Nothing here writes widget markup or decides what a
 * reader sees.
 *
 * The widgets render their copy branch (`isServer`: the quiz's self-check, the carousel's red flags in <details>)
 * because scripts/build-builder.mjs resolves lit's `isServer` to true for builder.js, exactly as the build-time
 * renderer (@lit-labs/ssr under Node) does. So a copy from the builder is the copy an embed page or the WordPress
 * plugin carries for the same attributes, and it is rendered fresh for every change, never from a preview the author
 * has clicked in. The elements render in a hidden box of the builder page and are removed once serialised.
 */
import { ELEMENTS } from '../src/elements.js';
import type { AttributeList, ReadableCopy, WidgetName } from '../src/embed/snippets.js';
import { lightCss, stylesText } from '../src/prerender/light-css.js';
import { cleanRendered, escapeHtml, wrapPrerender } from '../src/prerender/markup.js';
import { contentVersion } from '../src/prerender/version.js';

/** What to render: the widget, its attributes as in the snippet, and the content it shows. */
export interface CopyRequest {
  widget: WidgetName;
  attributes: AttributeList;
  /** The pack the widget renders: its built-in one, or the author's own (then also given as `inlineJson`). */
  pack: unknown;
  /** The own content file, given to the widget as inline JSON (the snippet's content-src points at its upload). */
  inlineJson?: string;
}

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** Attributes that only say where content comes from: the copy is rendered from `pack` instead, with no request. */
const NOT_RENDERED = ['content-src', 'content-integrity'];

const WIDGET_HOST = /^awas-([a-z-]+)$/;

function widgetName(el: Element): string | null {
  const match = WIDGET_HOST.exec(el.localName);
  return match && el.shadowRoot ? match[1] : null;
}

/** Every widget element in the shadow trees below `root` (the quiz's hotline card), depth first. */
function nestedWidgets(root: ParentNode): Widget[] {
  const found: Widget[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!WIDGET_HOST.test(el.localName)) continue;
    found.push(el as Widget);
    if (el.shadowRoot) found.push(...nestedWidgets(el.shadowRoot));
  }
  return found;
}

/**
 * Resolves once the widget and every widget it rendered inside itself have finished updating (updateComplete is true
 * when no further update is pending). A condition, not a timer; a bound on the rounds so a widget that kept
 * re-rendering could not hang the builder.
 */
export async function settled(widget: Widget): Promise<void> {
  let count = -1;
  for (let round = 0; round < 20; round++) {
    const all = [widget, ...nestedWidgets(widget.shadowRoot ?? widget)];
    const done = await Promise.all(all.map((w) => w.updateComplete ?? true));
    if (done.every(Boolean) && all.length === count) return;
    count = all.length;
  }
}

/** Elements without an end tag, and elements whose text is not HTML (styles belong to the copy's <style>). */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const SKIPPED = new Set(['style', 'script', 'template']);

function openTag(el: Element): string {
  return `<${el.localName}${Array.from(el.attributes)
    .map((a) => ` ${a.name}="${escapeHtml(a.value)}"`)
    .join('')}>`;
}

/**
 * The HTML of a rendered shadow root (text escaped, attributes quoted, comments and styles left out), with every
 * widget inside it written as a declarative shadow root (`<awas-x …><template shadowrootmode="open">…</template>
 * </awas-x>`, as the build-time renderer writes it), so that cleanRendered() turns it into a wrapper of its own.
 * `widgets` collects the names of the widgets met.
 */
export function serializeShadow(root: ParentNode, widgets: Set<string>): string {
  let out = '';
  root.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) out += escapeHtml((node as Text).data);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const el = node as Element;
    if (SKIPPED.has(el.localName)) return;
    const name = widgetName(el);
    if (name) widgets.add(name);
    const inner = name ? `<template shadowrootmode="open">${serializeShadow(el.shadowRoot!, widgets)}</template>` : serializeShadow(el, widgets);
    out += VOID.has(el.localName) ? openTag(el) : `${openTag(el)}${inner}</${el.localName}>`;
  });
  return out;
}

const cssCache = new Map<string, string>();

/** The light-DOM stylesheet of one widget's copy, from the widget class's own `styles`. */
export function copyCss(widget: string): string {
  let css = cssCache.get(widget);
  if (css === undefined) {
    const ctor = (ELEMENTS as Record<string, unknown>)[`awas-${widget}`] as { styles?: unknown } | undefined;
    css = lightCss(stylesText(ctor?.styles), widget);
    cssCache.set(widget, css);
  }
  return css;
}

let defined = false;

/** Register the widgets on the builder page (it has no widgets of its own; the preview frame has the real awas.js). */
function defineWidgets(): void {
  if (defined) return;
  defined = true;
  for (const [tag, ctor] of Object.entries(ELEMENTS)) if (!customElements.get(tag)) customElements.define(tag, ctor);
}

function stage(): HTMLElement {
  let box = document.getElementById('copy-stage');
  if (!box) {
    box = document.createElement('div');
    box.id = 'copy-stage';
    box.hidden = true;
    box.setAttribute('aria-hidden', 'true');
    document.body.appendChild(box);
  }
  return box;
}

/** The readable copy of one widget for these attributes and this content. */
export async function renderCopy(request: CopyRequest): Promise<ReadableCopy> {
  defineWidgets();
  const tag = `awas-${request.widget}`;
  const el = document.createElement(tag) as Widget;
  const wrapperAttributes: Record<string, string> = {};
  for (const [name, value] of request.attributes) {
    if (NOT_RENDERED.includes(name)) continue;
    const text = value === true ? '' : value;
    wrapperAttributes[name] = text;
    el.setAttribute(name, text);
  }
  if (request.inlineJson !== undefined) {
    const json = document.createElement('script');
    json.setAttribute('type', 'application/json');
    json.textContent = request.inlineJson;
    el.appendChild(json);
  }
  // The widgets' notes for page authors (bad attribute, unknown id) are the preview's to show, not this copy's.
  el.addEventListener('awas-error', (event) => event.stopPropagation());
  stage().appendChild(el);
  try {
    await settled(el);
    const widgets = new Set<string>([request.widget]);
    const inner = cleanRendered(serializeShadow(el.shadowRoot ?? el, widgets));
    return {
      html: wrapPrerender(request.widget, inner, contentVersion(request.pack), wrapperAttributes),
      css: Array.from(widgets, copyCss).join(''),
      version: contentVersion(request.pack),
    };
  } finally {
    el.remove();
  }
}
