/**
 * The fixed heights (src/embed/frame-heights.ts) against the built pages, by the rule docs/embed-iframe.md states:
 * at the sidebar widths 270, 300, 330 and 360 px the hotline cards show every entry, the quiz its start screen, the
 * carousel one whole example and the statistics their first three figures — and no height is more than 100 px
 * larger than needed.
 * On the way, no page may scroll sideways at those widths.
 * Needs a build; run under the dist lock. (node test/embed/measure-heights.mjs prints the full table.)
 */
import { expect } from '@open-wc/testing';
import { EMBED_PAGES, EMBED_VARIANTS } from '../../hosted-pages/pages.js';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import { close, isUpgraded, open, resize, waitIn } from './helpers.js';

interface Measure {
  height: number;
  /** Bottom of the third figure (statistics). */
  third: number;
  /** Width of the document: more than the frame means a sideways scroll (WCAG 1.4.10). */
  width: number;
}

/** The page measured at each width, one load per page and script setting (resized in between, not reloaded). */
async function measureAt(file: string, widths: number[], javaScriptEnabled: boolean): Promise<Map<number, Measure>> {
  const id = await open(`${location.origin}/dist/embed/${file}`, { width: widths[0], height: 600, javaScriptEnabled });
  const out = new Map<number, Measure>();
  try {
    // With JavaScript: once the widget has rendered; without: the readable copy, as loaded.
    if (javaScriptEnabled) await waitIn(id, '', isUpgraded);
    for (const width of widths) {
      // Reading a box forces the layout at the new width (container queries included): no frame to wait for.
      await resize(id, width);
      out.set(
        width,
        await waitIn(id, '', () => {
          const root = document.querySelector('awas-stats-ticker')?.shadowRoot ?? document;
          const third = root.querySelectorAll('.card, .stat')[2];
          return {
            height: Math.ceil(document.documentElement.getBoundingClientRect().height),
            third: third ? Math.ceil(third.getBoundingClientRect().bottom) : 0,
            width: document.documentElement.scrollWidth,
          };
        }),
      );
    }
  } finally {
    await close(id);
  }
  return out;
}

type Check = [javaScript: boolean, width: number];
/** The sidebar widths real themes use (OpenSID Natra 270, Esensi ~300–343, WordPress 360) and the commonest phone. */
const SIDEBAR_WIDTHS = [270, 300, 330, 360];
const widget = (widths = SIDEBAR_WIDTHS): Check[] => widths.map((w): Check => [true, w]);
const both = (widths = SIDEBAR_WIDTHS): Check[] => widths.flatMap((w): Check[] => [[true, w], [false, w]]);

/**
 * Where a promise is made, and what must fit in the fixed height there. Without JavaScript the page is the widget's
 * readable copy and, on the hotline and quiz pages, the "cannot tap" note under it: that note is for exactly the
 * frames that keep the fixed height (sandbox=""), so it counts.
 */
const RULES: Record<string, { checks: Check[]; need: (m: Measure) => number }> = {
  // The whole card, every entry, at every sidebar width, with and without scripts: no entry is ever cut off.
  'hotline-card': { checks: both(), need: (m) => m.height },
  'hotline-card-kh': { checks: both(), need: (m) => m.height },
  'hotline-card-abroad': { checks: both(), need: (m) => m.height },
  // The start screen; the no-script self-check scrolls inside.
  'risk-quiz': { checks: widget(), need: (m) => m.height },
  'risk-quiz-kh': { checks: widget(), need: (m) => m.height },
  'risk-quiz-abroad': { checks: widget(), need: (m) => m.height },
  // Every example whole (the carousel is as tall as its tallest), with and without scripts.
  'scam-carousel': { checks: both(), need: (m) => m.height },
  // The first three figures.
  'stats-ticker': { checks: both(), need: (m) => m.third },
};

describe('fixed frame heights', function () {
  this.timeout(60000);

  for (const variant of EMBED_VARIANTS) {
    it(`${variant.key}: ${FRAME_HEIGHTS[variant.key]} px`, async () => {
      const fixed = FRAME_HEIGHTS[variant.key];
      let most = 0;
      const rule = RULES[variant.key];
      expect(rule, `a height rule for ${variant.key}`).to.exist;
      for (const page of EMBED_PAGES.filter((p) => p.key === variant.key)) {
        for (const js of [true, false]) {
          const widths = rule.checks.filter(([j]) => j === js).map(([, w]) => w);
          if (!widths.length) continue;
          for (const [width, m] of await measureAt(page.file, widths, js)) {
            expect(m.width, `${page.file} ${js ? 'widget' : 'copy'} at ${width} px: no sideways scrolling`).to.equal(width);
            const need = rule.need(m);
            expect(need, `${page.file} ${js ? 'widget' : 'copy'} at ${width} px needs ${need} px`).to.be.at.most(fixed);
            most = Math.max(most, need);
          }
        }
      }
      expect(fixed - most, `${variant.key}: ${fixed} px is more than 100 px above the ${most} px needed`).to.be.at.most(100);
    });
  }
});
