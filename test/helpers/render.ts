/** Render a widget with its awas-error codes (and other events) and console output collected from before the upgrade. */
import { fixture, type html } from '@open-wc/testing';
import { captureConsole } from './console.js';

type Template = ReturnType<typeof html> | string;
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export interface RenderOptions {
  /** Event types recorded in `events` besides awas-error (which always fills `codes`, `problems` and `events`). */
  events?: string[];
  /**
   * How long to collect: 'rendered' (default) stops once the widget has rendered; 'done' keeps the console captured
   * and the events recorded until `done()`; 'test' gives the console back at `done()` and records the events until
   * the test ends. Whatever is still collecting stops when its test ends, also when the test failed.
   */
  until?: 'rendered' | 'done' | 'test';
}

/** What is still collecting, stopped after each test (a root hook: this module is imported by test files). */
const open = new Set<() => void>();
afterEach(() => {
  // Newest first: each console capture gives back what the one before it had installed.
  for (const stop of [...open].reverse()) stop();
});

export async function renderCollecting<T extends Updating>(template: Template, { events: types = [], until = 'rendered' }: RenderOptions = {}) {
  const codes: string[] = [];
  const problems: { code: string; message: string }[] = [];
  const events: { type: string; detail: Record<string, unknown> }[] = [];
  const listener = (e: Event) => {
    const detail = (e as CustomEvent).detail as { code: string; message: string } & Record<string, unknown>;
    events.push({ type: e.type, detail });
    if (e.type !== 'awas-error') return;
    codes.push(detail.code);
    problems.push({ code: detail.code, message: detail.message });
  };
  const all = ['awas-error', ...types.filter((t) => t !== 'awas-error')];
  all.forEach((t) => document.addEventListener(t, listener));
  const logs = captureConsole();
  let consoleBack = false;
  const giveConsoleBack = () => {
    if (!consoleBack) logs.restore();
    consoleBack = true;
  };
  const stop = () => {
    giveConsoleBack();
    all.forEach((t) => document.removeEventListener(t, listener));
    open.delete(stop);
  };
  open.add(stop);
  try {
    const el = await fixture<T>(template);
    await el.updateComplete;
    if (until === 'rendered') stop();
    const done = until === 'test' ? giveConsoleBack : stop;
    return { el, codes, problems, events, logs, done };
  } catch (error) {
    stop();
    throw error;
  }
}

/** The shared name: `const { el, codes, logs } = await render<AwasHotlineCard>(html\`…\`)`. */
export const render = renderCollecting;

/** A pack as the inline `<script type="application/json">` child the widgets read (src/content/inline.ts). */
export function inlinePack(pack: unknown): string {
  // "</" would end the script element early; JSON allows "<\/" for it.
  return `<script type="application/json">${JSON.stringify(pack).replace(/<\//g, '<\\/')}</script>`;
}
