/**
 * Issue 10, "done when": each embed page (dist/embed/, built) shows its key content with JavaScript off — in a
 * sandbox="" frame as TinyMCE 7 / Joomla 5 make it, and in a plain frame with JavaScript disabled — and the full
 * widget with JavaScript on, in a sandboxed (allow-scripts allow-popups …) and in a plain cross-origin frame.
 * Without JavaScript a page shows the widget's readable copy (its own templates, rendered at build time); with it the
 * same element upgrades in place. The pages are opened in real frames of a host page and inspected from outside
 * (embed inspector). Needs a build: run under the dist lock (see CONTRIBUTING.md).
 */
import { expect } from '@open-wc/testing';
import { selectHotlines } from '../../components/hotline-card/reach.js';
import { EMBED_PAGES, type EmbedPage } from '../../hosted-pages/pages.js';
import { readCollection, type ContentProblem } from '../../src/content/collection.js';
import { hotlinesSpec } from '../../src/content/hotlines.js';
import examplesPack from '../../src/content/packs/examples.json';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import questionsPack from '../../src/content/packs/questions.json';
import statsPack from '../../src/content/packs/stats.json';
import { contentVersion } from '../../src/prerender/version.js';
import {
  callLinks,
  close,
  crossOrigin,
  evalIn,
  frameState,
  hostUrl,
  isUpgraded,
  linkDigits,
  open,
  problems,
  release,
  SANDBOX_NONE,
  SANDBOX_SUGGESTED,
  takeLog,
  waitIn,
  type LinkInfo,
} from './helpers.js';

interface RawChannel {
  type: string;
  value: string;
}
interface RawHotline {
  id: string;
  country: string;
  audience: Record<string, number>;
  channels: RawChannel[];
}

const RAW_HOTLINES = (hotlinesPack as { hotlines: RawHotline[] }).hotlines;
const isNumberChannel = (c: RawChannel) => c.type === 'phone' || c.type === 'whatsapp' || c.type === 'sms';
/** Short codes (≤ 5 digits) and 0800 numbers written without +: they work only inside their own country. */
const isLocalOnly = (c: RawChannel) => {
  const digits = c.value.replace(/\D/g, '');
  return c.type !== 'whatsapp' && !c.value.trim().startsWith('+') && (digits.length <= 5 || digits.startsWith('0800'));
};

/**
 * An oracle written from the pack and the documented reach rule, not from the page code: the numbers a reader in
 * `from` must be able to call.
 */
function expectedNumbers(from: string): string[] {
  const key = RAW_HOTLINES.some((h) => from in h.audience) ? from : 'abroad';
  const digits: string[] = [];
  for (const hotline of RAW_HOTLINES.filter((h) => key in h.audience)) {
    for (const channel of hotline.channels) {
      if (!isNumberChannel(channel)) continue;
      if (isLocalOnly(channel) && hotline.country !== from) continue;
      digits.push(channel.value.replace(/\D/g, '').replace(/^0/, ''));
    }
  }
  return digits;
}

/** The numbers of the pack that work only inside their own country, with that country: `{ digits: '08001000', country: 'id' }`. */
const LOCAL_ONLY = RAW_HOTLINES.flatMap((h) => h.channels.filter((c) => isNumberChannel(c) && isLocalOnly(c)).map((c) => ({ digits: c.value.replace(/\D/g, ''), country: h.country })));

/**
 * The same numbers through the widget's own selection (readCollection + selectHotlines of the default pack), with
 * what the card must dial and show: the national form at home, the international form abroad.
 */
function selectedCallLinks(from: string): { href: string; value: string }[] {
  const problemList: ContentProblem[] = [];
  const items = readCollection(hotlinesSpec, hotlinesPack, 'built-in content', problemList).items ?? [];
  expect(problemList, 'the default pack reads without problems').to.deep.equal([]);
  return selectHotlines(items, from, []).entries.flatMap(({ channels }) =>
    channels
      .filter((c) => c.phone)
      .map((c) => {
        const phone = c.phone!;
        const home = !phone.country || phone.country === from;
        const value = home && !c.international ? (c.display ?? phone.national) : phone.international;
        const href = c.type === 'whatsapp' ? `https://wa.me/${phone.whatsapp}` : `${c.type === 'sms' ? 'sms' : 'tel'}:${phone.dial}`;
        return { href, value };
      }),
  );
}

