/**
 * Issue #15 point 7 (attributes): every observed attribute of every widget may be set to nonsense or removed, on a
 * widget that started with a full, valid set of attributes, without an uncaught error; the widget still renders.
 * (Removing `position` from a floating <awas-safe-exit> used to throw "Cannot read properties of null (reading 'slice')".)
 */
import { expect, fixture } from '@open-wc/testing';
import { defineAll } from '../../src/define-all.js';
import { captureConsole, resetLogged } from '../helpers/console.js';
import { hotlineCard, riskQuiz, scamCarousel, statsTicker } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';
import { nextTask } from '../helpers/wait.js';

defineAll();

/** Each widget, bare, on the fixture content (test/fixtures/), whose ids the starting attributes name. */
const MARKUP: Record<string, () => string> = {
  'awas-hotline-card': () => hotlineCard(),
  'awas-risk-quiz': () => riskQuiz(),
  'awas-scam-carousel': () => scamCarousel(),
  'awas-stats-ticker': () => statsTicker(),
  'awas-safe-exit': () => '<awas-safe-exit></awas-safe-exit>',
};

/** Each widget with every attribute it documents set to a usable value, so that removing one really removes something. */
const STARTS: Record<string, Record<string, string>> = {
  'awas-hotline-card': { from: 'kh', hotlines: 'kedutaan-kh,pusat', layout: 'compact', heading: 'Bantuan', 'heading-level': '3', 'link-target': '_blank', lang: 'id', theme: 'dark' },
  // The quiz passes `hotlines` on to its result's hotline card, which reads the built-in services: a shipped id.
  'awas-risk-quiz': { mode: 'list', questions: 'izin-kerja,kontrak', heading: 'Cek dulu', from: 'kh', hotlines: 'kp2mi', lang: 'en', theme: 'auto' },
  'awas-scam-carousel': { examples: 'contoh-empat,contoh-dua', autoplay: '', interval: '9', reveal: 'always', lang: 'id', theme: 'dark' },
  'awas-stats-ticker': { mode: 'rotate', interval: '10', animate: '', stats: 'kantor-contoh-online,lembaga-contoh', lang: 'en', theme: 'dark' },
  'awas-safe-exit': { position: 'bottom-right', href: 'https://example.org/', 'show-note': '', 'no-shortcut': '', lang: 'en', theme: 'dark' },
};

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

  for (const [tag, start] of Object.entries(STARTS)) {
    it(`${tag}: each attribute garbled then removed, then all at once`, async () => {
      const failures: Failure[] = [];
      let step = 'mount';
      const stop = watchUncaught(failures, () => step);
      const logs = captureConsole();
      try {
        const names = Array.from(new Set([...Object.keys(start), ...observedAttributes(tag)]));
        for (const name of names) {
          const el = await fixture(MARKUP[tag]());
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
        const el = await fixture(MARKUP[tag]());
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
