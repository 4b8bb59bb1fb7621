import { expect, html, nextFrame } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, setViewport } from '@web/test-runner-commands';
import { AwasScamCarousel } from '../../components/scam-carousel/scam-carousel.js';
import { clearContentCache } from '../../src/content/fetch.js';
import { fakeClock, until, type Clock } from '../helpers/clock.js';
import { resetLogged } from '../helpers/console.js';
import { examplesFixture, EXAMPLES_URL, scamCarousel } from '../helpers/fixtures.js';
import { clickOn, hover, unhover } from '../helpers/pointer.js';
import { renderCollecting } from '../helpers/render.js';

AwasScamCarousel.define('awas-scam-carousel');

/**
 * The widget tests render on the fixture examples (test/fixtures/examples.json: four, a post, a chat, an ad and a
 * chat), not on the shipped pack; what the shipped examples say is tested in test/content/examples.test.ts.
 */
const ALL = examplesFixture.examples.length;

const SOURCE = { name: 'Tempo', url: 'https://www.tempo.co/', date: '2025-04-06' };

/** A minimal valid example for inline packs; `extra` overrides fields. */
function example(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'post',
    source: SOURCE,
    checkedOn: '2026-11-23',
    reviewBy: '2099-01-01',
    flags: [{ id: 'gaji', redFlag: 1, source: SOURCE }],
    text: { id: { title: `Judul ${id}`, sender: 'Akun (fiktif)', lines: [{ text: 'Kerja [[gaji|gaji besar]]' }], flags: { gaji: 'Umpan.' } } },
    ...extra,
  };
}

const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector(sel) as T;
const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => Array.from(el.shadowRoot!.querySelectorAll(sel)) as T[];
const slides = (el: AwasScamCarousel) => $$(el, '.slide');
const active = (el: AwasScamCarousel) => slides(el).filter((s) => !s.inert);
const dots = (el: AwasScamCarousel) => $$<HTMLButtonElement>(el, '.picker button');
const live = (el: AwasScamCarousel) => $(el, '[aria-live]');
const toggle = (el: AwasScamCarousel) => $<HTMLButtonElement>(el, '.slide:not([inert]) [aria-expanded]');

/**
 * Render with awas-error, slide-change and flags-reveal events recorded until the test ends; done() gives the console
 * back. Then one animation frame, so what the carousel does after its first paint has run.
 */
async function render(template: ReturnType<typeof html> | string) {
  const rendered = await renderCollecting<AwasScamCarousel>(template, { events: ['awas-slide-change', 'awas-flags-reveal'], until: 'test' });
  await nextFrame();
  return rendered;
}

