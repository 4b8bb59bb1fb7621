import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { AwasStatsTicker } from '../../components/stats-ticker/stats-ticker.js';
import { clearContentCache } from '../../src/content/fetch.js';
import { fakeClock, until, type Clock } from '../helpers/clock.js';
import { resetLogged } from '../helpers/console.js';
import { statsFixture, statsTicker } from '../helpers/fixtures.js';
import { hover, unhover } from '../helpers/pointer.js';
import { renderCollecting } from '../helpers/render.js';
import { settled } from '../helpers/settle.js';

AwasStatsTicker.define('awas-stats-ticker');

const NBSP = /\u00a0/g;
/** The widget tests render on the fixture figures (test/fixtures/stats.json), not on the shipped pack. */
const ALL = statsFixture.stats.length;
const fixtureStat = (id: string) => statsFixture.stats.find((s) => s.id === id)!;

/**
 * Animation frames asked for and not yet run, for the whole page. Read `pending()` only where the test itself waits
 * on no frame (after an await of until(), waitUntil or updateComplete): then what is pending is the count-up's.
 */
function watchFrames() {
  const real = { requestAnimationFrame: window.requestAnimationFrame, cancelAnimationFrame: window.cancelAnimationFrame };
  const pending = new Set<number>();
  let asked = 0;
  window.requestAnimationFrame = (fn: FrameRequestCallback) => {
    asked++;
    const id = real.requestAnimationFrame.call(window, (t) => {
      pending.delete(id);
      fn(t);
    });
    pending.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id: number) => {
    pending.delete(id);
    real.cancelAnimationFrame.call(window, id);
  };
  return { pending: () => pending.size, asked: () => asked, restore: () => Object.assign(window, real) };
}

/** Render (the ticker itself or a wrapper around it), collecting awas-error codes and problems until done(). */
async function render(template: TemplateResult | string) {
  const rendered = await renderCollecting<HTMLElement & { updateComplete: Promise<unknown> }>(template, { until: 'done' });
  const el = rendered.el.localName === 'awas-stats-ticker' ? rendered.el : rendered.el.querySelector<AwasStatsTicker>('awas-stats-ticker')!;
  return { ...rendered, el: el as AwasStatsTicker };
}

const root = (el: AwasStatsTicker) => el.shadowRoot!;
const figures = (el: AwasStatsTicker) => Array.from(root(el).querySelectorAll('[part=figure]')).map((f) => f.textContent!.replace(/\s+/g, ' ').replace(NBSP, ' ').trim());
const toggle = (el: AwasStatsTicker) => root(el).querySelector<HTMLButtonElement>('[part=toggle]');
const current = (el: AwasStatsTicker) => root(el).querySelector('.slide.current')!;
const track = (el: AwasStatsTicker) => root(el).querySelector<HTMLElement>('.track')!;
const trackState = (el: AwasStatsTicker) => track(el)?.getAnimations()[0]?.playState;
/** Animations anywhere in the page that are actually running. */
const runningAnimations = () => document.getAnimations().filter((a) => a.playState === 'running').length;