/** Every callable number of `from` appears as a link whose digits end with the published number; no other call links. */
function expectEveryNumber(links: LinkInfo[], from: string, where: string) {
  const calls = callLinks(links);
  for (const number of expectedNumbers(from)) {
    const link = calls.find((l) => linkDigits(l.href).endsWith(number));
    expect(link, `${where}: a link for ${number}`).to.exist;
    expect(link!.text.replace(/\D/g, ''), `${where}: the link shows the number ${number}`).to.contain(number.slice(-4));
    expect(link!.target, `${where}: ${link!.href} leaves the frame`).to.equal('_blank');
  }
  expect(calls.length, `${where}: no other call links (${calls.map((l) => l.href)})`).to.equal(expectedNumbers(from).length);
}

/** The call links in order, as href (without the WhatsApp text) and shown number: to compare with the selection. */
const dialled = (links: LinkInfo[]) => callLinks(links).map((l) => ({ href: l.href.replace(/\?.*$/, ''), value: l.value }));

/** Where the page's reader is: fixed, else the page's default, else Indonesia. */
const fromOf = (page: EmbedPage) => page.fixed.from ?? page.defaults.from ?? 'id';

const KEY_TEXT: Record<string, Record<string, string>> = {
  'hotline-card': { id: 'Butuh bantuan?', en: 'Need help?' },
  'risk-quiz': { id: 'Apakah tawaran kerja ini aman?', en: 'Is this job offer safe?' },
  'scam-carousel': { id: 'Contoh penipuan', en: 'Scam example' },
  'stats-ticker': { id: 'Sumber:', en: 'Source:' },
};

/** The content each widget's copy is rendered from (its version is on the tag and on the copy). */
const PACKS: Record<string, unknown> = { 'hotline-card': hotlinesPack, 'risk-quiz': questionsPack, 'scam-carousel': examplesPack, 'stats-ticker': statsPack };

/** What the running widget must show at least (its interactive parts): for the ticker, one card per figure of the pack. */
const INTERACTIVE_MIN: Record<string, number> = { 'hotline-card': 3, 'risk-quiz': 3, 'scam-carousel': 2, 'stats-ticker': statsPack.stats.length };

/** Pages whose copy offers numbers to call: the hotline cards, and the quiz (its self-check ends with a hotline card). */
const hasNumbers = (page: EmbedPage) => page.widget === 'hotline-card' || page.widget === 'risk-quiz';

