/**
 * Fixed iframe heights (px) per embed page, used where no host script can resize the frame (OpenSID widgets,
 * TinyMCE/Joomla sandboxed iframes, WordPress oEmbed). The page scrolls inside the frame when it is taller.
 * The one home of these numbers: the builder, the OpenSID kit (scripts/build-opensid.mjs), the oEmbed files and the
 * docs take them from here or are checked against them (test/embed/pages.test.ts). Measured at the sidebar widths
 * real themes use, 270, 300, 330 and 360 px, with and without JavaScript (`node test/embed/measure-heights.mjs`);
 * test/embed/heights.test.ts fails when a page's content outgrows its height at any of them.
 *
 * - hotline-card, hotline-card-kh, hotline-card-abroad: the whole card, every entry and the "Semua layanan"
 *   disclosure closed (the card leads with three services and folds the rest): no entry is ever cut off. The
 *   readable copy (no JavaScript) adds the "cannot tap" note: ≤ 868 / 906 / 672 px at 270 px, the widget ≤ 827 px.
 * - risk-quiz, risk-quiz-kh, risk-quiz-abroad: the start screen with its closed "Lihat semua" line (≤ 791 px at
 *   270 px). The result screen and the readable copy's opened self-check scroll inside.
 * - scam-carousel: every example whole, with and without JavaScript: the carousel is as tall as its tallest example
 *   (≤ 1112 px at 270 px, ≤ 891 px at 360 px), and so is its readable copy.
 * - stats-ticker: the first three figures (≤ 1111 px at 270 px: each label carries its period and scope); the rest
 *   scrolls inside.
 */
export const FRAME_HEIGHTS: Record<string, number> = {
  'hotline-card': 880,
  'hotline-card-kh': 920,
  'hotline-card-abroad': 680,
  'risk-quiz': 800,
  'risk-quiz-kh': 800,
  'risk-quiz-abroad': 800,
  'scam-carousel': 1120,
  'stats-ticker': 1120,
};
