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

export async function open(
  url: string,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number; block?: string[]; hold?: string[]; waitUntil?: 'load' | 'commit' } = {},
): Promise<number> {
  const { id } = await executeServerCommand<{ id: number }, object>('embed-open', { url, ...options });
  return id;
}

/** Give page `id` another viewport width (same document, no reload). */
export function resize(id: number, width: number, height = 600): Promise<boolean> {
  return executeServerCommand<boolean, object>('embed-resize', { id, width, height });
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

/**
 * Gather page `id`'s log until `done(log)` holds (polling the inspector, 10 s limit): a link's popup or the
 * browser's refusal arrives a moment after the click, later on a busy machine. The gathered log is returned either way.
 */
export async function logUntil(id: number, done: (log: PageLog) => boolean, timeout = 10000): Promise<PageLog> {
  let log: PageLog = { console: [], errors: [], popups: [] };
  const until = Date.now() + timeout;
  for (;;) {
    const more = await takeLog(id);
    log = { console: [...log.console, ...more.console], errors: [...log.errors, ...more.errors], popups: [...log.popups, ...more.popups] };
    if (done(log) || Date.now() > until) return log;
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/**
 * Resolves once `win` has handled every message posted to it so far and painted twice more: the moment by which a
 * resizer that was going to answer would have. (Messages to one window are handled in order.)
 */
export function frameQuiet(win: Window): Promise<void> {
  const token = Math.random().toString(36).slice(2);
  win.addEventListener('message', function echo(e: MessageEvent) {
    if (e.data !== token) return;
    win.removeEventListener('message', echo);
    win.requestAnimationFrame(() => win.requestAnimationFrame(() => win.parent.postMessage({ quiet: token }, '*')));
  });
  const answered = new Promise<void>((resolve) =>
    window.addEventListener('message', function heard(e: MessageEvent) {
      if ((e.data as { quiet?: string } | null)?.quiet !== token) return;
      window.removeEventListener('message', heard);
      resolve();
    }),
  );
  win.postMessage(token, '*');
  return answered;
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
  /** The number or address the link shows (its `.value`), '' when it has none. */
  value: string;
}

export interface CopyState {
  /** The readable copy (`.awas-pre`, rendered at build time) is inside the widget element. */
  present: boolean;
  /** It has a layout box and is visible: what a reader without JavaScript sees. */
  shown: boolean;
  /** Its data-awas-content (the content version it was rendered from). */
  version: string | null;
  /** Links of the copy (the quiz's copy includes its hotline card), in document order. */
  links: LinkInfo[];
  text: string;
  /** Buttons of the copy that are not disabled (the copy needs none: they need the script). */
  enabledButtons: number;
}

export interface WidgetState {
  /** Links of the widget's shadow root and of the shadow roots inside it (the quiz's hotline card), in tree order. */
  links: LinkInfo[];
  text: string;
  /** Elements that only the running widget renders. */
  interactive: number;
  /** Lit adopted stylesheets on the widget's shadow root. */
  styles: number;
}

export interface FrameState {
  /** `awas-<data-widget>` of the page's <main>. */
  tag: string;
  /** The widget element is in the page (it always is: the copy is inside it). */
  present: boolean;
  /** The drop-in script defined the tag. */
  defined: boolean;
  /** Defined, and its shadow root has rendered content: the widget runs. */
  upgraded: boolean;
  /** Attributes of the widget element. */
  attributes: Record<string, string>;
  copy: CopyState;
  widget: WidgetState;
  /** The "cannot tap a number" note after the widget (hotline and quiz pages). */
  note: { present: boolean; shown: boolean; text: string };
  /** The page's stylesheet applies (body margin 0 instead of the browser's 8px). */
  styled: boolean;
}

/**
 * The page's widget has upgraded: its tag is defined, its shadow root has rendered content, and the page script has
 * taken its last step (data-state="widget" on <main>). Self-contained (it runs in the frame). No animation frame:
 * Chromium gives none to frames out of view.
 */
export async function isUpgraded(): Promise<boolean> {
  const main = document.getElementById('awas-embed');
  const tag = `awas-${main?.getAttribute('data-widget') ?? ''}`;
  const widget = main?.querySelector(tag) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null | undefined;
  if (!widget || !customElements.get(tag) || !widget.shadowRoot?.childElementCount) return false;
  await widget.updateComplete;
  return main?.getAttribute('data-state') === 'widget';
}

/** Inspect an embed page from inside its frame. Self-contained: it runs in the frame, not in the test page. */
export function frameState(): FrameState {
  const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const main = document.getElementById('awas-embed')!;
  const tag = `awas-${main.getAttribute('data-widget') ?? ''}`;
  const widget = main.querySelector(tag) as HTMLElement | null;
  const root = widget?.shadowRoot ?? null;
  const defined = Boolean(customElements.get(tag));
  const base = document.querySelector('base')?.getAttribute('target') ?? '';
  const info = (a: Element): LinkInfo => ({
    href: a.getAttribute('href') ?? '',
    target: a.getAttribute('target') ?? base,
    text: clean(a.textContent),
    value: clean(a.querySelector('.value')?.textContent),
  });
  /** Links in tree order, into nested shadow roots. */
  const deepLinks = (node: ParentNode): Element[] =>
    Array.from(node.querySelectorAll('*')).flatMap((el) => [...(el.matches('a[href]') ? [el] : []), ...(el.shadowRoot ? deepLinks(el.shadowRoot) : [])]);
  const deepText = (node: ParentNode): string =>
    Array.from(node.childNodes)
      .map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : n instanceof Element ? ` ${n.shadowRoot ? deepText(n.shadowRoot) : ''} ${deepText(n)} ` : ''))
      .join('');
  const shown = (el: Element | null) => Boolean(el && el.getClientRects().length > 0 && getComputedStyle(el).visibility === 'visible');
  const copy = widget ? (Array.from(widget.children).find((c) => c.classList.contains('awas-pre')) ?? null) : null;
  const note = main.querySelector(':scope > .note.cannot-tap');
  const selectors: Record<string, string> = {
    'awas-hotline-card': 'button.copy',
    'awas-risk-quiz': 'button.answer',
    'awas-scam-carousel': '.controls button',
    'awas-stats-ticker': '.card',
  };
  return {
    tag,
    present: Boolean(widget),
    defined,
    upgraded: Boolean(defined && root?.childElementCount),
    attributes: widget ? Object.fromEntries(Array.from(widget.attributes).map((a) => [a.name, a.value])) : {},
    copy: {
      present: Boolean(copy),
      shown: shown(copy),
      version: copy?.getAttribute('data-awas-content') ?? null,
      links: copy ? Array.from(copy.querySelectorAll('a[href]')).map(info) : [],
      text: clean(copy?.textContent),
      enabledButtons: copy ? copy.querySelectorAll('button:not([disabled])').length : 0,
    },
    widget: {
      links: root ? deepLinks(root).map(info) : [],
      text: root ? clean(deepText(root)) : '',
      interactive: root ? root.querySelectorAll(selectors[tag] ?? '*').length : 0,
      styles: root ? root.adoptedStyleSheets.length : 0,
    },
    note: { present: Boolean(note), shown: shown(note), text: clean(note?.textContent) },
    styled: getComputedStyle(document.body).marginTop === '0px',
  };
}

/** Call, SMS and WhatsApp links. */
export function callLinks(links: LinkInfo[]): LinkInfo[] {
  return links.filter((l) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(l.href));
}

/** One call of the page generator: a function with its arguments, or a constant. */
export interface GeneratorCall {
  /** A function of the generator, called with `args`. */
  fn?: string;
  /** Or a constant of the generator. */
  get?: string;
  args?: unknown[];
}

/**
 * Run the page generator (hosted-pages/document.ts, hosted-pages/prerender.ts) in Node, as the build does (./server/generator.mjs):
 * one answer per call, `{ value }` or `{ error }` with the message of what it threw.
 */
export async function generate(calls: GeneratorCall[]): Promise<{ value?: unknown; error?: string }[]> {
  return executeServerCommand<{ value?: unknown; error?: string }[], object>('embed-generate', { calls });
}

/** The value of one generator call; throws with the generator's message when it threw. */
export async function generated<T>(call: GeneratorCall): Promise<T> {
  const [answer] = await generate([call]);
  if (answer.error !== undefined) throw new Error(answer.error);
  return answer.value as T;
}

/** `{ $page: basename }`: the generator's EMBED_PAGES entry of that name (the generator functions take the page). */
export const pageArg = (basename: string) => ({ $page: basename });

/** Let the requests that embed-open's `hold` kept back through (and all later ones); resolves to how many were held. */
export function release(id: number): Promise<number> {
  return executeServerCommand<number, object>('embed-release', { id });
}

/** Digits of a tel:/sms:/wa.me link. */
export function linkDigits(href: string): string {
  return href.replace(/^https:\/\/wa\.me\//, '').replace(/\?.*$/, '').replace(/\D/g, '');
}
