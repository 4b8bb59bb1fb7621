/**
 * A snippet's readable copy was rendered from the content of its day (data-awas-content). When the script on the
 * page carries other content, the widget shows the script's (newer) numbers; this says once which numbers changed,
 * so the site owner can copy a fresh snippet. Only the copy's own call / SMS / WhatsApp links are compared.
 */
import { CONTENT_VERSION_ATTRIBUTE, PRERENDER_CLASS } from './markup.js';

const NUMBER_LINKS = 'a[href^="tel:"], a[href^="sms:"], a[href^="https://wa.me/"]';

/** The readable copy that belongs to `host`: its own child, or the child of the mount whose shadow root holds it. */
export function prerenderOf(host: HTMLElement): HTMLElement | null {
  const own = Array.from(host.children).find((c) => c.classList.contains(PRERENDER_CLASS));
  if (own) return own as HTMLElement;
  const root = host.getRootNode();
  const mount = root instanceof ShadowRoot && root.host.hasAttribute('data-awas-widget') ? root.host : null;
  return (mount && (Array.from(mount.children).find((c) => c.classList.contains(PRERENDER_CLASS)) as HTMLElement)) || null;
}

function numberLinks(container: ParentNode, skipNested: boolean): string[] {
  return Array.from(container.querySelectorAll<HTMLAnchorElement>(NUMBER_LINKS))
    .filter((a) => !skipNested || a.parentElement?.closest(`.${PRERENDER_CLASS}`) === container)
    .map((a) => (a.getAttribute('href') ?? '').split('?')[0]);
}

/**
 * The numbers a stale copy shows that the widget no longer does, and the widget's new ones; null when the copy is of
 * this content (or has no numbers to compare).
 */
export function staleNumbers(copy: HTMLElement, version: string, rendered: ParentNode): { gone: string[]; added: string[] } | null {
  const recorded = copy.getAttribute(CONTENT_VERSION_ATTRIBUTE);
  if (!recorded || recorded === version) return null;
  const before = numberLinks(copy, true);
  if (!before.length) return null;
  const now = numberLinks(rendered, false);
  const gone = before.filter((href) => !now.includes(href));
  const added = now.filter((href) => !before.includes(href));
  return gone.length || added.length ? { gone, added } : null;
}
