/**
 * The sanitizer-proof door: `<div data-awas-widget="hotline-card" data-from="kh">fallback text + link</div>`.
 * CMS filters (WordPress kses, TinyMCE, OpenSID's AntiXSS + tidy, CodeIgniter xss_clean) keep a div with data-*
 * attributes but strip <script> and unknown tags. The drop-in script upgrades each mount by rendering the real widget
 * in the div's own shadow root: the fallback stays untouched in the light DOM (shown again if the widget is removed),
 * the widget is the same element with the same content loader — no second code path.
 *
 * Attributes: every `data-x` becomes attribute `x` on the widget, but only attributes the widget declares
 * (its observedAttributes), so `data-onclick` can never become an event handler.
 */
import { reportProblem } from '../base/report.js';

const MOUNT = 'data-awas-widget';
const upgraded = new WeakSet<Element>();

export interface MountRegistry {
  /** widget name ("hotline-card") → tag ("awas-hotline-card") */
  [name: string]: string;
}

function attributesFor(tag: string): Set<string> {
  const ctor = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  return new Set(ctor?.observedAttributes ?? []);
}

/** Copy allowed data-* attributes of the mount onto the widget (and remove ones that disappeared). */
function syncAttributes(mount: Element, widget: Element, allowed: Set<string>): void {
  for (const name of allowed) {
    const value = mount.getAttribute(`data-${name}`);
    if (value === null) widget.removeAttribute(name);
    else if (widget.getAttribute(name) !== value) widget.setAttribute(name, value);
  }
}

/** Upgrade one mount element. Returns the widget, or null when the mount cannot be used. */
export function upgradeMount(mount: Element, registry: MountRegistry): Element | null {
  if (upgraded.has(mount)) return null;
  const name = (mount.getAttribute(MOUNT) ?? '').trim().toLowerCase();
  const tag = Object.prototype.hasOwnProperty.call(registry, name) ? registry[name] : undefined;
  if (!tag) {
    reportProblem(mount, 'bad-attribute', `data-awas-widget="${name.slice(0, 40)}" is not a widget. Use one of: ${Object.keys(registry).join(', ')}.`);
    return null;
  }
  if (!(mount instanceof HTMLElement) || mount.shadowRoot || /-/.test(mount.localName)) {
    reportProblem(mount, 'bad-attribute', `data-awas-widget must be on a plain element such as <div> (got <${mount.localName}>).`);
    return null;
  }
  let root: ShadowRoot;
  try {
    root = mount.attachShadow({ mode: 'open' });
  } catch {
    reportProblem(mount, 'bad-attribute', `<${mount.localName} data-awas-widget> cannot hold a widget; use a <div>.`);
    return null;
  }
  upgraded.add(mount);
  const widget = document.createElement(tag);
  const allowed = attributesFor(tag);
  for (const attribute of Array.from(mount.attributes)) {
    const match = /^data-([a-z][a-z0-9-]*)$/.exec(attribute.name);
    if (!match || attribute.name === MOUNT) continue;
    if (!allowed.has(match[1])) {
      reportProblem(mount, 'bad-attribute', `${attribute.name} is not an attribute of <${tag}>; ignored.`);
    }
  }
  syncAttributes(mount, widget, allowed);
  // The mount's own lang (or the page's) applies, as for any element.
  root.append(widget);
  new MutationObserver(() => syncAttributes(mount, widget, allowed)).observe(mount, { attributes: true });
  return widget;
}

/** Upgrade every mount inside `scope` (the document by default). */
export function upgradeMounts(registry: MountRegistry, scope: ParentNode = document): Element[] {
  const found: Element[] = [];
  if (scope instanceof Element && scope.hasAttribute(MOUNT)) found.push(scope);
  found.push(...Array.from(scope.querySelectorAll(`[${MOUNT}]`)));
  return found.map((mount) => upgradeMount(mount, registry)).filter((w): w is Element => w !== null);
}

let pageObserver: MutationObserver | undefined;

/** Upgrade mounts now and whenever the page adds more (infinite scroll, AJAX-loaded widgets, late parsing). */
export function watchMounts(registry: MountRegistry): void {
  const start = () => {
    upgradeMounts(registry);
    if (pageObserver) return;
    pageObserver = new MutationObserver((records) => {
      for (const record of records) {
        record.addedNodes.forEach((node) => {
          if (node.nodeType === 1) upgradeMounts(registry, node as Element);
        });
      }
    });
    pageObserver.observe(document.documentElement, { childList: true, subtree: true });
  };
  start();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => upgradeMounts(registry), { once: true });
}
