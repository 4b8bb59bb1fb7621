/**
 * The optional host script, built to dist/awas-embed-host.js (no Lit, under 1 KB gzip): load it once on a page that
 * holds Awas embed iframes and each frame's height follows its content. Without it the frames keep the fixed height
 * written in the snippet, which the pages are made to read well at.
 *
 * It listens for one message only — {type: 'awas-embed:height', height} — and acts only when
 * - the message comes from one of this page's iframes (event.source is its contentWindow),
 * - that iframe shows an Awas embed page (…/<widget>.<lang>.html), and the sender is that page's origin — or "null",
 *   the origin every sandboxed frame without allow-same-origin has,
 * - the height is a finite number (clamped to 120–5000 px).
 * It sets the iframe's height attribute, never a style, and reads nothing else from the frame.
 */
import { HEIGHT_MESSAGE, PING_MESSAGE } from './embed/frame.js';
import { FRAME_HEIGHTS } from './embed/frame-heights.js';
import { LANGS } from './i18n/languages.js';

/** Every hosted page (one per FRAME_HEIGHTS key and language), wherever the site put them. */
const PAGE = new RegExp(`/(${Object.keys(FRAME_HEIGHTS).join('|')})\\.(${LANGS.join('|')})\\.html([?#]|$)`);
const MIN = 120;
const MAX = 5000;
const KEY = '__awasEmbedHost';

function awasFrames(): HTMLIFrameElement[] {
  return Array.prototype.filter.call(document.getElementsByTagName('iframe'), (frame: HTMLIFrameElement) => PAGE.test(frame.src)) as HTMLIFrameElement[];
}

function originOf(src: string): string {
  try {
    return new URL(src, document.baseURI).origin;
  } catch {
    return '';
  }
}

function onMessage(event: MessageEvent): void {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || typeof data !== 'object' || data.type !== HEIGHT_MESSAGE) return;
  const height = data.height;
  if (typeof height !== 'number' || !isFinite(height)) return;
  const frame = awasFrames().filter((f) => f.contentWindow === event.source)[0];
  if (!frame || (event.origin !== 'null' && event.origin !== originOf(frame.src))) return;
  const value = String(Math.max(MIN, Math.min(MAX, Math.ceil(height))));
  if (frame.getAttribute('height') !== value) frame.setAttribute('height', value);
}

/** Ask every Awas frame to send its height (frames that loaded before this script already sent theirs). */
function ping(): void {
  awasFrames().forEach((frame) => {
    try {
      frame.contentWindow?.postMessage({ type: PING_MESSAGE }, '*');
    } catch {
      // a frame being removed
    }
  });
}

const w = window as unknown as Record<string, boolean | undefined>;
if (!w[KEY]) {
  w[KEY] = true;
  window.addEventListener('message', onMessage);
  ping();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', ping);
  window.addEventListener('load', ping);
}