/** The tab hidden or shown again, as src/controllers/page-visibility.ts hears it. */
function setTabHidden(hidden: boolean) {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('awas-scam-carousel', () => {
  beforeEach(() => {
    resetLogged();
    clearContentCache();
  });
  afterEach(async () => {
    await resetMouse();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('structure and languages', () => {
    it('renders every example as an APG carousel in Indonesian', async () => {
      const { el, codes, done } = await render(scamCarousel());
      done();
      expect(codes).to.deep.equal([]);
      const root = $(el, '.root');
      expect(root.localName).to.equal('section');
      expect(root.getAttribute('aria-roledescription')).to.equal('carousel');
      expect(root.getAttribute('aria-label')).to.equal('Contoh penipuan lowongan kerja');
      expect(slides(el)).to.have.length(4);
      slides(el).forEach((s, i) => {
        expect(s.getAttribute('role')).to.equal('group');
        expect(s.getAttribute('aria-roledescription')).to.equal('slide');
        expect(s.getAttribute('aria-label')).to.equal(`Contoh ${i + 1} dari 4: ${examplesFixture.examples[i].text.id.title}`);
        expect(s.querySelector('.badge')!.textContent).to.equal('Contoh penipuan');
      });
      expect(active(el)).to.deep.equal([slides(el)[0]]);
      expect(dots(el).map((b) => b.getAttribute('aria-label'))).to.deep.equal(['Contoh 1 dari 4', 'Contoh 2 dari 4', 'Contoh 3 dari 4', 'Contoh 4 dari 4']);
      expect(dots(el)[0].getAttribute('aria-current')).to.equal('true');
      expect($(el, '.step').getAttribute('aria-label')).to.equal('Contoh sebelumnya');
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      // No rotation control unless the author asks for autoplay.
      expect($(el, '.rotate')).to.equal(null);
      // Red-flag phrases are not given away before the reader asks.
      expect($$(el, 'mark')).to.have.length(0);
      expect(slides(el)[0].textContent).to.contain('Ada 4 tanda bahaya. Bisakah Anda menemukannya?');
      expect(slides(el)[1].textContent).to.contain('Ada 2 tanda bahaya. Bisakah Anda menemukannya?');
      await expect(el).to.be.accessible();
    });

    it('draws each kind of mock-up: post, chat bubbles (with who speaks), job-site ad', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      const [post, chat, ad] = slides(el);
      expect(post.querySelector('.mock.post .fake')!.textContent).to.equal('Suka · Komentar · Bagikan');
      expect(post.querySelector('.avatar')!.textContent).to.equal('KL');
      const bubbles = Array.from(chat.querySelectorAll('.bubbles li'));
      expect(bubbles.map((b) => b.className)).to.deep.equal(['them', 'me', 'them', 'me', 'them']);
      expect(bubbles[0].querySelector('.visually-hidden')!.textContent).to.equal('Bu Wati (nama fiktif):');
      expect(bubbles[1].querySelector('.visually-hidden')!.textContent).to.equal('Anda:');
      // The ad's first line is the job; the others are its list.
      expect(ad.querySelector('.job')!.textContent).to.equal('Staf Administrasi (luar negeri)');
      expect(ad.querySelectorAll('.mock.ad li')).to.have.length(3);
      expect(ad.querySelector('.fake')!.textContent).to.equal('Lamar sekarang');
    });

    it('speaks English with lang="en" and follows a later change of <html lang>', async () => {
      const { el, done } = await render(scamCarousel('lang="en"'));
      done();
      expect($(el, '.root').getAttribute('aria-label')).to.equal('Examples of job scams');
      expect(slides(el)[0].getAttribute('aria-label')).to.equal('Example 1 of 4: Warehouse job in a social-media group');
      expect($(el, '.badge').textContent).to.equal('Scam example');
      expect(toggle(el).textContent!.trim()).to.equal('Show the red flags');
      expect(dots(el)[1].getAttribute('aria-label')).to.equal('Example 2 of 4');
      await expect(el).to.be.accessible();
      el.removeAttribute('lang');
      document.documentElement.lang = 'en';
      await el.updateComplete;
      expect($(el, '.badge').textContent).to.equal('Scam example');
      document.documentElement.lang = 'id';
      await until(() => $(el, '.badge').textContent === 'Contoh penipuan', 'badge not back in Indonesian');
    });

    it('falls back to the Indonesian text of an example that has no English, marked with its language', async () => {
      const pack = JSON.stringify({ examples: [example('only-id'), example('second')] });
      const { el, done } = await render(html`<awas-scam-carousel lang="en"><script type="application/json">${pack}</script></awas-scam-carousel>`);
      done();
      expect(slides(el)).to.have.length(2);
      expect($(el, '.title').textContent).to.equal('Judul only-id');
      expect($(el, '.title').getAttribute('lang')).to.equal('id');
      expect($(el, '.badge').textContent).to.equal('Scam example');
    });

    it('works in the dark theme (contrast checked by axe), flags shown', async () => {
      const { el, done } = await render(scamCarousel('theme="dark" reveal="always"'));
      done();
      await expect(el).to.be.accessible();
    });
  });

  describe('navigation', () => {
    it('moves with the previous / next buttons, wrapping around, and fires awas-slide-change', async () => {
      const { el, events, done } = await render(scamCarousel());
      done();
      const [prev, next] = $$<HTMLButtonElement>(el, '.step');
      next.click();
      await el.updateComplete;
      expect(el.index).to.equal(1);
      expect(active(el)).to.deep.equal([slides(el)[1]]);
      expect(dots(el)[1].getAttribute('aria-current')).to.equal('true');
      expect(dots(el)[0].getAttribute('aria-current')).to.equal('false');
      expect(live(el).textContent).to.equal('Contoh 2 dari 4: Chat kerja pabrik di Negeri Contoh');
      prev.click();
      prev.click();
      await el.updateComplete;
      expect(el.index).to.equal(3);
      expect(events.filter((e) => e.type === 'awas-slide-change').map((e) => e.detail)).to.deep.equal([
        { index: 1, exampleId: 'contoh-dua' },
        { index: 0, exampleId: 'contoh-satu' },
        { index: 3, exampleId: 'contoh-empat' },
      ]);
      // The track scrolls to the current slide (instantly or smoothly).
      const track = $(el, '.track');
      await until(() => Math.abs(track.scrollLeft - slides(el)[3].offsetLeft) < 2, 'track did not scroll to slide 4');
      await expect(el).to.be.accessible();
    });

    it('moves with the slide picker, whose only tab stop is the current example', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      dots(el)[3].click();
      await el.updateComplete;
      expect(el.index).to.equal(3);
      expect(dots(el).map((b) => b.tabIndex)).to.deep.equal([-1, -1, -1, 0]);
      expect(active(el)[0].getAttribute('aria-label')).to.match(/^Contoh 4 dari 4/);
      el.goTo(1);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      el.next();
      el.previous();
      el.goTo(Number.NaN);
      await el.updateComplete;
      expect(el.index).to.equal(0);
    });

    it('moves with arrow keys, Home and End; focus follows in the picker and in the slides', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      dots(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.index).to.equal(1);
      expect(el.shadowRoot!.activeElement).to.equal(dots(el)[1]);
      await sendKeys({ press: 'End' });
      expect(el.index).to.equal(3);
      await sendKeys({ press: 'ArrowRight' });
      expect(el.index).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.index).to.equal(3);
      await sendKeys({ press: 'Home' });
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.activeElement).to.equal(dots(el)[0]);
      // From inside a slide, focus moves to the new slide (never left on an inert one).
      toggle(el).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect(el.index).to.equal(1);
      expect(el.shadowRoot!.activeElement).to.equal(slides(el)[1]);
      // From the previous/next buttons, focus stays where it is.
      const next = $$<HTMLButtonElement>(el, '.step')[1];
      next.focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(el.index).to.equal(0);
      expect(el.shadowRoot!.activeElement).to.equal(next);
      // Modified arrows and other keys are left to the browser.
      await sendKeys({ down: 'Alt' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ up: 'Alt' });
      await sendKeys({ press: 'a' });
      expect(el.index).to.equal(0);
    });

    it('follows a swipe: the reader scrolling the track makes the visible slide current', async () => {
      const { el, events, done } = await render(scamCarousel());
      done();
      const track = $(el, '.track');
      track.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      track.scrollTo({ left: slides(el)[2].offsetLeft, behavior: 'instant' as ScrollBehavior });
      await until(() => el.index === 2, 'swipe not followed');
      expect(events.filter((e) => e.type === 'awas-slide-change').map((e) => e.detail)).to.deep.equal([{ index: 2, exampleId: 'contoh-tiga' }]);
      expect(live(el).textContent).to.match(/^Contoh 3 dari 4/);
    });

    it('puts the current slide back when the track moves without the reader (layout change)', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      const track = $(el, '.track');
      track.scrollTo({ left: slides(el)[3].offsetLeft, behavior: 'instant' as ScrollBehavior });
      await until(() => track.scrollLeft < 2, 'not realigned');
      expect(el.index).to.equal(0);
    });

    it('keeps the track as tall as the tallest example whatever the reader does, so the page below never moves', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      const track = $(el, '.track');
      const tallest = () => Math.max(...slides(el).map((s) => s.offsetHeight));
      // Two frames: anything that sizes the track from an observer (ResizeObserver runs before paint) has run.
      const resizeObserved = async () => {
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
      };
      await resizeObserved();
      expect(new Set(slides(el).map((s) => s.offsetHeight)).size, 'the examples differ in height').to.be.above(1);
      expect(track.offsetHeight, 'first slide').to.be.closeTo(tallest(), 1);
      const height = track.offsetHeight;
      el.next();
      await resizeObserved();
      expect(track.offsetHeight, 'after next').to.equal(height);
      toggle(el).click();
      await resizeObserved();
      expect(track.offsetHeight, 'after a reveal: the tallest, whichever it is now').to.be.closeTo(tallest(), 1);
    });

    it('with autoplay keeps the track as tall as the tallest slide, so rotation never moves the page below', async () => {
      const { el, done } = await render(scamCarousel('autoplay'));
      done();
      const track = $(el, '.track');
      const tallest = () => Math.max(...slides(el).map((s) => s.offsetHeight));
      expect(new Set(slides(el).map((s) => s.offsetHeight)).size, 'the examples differ in height').to.be.above(1);
      await until(() => Math.abs(track.offsetHeight - tallest()) < 2, 'track not as tall as the tallest slide');
      const height = track.offsetHeight;
      const seen = [];
      for (let i = 1; i < slides(el).length; i++) {
        (el as unknown as { show(i: number, cause: string): void }).show(i, 'auto');
        await el.updateComplete;
        await nextFrame();
        await nextFrame();
        seen.push(track.offsetHeight);
      }
      expect(seen).to.deep.equal(seen.map(() => height));
    });

    it('shows one example without carousel controls', async () => {
      const { el, done } = await render(scamCarousel('examples="contoh-tiga"'));
      done();
      expect(slides(el)).to.have.length(1);
      expect($(el, '.controls')).to.equal(null);
      el.next();
      expect(el.index).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('fits a 320 px screen without horizontal overflow', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const { el, done } = await render(scamCarousel('autoplay reveal="always"'));
        done();
        expect(document.documentElement.scrollWidth).to.be.at.most(320);
        for (const b of $$(el, 'button')) {
          const r = b.getBoundingClientRect();
          if (r.width) expect(Math.min(r.width, r.height), b.textContent!).to.be.at.least(44);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  });

  describe('red flags', () => {
    it('reveals numbered, sourced explanations with a toggle (aria-expanded), and hides them again', async () => {
      const { el, events, done } = await render(scamCarousel());
      done();
      const button = toggle(el);
      const list = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.textContent!.trim()).to.equal('Tunjukkan tanda bahaya');
      expect(list.hidden).to.equal(true);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(button.textContent!.trim()).to.equal('Sembunyikan tanda bahaya');
      expect(list.hidden).to.equal(false);
      const items = Array.from(list.querySelectorAll('li'));
      expect(items).to.have.length(4);
      expect(items[0].textContent!.replace(/\s+/g, ' ')).to.contain('Tanda bahaya 1: kantor di Negeri Contoh Negeri Contoh bukan negara penempatan');
      expect(items[0].querySelector('q')!.textContent).to.equal('kantor di Negeri Contoh');
      const link = items[0].querySelector('a')!;
      expect(link.href).to.equal('https://news.example.org/tujuan-contoh');
      expect(link.rel).to.equal('noreferrer');
      expect(items[0].textContent).to.contain('Maret 2025');
      // Each phrase in the mock-up is highlighted with the same number as its explanation.
      const marks = Array.from(slides(el)[0].querySelectorAll('mark'));
      expect(marks.map((m) => m.querySelector('sup')!.textContent)).to.deep.equal(['1', '2', '3', '4']);
      expect(marks[0].textContent).to.equal('Tanda bahaya 1: kantor di Negeri Contoh\u20601');
      expect(events.filter((e) => e.type === 'awas-flags-reveal').map((e) => e.detail)).to.deep.equal([{ exampleId: 'contoh-satu' }]);
      await expect(el).to.be.accessible();

      button.click();
      await el.updateComplete;
      expect(list.hidden).to.equal(true);
      expect(slides(el)[0].querySelectorAll('mark')).to.have.length(0);
      expect(events.filter((e) => e.type === 'awas-flags-reveal')).to.have.length(1);
    });

    it('builds the explanations only when they are shown, and every slide\'s for printing', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      const counts = () => $$(el, '.flags').map((list) => list.querySelectorAll('li').length);
      expect(counts(), 'nothing built before a reveal').to.deep.equal([0, 0, 0, 0]);
      toggle(el).click();
      await el.updateComplete;
      expect(counts()[0]).to.equal(4);
      expect(counts().slice(1)).to.deep.equal([0, 0, 0]);
      // Printing (the browser fires beforeprint, then lays out for paper): all of them, in the same task.
      window.dispatchEvent(new Event('beforeprint'));
      expect(counts().every((n) => n > 0), counts().join()).to.equal(true);
      await emulateMedia({ media: 'print' });
      const hiddenList = $$(el, '.flags')[1];
      expect(hiddenList.hidden).to.equal(true);
      expect(getComputedStyle(hiddenList).display, 'printed despite [hidden]').to.equal('grid');
      await emulateMedia({ media: 'screen' });
    });

    it('builds every slide\'s explanations when print media starts matching (print preview, emulation)', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      await emulateMedia({ media: 'print' });
      await until(() => $$(el, '.flags').every((list) => list.querySelectorAll('li').length > 0), 'flags not built for print');
      await emulateMedia({ media: 'screen' });
    });

    it('passes axe on every slide with the flags hidden and shown', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      for (let i = 0; i < ALL; i++) {
        el.goTo(i);
        await el.updateComplete;
        await expect(el, `slide ${i + 1} hidden`).to.be.accessible();
        toggle(el).click();
        await el.updateComplete;
        await expect(el, `slide ${i + 1} shown`).to.be.accessible();
      }
      expect($$(el, '.flags:not([hidden])')).to.have.length(ALL);
    });

    it('shows the flags from the start with reveal="always" (no toggle, no event)', async () => {
      const { el, events, done } = await render(scamCarousel('reveal="always" lang="en"'));
      done();
      expect($(el, '[aria-expanded]')).to.equal(null);
      expect($$(el, '.flags[hidden]')).to.have.length(0);
      expect(slides(el)[1].querySelectorAll('mark')).to.have.length(2);
      expect(slides(el)[1].querySelector('.flags')!.textContent).to.contain('Red flag 2:');
      expect(events.filter((e) => e.type === 'awas-flags-reveal')).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('attributes and bad input', () => {
    it('shows the examples listed in `examples`, in that order', async () => {
      const { el, codes, done } = await render(scamCarousel('examples="contoh-tiga, CONTOH-SATU"'));
      done();
      expect(codes).to.deep.equal([]);
      expect(slides(el).map((s) => s.querySelector('.title')!.textContent)).to.deep.equal(['Iklan di situs lowongan contoh', 'Lowongan staf gudang di grup media sosial']);
      expect(dots(el).map((d) => d.getAttribute('aria-label'))).to.deep.equal(['Contoh 1 dari 2', 'Contoh 2 dari 2']);
    });

    it('skips unknown and malformed ids with one console line each and awas-error, keeping the valid ones', async () => {
      const { el, codes, logs, done } = await render(scamCarousel('examples="nope, contoh-dua, Bad Id!"'));
      el.requestUpdate();
      await el.updateComplete;
      done();
      expect(slides(el)).to.have.length(1);
      expect(codes).to.deep.equal(['bad-attribute', 'unknown-id']);
      expect(logs.warn).to.have.length(2);
      expect(logs.warn[1]).to.contain('examples names unknown ids: nope.');
    });

    it('shows every example when none of the listed ids exists', async () => {
      const { el, codes, done } = await render(scamCarousel('examples="none-of-these"'));
      done();
      expect(slides(el)).to.have.length(ALL);
      expect(codes).to.deep.equal(['unknown-id']);
    });

    it('corrects an interval below 5 or not a number, and an unknown reveal value', async () => {
      const { codes, logs, done } = await render(scamCarousel('interval="2" reveal="sometimes"'));
      const second = await render(scamCarousel('interval="soon"'));
      second.done();
      done();
      expect(codes).to.deep.equal(['bad-attribute', 'bad-attribute', 'bad-attribute']);
      expect(logs.warn.join('\n')).to.contain('interval="2" must be a number of seconds from 5 to 600; using 5.');
      expect(logs.warn.join('\n')).to.contain('reveal="sometimes" is not "tap" or "always"; using "tap".');
      expect(second.logs.warn.join('\n')).to.contain('interval="soon" must be a number of seconds from 5 to 600; using 10.');
    });

    it('keeps valid examples from a bad pack: no flags, no texts, image without alt', async () => {
      const pack = JSON.stringify({
        examples: [
          example('fine', { image: { src: '/x.png', alt: { id: 'Poster lowongan palsu' } } }),
          example('no-flags', { flags: [] }),
          example('no-texts', { text: {} }),
          example('no-alt', { image: { src: '/x.png' } }),
        ],
      });
      const { el, codes, done } = await render(html`<awas-scam-carousel><script type="application/json">${pack}</script></awas-scam-carousel>`);
      done();
      expect(slides(el).map((s) => s.querySelector('.title')!.textContent)).to.deep.equal(['Judul fine', 'Judul no-alt']);
      expect(codes).to.deep.equal(['content-invalid', 'content-invalid', 'content-invalid']);
      const img = $<HTMLImageElement>(el, 'img');
      expect(img.alt).to.equal('Poster lowongan palsu');
      expect(img.loading).to.equal('lazy');
      expect(slides(el)[1].querySelector('img')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('loads examples from content-src and judges the examples ids only once it has arrived', async () => {
      // Neither id is in the built-in examples shown meanwhile: judged before the file arrives, both would be unknown.
      const { el, codes, done } = await render(html`<awas-scam-carousel content-src=${EXAMPLES_URL} examples="contoh-tiga,contoh-satu"></awas-scam-carousel>`);
      await until(() => slides(el).length === 2, 'content-src not shown');
      done();
      expect(slides(el).map((s) => s.querySelector('.title')!.textContent)).to.deep.equal(['Iklan di situs lowongan contoh', 'Lowongan staf gudang di grup media sosial']);
      expect(codes).to.deep.equal([]);
    });
  });

  // axe schedules its work with setTimeout: it runs here, on the real clock.
  it('with autoplay passes axe while rotating and stopped', async () => {
    const { el, done } = await render(scamCarousel('autoplay'));
    done();
    await until(() => live(el).getAttribute('aria-live') === 'off', 'not rotating');
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '.rotate').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('autoplay (fake clock: rotation time is moved on, never waited for)', () => {
    let clock: Clock;
    beforeEach(() => (clock = fakeClock()));
    afterEach(() => {
      clock.restore();
      setTabHidden(false);
    });
    const NEVER = 10 * 60 * 1000;
    const rotating = (el: AwasScamCarousel) => live(el).getAttribute('aria-live') === 'off';

    /** Counts the slides rotation shows: `rotatedIn(ms)` moves the clock on by ms; 0 means no rotation timer was pending. */
    function rotation(el: AwasScamCarousel) {
      let shown = 0;
      // On the element itself: a removed carousel's events no longer reach the document.
      el.addEventListener('awas-slide-change', () => shown++);
      return async (ms: number) => {
        const before = shown;
        await clock.tickAsync(ms);
        await el.updateComplete;
        return shown - before;
      };
    }

    it('is off by default: no rotation control and no timer', async () => {
      const { el, done } = await render(scamCarousel());
      done();
      const rotatedIn = rotation(el);
      expect($(el, '.rotate') === null).to.equal(true);
      expect(await rotatedIn(NEVER)).to.equal(0);
    });

    it('rotates every interval with the rotation control first in tab order and aria-live off while rotating', async () => {
      const { el, events, done } = await render(scamCarousel('autoplay interval="6"'));
      done();
      const rotatedIn = rotation(el);
      const rotate = $<HTMLButtonElement>(el, '.rotate');
      expect($(el, 'button')).to.equal(rotate);
      expect(rotate.textContent!.trim()).to.equal('Hentikan putar otomatis');
      await until(() => rotating(el), 'not rotating');
      expect(await rotatedIn(5999)).to.equal(0);
      expect(await rotatedIn(1)).to.equal(1);
      expect(el.index).to.equal(1);
      expect(events.filter((e) => e.type === 'awas-slide-change').map((e) => e.detail)).to.deep.equal([{ index: 1, exampleId: 'contoh-dua' }]);
      expect(await rotatedIn(12000)).to.equal(2);
      expect(el.index).to.equal(3);
      // After the last comes the first.
      expect(await rotatedIn(6000)).to.equal(1);
      expect(el.index).to.equal(0);
      // The reader stops it with the rotation control: nothing moves, live region polite, label changes.
      rotate.click();
      await el.updateComplete;
      expect(rotate.textContent!.trim()).to.equal('Putar otomatis');
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      expect(await rotatedIn(NEVER)).to.equal(0);
      rotate.click();
      await el.updateComplete;
      expect(await rotatedIn(6000)).to.equal(1);
      el.remove();
      expect(await rotatedIn(NEVER)).to.equal(0);
    });

    it('waits while the mouse rests on it and resumes when it leaves', async () => {
      const { el, done } = await render(scamCarousel('autoplay interval="5" style="display:block;margin-top:40px"'));
      done();
      const rotatedIn = rotation(el);
      await until(() => rotating(el), 'not rotating');
      await hover($(el, '.root'));
      await until(() => !rotating(el), 'still rotating under the mouse');
      expect(await rotatedIn(NEVER)).to.equal(0);
      expect($(el, '.rotate').textContent!.trim()).to.equal('Hentikan putar otomatis');
      await unhover();
      await until(() => rotating(el), 'did not resume after the mouse left');
      expect(await rotatedIn(5000)).to.equal(1);
    });

    it('stops for good on keyboard focus, and the reader can restart it from the rotation control', async () => {
      const { el, done } = await render(scamCarousel('autoplay'));
      done();
      const rotatedIn = rotation(el);
      await until(() => rotating(el), 'not rotating');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.rotate'));
      await el.updateComplete;
      expect($(el, '.rotate').textContent!.trim()).to.equal('Putar otomatis');
      expect(await rotatedIn(NEVER)).to.equal(0);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(await rotatedIn(10000)).to.equal(1);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(await rotatedIn(NEVER)).to.equal(0);
    });

    it('a click on the rotation control stops it; its focus does not stop it again after a restart', async () => {
      const { el, done } = await render(scamCarousel('autoplay'));
      done();
      const rotatedIn = rotation(el);
      await until(() => rotating(el), 'not rotating');
      const rotate = $(el, '.rotate');
      await clickOn(rotate);
      await el.updateComplete;
      expect($(el, '.rotate').textContent!.trim()).to.equal('Putar otomatis');
      await clickOn(rotate);
      await unhover();
      await until(() => rotating(el), 'did not restart');
      expect(await rotatedIn(10000)).to.equal(1);
    });

    it('stops when the reader moves slides', async () => {
      const { el, done } = await render(scamCarousel('autoplay'));
      done();
      await until(() => rotating(el), 'not rotating');
      $$<HTMLButtonElement>(el, '.step')[1].click();
      await el.updateComplete;
      const rotatedIn = rotation(el);
      expect(live(el).getAttribute('aria-live')).to.equal('polite');
      expect(await rotatedIn(NEVER)).to.equal(0);
    });

    it('never runs under prefers-reduced-motion (emulated), and hides the rotation control', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, done } = await render(scamCarousel('autoplay interval="5"'));
      done();
      const rotatedIn = rotation(el);
      expect($(el, '.rotate') === null).to.equal(true);
      expect(await rotatedIn(NEVER)).to.equal(0);
      await emulateMedia({ reducedMotion: 'no-preference' });
      await until(() => rotating(el), 'did not start when motion was allowed again');
      expect(await rotatedIn(5000)).to.equal(1);
      await emulateMedia({ reducedMotion: 'reduce' });
      await until(() => $(el, '.rotate') === null, 'rotation control left under reduced motion');
      expect(await rotatedIn(NEVER)).to.equal(0);
      // Buttons then jump instead of scrolling smoothly.
      el.goTo(3);
      await el.updateComplete;
      expect(Math.abs($(el, '.track').scrollLeft - slides(el)[3].offsetLeft)).to.be.below(2);
    });

    it('pauses in a hidden tab', async () => {
      const { el, done } = await render(scamCarousel('autoplay'));
      done();
      const rotatedIn = rotation(el);
      await until(() => rotating(el), 'not rotating');
      setTabHidden(true);
      await el.updateComplete;
      const hidden = { live: live(el).getAttribute('aria-live'), rotated: await rotatedIn(NEVER) };
      setTabHidden(false);
      await el.updateComplete;
      expect(hidden).to.deep.equal({ live: 'polite', rotated: 0 });
      expect(await rotatedIn(10000)).to.equal(1);
    });

    it('pauses while off screen', async () => {
      const { el, done } = await render(`<div><div style="height:3000px"></div>${scamCarousel('autoplay')}</div>`);
      done();
      const carousel = el.querySelector('awas-scam-carousel') as AwasScamCarousel;
      const rotatedIn = rotation(carousel);
      // Two frames: the observer has reported the first (offscreen) sighting.
      await nextFrame();
      await nextFrame();
      expect(await rotatedIn(NEVER)).to.equal(0);
      carousel.scrollIntoView();
      await until(() => rotating(carousel), 'did not start once on screen');
      expect(await rotatedIn(10000)).to.equal(1);
      window.scrollTo(0, 0);
      await until(() => !rotating(carousel), 'still rotating off screen');
      expect(await rotatedIn(NEVER)).to.equal(0);
    });
  });
});