/** The tab hidden or shown again, as src/controllers/page-visibility.ts hears it. */
function hideTab() {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
function showTab() {
  delete (document as unknown as Record<string, unknown>).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}

const NEVER = 10 * 60 * 1000;
let clock: Clock | undefined;

/**
 * Counts the figures rotation shows (a slide becoming `.current`): `rotatedIn(ms)` moves the fake clock on by ms;
 * 0 means no rotation timer was pending.
 */
function rotation(el: AwasStatsTicker) {
  let steps = 0;
  const observer = new MutationObserver((records) => {
    steps += records.filter((r) => (r.target as Element).classList.contains('current')).length;
  });
  observer.observe(root(el), { subtree: true, attributeFilter: ['class'] });
  const rotatedIn = async (ms: number) => {
    const before = steps;
    await clock!.tickAsync(ms);
    await el.updateComplete;
    return steps - before;
  };
  /** True when the next figure comes exactly `ms` from now: not a millisecond earlier, and once. */
  const nextAfter = async (ms: number) => (await rotatedIn(ms - 1)) === 0 && (await rotatedIn(1)) === 1;
  return { rotatedIn, nextAfter };
}

describe('awas-stats-ticker', () => {
  let frames: ReturnType<typeof watchFrames> | undefined;

  beforeEach(() => {
    resetLogged();
    clearContentCache();
  });

  afterEach(async () => {
    frames?.restore();
    clock?.restore();
    frames = clock = undefined;
    showTab();
    await emulateMedia({ reducedMotion: 'no-preference' });
    await resetMouse();
  });

  describe('static (default)', () => {
    it('shows every figure as a calm grid in Indonesian, with no controls and no motion', async () => {
      frames = watchFrames();
      const { el, codes, done } = await render(statsTicker());
      done();
      expect(codes).to.deep.equal([]);
      expect(el.currentMode).to.equal('static');
      expect(root(el).querySelectorAll('ul.grid > li.card')).to.have.length(ALL);
      const shown = figures(el);
      expect(shown).to.deep.equal(['lebih dari 12.000 WNI', '3.417 kasus', 'sekitar 80.000 orang', '438 WNI', '2.750 calon pekerja migran', 'Rp271,45 triliun']);
      expect(toggle(el)).to.equal(null);
      expect(root(el).querySelector('section')!.getAttribute('aria-label')).to.equal('Angka tentang TPPO dan penipuan online');
      // The period sits inside the label line: "{label}, {period}"; there is no separate period paragraph.
      const first = fixtureStat('kantor-contoh-online').text.id;
      const label = root(el).querySelector('.card .label')!;
      expect(label.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${first.label}, ${first.period}`);
      expect(label.querySelector('.period')!.textContent).to.equal('total 2021 – Agustus 2025');
      expect(root(el).querySelector('p.period')).to.equal(null);
      expect(root(el).querySelectorAll('.label > .period')).to.have.length(ALL);
      expect(root(el).textContent).to.contain('Sumber dicek 15 November 2026');
      expect(root(el).textContent).to.not.contain('Dicek ');
      expect(root(el).textContent).to.contain('Sekitar 2.400 di antaranya korban TPPO.');
      expect(frames.pending()).to.equal(0);
      expect(root(el).getAnimations()).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('links each source in a new tab, safely, and says so to screen readers', async () => {
      const { el, done } = await render(statsTicker('stats="kantor-contoh-online"'));
      done();
      const link = root(el).querySelector('a')!;
      // The article that states the figure, not a home page.
      expect(link.getAttribute('href')).to.equal(fixtureStat('kantor-contoh-online').source.url);
      expect(new URL(link.href).pathname).to.not.equal('/');
      expect(link.getAttribute('target')).to.equal('_blank');
      expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Koran Contoh: Kementerian Contoh (membuka tab baru)');
      expect(link.querySelector('.visually-hidden')!.textContent).to.contain('(membuka tab baru)');
      expect(root(el).querySelector('.src')!.textContent!.replace(/\s+/g, ' ')).to.contain('Sumber: Koran Contoh: Kementerian Contoh (membuka tab baru), September 2025');
    });

    it('shows a month-only source date as month and year, with the source note', async () => {
      const { el, done } = await render(statsTicker('stats="kedutaan-contoh-2025"'));
      done();
      expect(fixtureStat('kedutaan-contoh-2025').source.date).to.equal('2026-02');
      const src = root(el).querySelector('.src')!.textContent!.replace(/\s+/g, ' ').trim();
      expect(src).to.equal(`Sumber: Warta Contoh: Kedutaan Contoh (membuka tab baru), Februari 2026 (${fixtureStat('kedutaan-contoh-2025').source.note!.id.replace(/\.$/, '')})`);
      expect(root(el).textContent).to.not.contain('Invalid');
    });

    it('speaks English with lang="en": "2,750"-style grouping and "Rp271.45 trillion"', async () => {
      const { el, done } = await render(statsTicker('lang="en" stats="kantor-contoh-online,judi-contoh-2024,imigrasi-contoh-2025"'));
      done();
      expect(figures(el)).to.deep.equal(['more than 12,000 Indonesians', 'Rp271.45 trillion', '2,750 prospective migrant workers']);
      expect(root(el).textContent).to.contain('Source:');
      expect(root(el).textContent).to.contain('(opens in a new tab)');
      expect(root(el).textContent).to.contain('Source checked 15 November 2026');
      expect(root(el).querySelector('.label')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `${fixtureStat('kantor-contoh-online').text.en.label}, ${fixtureStat('kantor-contoh-online').text.en.period}`,
      );
      expect(root(el).textContent).to.contain('January 2026');
      await expect(el).to.be.accessible();
    });

    it('follows the page language and the theme', async () => {
      const { el, done } = await render(`<div lang="en">${statsTicker('theme="dark" stats="kedutaan-contoh-2025"')}</div>`);
      done();
      expect(figures(el)).to.deep.equal(['3,417 cases']);
      const card = root(el).querySelector('.card')!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(43, 40, 38)');
      await expect(el).to.be.accessible();
    });

    it('shows the chosen figures in the chosen order', async () => {
      const { el, codes, done } = await render(statsTicker('stats=" judi-contoh-2024 , lembaga-contoh,judi-contoh-2024"'));
      done();
      expect(codes).to.deep.equal([]);
      expect(figures(el)).to.deep.equal(['Rp271,45 triliun', 'sekitar 80.000 orang']);
      el.stats = 'pemulangan-contoh-2025';
      await el.updateComplete;
      expect(figures(el)).to.deep.equal(['438 WNI']);
    });
  });

  describe('bad input', () => {
    it('skips unknown ids and non-ids, keeps the valid figures, explains once, fires awas-error', async () => {
      const { el, codes, problems, logs, done } = await render(statsTicker('stats="tidak-ada,kedutaan-contoh-2025,Bukan Id!"'));
      el.requestUpdate();
      await el.updateComplete;
      done();
      expect(figures(el)).to.deep.equal(['3.417 kasus']);
      expect(codes.sort()).to.deep.equal(['bad-attribute', 'unknown-id']);
      expect(problems.map((p) => p.message).join('\n')).to.contain('tidak-ada');
      expect(problems.map((p) => p.message).join('\n')).to.contain('Bukan Id!');
      expect(logs.warn).to.have.length(2);
    });

    it('no longer knows the removed figures kemlu-cambodia and polri-tppo-2024 (built-in content)', async () => {
      const { el, codes, problems, done } = await render(html`<awas-stats-ticker stats="kemlu-cambodia,polri-tppo-2024"></awas-stats-ticker>`);
      done();
      expect(codes).to.deep.equal(['unknown-id']);
      expect(problems[0].message).to.contain('kemlu-cambodia, polri-tppo-2024');
      // No id known: every built-in figure, as a plain ticker shows them.
      const plain = await fixture<AwasStatsTicker>(html`<awas-stats-ticker></awas-stats-ticker>`);
      await settled(plain);
      expect(figures(plain)).to.not.be.empty;
      expect(figures(el)).to.deep.equal(figures(plain));
    });

    it('shows every figure when no id is known', async () => {
      const { el, codes, done } = await render(statsTicker('stats="nope,nada"'));
      done();
      expect(codes).to.deep.equal(['unknown-id']);
      expect(figures(el)).to.have.length(ALL);
    });

    it('uses static for an unknown mode and 5 s for an interval below 5', async () => {
      clock = fakeClock();
      const { el, codes, problems, done } = await render(statsTicker('mode="spin" interval="2"'));
      expect(el.currentMode).to.equal('static');
      const { nextAfter } = rotation(el);
      el.mode = 'rotate';
      await until(() => el.running, 'rotate mode not running');
      expect(await nextAfter(5000), '5 s').to.equal(true);
      el.interval = 'soon';
      await el.updateComplete;
      expect(await nextAfter(8000), 'the default, 8 s').to.equal(true);
      el.interval = 600;
      await el.updateComplete;
      expect(await nextAfter(120000), 'the most, 120 s').to.equal(true);
      el.interval = '6';
      await el.updateComplete;
      expect(await nextAfter(6000), '6 s').to.equal(true);
      done();
      expect(codes).to.deep.equal(['bad-attribute', 'bad-attribute', 'bad-attribute', 'bad-attribute']);
      expect(problems[0].message).to.contain('mode="spin"');
      expect(problems[1].message).to.contain('interval="2" must be 5–120 seconds; using 5');
      expect(problems[2].message).to.contain('interval="soon"');
    });

    it('does not show a statistic without a source (name) or with a non-numeric value; keeps one with an unusable link, unlinked; says so', async () => {
      const good = {
        id: 'desa',
        value: 12,
        source: { name: 'Dinas Tenaga Kerja', url: 'https://example.org/', date: '2026-10-01' },
        checkedOn: '2026-11-23',
        reviewBy: '2027-05-23',
        text: { id: { unit: 'warga', label: 'berangkat lewat jalur resmi' } },
      };
      const noSource: Record<string, unknown> = { ...good, id: 'tanpa-sumber' };
      delete noSource.source;
      const tricky = { ...good, id: 'tipuan', value: 7, source: { ...good.source, name: 'Dinas Tipuan', url: 'https://kemlu.go.id@evil.example/' } };
      // A name of invisible characters only passes the schema but is nothing once cleaned: no source to show.
      const blankName = { ...good, id: 'tanpa-nama', value: 9, source: { ...good.source, name: '\u200b\u202e' } };
      const pack = JSON.stringify({ stats: [good, noSource, { ...good, id: 'bukan-angka', value: 'banyak' }, tricky, blankName] });
      const { el, codes, problems, done } = await render(html`<awas-stats-ticker><script type="application/json">${pack}</script></awas-stats-ticker>`);
      done();
      expect(figures(el)).to.deep.equal(['12 warga', '7 warga']);
      expect(codes).to.deep.equal(['content-invalid', 'content-invalid', 'content-invalid', 'content-invalid']);
      expect(problems[0].message).to.contain('stats[1].source is required');
      expect(problems[1].message).to.contain('stats[2].value must be a number');
      expect(problems[2].message).to.contain('source.url "https://kemlu.go.id@evil.example/" is not a usable http(s) link; the source is shown without it.');
      expect(problems[3].message).to.contain('stats[4] source.name has no readable text').and.to.contain('so this statistic is skipped');
      // The figure with the unusable link is shown with its source name and date, without any link.
      const cards = root(el).querySelectorAll('.card');
      expect(cards[0].querySelector('.src a')!.getAttribute('href')).to.equal('https://example.org/');
      expect(cards[1].querySelector('a')).to.equal(null);
      expect(cards[1].querySelector('.src')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Sumber: Dinas Tipuan, Oktober 2026');
      expect(root(el).innerHTML).to.not.contain('evil.example');
      await expect(el).to.be.accessible();
    });

    it('marks texts that fall back to Indonesian with lang="id" on an English page', async () => {
      const pack = JSON.stringify({
        stats: [{ id: 'a', value: 3, source: { name: 'S', url: 'https://example.org/', date: '2026-01-05' }, checkedOn: '2026-11-23', reviewBy: '2027-11-23', text: { id: { label: 'hanya bahasa Indonesia' } } }],
      });
      const { el, done } = await render(html`<awas-stats-ticker lang="en"><script type="application/json">${pack}</script></awas-stats-ticker>`);
      done();
      const card = root(el).querySelector('.card')!;
      expect(card.getAttribute('lang')).to.equal('id');
      expect(card.textContent).to.contain('as of 5 January 2026');
    });

    it('loads content-src and waits for it before calling an id unknown', async () => {
      const remote = { stats: [{ id: 'remote-one', value: 42, source: { name: 'R', url: 'https://example.org/', date: '2026-02-01' }, checkedOn: '2026-11-23', reviewBy: '2027-11-23', text: { en: { label: 'remote', unit: 'things' } } }] };
      const src = `/__test/echo?body=${encodeURIComponent(JSON.stringify(remote))}`;
      const { el, codes, done } = await render(html`<awas-stats-ticker lang="en" stats="remote-one" content-src=${src}></awas-stats-ticker>`);
      await until(() => figures(el)[0] === '42 things', 'content-src figure not shown');
      done();
      expect(codes).to.deep.equal([]);
    });
  });

  // axe schedules its work with setTimeout: it runs here, on the real clock.
  it('rotate mode passes axe while rotating and paused', async () => {
    const { el, done } = await render(statsTicker('mode="rotate"'));
    done();
    await until(() => el.running, 'not running');
    await expect(el).to.be.accessible();
    toggle(el)!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('rotate (fake clock: rotation time is moved on, never waited for)', () => {
    beforeEach(() => (clock = fakeClock()));

    it('shows one figure at a time with a visible Pause button, and moves on after interval seconds', async () => {
      const { el, done } = await render(statsTicker('mode="rotate" interval="5"'));
      done();
      const { rotatedIn, nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      expect(el.currentMode).to.equal('rotate');
      expect(toggle(el)!.textContent!.trim()).to.equal('Jeda');
      expect(root(el).querySelectorAll('.slide')).to.have.length(ALL);
      expect(getComputedStyle(root(el).querySelectorAll('.slide')[1]).visibility).to.equal('hidden');
      expect(current(el).getAttribute('aria-label')).to.equal(`1 dari ${ALL}`);
      expect(root(el).querySelector('.slides')!.getAttribute('aria-live')).to.equal('off');
      expect(await nextAfter(5000)).to.equal(true);
      expect(current(el).getAttribute('aria-label')).to.equal(`2 dari ${ALL}`);
      expect(current(el).textContent).to.contain(figures(el)[1]);
      // A figure moved to by next() starts a fresh timer.
      await rotatedIn(3000);
      el.next();
      await el.updateComplete;
      expect(current(el).getAttribute('aria-label')).to.equal(`3 dari ${ALL}`);
      expect(await nextAfter(5000)).to.equal(true);
      // After the last comes the first.
      expect(await rotatedIn(5000 * (ALL - 3))).to.equal(ALL - 3);
      expect(current(el).getAttribute('aria-label')).to.equal(`1 dari ${ALL}`);
    });

    it('Pause stops the timer; Play starts it again; the live region speaks only while paused', async () => {
      const { el, done } = await render(statsTicker('mode="rotate"'));
      done();
      const { rotatedIn, nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      toggle(el)!.click();
      await el.updateComplete;
      expect(el.running).to.equal(false);
      expect(toggle(el)!.textContent!.trim()).to.equal('Putar');
      expect(root(el).querySelector('.slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(await rotatedIn(NEVER)).to.equal(0);
      toggle(el)!.click();
      await el.updateComplete;
      expect(el.running).to.equal(true);
      expect(await nextAfter(8000)).to.equal(true);
      el.pause();
      await el.updateComplete;
      expect(await rotatedIn(NEVER)).to.equal(0);
      el.play();
      await el.updateComplete;
      expect(await nextAfter(8000)).to.equal(true);
    });

    it('previous/next move by hand (wrapping) and stop the rotation', async () => {
      const { el, done } = await render(statsTicker('mode="rotate" stats="kedutaan-contoh-2025,pemulangan-contoh-2025,imigrasi-contoh-2025"'));
      done();
      const { rotatedIn } = rotation(el);
      await until(() => el.running, 'not running');
      const [prev, next] = Array.from(root(el).querySelectorAll<HTMLButtonElement>('.nav button'));
      expect(prev.getAttribute('aria-label')).to.equal('Angka sebelumnya');
      prev.click();
      await el.updateComplete;
      expect(current(el).getAttribute('aria-label')).to.equal('3 dari 3');
      expect(root(el).querySelector('.nav')!.textContent).to.contain('3 dari 3');
      expect(el.running).to.equal(false);
      expect(await rotatedIn(NEVER)).to.equal(0);
      next.click();
      await el.updateComplete;
      expect(current(el).getAttribute('aria-label')).to.equal('1 dari 3');
      expect(toggle(el)!.textContent!.trim()).to.equal('Putar');
    });

    it('is usable with the keyboard alone: Pause first in the tab order, then previous/next, then the link', async () => {
      const { el, done } = await render(statsTicker('mode="rotate" stats="kedutaan-contoh-2025,pemulangan-contoh-2025"'));
      done();
      toggle(el)!.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle(el)!.textContent!.trim()).to.equal('Putar');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el)!.textContent!.trim()).to.equal('Jeda');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('aria-label')).to.equal('Angka berikutnya');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(current(el).textContent).to.contain('438');
      await sendKeys({ press: 'Tab' });
      // Only the visible slide's link is reachable.
      expect(root(el).activeElement!.textContent).to.contain('Kabar Contoh: Kementerian Contoh');
    });

    it('stops while the pointer is over the figure, and starts again when it leaves', async () => {
      const { el, done } = await render(statsTicker('mode="rotate"'));
      done();
      const { rotatedIn, nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      await hover(root(el).querySelector('.slides')!);
      await until(() => !el.running, 'hover did not stop it');
      expect(await rotatedIn(NEVER)).to.equal(0);
      await unhover();
      await until(() => el.running, 'did not restart after hover');
      expect(await nextAfter(8000)).to.equal(true);
    });

    it('hovering the controls does not stop it (only the figures do)', async () => {
      const { el, done } = await render(statsTicker('mode="rotate"'));
      done();
      const { nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      await hover(toggle(el)!);
      await el.updateComplete;
      expect(el.running).to.equal(true);
      expect(await nextAfter(8000)).to.equal(true);
    });

    it('stops while focus is inside a figure, and starts again when focus leaves', async () => {
      const { el, done } = await render(statsTicker('mode="rotate"'));
      done();
      const { rotatedIn, nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      const link = current(el).querySelector('a')!;
      link.focus();
      await el.updateComplete;
      expect(el.running).to.equal(false);
      expect(root(el).querySelector('.slides')!.getAttribute('aria-live')).to.equal('polite');
      expect(await rotatedIn(NEVER)).to.equal(0);
      link.blur();
      await el.updateComplete;
      expect(el.running).to.equal(true);
      expect(await nextAfter(8000)).to.equal(true);
    });

    it('with one figure there is nothing to rotate: static, no button', async () => {
      const { el, done } = await render(statsTicker('mode="rotate" stats="pemulangan-contoh-2025"'));
      done();
      expect(el.currentMode).to.equal('static');
      expect(toggle(el)).to.equal(null);
    });

    it('clears its timer when removed and starts again when put back', async () => {
      const { el, done } = await render(statsTicker('mode="rotate"'));
      done();
      const { rotatedIn, nextAfter } = rotation(el);
      await until(() => el.running, 'not running');
      const parent = el.parentElement!;
      el.remove();
      expect(await rotatedIn(NEVER)).to.equal(0);
      parent.append(el);
      await until(() => el.running, 'did not start again');
      await el.updateComplete;
      expect(await nextAfter(8000)).to.equal(true);
    });
  });

  describe('marquee', () => {
    it('scrolls one row with a compositor-only transform animation and a visible Pause button', async () => {
      const { el, done } = await render(statsTicker('mode="marquee"'));
      done();
      await until(() => el.running, 'not running');
      expect(toggle(el)!.textContent!.trim()).to.equal('Jeda');
      const animation = track(el).getAnimations()[0] as CSSAnimation;
      expect(animation.animationName).to.equal('awas-marquee');
      expect(animation.playState).to.equal('running');
      const keyframes = (animation.effect as KeyframeEffect).getKeyframes();
      const animated = new Set(keyframes.flatMap((k) => Object.keys(k).filter((p) => !['offset', 'computedOffset', 'easing', 'composite'].includes(p))));
      expect([...animated]).to.deep.equal(['transform']);
      expect(getComputedStyle(track(el)).animationDuration).to.equal(`${ALL * 7}s`);
      // The second copy (for a seamless loop) is hidden from screen readers and out of the tab order.
      const rows = root(el).querySelectorAll('.row');
      expect(rows).to.have.length(2);
      expect(rows[0].getAttribute('role')).to.equal('list');
      expect(rows[1].getAttribute('aria-hidden')).to.equal('true');
      expect(Array.from(rows[1].querySelectorAll('a')).every((a) => a.getAttribute('tabindex') === '-1')).to.equal(true);
      expect(Array.from(rows[0].querySelectorAll('a')).every((a) => !a.hasAttribute('tabindex'))).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('Pause pauses the animation in place (animation-play-state), and the row can then be swiped', async () => {
      const { el, done } = await render(statsTicker('mode="marquee"'));
      done();
      await until(() => trackState(el) === 'running', 'marquee not running');
      toggle(el)!.click();
      await el.updateComplete;
      expect(trackState(el)).to.equal('paused');
      expect(getComputedStyle(track(el)).animationPlayState).to.equal('paused');
      expect(getComputedStyle(root(el).querySelector('.viewport')!).overflowX).to.equal('auto');
      expect(runningAnimations()).to.equal(0);
      await expect(el).to.be.accessible();
      toggle(el)!.click();
      await el.updateComplete;
      expect(trackState(el)).to.equal('running');
    });

    it('stops on hover and on focus; a focused link is scrolled into view', async () => {
      const { el, done } = await render(statsTicker('mode="marquee"'));
      done();
      const viewport = root(el).querySelector<HTMLElement>('.viewport')!;
      await until(() => trackState(el) === 'running', 'marquee not running');
      await hover(viewport);
      await until(() => trackState(el) === 'paused', 'hover did not pause');
      await unhover();
      await until(() => trackState(el) === 'running', 'did not resume after hover');
      const links = root(el).querySelectorAll<HTMLAnchorElement>('.row:first-child a');
      const last = links[links.length - 1];
      last.focus();
      await el.updateComplete;
      expect(trackState(el)).to.equal('paused');
      const box = last.getBoundingClientRect();
      const view = viewport.getBoundingClientRect();
      expect(box.right).to.be.at.most(view.right + 1);
      expect(box.left).to.be.at.least(view.left - 1);
      last.blur();
      await el.updateComplete;
      expect(trackState(el)).to.equal('running');
      expect(viewport.scrollLeft).to.equal(0);
    });
  });

  describe('never moving when it should not', () => {
    beforeEach(() => {
      clock = fakeClock();
      frames = watchFrames();
    });

    it('offscreen: no running animation, timer or frame; it starts when scrolled into view', async () => {
      const { el, done } = await render(`<div>
        <div style="height: 300vh"></div>
        ${statsTicker('mode="marquee"')}
        ${statsTicker('mode="rotate" animate')}
      </div>`);
      done();
      const rotate = el.nextElementSibling as AwasStatsTicker;
      const { rotatedIn, nextAfter } = rotation(rotate);
      // Two frames: the observers have reported the first (offscreen) sighting.
      await nextFrame();
      await nextFrame();
      expect(el.running).to.equal(false);
      expect(rotate.running).to.equal(false);
      expect(trackState(el)).to.equal('paused');
      expect(runningAnimations()).to.equal(0);
      expect(frames!.pending(), 'count-up frames offscreen').to.equal(0);
      expect(root(rotate).querySelector('.counting') === null).to.equal(true);
      expect(await rotatedIn(NEVER)).to.equal(0);
      el.scrollIntoView();
      await until(() => trackState(el) === 'running', 'did not start in view');
      window.scrollTo(0, 0);
      await until(() => trackState(el) === 'paused', 'did not pause offscreen');
      rotate.scrollIntoView();
      await until(() => rotate.running, 'rotate did not start in view');
      await rotate.updateComplete;
      expect(await nextAfter(8000)).to.equal(true);
      window.scrollTo(0, 0);
      await until(() => !rotate.running, 'rotate did not stop offscreen');
      expect(await rotatedIn(NEVER)).to.equal(0);
      expect(frames!.pending()).to.equal(0);
    });

    it('hidden tab: no running animation, no timers, no animation frames', async () => {
      const { el, done } = await render(`<div>
        ${statsTicker('mode="marquee"')}
        ${statsTicker('mode="rotate"')}
      </div>`);
      done();
      const rotate = el.nextElementSibling as AwasStatsTicker;
      const { rotatedIn, nextAfter } = rotation(rotate);
      await until(() => el.running && rotate.running, 'not running');
      hideTab();
      await settled(el, rotate);
      // Read everything first: assertions fail more gracefully once the tab looks visible again.
      const hidden = { track: trackState(el), animations: runningAnimations(), frames: frames!.pending(), rotated: await rotatedIn(NEVER) };
      showTab();
      expect(hidden).to.deep.equal({ track: 'paused', animations: 0, frames: 0, rotated: 0 });
      await settled(el, rotate);
      expect(trackState(el)).to.equal('running');
      expect(await nextAfter(8000)).to.equal(true);
    });

    it('prefers-reduced-motion: every mode falls back to static, without frames or animations', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const { el, done } = await render(`<div>
        ${statsTicker('mode="marquee"')}
        ${statsTicker('mode="rotate" interval="5" animate')}
      </div>`);
      done();
      const rotate = el.nextElementSibling as AwasStatsTicker;
      await nextFrame();
      await nextFrame();
      for (const t of [el, rotate]) {
        expect(t.currentMode).to.equal('static');
        expect(t.running).to.equal(false);
        expect(toggle(t)).to.equal(null);
        expect(root(t).querySelectorAll('ul.grid > li')).to.have.length(ALL);
        expect(root(t).getAnimations()).to.deep.equal([]);
      }
      expect(figures(rotate)[0]).to.equal('lebih dari 12.000 WNI');
      expect(root(rotate).querySelector('.counting')).to.equal(null);
      expect(runningAnimations()).to.equal(0);
      expect(frames!.pending()).to.equal(0);
      // The reader's setting can change while the page is open.
      await emulateMedia({ reducedMotion: 'no-preference' });
      await until(() => el.currentMode === 'marquee' && trackState(el) === 'running', 'marquee did not start');
      await emulateMedia({ reducedMotion: 'reduce' });
      await until(() => el.currentMode === 'static', 'marquee did not stop');
      expect(root(el).querySelector('.track')).to.equal(null);
    });
  });

  describe('animate (count-up)', () => {
    it('issue 15 point 8: before it comes into view, the text, the accessible name and the painted figure are the real ones', async () => {
      const { el, done } = await render(`<div style="margin-top: 300vh">${statsTicker('animate stats="kantor-contoh-online,judi-contoh-2024"')}</div>`);
      done();
      await settled(el);
      const figs = Array.from(root(el).querySelectorAll<HTMLElement>('[part=figure]'));
      const real = ['lebih dari 12.000 WNI', 'Rp271,45 triliun'];
      expect(figs.map((f) => f.innerText.replace(/\s+/g, ' ').replace(NBSP, ' ').trim()), 'innerText').to.deep.equal(real);
      // What a screenshot shows: the number is painted (not transparent, nothing drawn over it).
      for (const fig of figs) {
        const num = fig.querySelector('.num')!;
        expect(getComputedStyle(num).color, 'number painted').to.not.match(/rgba\(0, 0, 0, 0\)|transparent/);
        expect(fig.querySelector('[aria-hidden]'), 'no decoration yet').to.equal(null);
      }
      expect(figs[0].textContent).to.not.match(/\b0 WNI|Rp0/);
      await expect(el).to.be.accessible();
    });

    it('issue 15 point 8: while counting, the text stays the real figure; the moving digits are decoration only', async () => {
      frames = watchFrames();
      const { el, done } = await render(statsTicker('animate stats="kantor-contoh-online,judi-contoh-2024"'));
      done();
      await waitUntil(() => root(el).querySelector('.counting'), 'no count-up');
      const fig = root(el).querySelector<HTMLElement>('[part=figure]')!;
      // innerText, textContent and the accessible name: the real figure, mid-count.
      expect(fig.innerText.replace(/\s+/g, ' ').trim()).to.equal('lebih dari 12.000 WNI');
      expect(figures(el)).to.deep.equal(['lebih dari 12.000 WNI', 'Rp271,45 triliun']);
      const moving = fig.querySelector<HTMLElement>('.count')!;
      expect(moving.getAttribute('aria-hidden')).to.equal('true');
      expect(moving.textContent).to.equal('');
      expect(moving.dataset.shown).to.not.equal('12.000');
      expect(getComputedStyle(moving, '::before').content).to.equal(`"${moving.dataset.shown}"`);
      // Printed mid-count: the real figure, no decoration.
      await emulateMedia({ media: 'print' });
      try {
        expect(getComputedStyle(moving).display).to.equal('none');
        expect(getComputedStyle(fig.querySelector('.num')!).color).to.not.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      // The number has its final width from the first frame: the unit after it never moves (no layout shift).
      const unitAt = (): number => fig.querySelector('.unit')!.getBoundingClientRect().left;
      const startLeft = unitAt();
      await waitUntil(() => root(el).querySelector('.counting') === null, 'count-up did not finish', { timeout: 3000 });
      expect(unitAt(), 'position of the unit while counting vs final').to.equal(startLeft);
      expect(figures(el)).to.deep.equal(['lebih dari 12.000 WNI', 'Rp271,45 triliun']);
      expect(fig.querySelector('[aria-hidden]')).to.equal(null);
      expect(frames.pending()).to.equal(0);
      // Once only (the test asks for no frame meanwhile).
      const calls = frames.asked();
      window.scrollTo(0, 1);
      el.requestUpdate();
      await el.updateComplete;
      expect(frames.asked()).to.equal(calls);
    });

    it('jumps to the final values when the tab is hidden or the widget is removed mid-count', async () => {
      frames = watchFrames();
      const { el, done } = await render(statsTicker('animate stats="kedutaan-contoh-2025,pemulangan-contoh-2025"'));
      done();
      await waitUntil(() => root(el).querySelector('.counting'), 'no count-up');
      hideTab();
      await settled(el);
      const hidden = { frames: frames.pending(), counting: root(el).querySelector('.counting'), figures: figures(el) };
      showTab();
      expect(hidden).to.deep.equal({ frames: 0, counting: null, figures: ['3.417 kasus', '438 WNI'] });
      const second = await fixture<AwasStatsTicker>(statsTicker('animate stats="kedutaan-contoh-2025,pemulangan-contoh-2025"'));
      await waitUntil(() => frames!.pending() > 0, 'second count-up did not start');
      second.remove();
      expect(frames.pending()).to.equal(0);
    });

    it('turning animate off shows the final values at once', async () => {
      const { el, done } = await render(`<div style="margin-top: 300vh">${statsTicker('animate stats="lembaga-contoh"')}</div>`);
      done();
      expect(figures(el)).to.deep.equal(['sekitar 80.000 orang']);
      el.countUp = false;
      await el.updateComplete;
      expect(root(el).querySelector('.counting')).to.equal(null);
      expect(figures(el)).to.deep.equal(['sekitar 80.000 orang']);
    });
  });
});
