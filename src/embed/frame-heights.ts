/**
 * Fixed iframe heights (px) per embed page, used where no host script can resize the frame (OpenSID widgets,
 * TinyMCE/Joomla sandboxed iframes, WordPress oEmbed). The page scrolls inside the frame when it is taller.
 * Measured with `node test/embed/measure-heights.mjs` (content height of the built pages in Chromium, with and without
 * JavaScript, at 320/360/400 px wide); the embed tests check these values against the pages. Change them together
 * with docs/embed-iframe.md.
 *
 * - hotline-card, hotline-card-kh: every number without scrolling at 360 px (the most common phone width), because a
 *   reader must not miss the third or fourth service (widget: 1973–2026 / 1799–1869 px at 360 px; without JavaScript
 *   the readable copy is as tall, plus the "cannot tap" note: ≤ 2083 px; narrower phones
 *   scroll ~100 px inside; wide columns leave space below). The sources now name the article's outlet and person, so
 *   the card grew; making it fit a sidebar is issue #15's work.
 * - hotline-card-abroad: readers in any other country: the services reachable from abroad (≤ 1315 px at 320 px
 *   without JavaScript, with the "cannot tap" note; the widget ≤ 1244 px).
 * - risk-quiz, risk-quiz-kh, risk-quiz-abroad: the start screen (≤ 593 px at 320 px). The result screen and the
 *   readable copy (a self-check) scroll inside.
 * - scam-carousel: one whole example (widget ≤ 843 px at 320 px; the readable copy ≤ 863 px at 360 px).
 * - stats-ticker: the first three figures (≤ 1032 px at 320 px: each label now carries its period and scope); the rest
 *   scrolls inside.
 */
export const FRAME_HEIGHTS: Record<string, number> = {
  'hotline-card': 2100,
  'hotline-card-kh': 1920,
  'hotline-card-abroad': 1320,
  'risk-quiz': 640,
  'risk-quiz-kh': 640,
  'risk-quiz-abroad': 640,
  'scam-carousel': 870,
  'stats-ticker': 1040,
};
