/**
 * Fixed iframe heights (px) per embed page, used where no host script can resize the frame (OpenSID widgets,
 * TinyMCE/Joomla sandboxed iframes). Each page must read well at this height at 320–400 px wide (it scrolls inside
 * when taller). Measured by the embed tests; change them together with docs/embed-iframe.md.
 */
export const FRAME_HEIGHTS: Record<string, number> = {
  'hotline-card': 760,
  'hotline-card-kh': 640,
  'risk-quiz': 640,
  'scam-carousel': 720,
  'stats-ticker': 560,
};
