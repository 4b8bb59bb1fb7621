// Where Chromium lives and how to start it on this kind of machine (root, no network but the registries).
import { existsSync } from 'node:fs';

export function chromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
  return '/usr/bin/chromium';
}

/**
 * The browser for measurements: Debian's chromium-headless-shell (Blink without the browser's own UI) when it is
 * installed, else chromiumPath(). The full browser in headless mode preloads its own UI pages (a "top-chrome WebUI"
 * renderer loading ~100 modules) with every new window, on the same 2 cores as the page being measured; the shell has
 * none, so what a benchmark times is the page. Tests keep the full browser.
 */
export function benchChromiumPath() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  for (const p of ['/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell']) if (existsSync(p)) return p;
  return chromiumPath();
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-default-apps',
  // Tests run in several tabs at once: keep timers and animation frames running in background tabs.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * For web-test-runner (puppeteer merges a --disable-features of ours with its own; playwright would not, so the
 * playwright scripts don't take this): no browser-UI pages preloaded next to the tests (see benchChromiumPath).
 */
export const WTR_CHROMIUM_ARGS = [...CHROMIUM_ARGS, '--disable-features=PreloadTopChromeWebUI,WebUIOmniboxPopup'];

