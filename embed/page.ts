/**
 * The embed pages' own script, built to dist/embed/awas-embed.js and loaded (defer) after the drop-in script.
 *
 * 1. Starts the resizer at once (src/embed/frame.ts): the static content has a height too, and the drop-in script may
 *    never arrive on a slow connection.
 * 2. If the drop-in script defined the widget's tag, builds the widget — attributes from the page (data-set-x fixed, data-default-x
 *    overridable) and from the query string (?hotlines=kp2mi,sapa129&layout=compact) through the widget's declared
 *    attributes only, minus QUERY_DENIED — renders it, then removes the static content. If anything fails, the
 *    static content stays.
 * 3. Inside WordPress (which sandboxes oEmbed frames with allow-scripts only, so no link can leave the frame) the
 *    hotline and quiz pages keep a one-line hint under the widget: write the number down.
 * No storage, no requests of its own.
 */
import { logOnce } from '../src/base/log.js';
import { startFrame } from '../src/embed/frame.js';
import { cleanText } from '../src/safety/text.js';
import { EMBED_LINK_TARGET, QUERY_DENIED } from './rules.js';

type WidgetElement = HTMLElement & { updateComplete?: Promise<unknown> };

/** Attributes for the widget: fixed ones win, then the query string, then the page's defaults. */
export function widgetAttributes(main: Element, declared: readonly string[], search: string): { attributes: Map<string, string>; ignored: string[] } {
  const allowed = new Set(declared);
  const attributes = new Map<string, string>();
  const fixed = new Set<string>();
  for (const attribute of Array.from(main.attributes)) {
    const match = /^data-(set|default)-([a-z][a-z0-9-]*)$/.exec(attribute.name);
    if (!match || !allowed.has(match[2])) continue;
    if (match[1] === 'set') fixed.add(match[2]);
    if (match[1] === 'set' || !attributes.has(match[2])) attributes.set(match[2], attribute.value);
  }
  const ignored: string[] = [];
  new URLSearchParams(search).forEach((value, rawName) => {
    const name = rawName.trim().toLowerCase();
    if (!allowed.has(name) || fixed.has(name) || (QUERY_DENIED as readonly string[]).includes(name)) ignored.push(cleanText(rawName, 40));
    else attributes.set(name, value);
  });
  return { attributes, ignored };
}

/** Build the widget into `main` and drop the static content once the widget has rendered. */
export async function upgrade(main: HTMLElement, search: string, lang: string): Promise<WidgetElement | null> {
  const tag = `awas-${main.getAttribute('data-widget') ?? ''}`;
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor) {
    logOnce('warn', 'embed-no-widget', `The embed page could not load <${tag}> (was the drop-in script blocked or too slow?). The plain version stays on screen.`);
    return null;
  }
  const { attributes, ignored } = widgetAttributes(main, ctor.observedAttributes ?? [], search);
  if (ignored.length) {
    logOnce('warn', `embed-query:${ignored.join()}`, `Embed page: ${ignored.join(', ')} cannot be set from the address; ignored.`);
  }
  const widget = document.createElement(tag) as WidgetElement;
  widget.setAttribute('lang', lang);
  attributes.forEach((value, name) => widget.setAttribute(name, value));
  if ((ctor.observedAttributes ?? []).includes('link-target')) widget.setAttribute('link-target', EMBED_LINK_TARGET);
  const live = document.createElement('div');
  live.className = 'awas-live';
  live.append(widget);
  main.append(live);
  try {
    await widget.updateComplete;
  } catch {
    // a widget that throws while rendering: keep the static content
  }
  if (!widget.shadowRoot || !widget.shadowRoot.childElementCount) {
    live.remove();
    return null;
  }
  main.querySelector('.awas-static')?.remove();
  return widget;
}

function start(): void {
  const main = document.getElementById('awas-embed');
  if (!main) return;
  const resizer = startFrame(main.getAttribute('data-page') ?? '');
  void upgrade(main, location.search, document.documentElement.lang).then((widget) => {
    const hint = main.querySelector<HTMLElement>('.note.wordpress');
    if (widget && hint && resizer.secret) hint.hidden = false;
    resizer.post();
  });
}

if (typeof document !== 'undefined' && document.getElementById('awas-embed')) start();
