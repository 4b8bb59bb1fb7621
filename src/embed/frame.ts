/**
 * The frame side of the embed resizer: an Awas embed page tells the page around it how tall it is, whenever that
 * changes (ResizeObserver), so a host script can size the iframe to fit.
 *
 * Two dialects, both with postMessage(…, '*') — the messages carry only a height and the page name, nothing about
 * the reader:
 * - Awas:      {type: 'awas-embed:height', height, page}  → dist/awas-embed-host.js sets the iframe's height.
 * - WordPress: {message: 'height', value, secret}          → wp-embed.js (WordPress's own host script) does the same.
 *   WordPress passes the secret in the frame URL as #?secret=abc123 and ignores messages without it, so this one is
 *   sent only when the URL has it.
 * Nothing is stored; the frame never reads anything from the host.
 */

export const HEIGHT_MESSAGE = 'awas-embed:height';
/** The host script asks frames that loaded before it to say their height again. */
export const PING_MESSAGE = 'awas-embed:ping';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** Height of the page's content in CSS pixels. */
  height: number;
  /** Which page: `hotline-card-kh.id`. */
  page: string;
}

/** WordPress's oEmbed secret from the frame URL (`#?secret=abc123`), or '' when WordPress did not embed this frame. */
export function wordpressSecret(hash: string): string {
  const match = /[#?&]secret=([A-Za-z0-9]{1,64})(?:&|$)/.exec(hash);
  return match ? match[1] : '';
}

export interface FrameResizer {
  /** Measure and post now (even if the height did not change). */
  post(): void;
  /** Stop observing. */
  stop(): void;
  /** The WordPress secret in use ('' outside WordPress). */
  readonly secret: string;
}

/** Height of the document's content: the root element's box, which (unlike scrollHeight) can shrink below the frame. */
export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/**
 * Start posting this page's height to the parent. Does nothing (and posts nothing) when the page is not framed.
 */
export function startFrame(page: string, win: Window = window): FrameResizer {
  const secret = wordpressSecret(win.location.hash);
  const parent = win.parent;
  const framed = parent !== win;
  let last = -1;

  const send = (force: boolean): void => {
    if (!framed) return;
    const height = contentHeight(win.document);
    if (!force && height === last) return;
    last = height;
    const message: HeightMessage = { type: HEIGHT_MESSAGE, height, page };
    parent.postMessage(message, '*');
    if (secret) parent.postMessage({ message: 'height', value: height, secret }, '*');
  };

  const onMessage = (event: MessageEvent): void => {
    if (event.source !== parent) return;
    const data = event.data as { type?: unknown; message?: unknown; secret?: unknown } | null;
    if (!data || typeof data !== 'object') return;
    // WordPress says "ready" (with the secret) when its script starts; ours says "ping".
    if (data.type === PING_MESSAGE || (secret && data.message === 'ready' && data.secret === secret)) send(true);
  };

  const onLoad = (): void => send(true);
  let observer: ResizeObserver | undefined;
  if (framed) {
    win.addEventListener('message', onMessage);
    win.addEventListener('load', onLoad);
    const RO = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
    if (RO) {
      // The callback runs in the rendering steps, after layout: the height is fresh, no extra frame needed.
      observer = new RO(() => send(false));
      observer.observe(win.document.documentElement);
    } else win.addEventListener('resize', onLoad); // Chromium < 64: at least on load and when the frame is resized
    send(true);
  }

  return {
    secret,
    post: () => send(true),
    stop() {
      observer?.disconnect();
      win.removeEventListener('message', onMessage);
      win.removeEventListener('load', onLoad);
      win.removeEventListener('resize', onLoad);
    },
  };
}
