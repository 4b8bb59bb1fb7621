/**
 * MotionController, the one rule for what moves by itself (carousel autoplay, ticker rotate/marquee): on a small
 * test host, with a fake clock for the step timer; hover, focus, a hidden tab, offscreen and reduced motion each
 * driven through the browser paths the controller listens to.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { LitElement } from 'lit';
import { motionRuns, MotionController, wrapIndex, type MotionOptions, type MotionState } from '../../src/controllers/motion.js';
import { fakeClock, until, type Clock } from '../helpers/clock.js';
import { clickOn, hover, unhover } from '../helpers/pointer.js';

/** A host with `count` items stepping every `seconds`; the area (.area) pauses on hover and focus. */
function probe(extra: Partial<MotionOptions> = {}) {
  return class extends LitElement {
    static override properties = { count: { type: Number }, seconds: { type: Number }, wanted: { type: Boolean }, index: { type: Number } };
    count = 3;
    seconds = 5;
    wanted = true;
    index = 0;
    /** Steps the timer has taken. */
    steps = 0;
    readonly motion = new MotionController(this, {
      wanted: () => this.wanted,
      count: () => this.count,
      seconds: () => this.seconds,
      index: () => this.index,
      step: (next) => {
        this.steps++;
        this.index = next;
      },
      ...extra,
    });

    override render() {
      return html`<button class="outside" @click=${() => this.motion.toggle()}>Pause</button>
        <div class="area" style="padding: 20px" @pointerenter=${this.motion.listener} @pointerleave=${this.motion.listener} @focusin=${this.motion.listener} @focusout=${this.motion.listener}>
          <button class="toggle" @click=${() => this.motion.toggle()}>Stop</button>
          <button class="inside">Inside</button>
        </div>`;
    }
  };
}
customElements.define('motion-probe', probe());
customElements.define('motion-probe-stop', probe({ focus: 'stop', toggle: '.toggle' }));
type Probe = InstanceType<ReturnType<typeof probe>>;

const $ = (el: Probe, sel: string) => el.shadowRoot!.querySelector<HTMLElement>(sel)!;

describe('motion rules', () => {
  it('wraps any index into 0…count-1 (and 0 with nothing to show)', () => {
    expect([wrapIndex(3, 3), wrapIndex(-1, 3), wrapIndex(13, 6), wrapIndex(4, 0)]).to.deep.equal([0, 2, 1, 0]);
    fc.assert(
      fc.property(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 50 }), (i, n) => {
        const w = wrapIndex(i, n);
        expect(w >= 0 && w < n && (w - i) % n === 0).to.equal(true);
      }),
    );
  });

  it('runs only when every condition holds', () => {
    const on: MotionState = { wanted: true, count: 2, reduced: false, paused: false, hovered: false, focused: false, visible: true, inView: true };
    expect(motionRuns(on)).to.equal(true);
    const blockers: Partial<MotionState>[] = [{ wanted: false }, { count: 1 }, { reduced: true }, { paused: true }, { hovered: true }, { focused: true }, { visible: false }, { inView: false }];
    for (const b of blockers) expect(motionRuns({ ...on, ...b }), JSON.stringify(b)).to.equal(false);
  });
});

