/**
 * Host pages for the hostile suite: each scenario runs in an iframe that loads the built dist/awas.js (after
 * test/hostile/pages/trap.js), so every page gets a fresh window, its own CSP headers, and its own records.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import { settled } from '../../helpers/settle.js';
import { until } from '../../helpers/wait.js';

export interface AwasErrorRecord {
  code: string;
  message: string;
  tag: string;
}

export interface LiveCounts {
  timers: { timeout: number; interval: number; frame: number; idle: number };
  observers: { MutationObserver: number; IntersectionObserver: number; ResizeObserver: number };
  listeners: number;
  listenerTypes: string[];
}

/** What test/hostile/pages/trap.js records. */
export interface HostileRecord {
  executions: { name: string; args: string[]; stack: string }[];
  errors: string[];
  console: { level: 'warn' | 'info' | 'error'; text: string }[];
  awasErrors: AwasErrorRecord[];
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  privacy: { writes: { api: string; arg: string }[]; requests: { api: string; arg: string }[] };
  live(): LiveCounts;
}

export type HostileWindow = Window &
  typeof globalThis & {
    __hostile: HostileRecord;
    Awas?: { version: string };
  };

export interface HostPage {
  iframe: HTMLIFrameElement;
  win: HostileWindow;
  doc: Document;
  record: HostileRecord;
  close(): void;
}

export const TAGS = ['awas-hotline-card', 'awas-risk-quiz', 'awas-safe-exit', 'awas-scam-carousel', 'awas-stats-ticker'] as const;
export type Tag = (typeof TAGS)[number];

export { nextTask, until } from '../../helpers/wait.js';

/** `n` animation frames of `win`: IntersectionObserver callbacks and frame-driven work have run. */
export const frames = (n: number, win: Window = window) =>
  new Promise<void>((resolve) => {
    const step = (left: number) => (left ? win.requestAnimationFrame(() => step(left - 1)) : resolve());
    step(n);
  });

/** Open `path` in an iframe of the given size and wait for its load event (and for Awas when `awas` is set). */
export async function openPage(path: string, { width = 1024, height = 768, awas = true } = {}): Promise<HostPage> {
  const iframe = document.createElement('iframe');
  iframe.style.width = `${width}px`;
  iframe.style.height = `${height}px`;
  iframe.style.border = '0';
  const loaded = new Promise<void>((resolve, reject) => {
    iframe.onload = () => resolve();
    iframe.onerror = () => reject(new Error(`${path} did not load`));
  });
  iframe.src = path;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as HostileWindow;
  if (!win.__hostile) throw new Error(`${path} did not load test/hostile/pages/trap.js`);
  if (awas) await until(() => win.customElements.get('awas-hotline-card'), `dist/awas.js in ${path}`);
  return { iframe, win, doc: iframe.contentDocument as Document, record: win.__hostile, close: () => iframe.remove() };
}

/** The widget and every widget nested in its shadow trees (the quiz's hotline card). */
function widgetsIn(el: Element): Element[] {
  const inner = Array.from(el.shadowRoot?.querySelectorAll('*') ?? []).filter((n) => n.localName.startsWith('awas-'));
  return [el, ...inner.flatMap(widgetsIn)];
}

/** Wait until every content-src of a widget (and of the widgets nested in it) has settled, then until all have rendered. */
export async function settle(el: Element, timeout = 10000): Promise<void> {
  await settled(el); // a widget starts loading in its first update, and its nested widgets appear in it
  for (const widget of widgetsIn(el) as (Element & { content?: { loading?: boolean } })[]) {
    if (widget.content?.loading) await until(() => !widget.content?.loading, `content-src of <${widget.localName}>`, timeout);
  }
  await settled(el);
}

/** Save figures for test-results/hostile-figures.json (printed at the end of the run) and log them. */
export async function figures(file: string, values: Record<string, number | string>): Promise<void> {
  console.log(`[hostile figures] ${file}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ')}`);
  await executeServerCommand('hostile-figures', { file, figures: values });
}

export interface RecordedRequest {
  url: string;
  type: string;
  method: string;
  frame: string;
  navigation: boolean;
}

let sentinels = 0;

/**
 * Record every request of this test's browser page (all frames), through the DevTools protocol. `stop()` first
 * sends a request of its own (from the test page, left out of the result) and waits until the recorder has it: every
 * request started before has been recorded by then.
 */
export async function recordNetwork(): Promise<() => Promise<RecordedRequest[]>> {
  await executeServerCommand('hostile-network-start');
  return async () => {
    const sentinel = `/test/hostile/pages/blank.html?network-sentinel=${(sentinels += 1)}`;
    await fetch(sentinel);
    await until(() => executeServerCommand<boolean, object>('hostile-network-seen', { path: sentinel }), `the recorder to see ${sentinel}`);
    const requests = (await executeServerCommand<RecordedRequest[], unknown>('hostile-network-stop')) ?? [];
    return requests.filter((r) => !r.url.includes('network-sentinel='));
  };
}

export interface HeapReading {
  /** JS heap in use, bytes. */
  usedSize: number;
  /** Live DOM nodes, documents and JS event listeners of the page (all frames). */
  nodes: number;
  documents: number;
  jsEventListeners: number;
}

/** Full GC, then the JS heap in use and the DOM counters. */
export async function memoryAfterGc(): Promise<HeapReading> {
  const usage = await executeServerCommand<HeapReading, unknown>('hostile-heap');
  if (!usage) throw new Error('hostile-heap command unavailable');
  return usage;
}

/** Full GC, then the JS heap in use, in bytes. */
export async function heapAfterGc(): Promise<number> {
  return (await memoryAfterGc()).usedSize;
}

/** The same execution trap as trap.js, on the test runner's own window (a payload could reach for top or parent). */
export function trapTopWindow(): { count(): number; restore(): void } {
  const names = ['alert', 'confirm', 'prompt', 'print'] as const;
  const w = window as unknown as Record<string, unknown>;
  const saved = names.map((n) => w[n]);
  let calls = 0;
  for (const n of names) w[n] = () => (calls += 1);
  Object.defineProperty(window, '__xss', { configurable: true, get: () => ((calls += 1), 1), set: () => (calls += 1) });
  return {
    count: () => calls,
    restore: () => {
      names.forEach((n, i) => (w[n] = saved[i]));
      delete w.__xss;
    },
  };
}