describe('embed pages in frames (built dist/embed/)', function () {
  this.timeout(30000);

  for (const page of EMBED_PAGES) {
    it(`${page.file}: the readable copy without JavaScript, the full widget with it`, async () => {
      const path = `/dist/embed/${page.file}`;
      const id = await open(
        hostUrl([
          { src: `${path}?frame=none`, sandbox: SANDBOX_NONE, name: 'none' },
          { src: crossOrigin(`${path}?frame=sandboxed`), sandbox: SANDBOX_SUGGESTED, name: 'sandboxed' },
          { src: crossOrigin(`${path}?frame=plain`), sandbox: null, name: 'plain' },
        ]),
      );
      try {
        const version = contentVersion(PACKS[page.widget]);
        const expectWidget = async (frame: string) => {
          await waitIn(id, frame, isUpgraded);
          const state = await evalIn(id, frame, frameState);
          expect(state.upgraded, frame).to.equal(true);
          expect(state.attributes.lang, frame).to.equal(page.lang);
          for (const [name, value] of Object.entries({ ...page.defaults, ...page.fixed })) expect(state.attributes[name], `${frame}: ${name}`).to.equal(value);
          expect(state.widget.interactive, `${frame}: interactive parts of the widget`).to.be.at.least(INTERACTIVE_MIN[page.widget]);
          expect(state.widget.styles, `${frame}: the widget's styles apply under the page's CSP`).to.be.greaterThan(0);
          expect(state.widget.text, frame).to.contain(KEY_TEXT[page.widget][page.lang]);
          // The copy stays in light DOM, but the shadow root has no slot: nothing of it is on screen twice.
          expect(state.copy.present && !state.copy.shown, `${frame}: the copy is not displayed once the widget runs`).to.equal(true);
          if (hasNumbers(page)) expect(state.note.present && !state.note.shown, `${frame}: the "cannot tap" note goes outside WordPress`).to.equal(true);
          return state;
        };

        // sandbox="": scripts off, the widget's readable copy with its stylesheet.
        const none = await evalIn(id, 'frame=none', frameState);
        expect(none.present, 'sandbox="": the widget element is in the page').to.equal(true);
        expect(none.defined || none.upgraded, 'sandbox="": no script defined the widget').to.equal(false);
        expect(none.copy.shown, 'sandbox="": the readable copy is displayed').to.equal(true);
        expect(none.copy.version, 'sandbox="": the copy records the content it was rendered from').to.equal(version);
        expect(none.attributes['data-awas-content'], 'the tag carries the same content version').to.equal(version);
        expect(none.copy.enabledButtons, 'sandbox="": no button that needs the script is usable').to.equal(0);
        expect(none.styled, 'sandbox="": the stylesheet applies').to.equal(true);
        expect(none.copy.text).to.contain(KEY_TEXT[page.widget][page.lang]);
        if (hasNumbers(page)) expect(none.note.shown, 'sandbox="": the "cannot tap" note is displayed').to.equal(true);
        else expect(none.note.present).to.equal(false);

        const sandboxed = await expectWidget('frame=sandboxed');
        const plain = await expectWidget('frame=plain');

        if (hasNumbers(page)) {
          const from = fromOf(page);
          expect(callLinks(none.copy.links).some((l) => l.href.startsWith('tel:')), 'sandbox="": the copy holds tel: links').to.equal(true);
          expectEveryNumber(none.copy.links, from, 'sandbox="" copy');
          // The copy dials and shows, in order, what the widget's own selection of the default pack gives for `from`.
          expect(dialled(none.copy.links), 'the copy against the default pack').to.deep.equal(selectedCallLinks(from));
        }
        if (page.widget === 'hotline-card') {
          expectEveryNumber(sandboxed.widget.links, fromOf(page), 'sandboxed widget');
          expectEveryNumber(plain.widget.links, fromOf(page), 'plain widget');
          expect(sandboxed.attributes['link-target']).to.equal('_blank');
          expect(dialled(plain.widget.links), 'the widget against the default pack').to.deep.equal(selectedCallLinks(fromOf(page)));
        }
        const log = await takeLog(id);
        expect(problems(log), 'no CSP, Trusted Types or script errors').to.deep.equal([]);
      } finally {
        await close(id);
      }
    });
  }
});

/** Links as the comparison sees them: where they go, where they open, what they say. */
const comparable = (links: LinkInfo[]) => links.map(({ href, target, text }) => ({ href, target, text }));

/** Open the page itself (no host), JavaScript on; the widget upgraded. */
async function openUpgraded(file: string, query = '', width = 400): Promise<number> {
  const id = await open(`${location.origin}/dist/embed/${file}${query}`, { width, height: 900 });
  await waitIn(id, '', isUpgraded);
  return id;
}