describe('MotionController', () => {
  let clock: Clock;
  beforeEach(() => (clock = fakeClock()));
  afterEach(async () => {
    clock.restore();
    delete (document as unknown as Record<string, unknown>).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  /** Rendered and on screen (IntersectionObserver has reported), so the timer runs. */
  async function running(template = html`<motion-probe></motion-probe>`): Promise<Probe> {
    const el = await fixture<Probe>(template);
    await until(() => el.motion.running, 'never started');
    await el.updateComplete;
    return el;
  }

  /** Move the fake clock on by `ms` and count the steps taken meanwhile: 0 means no timer was pending. */
  async function stepsIn(el: Probe, ms: number): Promise<number> {
    const before = el.steps;
    // tickAsync: promise callbacks (Lit updates) run between timers, so a step's update starts the next timer.
    await clock.tickAsync(ms);
    await el.updateComplete;
    return el.steps - before;
  }
  const NEVER = 10 * 60 * 1000;

  it('steps every `seconds`, wrapping after the last item, with one timer at a time', async () => {
    const el = await running();
    expect(await stepsIn(el, 4999)).to.equal(0);
    expect(await stepsIn(el, 1)).to.equal(1);
    expect(el.index).to.equal(1);
    expect(await stepsIn(el, 10000)).to.equal(2);
    expect(el.index).to.equal(0);
    // Many updates later, still one timer: one step per interval.
    for (let i = 0; i < 5; i++) el.requestUpdate();
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
  });

  it('starts a fresh timer for an index moved by hand and for a new interval', async () => {
    const el = await running();
    await stepsIn(el, 4000);
    el.index = 2;
    await el.updateComplete;
    expect(await stepsIn(el, 4000), 'the old timer was not cleared').to.equal(0);
    expect(await stepsIn(el, 1000)).to.equal(1);
    expect(el.index).to.equal(0);
    el.seconds = 8;
    await el.updateComplete;
    expect(await stepsIn(el, 7999)).to.equal(0);
    expect(await stepsIn(el, 1)).to.equal(1);
  });

  it('pause(), play() and toggle(): no timer while paused, a full interval after Play', async () => {
    const el = await running();
    await stepsIn(el, 3000);
    el.motion.pause();
    await el.updateComplete;
    expect([el.motion.paused, el.motion.running]).to.deep.equal([true, false]);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    $(el, '.outside').click();
    await el.updateComplete;
    expect(el.motion.paused).to.equal(false);
    expect(await stepsIn(el, 4999)).to.equal(0);
    expect(await stepsIn(el, 1)).to.equal(1);
  });

  it('never runs when not wanted, with one item, or under prefers-reduced-motion', async () => {
    const el = await running();
    el.wanted = false;
    await el.updateComplete;
    expect(el.motion.allowed).to.equal(false);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    el.wanted = true;
    el.count = 1;
    await el.updateComplete;
    expect(el.motion.allowed).to.equal(false);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    el.count = 3;
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
    await emulateMedia({ reducedMotion: 'reduce' });
    await until(() => el.motion.reduced, 'reduced motion not heard');
    await el.updateComplete;
    expect([el.motion.allowed, el.motion.running]).to.deep.equal([false, false]);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    await emulateMedia({ reducedMotion: 'no-preference' });
    await until(() => el.motion.running, 'did not start again');
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
  });

  it('holds while the pointer rests on the area, and resumes when it leaves', async () => {
    const el = await running();
    await hover($(el, '.area'));
    await until(() => el.motion.hovered, 'pointer not seen');
    await el.updateComplete;
    expect([el.motion.running, el.motion.paused]).to.deep.equal([false, false]);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    await unhover();
    await until(() => el.motion.running, 'did not resume');
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
  });

  it('holds while focus is in the area (focus: pause), not on a control outside it', async () => {
    const el = await running();
    $(el, '.outside').focus();
    await el.updateComplete;
    expect(el.motion.running).to.equal(true);
    $(el, '.inside').focus();
    await el.updateComplete;
    expect(el.motion.focused).to.equal(true);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    // Focus moving on within the area: still held.
    $(el, '.toggle').focus();
    await el.updateComplete;
    expect(el.motion.focused).to.equal(true);
    $(el, '.toggle').blur();
    await el.updateComplete;
    expect([el.motion.focused, el.motion.paused]).to.deep.equal([false, false]);
    expect(await stepsIn(el, 5000)).to.equal(1);
  });

  it('stops until Play on keyboard focus (focus: stop), but a click on the toggle is left to the toggle', async () => {
    const el = await running(html`<motion-probe-stop></motion-probe-stop>`);
    const toggle = $(el, '.toggle');
    await clickOn(toggle);
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(el.motion.paused, 'the click toggles once: paused').to.equal(true);
    toggle.click();
    await resetMouse();
    await until(() => el.motion.running, 'Play did not restart it');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.inside'));
    expect(el.motion.paused).to.equal(true);
    // Stopped for good: focus leaving does not restart it.
    $(el, '.inside').blur();
    await el.updateComplete;
    expect(el.motion.paused).to.equal(true);
    expect(await stepsIn(el, NEVER)).to.equal(0);
  });

  it('hidden tab: no timer and not `seen` while document.visibilityState is "hidden"', async () => {
    const el = await running();
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    const hidden = { running: el.motion.running, seen: el.motion.seen, steps: await stepsIn(el, NEVER) };
    delete (document as unknown as Record<string, unknown>).visibilityState;
    document.dispatchEvent(new Event('visibilitychange'));
    await el.updateComplete;
    expect(hidden).to.deep.equal({ running: false, seen: false, steps: 0 });
    expect([el.motion.running, el.motion.seen]).to.deep.equal([true, true]);
    expect(await stepsIn(el, 5000)).to.equal(1);
  });

  it('offscreen: starts only once scrolled into view, and stops again when scrolled away', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div><motion-probe></motion-probe></div>`);
    const el = wrapper.querySelector<Probe>('motion-probe')!;
    // Two frames: the observer has reported the first (offscreen) sighting.
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect(el.motion.running).to.equal(false);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    el.scrollIntoView();
    await until(() => el.motion.seen, 'not seen on screen');
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
    window.scrollTo(0, 0);
    await until(() => !el.motion.seen, 'still seen offscreen');
    await el.updateComplete;
    expect(await stepsIn(el, NEVER)).to.equal(0);
  });

  it('clears its timer when the host leaves the page (also mid-hover) and starts again when put back', async () => {
    const el = await running();
    $(el, '.area').dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(el.motion.hovered).to.equal(true);
    const parent = el.parentElement!;
    el.remove();
    expect([el.motion.running, el.motion.hovered]).to.deep.equal([false, false]);
    expect(await stepsIn(el, NEVER)).to.equal(0);
    parent.append(el);
    await until(() => el.motion.running, 'did not start again');
    await el.updateComplete;
    expect(await stepsIn(el, 5000)).to.equal(1);
  });
});
