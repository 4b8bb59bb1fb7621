/**
 * Issue #15 point 7 (attributes): every observed attribute of every widget may be set to nonsense or removed, on a
 * widget that started with a full, valid set of attributes, without an uncaught error; the widget still renders.
 * (Removing `position` from a floating <awas-safe-exit> used to throw "Cannot read properties of null (reading 'slice')".)
 */
import { expect, fixture } from '@open-wc/testing';
import { defineAll } from '../../src/define-all.js';
import { captureConsole, resetLogged } from '../helpers/console.js';
import { DEFAULT_PACKS } from '../../src/content/all-collections.js';
import { DEFAULT_LANG, LANGS } from '../../src/i18n/languages.js';
import { WIDGET_NAMES, WIDGETS, type WidgetName, type WidgetOption } from '../../src/widgets.js';
import { FIXTURE_PACKS, widgetOnFixture } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';
import { nextTask } from '../helpers/wait.js';

defineAll();

/**
 * Each widget with every option a form door offers (src/widgets.ts: its OPTIONS) set to a usable value other than its
 * default, and a non-default lang and theme, so that removing one really removes something. Built from the registry:
 * a new widget is covered without editing this file. Ids name the fixture content the widget is on; ids of another
 * collection (the quiz's `hotlines`, read by its result's built-in hotline card) the shipped pack's.
 */
function usableStart(widget: WidgetName): Record<string, string> {
  const own = WIDGETS[widget].collection;
  const start: Record<string, string> = { lang: LANGS.find((lang) => lang !== DEFAULT_LANG) ?? DEFAULT_LANG, theme: 'dark' };
  for (const option of WIDGETS[widget].options as readonly WidgetOption[]) {
    const name = option.attribute;
    if (option.control === 'choice' || option.control === 'number' || option.control === 'location') {
      start[name] = option.values.find((value) => value !== option.default && value !== '') ?? option.default;
    } else if (option.control === 'ids') {
      const pack = option.collection === own ? FIXTURE_PACKS[option.collection] : DEFAULT_PACKS[option.collection];
      const ids = (pack[option.collection] as { id: string }[]).map((item) => item.id);
      start[name] = ids.slice(0, 2).reverse().join(',');
    } else start[name] = { flag: '', text: 'Bantuan', url: 'https://example.org/' }[option.control];
  }
  return start;
}

/** Nonsense every attribute must survive: empty, a script URL with markup, a number out of every range, bidi controls, huge. */
const GARBLE = ['', 'javascript:alert(1)//<b>x</b>', '-1e999', '\u202e\u0000 NaN', 'x,'.repeat(3000)];

interface Failure {
  step: string;
  error: string;
}

function observedAttributes(tag: string): string[] {
  return (customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
}

/** settled(), with an update that throws (or never ends) recorded, not lost. */
async function settledRecordingErrors(el: Element, step: string, failures: Failure[]): Promise<void> {
  try {
    await settled(el);
  } catch (error) {
    failures.push({ step, error: String((error as Error)?.message ?? error) });
  }
}

function watchUncaught(failures: Failure[], step: () => string) {
  const onError = (event: ErrorEvent) => {
    failures.push({ step: step(), error: event.message });
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    failures.push({ step: step(), error: String(event.reason?.message ?? event.reason) });
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return () => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  };
}

describe('issue 15 point 7: every attribute removed or garbled without an uncaught error', () => {
  beforeEach(() => resetLogged());

  for (const widget of WIDGET_NAMES) {
    const tag = `awas-${widget}`;
    const start = usableStart(widget);
    it(`${tag}: each attribute garbled then removed, then all at once`, async () => {
      const failures: Failure[] = [];
      let step = 'mount';
      const stop = watchUncaught(failures, () => step);
      const logs = captureConsole();
      try {
        const names = Array.from(new Set([...Object.keys(start), ...observedAttributes(tag)]));
        for (const name of names) {
          const el = await fixture(widgetOnFixture(widget));
          for (const [n, v] of Object.entries(start)) el.setAttribute(n, v);
          await settledRecordingErrors(el, `${name}: start`, failures);
          for (const value of GARBLE) {
            step = `${name}="${value.slice(0, 20)}"`;
            el.setAttribute(name, value);
            await settledRecordingErrors(el, step, failures);
          }
          step = `remove ${name}`;
          el.removeAttribute(name);
          await settledRecordingErrors(el, step, failures);
          expect(el.shadowRoot!.textContent!.trim(), `${tag} still renders after ${step}`).to.not.equal('');
        }
        const el = await fixture(widgetOnFixture(widget));
        for (const [n, v] of Object.entries(start)) el.setAttribute(n, v);
        await settledRecordingErrors(el, 'all: start', failures);
        step = 'remove all';
        for (const name of names) el.removeAttribute(name);
        await settledRecordingErrors(el, step, failures);
        expect(el.shadowRoot!.textContent!.trim(), `${tag} still renders with no attribute`).to.not.equal('');
        // Uncaught errors and rejections are reported in tasks of their own after the step that caused them.
        await nextTask();
      } finally {
        logs.restore();
        stop();
      }
      expect(failures).to.deep.equal([]);
    });
  }
});