describe('embed pages: one renderer (the copy is what the widget renders, link for link)', function () {
  this.timeout(30000);

  for (const page of EMBED_PAGES) {
    it(`${page.file}: the copy's links are the upgraded widget's, in the same order`, async () => {
      const id = await openUpgraded(page.file);
      try {
        if (page.widget === 'risk-quiz') {
          // The widget's start screen has no links; its result screen ends with the hotline card the copy ends with.
          await waitIn(id, '', async () => {
            const quiz = document.querySelector('awas-risk-quiz') as HTMLElement & { updateComplete: Promise<unknown> };
            for (let i = 0; i < 40 && !quiz.shadowRoot!.querySelector('.result'); i++) {
              (quiz.shadowRoot!.querySelector('button.answer') as HTMLButtonElement | null)?.click();
              await quiz.updateComplete;
            }
            const card = quiz.shadowRoot!.querySelector('awas-hotline-card') as (HTMLElement & { updateComplete: Promise<unknown> }) | null;
            if (!card) return false;
            await card.updateComplete;
            return Boolean(card.shadowRoot?.querySelector('a[href]'));
          });
          const cards = await evalIn(id, '', () => {
            const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
            const base = document.querySelector('base')?.getAttribute('target') ?? '';
            const list = (root: ParentNode | null | undefined) =>
              Array.from(root?.querySelectorAll('a[href]') ?? []).map((a) => ({ href: a.getAttribute('href') ?? '', target: a.getAttribute('target') ?? base, text: clean(a.textContent) }));
            const quiz = document.querySelector('awas-risk-quiz')!;
            return {
              copy: list(quiz.querySelector('.awas-pre .awas-pre-hotline-card')),
              widget: list(quiz.shadowRoot!.querySelector('awas-hotline-card')?.shadowRoot),
            };
          });
          expect(callLinks(cards.copy as LinkInfo[]).length, 'the copy ends with a hotline card').to.be.greaterThan(0);
          expect(cards.copy, "the copy's hotline card is the result's").to.deep.equal(cards.widget);
          expectEveryNumber(cards.widget as LinkInfo[], fromOf(page), 'the result screen');
          return;
        }
        if (page.widget === 'scam-carousel') {
          // The copy opens each example's red flags in a <details>: open them all in the widget too.
          await waitIn(id, '', async () => {
            const carousel = document.querySelector('awas-scam-carousel') as HTMLElement & { updateComplete: Promise<unknown> };
            const root = carousel.shadowRoot!;
            const slides = Array.from(root.querySelectorAll('.slide'));
            for (const slide of slides) {
              if (slide.querySelector('.flags li')) continue;
              (slide.querySelector('.reveal button') as HTMLButtonElement | null)?.click();
              await carousel.updateComplete;
            }
            return slides.length > 0 && slides.every((s) => s.querySelector('.flags li'));
          });
        }
        const state = await evalIn(id, '', frameState);
        expect(state.copy.links.length, 'the copy has links').to.be.greaterThan(0);
        expect(comparable(state.copy.links)).to.deep.equal(comparable(state.widget.links));
        if (page.widget === 'hotline-card') expect(state.copy.links.map((l) => l.value)).to.deep.equal(state.widget.links.map((l) => l.value));
      } finally {
        await close(id);
      }
    });
  }
});

