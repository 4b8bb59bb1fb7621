/**
 * Issue 10, "done when": each embed page (dist/embed/, built) shows its key content with JavaScript off — in a
 * sandbox="" frame as TinyMCE 7 / Joomla 5 make it, and in a plain frame with JavaScript disabled — and the full
 * widget with JavaScript on, in a sandboxed (allow-scripts allow-popups …) and in a plain cross-origin frame.
 * The pages are opened in real frames of a host page and inspected from outside (embed inspector).
 * Needs a build: run under the dist lock (see CONTRIBUTING.md).
 */
import { expect } from '@open-wc/testing';
import { EMBED_PAGES, type EmbedPage } from '../../embed/pages.js';
import { channelHref, displayNumber, hotlineEntries } from '../../embed/render.js';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import statsPack from '../../src/content/packs/stats.json';
import {
  close,
  crossOrigin,
  evalIn,
  frameState,
  hostUrl,
  linkDigits,
  open,
  problems,
  SANDBOX_NONE,
  SANDBOX_SUGGESTED,
  takeLog,
  waitIn,
  type FrameState,
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

/**
 * An oracle written from the pack and the documented reach rule, not from the page code: the numbers a reader in
 * `from` must be able to call. Short codes (≤ 5 digits) and 0800 numbers work only inside their own country.
 */
function expectedNumbers(from: string): string[] {
  const all = (hotlinesPack as { hotlines: RawHotline[] }).hotlines;
  const key = all.some((h) => from in h.audience) ? from : 'abroad';
  const digits: string[] = [];
  for (const hotline of all.filter((h) => key in h.audience)) {
    for (const channel of hotline.channels) {
      if (channel.type !== 'phone' && channel.type !== 'whatsapp' && channel.type !== 'sms') continue;
      const value = channel.value.replace(/\D/g, '');
      const localOnly = !channel.value.trim().startsWith('+') && (value.length <= 5 || value.startsWith('0800'));
      if (localOnly && channel.type !== 'whatsapp' && hotline.country !== from) continue;
      digits.push(value.replace(/^0/, ''));
    }
  }
  return digits;
}

/** Every callable number of the page's `from` appears as a link whose digits end with the published number. */
function expectEveryNumber(state: FrameState, from: string, where: string) {
  const links = state.links.filter((l) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(l.href));
  for (const number of expectedNumbers(from)) {
    const link = links.find((l) => linkDigits(l.href).endsWith(number));
    expect(link, `${where}: a link for ${number}`).to.exist;
    expect(link!.text.replace(/\D/g, ''), `${where}: the link shows the number ${number}`).to.contain(number.slice(-4));
    expect(link!.target, `${where}: ${link!.href} leaves the frame`).to.equal('_blank');
  }
  expect(links.length, `${where}: no other call links`).to.equal(expectedNumbers(from).length);
}

/** The static links of a hotline page, as the page code computes them (href and shown number). */
function staticCallLinks(page: EmbedPage): { href: string; value: string }[] {
  const from = page.fixed.from ?? 'id';
  return hotlineEntries(from).flatMap(({ hotline, channels }) =>
    channels.filter((c) => c.phone).map((c) => ({ href: channelHref(hotline, c, page.lang)!, value: displayNumber(c, from) })),
  );
}

const KEY_TEXT: Record<string, Record<string, string>> = {
  'hotline-card': { id: 'Butuh bantuan?', en: 'Need help?' },
  'risk-quiz': { id: 'Apakah tawaran kerja ini aman?', en: 'Is this job offer safe?' },
  'scam-carousel': { id: 'Contoh penipuan', en: 'Scam example' },
  'stats-ticker': { id: 'Sumber:', en: 'Source:' },
};

/** What the running widget must show at least (its interactive parts): for the ticker, one card per figure of the pack. */
const INTERACTIVE_MIN: Record<string, number> = { 'hotline-card': 3, 'risk-quiz': 3, 'scam-carousel': 2, 'stats-ticker': statsPack.stats.length };

describe('embed pages in frames (built dist/embed/)', function () {
  this.timeout(30000);

  for (const page of EMBED_PAGES) {
    it(`${page.file}: static without JavaScript, the full widget with it`, async () => {
      const path = `/dist/embed/${page.file}`;
      const id = await open(
        hostUrl([
          { src: `${path}?frame=none`, sandbox: SANDBOX_NONE, name: 'none' },
          { src: crossOrigin(`${path}?frame=sandboxed`), sandbox: SANDBOX_SUGGESTED, name: 'sandboxed' },
          { src: crossOrigin(`${path}?frame=plain`), sandbox: null, name: 'plain' },
        ]),
      );
      try {
        const expectWidget = async (frame: string) => {
          await waitIn(id, frame, () => !document.querySelector('.awas-static'));
          const state = await evalIn(id, frame, frameState);
          expect(state.tag, frame).to.equal(`awas-${page.widget}`);
          expect(state.attributes.lang, frame).to.equal(page.lang);
          expect(state.interactive, `${frame}: interactive parts of the widget`).to.be.at.least(INTERACTIVE_MIN[page.widget]);
          expect(state.widgetStyles, `${frame}: the widget's styles apply under the page's CSP`).to.be.greaterThan(0);
          expect(state.text, frame).to.contain(KEY_TEXT[page.widget][page.lang]);
          return state;
        };

        // sandbox="": scripts off, the static content with its stylesheet.
        const none = await evalIn(id, 'frame=none', frameState);
        expect(none.isStatic, 'sandbox="": static content').to.equal(true);
        expect(none.tag, 'sandbox="": no widget').to.equal(null);
        expect(none.styled, 'sandbox="": the stylesheet applies').to.equal(true);
        expect(none.text).to.contain(KEY_TEXT[page.widget][page.lang]);

        const sandboxed = await expectWidget('frame=sandboxed');
        const plain = await expectWidget('frame=plain');

        if (page.widget === 'hotline-card') {
          const from = page.fixed.from ?? 'id';
          expectEveryNumber(none, from, 'sandbox=""');
          expectEveryNumber(sandboxed, from, 'sandboxed widget');
          expectEveryNumber(plain, from, 'plain widget');
          expect(sandboxed.attributes['link-target']).to.equal('_blank');
          // The static page dials and shows exactly what the widget dials and shows.
          const call = (s: FrameState) => s.links.filter((l) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(l.href)).map((l) => l.href);
          expect(call(none)).to.deep.equal(call(plain));
          for (const { href, value } of staticCallLinks(page)) {
            const link = plain.links.find((l) => l.href === href);
            expect(link, href).to.exist;
            expect(link!.text, `widget shows ${value}`).to.contain(value);
          }
        }
        const log = await takeLog(id);
        expect(problems(log), 'no CSP, Trusted Types or script errors').to.deep.equal([]);
      } finally {
        await close(id);
      }
    });
  }
});
