/**
 * Issue #15 point 7: a floating safe exit is never in the way.
 * - On first view at 360×740 it covers neither the quiz's first question nor its "Ya" button.
 * - Tab through every stop of a page with the quiz, the hotline card and a floating button (800×900 and 320×640):
 *   the focused element is never covered by the button, not even by a pixel (WCAG 2.4.11).
 * - No Shift hint where there is no keyboard (a touch phone: hover none, pointer coarse), inline or floating; the
 *   build-time copy never promises Shift (without the script there is no shortcut).
 * - The Shift counter's live region is in the accessibility tree from the start (visually hidden when empty), so its
 *   first message is announced.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { AwasSafeExit } from '../../components/safe-exit/safe-exit.js';
import { defineAll } from '../../src/define-all.js';
import { captureConsole } from '../helpers/console.js';
import { hotlineCard, riskQuiz } from '../helpers/fixtures.js';
import { settled } from '../helpers/settle.js';

defineAll();

type Updatable = HTMLElement & { updateComplete: Promise<boolean> };

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** The element that really has focus, inside shadow roots. */
function deepActive(): Element | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

function overlap(a: DOMRect, b: DOMRect): number {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/** What the floating widget covers: its button, with the hint and live region around it. */
const exitBox = (exit: AwasSafeExit) => exit.shadowRoot!.querySelector('.root')!.getBoundingClientRect();

/**
 * Wait until the page is still after focus moved or widgets rendered: the browser scrolled, the exit placed itself
 * (it looks on the frame after a change), i.e. the button's box and the scroll position stay the same for 3 frames.
 * Frames are counted to see stillness, not waited out: 60 is a ceiling for a page that never stops moving.
 */
async function scrolledAndPlaced(exit: Updatable): Promise<void> {
  const state = () => `${JSON.stringify(exitBox(exit as AwasSafeExit))} ${scrollY}`;
  let last = '';
  for (let same = 0, i = 0; same < 3 && i < 60; i++) {
    await frame();
    await settled(exit);
    const now = state();
    same = now === last ? same + 1 : 0;
    last = now;
  }
}

/**
 * The quiz, the hotline card (on the fixture content, test/fixtures/) and a floating exit, below a site header of
 * `header` px (village sites have one).
 */
async function page(header = 0): Promise<{ exit: AwasSafeExit; wrapper: HTMLElement }> {
  const logs = captureConsole();
  try {
    const wrapper = await fixture<HTMLElement>(`<div>
      <div style="height: ${header}px">Portal desa</div>
      ${riskQuiz()}
      ${hotlineCard()}
      <awas-safe-exit position="bottom-right" no-shortcut></awas-safe-exit>
    </div>`);
    await settled(...wrapper.querySelectorAll('awas-risk-quiz, awas-hotline-card, awas-safe-exit'));
    const exit = wrapper.querySelector<AwasSafeExit>('awas-safe-exit')!;
    await scrolledAndPlaced(exit);
    return { exit, wrapper };
  } finally {
    logs.restore();
  }
}

describe('issue 15 point 7: the floating safe exit is never in the way', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('emulate-media-features', { features: [] });
    window.scrollTo(0, 0);
  });

  it('on first view at 360×740 it covers neither the quiz’s first question nor its "Ya" button, whatever the header above', async () => {
    await setViewport({ width: 360, height: 740 });
    const covered: Record<number, { question: number; yes: number }> = {};
    let checked = 0;
    for (const header of [0, 60, 120, 180, 240, 300, 360]) {
      window.scrollTo(0, 0);
      const { exit, wrapper } = await page(header);
      const quiz = wrapper.querySelector('awas-risk-quiz')!;
      const question = quiz.shadowRoot!.querySelector('.question')!;
      const yes = quiz.shadowRoot!.querySelector('button.answer')!;
      expect(yes.textContent!.trim()).to.equal('Ya');
      const onScreen = yes.getBoundingClientRect().bottom <= 740;
      const area = { question: overlap(exitBox(exit), question.getBoundingClientRect()), yes: overlap(exitBox(exit), yes.getBoundingClientRect()) };
      fixtureCleanup();
      if (onScreen) checked += 1;
      if (onScreen && (area.question || area.yes)) covered[header] = area;
    }
    expect(checked, 'first views with the "Ya" button on screen').to.be.at.least(4);
    expect(covered).to.deep.equal({});
  });

  for (const [width, height] of [
    [800, 900],
    [320, 640],
  ]) {
    it(`Tab through every stop at ${width}×${height}: the focused element is never covered`, async () => {
      await setViewport({ width, height });
      window.scrollTo(0, 0);
      const { exit, wrapper } = await page();
      const covered: string[] = [];
      let stops = 0;
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 120; i++) {
        await sendKeys({ press: 'Tab' });
        await scrolledAndPlaced(exit);
        const focused = deepActive();
        if (!focused || !wrapper.contains(focused.getRootNode() instanceof ShadowRoot ? (focused.getRootNode() as ShadowRoot).host : focused)) break;
        if ((focused.getRootNode() as ShadowRoot).host === exit) continue;
        stops += 1;
        const area = overlap(exitBox(exit), focused.getBoundingClientRect());
        if (area > 0) covered.push(`${focused.localName} "${(focused.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}": ${Math.round(area)} px²`);
      }
      expect(stops, 'tab stops visited (the quiz and the folded card)').to.be.at.least(10);
      expect(covered).to.deep.equal([]);
    });
  }
});