describe('embed pages: numbers a reader outside their country cannot call are never offered', function () {
  this.timeout(30000);

  /** Links that would dial `digits` (tel: or sms:, with or without a country code). */
  const dialling = (links: LinkInfo[], digits: string) => links.filter((l) => /^(tel|sms):/.test(l.href) && linkDigits(l.href) === digits);

  for (const page of EMBED_PAGES.filter((p) => hasNumbers(p) && p.key.endsWith('-kh'))) {
    it(`${page.file}: no tel:08001000, tel:110 or tel:129 (Indonesian toll-free and short codes) in Cambodia`, async () => {
      const id = await openUpgraded(page.file);
      try {
        const state = await evalIn(id, '', frameState);
        for (const digits of ['08001000', '110', '129']) {
          expect(dialling(state.copy.links, digits), `copy: ${digits}`).to.deep.equal([]);
          expect(dialling(state.widget.links, digits), `widget: ${digits}`).to.deep.equal([]);
        }
        // And Cambodia's own short code is offered there.
        expect(dialling(state.copy.links, '117').length, 'copy: 117').to.equal(1);
      } finally {
        await close(id);
      }
    });
  }

  for (const page of EMBED_PAGES.filter((p) => hasNumbers(p) && p.key.endsWith('-abroad'))) {
    it(`${page.file}: no number that works only inside its own country (${LOCAL_ONLY.map((n) => n.digits).join(', ')})`, async () => {
      expect(LOCAL_ONLY.length, 'the pack has domestic-only numbers to check').to.be.greaterThan(2);
      // ?from=my: a reader in Malaysia gets the same services as the page's default ("zz": none in particular).
      const id = await openUpgraded(page.file);
      const my = await openUpgraded(page.file, '?from=my');
      try {
        const state = await evalIn(id, '', frameState);
        const malaysia = await evalIn(my, '', frameState);
        expect(state.attributes.from).to.equal('zz');
        expect(malaysia.attributes.from).to.equal('my');
        for (const { digits } of LOCAL_ONLY) {
          expect(dialling(state.copy.links, digits), `copy: ${digits}`).to.deep.equal([]);
          if (page.widget === 'hotline-card') {
            expect(dialling(state.widget.links, digits), `widget: ${digits}`).to.deep.equal([]);
            expect(dialling(malaysia.widget.links, digits), `widget from=my: ${digits}`).to.deep.equal([]);
          }
        }
        expectEveryNumber(state.copy.links, 'zz', 'copy');
        if (page.widget === 'hotline-card') {
          expectEveryNumber(malaysia.widget.links, 'my', 'widget from=my');
          expect(comparable(malaysia.widget.links), 'from=my shows what the copy shows').to.deep.equal(comparable(state.copy.links));
        }
      } finally {
        await close(id);
        await close(my);
      }
    });
  }
});

describe('embed pages: upgrading moves nothing', function () {
  this.timeout(30000);

  for (const page of EMBED_PAGES.filter((p) => p.widget === 'hotline-card')) {
    it(`${page.file}: no layout shift at 360 px while the widget takes over from its copy`, async () => {
      // The drop-in script is held back until the copy has been painted, then let through: the upgrade happens on a
      // page the reader already sees, as on a slow connection.
      const id = await open(`${location.origin}/dist/embed/${page.file}`, { width: 360, height: 800, hold: [`**/${page.script.replace('../', '')}`], waitUntil: 'commit' });
      try {
        const painted = await waitIn(id, '', () => {
          const copy = document.querySelector('#awas-embed .awas-pre');
          const fcp = performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint');
          return copy && fcp && copy.getClientRects().length > 0 && !customElements.get(`awas-${document.getElementById('awas-embed')!.dataset.widget}`) ? performance.now() : 0;
        });
        expect(painted, 'the copy was painted before the script arrived').to.be.greaterThan(0);
        await release(id);
        await waitIn(id, '', isUpgraded, undefined, 10000);
        const shifts = await evalIn(id, '', async () => {
          // Buffered: every layout shift since the page started, reported after the frames that had them.
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          const entries: PerformanceEntry[] = [];
          const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
          observer.observe({ type: 'layout-shift', buffered: true });
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
          entries.push(...observer.takeRecords());
          observer.disconnect();
          type Shift = PerformanceEntry & { value: number; sources?: { node?: Node | null }[] };
          return (entries as Shift[]).map((e) => ({
            at: e.startTime,
            value: e.value,
            sources: (e.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.localName}.${s.node.className}` : String(s.node?.nodeName))),
          }));
        });
        const sum = shifts.reduce((total, s) => total + s.value, 0);
        expect(sum, `layout shifts: ${JSON.stringify(shifts)}`).to.equal(0);
        const state = await evalIn(id, '', frameState);
        expect(state.upgraded && !state.copy.shown).to.equal(true);
      } finally {
        await release(id).catch(() => 0);
        await close(id);
      }
    });
  }
});
