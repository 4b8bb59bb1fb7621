/**
 * The embed pages' own script, built to dist/embed/awas-embed.js and loaded (defer) after the drop-in script.
 *
 * 1. Starts the resizer at once (src/embed/frame.ts): the static content has a height too, and the drop-in script may
 *    never arrive on a slow connection.
 * 2. The widget element is in the page with its readable copy (rendered at build time from its own templates); the
 *    drop-in script upgrades it in place. This adds the attributes of the query string (?hotlines=kp2mi,sapa129&
 *    layout=compact), through the widget's declared attributes only, minus QUERY_DENIED and the page's fixed
 *    data-set-x ones. If the script never arrives, the readable copy stays.
 * 3. The hotline and quiz pages carry a one-line hint (write the number down): links cannot leave sandboxed frames.
 *    It goes once the widget runs, except inside WordPress (oEmbed frames sandboxed with allow-scripts only).
 * No storage, no requests of its own.
 */
import { reportPageProblem } from '../src/base/report.js';
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

/**
 * The widget is in the page already, with its readable copy inside: the drop-in script upgrades it in place. This
 * adds what the address asks for. Resolves to the widget once it has rendered, or null when the script never defined
 * it (the readable copy stays).
 */
export async function upgrade(main: HTMLElement, search: string): Promise<WidgetElement | null> {
  const tag = `awas-${main.getAttribute('data-widget') ?? ''}`;
  const widget = main.querySelector<WidgetElement>(tag);
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  if (!ctor || !widget) {
    reportPageProblem('embed-no-widget', `The embed page could not load <${tag}> (was the drop-in script blocked or too slow?). The plain version stays on screen.`);
    return null;
  }
  const { attributes, ignored } = widgetAttributes(main, ctor.observedAttributes ?? [], search);
  if (ignored.length) {
    reportPageProblem('embed-query', `Embed page: ${ignored.join(', ')} cannot be set from the address; ignored.`);
  }
  attributes.forEach((value, name) => {
    if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  });
  if ((ctor.observedAttributes ?? []).includes('link-target')) widget.setAttribute('link-target', EMBED_LINK_TARGET);
  try {
    await widget.updateComplete;
  } catch {
    return null; // a widget that throws while rendering: its readable copy is all there is
  }
  return widget.shadowRoot?.childElementCount ? widget : null;
}

function start(): void {
  const main = document.getElementById('awas-embed');
  if (!main) return;
  const resizer = startFrame(main.getAttribute('data-page') ?? '');
  void upgrade(main, location.search).then((widget) => {
    // Links leave a WordPress frame (sandbox="allow-scripts") nowhere: the hint stays there, and without the widget.
    const hint = main.querySelector<HTMLElement>('.note.cannot-tap');
    if (widget && hint && !resizer.secret) hint.hidden = true;
    resizer.post();
    // Done: the widget runs ("widget") or the readable copy stays ("copy"). Tests and host styles can wait on it.
    main.setAttribute('data-state', widget ? 'widget' : 'copy');
  });
}

if (typeof document !== 'undefined' && document.getElementById('awas-embed')) start();