describe('issue 15 point 7 and 10: the Shift shortcut, said only where there is a keyboard, announced when used', () => {
  afterEach(() => executeServerCommand('emulate-media-features', { features: [] }));

  it('a touch phone (hover none, pointer coarse) gets no Shift hint, inline or floating; a keyboard device does', async () => {
    const markup = html`<div><awas-safe-exit></awas-safe-exit><awas-safe-exit position="top-left"></awas-safe-exit></div>`;
    const hints = (wrapper: HTMLElement) =>
      Array.from(wrapper.querySelectorAll('awas-safe-exit')).map((el) => {
        const hint = el.shadowRoot!.querySelector('.hint') as HTMLElement | null;
        return Boolean(hint && hint.checkVisibility() && /Shift/.test(el.shadowRoot!.textContent!));
      });
    const desk = await fixture<HTMLElement>(markup);
    expect(hints(desk), 'with a keyboard').to.deep.equal([true, true]);
    await executeServerCommand('emulate-media-features', {
      features: [
        { name: 'hover', value: 'none' },
        { name: 'pointer', value: 'coarse' },
        { name: 'any-hover', value: 'none' },
        { name: 'any-pointer', value: 'coarse' },
      ],
      touch: true,
    });
    expect(matchMedia('(hover: none) and (pointer: coarse)').matches, 'emulating a touch phone').to.equal(true);
    const phone = await fixture<HTMLElement>(markup);
    await settled(...phone.querySelectorAll('awas-safe-exit'));
    expect(hints(phone), 'on a touch phone').to.deep.equal([false, false]);
    for (const el of phone.querySelectorAll('awas-safe-exit')) expect(el.shadowRoot!.textContent).not.to.contain('Shift');
  });

  it('the live region is rendered (visually hidden) before the first Shift press', async () => {
    const el = await fixture<AwasSafeExit>(html`<awas-safe-exit></awas-safe-exit>`);
    const status = el.shadowRoot!.querySelector('[role=status]') as HTMLElement;
    expect(status, 'a live region').to.exist;
    expect(getComputedStyle(status).display, 'not display:none while empty').to.not.equal('none');
    expect(getComputedStyle(status).visibility).to.equal('visible');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(status.isConnected && status.textContent).to.contain('Tekan Shift 2 kali lagi');
  });
});
