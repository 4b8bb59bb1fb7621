/**
 * The fixed heights (src/embed/frame-heights.ts) against the built pages, by the rule docs/embed-iframe.md states:
 * the hotline cards show every number at 360 px wide, the quiz its start screen, the carousel one whole example and
 * the statistics their first three figures at 320–400 px — and no height is more than 100 px larger than needed.
 * On the way, no page may scroll sideways at those widths.
 * Needs a build; run under the dist lock. (node test/embed/measure-heights.mjs prints the full table.)
 */
import { expect } from '@open-wc/testing';
import { EMBED_PAGES, EMBED_VARIANTS } from '../../embed/pages.js';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import { close, isUpgraded, open, waitIn } from './helpers.js';

interface Measure {
  height: number;
  /** Bottom of the third figure (statistics). */
  third: number;
  /** Width of the document: more than the frame means a sideways scroll (WCAG 1.4.10). */
  width: number;
}

async function measure(file: string, width: number, javaScriptEnabled: boolean): Promise<Measure> {
  const id = await open(`${location.origin}/dist/embed/${file}`, { width, height: 600, javaScriptEnabled });
  try {
    // With JavaScript: once the widget has rendered (and a frame more); without: the readable copy, as loaded.
    if (javaScriptEnabled) await waitIn(id, '', isUpgraded);
    return await waitIn(id, '', () => {
      const root = document.querySelector('awas-stats-ticker')?.shadowRoot ?? document;
      const third = root.querySelectorAll('.card, .stat')[2];
      return {
        height: Math.ceil(document.documentElement.getBoundingClientRect().height),
        third: third ? Math.ceil(third.getBoundingClientRect().bottom) : 0,
        width: document.documentElement.scrollWidth,
      };
    });
  } finally {
    await close(id);
  }
}

type Check = [javaScript: boolean, width: number];
const BOTH_WIDTHS: Check[] = [320, 360, 400].flatMap((w): Check[] => [[true, w], [false, w]]);

/**
 * Where a promise is made, and what must fit in the fixed height there. Without JavaScript the page is the widget's
 * readable copy and, on the hotline and quiz pages, the "cannot tap" note under it: that note is for exactly the
 * frames that keep the fixed height (sandbox=""), so it counts.
 */
const RULES: Record<string, { checks: Check[]; need: (m: Measure) => number }> = {
  // Every number at 360 px, with and without scripts.
  'hotline-card': { checks: [[true, 360], [false, 360]], need: (m) => m.height },
  'hotline-card-kh': { checks: [[true, 360], [false, 360]], need: (m) => m.height },
  // The services reachable from abroad: every number at 360 px as the other cards, and src/embed/frame-heights.ts
  // gives the widget at 320 px (≤ 1235 px) as well.
  'hotline-card-abroad': { checks: [[true, 320], [true, 360], [false, 360]], need: (m) => m.height },
  // The start screen; the no-script self-check scrolls inside.
  'risk-quiz': { checks: [[true, 320], [true, 360], [true, 400]], need: (m) => m.height },
  'risk-quiz-kh': { checks: [[true, 320], [true, 360], [true, 400]], need: (m) => m.height },
  'risk-quiz-abroad': { checks: [[true, 320], [true, 360], [true, 400]], need: (m) => m.height },
  // One whole example: the widget at every width, the no-script row from 360 px.
  'scam-carousel': { checks: [[true, 320], [true, 360], [true, 400], [false, 360], [false, 400]], need: (m) => m.height },
  // The first three figures.
  'stats-ticker': { checks: BOTH_WIDTHS, need: (m) => m.third },
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
        for (const [js, width] of rule.checks) {
          const m = await measure(page.file, width, js);
          expect(m.width, `${page.file} ${js ? 'widget' : 'copy'} at ${width} px: no sideways scrolling`).to.equal(width);
          const need = rule.need(m);
          expect(need, `${page.file} ${js ? 'widget' : 'copy'} at ${width} px needs ${need} px`).to.be.at.most(fixed);
          most = Math.max(most, need);
        }
      }
      expect(fixed - most, `${variant.key}: ${fixed} px is more than 100 px above the ${most} px needed`).to.be.at.most(100);
    });
  }
});
