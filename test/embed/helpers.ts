/** Helpers of the embed tests: drive pages through the embed inspector (test/embed/server/embed-inspector.mjs). */
import { executeServerCommand } from '@web/test-runner-commands';

export interface FrameSpec {
  src: string;
  /** null: no sandbox attribute. */
  sandbox: string | null;
  name: string;
  height?: number;
}

export interface PageLog {
  console: { type: string; text: string; url: string }[];
  errors: string[];
  popups: string[];
}

/** The sandbox TinyMCE 7+ and Joomla 5 give pasted iframes: no scripts, no popups, no top navigation. */
export const SANDBOX_NONE = '';
/** The sandbox docs/embed-iframe.md suggests when a site wants one (links can open a new tab). */
export const SANDBOX_SUGGESTED = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';
/** WordPress's sandbox for oEmbed frames (wp_filter_oembed_result). */
export const SANDBOX_WORDPRESS = 'allow-scripts';

/** The same path on the other loopback name: a cross-origin (and cross-site) frame without a second server. */
export function crossOrigin(path: string): string {
  const url = new URL(path, location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.href;
}

export function hostUrl(frames: FrameSpec[], hostScript = false): string {
  const query = new URLSearchParams({ frames: JSON.stringify(frames) });
  if (hostScript) query.set('host-script', '1');
  return `${location.origin}/__embed/host?${query}`;
}

export async function open(url: string, options: { javaScriptEnabled?: boolean; width?: number; height?: number; block?: string[] } = {}): Promise<number> {
  const { id } = await executeServerCommand<{ id: number }, object>('embed-open', { url, ...options });
  return id;
}

/** Run `fn` inside a frame of page `id` (the frame whose URL contains `frame`). `fn` must not use outer variables. */
export function evalIn<R, A = unknown>(id: number, frame: string, fn: (arg: A) => R, arg?: A): Promise<R> {
  return executeServerCommand<R, object>('embed-eval', { id, frame, fn: fn.toString(), arg });
}

export function waitIn<R, A = unknown>(id: number, frame: string, fn: (arg: A) => R, arg?: A, timeout = 6000): Promise<R> {
  return executeServerCommand<R, object>('embed-wait', { id, frame, fn: fn.toString(), arg, timeout });
}

export function click(id: number, frame: string, selector: string): Promise<boolean> {
  return executeServerCommand<boolean, object>('embed-click', { id, frame, selector });
}

export function takeLog(id: number): Promise<PageLog> {
  return executeServerCommand<PageLog, object>('embed-log', { id });
}

export function close(id: number): Promise<boolean> {
  return executeServerCommand<boolean, object>('embed-close', { id });
}

/** Console lines that mean a broken page: CSP or Trusted Types refusals, storage denied, script errors. */
export function problems(log: PageLog): string[] {
  const bad = /Content Security Policy|Trusted Type|Refused to|SecurityError|storage|Uncaught/i;
  // The test server (web-dev-server) adds its own live-reload socket to every HTML page: the pages' CSP blocks it.
  const devServer = /ws:\/\/[^']*\/wds'/;
  return [...log.errors, ...log.console.filter((m) => m.type === 'error' && bad.test(m.text) && !devServer.test(m.text)).map((m) => m.text)];
}

export interface LinkInfo {
  href: string;
  /** The target the browser uses: the link's own, else the document's <base target>. */
  target: string;
  text: string;
}

export interface FrameState {
  /** The static (no-JavaScript) content is still there. */
  isStatic: boolean;
  /** Local name of the widget element, when the page upgraded. */
  tag: string | null;
  attributes: Record<string, string>;
  /** Links of the static content, or of the widget's shadow root. */
  links: LinkInfo[];
  text: string;
  /** The stylesheet applied (body margin 0 instead of the browser's 8px). */
  styled: boolean;
  /** Elements that only the running widget renders. */
  interactive: number;
  /** Lit adopted stylesheets on the widget's shadow root. */
  widgetStyles: number;
}

/** Inspect an embed page from inside its frame. Self-contained: it runs in the frame, not in the test page. */
export function frameState(): FrameState {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const main = document.getElementById('awas-embed')!;
  const widget = main.querySelector('.awas-live > *') as HTMLElement | null;
  const root: ParentNode = widget?.shadowRoot ?? main;
  const base = document.querySelector('base')?.getAttribute('target') ?? '';
  const selectors: Record<string, string> = {
    'awas-hotline-card': 'button.copy',
    'awas-risk-quiz': 'button.answer',
    'awas-scam-carousel': '.controls button',
    'awas-stats-ticker': '.card',
  };
  return {
    isStatic: Boolean(document.querySelector('.awas-static')),
    tag: widget ? widget.localName : null,
    attributes: widget ? Object.fromEntries(Array.from(widget.attributes).map((a) => [a.name, a.value])) : {},
    links: Array.from(root.querySelectorAll('a[href]')).map((a) => ({
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target') ?? base,
      text: clean(a.textContent),
    })),
    text: clean((widget?.shadowRoot ?? main).textContent),
    styled: getComputedStyle(document.body).marginTop === '0px',
    interactive: widget?.shadowRoot ? widget.shadowRoot.querySelectorAll(selectors[widget.localName] ?? '*').length : 0,
    widgetStyles: widget?.shadowRoot ? widget.shadowRoot.adoptedStyleSheets.length : 0,
  };
}

/** Digits of a tel:/sms:/wa.me link. */
export function linkDigits(href: string): string {
  return href.replace(/^https:\/\/wa\.me\//, '').replace(/\?.*$/, '').replace(/\D/g, '');
}
