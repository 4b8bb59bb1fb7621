import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DEFAULT_EXIT_HREF } from '../../components/safe-exit/defaults.js';
import { AwasSafeExit } from '../../components/safe-exit/safe-exit.js';
import { createShiftCounter } from '../../components/safe-exit/shift-counter.js';
import { fakeClock, type Clock } from '../helpers/clock.js';
import { captureConsole, resetLogged } from '../helpers/console.js';

/** Records navigation instead of leaving the test page; everything else (event, blanking) is real. */
class RecordingSafeExit extends AwasSafeExit {
  visited: string[] = [];
  protected override navigate(href: string): void {
    this.visited.push(href);
  }
}
RecordingSafeExit.define('test-safe-exit');
AwasSafeExit.define('awas-safe-exit');

function unblank() {
  document.documentElement.style.removeProperty('display');
}

describe('awas-safe-exit', () => {
  beforeEach(() => resetLogged());
  afterEach(unblank);

  it('renders a labelled button in Indonesian by default and English on request', async () => {
    const el = await fixture<AwasSafeExit>(html`<awas-safe-exit lang="id"></awas-safe-exit>`);
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Keluar cepat');
    expect(el.shadowRoot!.textContent).to.contain('atau tekan Shift 3 kali');
    el.lang = 'en';
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('Quick exit');
    await expect(el).to.be.accessible();
  });

  it('leaves on click: fires awas-safe-exit, blanks the page, replaces the location', async () => {
    const el = await fixture<RecordingSafeExit>(html`<test-safe-exit href="https://example.org/weather"></test-safe-exit>`);
    const event = oneEvent(el, 'awas-safe-exit');
    el.shadowRoot!.querySelector('button')!.click();
    const { detail } = await event;
    expect(detail).to.deep.equal({ href: 'https://example.org/weather', trigger: 'button' });
    expect(document.documentElement.style.getPropertyValue('display')).to.equal('none');
    expect(el.visited).to.deep.equal(['https://example.org/weather']);
  });

  describe('the Shift shortcut (fake clock: the five-second window is moved through, never waited for)', () => {
    let clock: Clock;
    beforeEach(() => (clock = fakeClock()));
    afterEach(() => clock.restore());

    const status = (el: AwasSafeExit) => el.shadowRoot!.querySelector('[role=status]')!.textContent!;
    /** Press Shift, then let the widget render what it heard. */
    async function shift(el: AwasSafeExit) {
      await sendKeys({ press: 'Shift' });
      await el.updateComplete;
    }

    it('leaves when Shift is pressed three times, not when capitals are typed', async () => {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit></test-safe-exit>`);
      await shift(el);
      await shift(el);
      expect(status(el)).to.contain('Tekan Shift 1 kali lagi');
      await sendKeys({ press: 'a' });
      await shift(el);
      expect(el.visited).to.deep.equal([]);
      expect(status(el)).to.contain('Tekan Shift 2 kali lagi');
      await shift(el);
      await shift(el);
      expect(el.visited).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('leaves on a third press 5 s after the first (the window\'s last millisecond)', async () => {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit></test-safe-exit>`);
      await shift(el);
      clock.tick(2500);
      await shift(el);
      clock.tick(2500);
      await shift(el);
      expect(el.visited).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    it('does not leave when the presses spread past 5 s: the late one starts a new count', async () => {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit></test-safe-exit>`);
      await shift(el);
      clock.tick(2500);
      await shift(el);
      expect(status(el)).to.contain('Tekan Shift 1 kali lagi');
      clock.tick(2501);
      await shift(el);
      expect(el.visited).to.deep.equal([]);
      expect(status(el)).to.contain('Tekan Shift 2 kali lagi');
      // Counted from the late press: two more leave.
      await shift(el);
      await shift(el);
      expect(el.visited).to.deep.equal([DEFAULT_EXIT_HREF]);
    });

    // On the fake clock too: the three presses are always inside the window, so nothing happening means something.
    it('ignores the shortcut with no-shortcut and after disconnect', async () => {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit no-shortcut></test-safe-exit>`);
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(el.visited).to.deep.equal([]);
      expect(el.shadowRoot!.textContent).not.to.contain('Shift 3');
      el.noShortcut = false;
      el.remove();
      for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
      expect(el.visited).to.deep.equal([]);
    });

    it('clears the "press again" hint 5 s after the last press, and the count with it', async () => {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit></test-safe-exit>`);
      await shift(el);
      await shift(el);
      clock.tick(4999);
      await el.updateComplete;
      expect(status(el)).to.contain('Tekan Shift 1 kali lagi');
      clock.tick(1);
      await el.updateComplete;
      expect(status(el)).to.not.contain('Tekan Shift');
      // The two presses before no longer count.
      await shift(el);
      expect(el.visited).to.deep.equal([]);
      expect(status(el)).to.contain('Tekan Shift 2 kali lagi');
    });
  });

  it('refuses a javascript: href, reports it and uses the light-DOM fallback link or the default', async () => {
    const logs = captureConsole();
    const errors: string[] = [];
    const listener = (e: Event) => errors.push((e as CustomEvent).detail.code);
    document.addEventListener('awas-error', listener);
    try {
      const el = await fixture<RecordingSafeExit>(html`<test-safe-exit href="javascript:alert(1)"><a href="https://example.org/fallback">Keluar</a></test-safe-exit>`);
      expect(el.exitHref).to.equal('https://example.org/fallback');
      const bare = await fixture<RecordingSafeExit>(html`<test-safe-exit href="data:text/html,x" position="middle"></test-safe-exit>`);
      expect(bare.exitHref).to.equal(DEFAULT_EXIT_HREF);
      expect(bare.position).to.equal('inline');
    } finally {
      logs.restore();
      document.removeEventListener('awas-error', listener);
    }
    expect(errors).to.deep.equal(['bad-attribute', 'bad-attribute', 'bad-attribute']);
    expect(logs.warn).to.have.length(3);
  });

  it('floats in a corner with position and shows the history note on request', async () => {
    const el = await fixture<AwasSafeExit>(html`<awas-safe-exit position="bottom-right" show-note lang="en"></awas-safe-exit>`);
    const root = el.shadowRoot!.querySelector('.root') as HTMLElement;
    expect(getComputedStyle(root).position).to.equal('fixed');
    const note = el.shadowRoot!.querySelector('[part=note]')!;
    expect(note.textContent).to.contain('browser history still lists this page');
    await expect(el).to.be.accessible();
  });

  it('is reachable and usable with the keyboard alone', async () => {
    const el = await fixture<RecordingSafeExit>(html`<test-safe-exit></test-safe-exit>`);
    el.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.visited).to.have.length(1);
  });
});

describe('safe-exit shift counter', () => {
  it('needs three presses within five seconds with nothing in between', () => {
    const c = createShiftCounter();
    expect(c.press('Shift', false, 0)).to.equal(2);
    expect(c.press('Shift', true, 10)).to.equal(2);
    expect(c.press('Shift', false, 100)).to.equal(1);
    expect(c.press('Shift', false, 200)).to.equal(0);
    expect(c.press('Shift', false, 300)).to.equal(2);
    expect(c.press('Shift', false, 6000)).to.equal(2);
    expect(c.press('x', false, 6100)).to.equal(3);
  });
});
