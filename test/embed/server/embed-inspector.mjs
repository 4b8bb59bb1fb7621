// Server side of the embed tests (test/embed/), plugged into web-test-runner.config.mjs.
//
// The tests must look inside iframes the test page itself cannot read: cross-origin frames, and sandbox="" frames
// whose scripts are off. Puppeteer (which runs web-test-runner's Chromium) loses track of some out-of-process frames,
// so these commands drive separate pages in the same Chromium with Playwright, connected over the DevTools protocol:
//
//   embed-open  {url, javaScriptEnabled?, width?, height?, block?, hold?, waitUntil?}  → {id}   a new page (own browser
//                                                              context) at url; `block`: URL globs that fail (a script
//                                                              that never arrives); `hold`: URL globs whose requests wait
//                                                              until embed-release (a script that arrives late, when the
//                                                              test says so); `waitUntil`: 'load' (default) or 'commit'
//                                                              (needed with `hold`: deferred scripts hold the load event)
//   embed-release {id}                                                 let the held requests (and later ones) through
//   embed-eval  {id, frame?, fn, arg?}                      → result   run fn (function source) in the frame whose URL
//                                                                      contains `frame` (the top page when absent)
//   embed-wait  {id, frame?, fn, arg?, timeout?}            → result   the same, until fn returns something truthy
//   embed-click {id, frame?, selector}                                 a real (trusted) mouse click
//   embed-log   {id}                                        → {console, errors, popups}   since the last call
//   embed-close {id}
//   embed-generate {calls}                                  → answers  the page generator, run in Node as the build runs
//                                                                      it (./generator.mjs)
//
// And one page: /__embed/host?frames=<json>&host-script=1 — a host page with the given iframes
// ([{src, sandbox?, height?, name?}], sandbox null or absent = no sandbox attribute) and, with host-script=1,
// dist/awas-embed-host.js.
import { chromium } from 'playwright-core';
import { generate } from './generator.mjs';

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function hostPage(frames, hostScript) {
  const iframes = frames
    .map((f) => {
      const sandbox = f.sandbox === null || f.sandbox === undefined ? '' : ` sandbox="${escapeAttribute(f.sandbox)}"`;
      return `<iframe src="${escapeAttribute(f.src)}"${sandbox} name="${escapeAttribute(f.name ?? '')}" title="${escapeAttribute(f.name ?? 'embed')}" width="100%" height="${Number(f.height) || 600}"></iframe>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Embed host</title>
<style>body{margin:0}iframe{display:block;border:0}</style></head>
<body>
${iframes}
${hostScript ? '<script src="/dist/awas-embed-host.js"></script>' : ''}
</body></html>`;
}

export function embedInspector() {
  let connection;
  const pages = new Map();
  let next = 1;

  async function browserFor(session) {
    if (!connection) {
      const puppeteerBrowser = session.browser.browser;
      if (!puppeteerBrowser?.wsEndpoint) throw new Error('embed-inspector needs the Chrome launcher of @web/test-runner-chrome');
      connection = chromium.connectOverCDP(puppeteerBrowser.wsEndpoint());
    }
    return connection;
  }

  function entry(id) {
    const found = pages.get(id);
    if (!found) throw new Error(`embed-inspector: no page ${id}`);
    return found;
  }

  function frameOf(page, match) {
    if (!match) return page.mainFrame();
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url().includes(match));
    if (!frame) throw new Error(`embed-inspector: no frame matching "${match}" (frames: ${page.frames().map((f) => f.url()).join(', ')})`);
    return frame;
  }

  const call = (frame, fn, arg) => frame.evaluate(`(${fn})(${JSON.stringify(arg ?? null)})`);

  return {
    name: 'awas-embed-inspector',

    serve(context) {
      if (context.path !== '/__embed/host') return undefined;
      const frames = JSON.parse(context.URL.searchParams.get('frames') ?? '[]');
      return { body: hostPage(frames, context.URL.searchParams.get('host-script') === '1'), type: 'html' };
    },

    async executeCommand({ command, payload, session }) {
      if (!command.startsWith('embed-')) return undefined;
      if (command === 'embed-generate') return generate(payload.calls);
      if (command === 'embed-open') {
        const browser = await browserFor(session);
        const context = await browser.newContext({
          javaScriptEnabled: payload.javaScriptEnabled !== false,
          viewport: { width: payload.width ?? 400, height: payload.height ?? 900 },
          reducedMotion: 'reduce',
        });
        for (const glob of payload.block ?? []) await context.route(glob, (route) => route.abort('blockedbyclient'));
        const hold = { released: false, routes: [] };
        for (const glob of payload.hold ?? []) await context.route(glob, (route) => (hold.released ? route.continue() : hold.routes.push(route)));
        // Links that leave for the internet (wa.me, sources) get a stand-in page: no network here, and the popup keeps
        // the address it was opened with.
        await context.route(
          (url) => /^https?:$/.test(url.protocol) && !/^(localhost|127\.0\.0\.1)$/.test(url.hostname),
          (route) => route.fulfill({ status: 200, contentType: 'text/plain', body: 'external page (test stand-in)' }),
        );
        // Every awas-error the page fires (they bubble to document), read with embed-eval: window.__awasErrors.
        await context.addInitScript(() => {
          window.__awasErrors = [];
          document.addEventListener('awas-error', (e) => window.__awasErrors.push(e.detail.code));
        });
        const page = await context.newPage();
        const log = { console: [], errors: [], popups: [] };
        page.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), url: m.location().url }));
        page.on('pageerror', (e) => log.errors.push(String(e.message)));
        // A popup starts as about:blank; its address is read when the log is taken.
        context.on('page', (p) => p !== page && log.popups.push(p));
        const id = next++;
        pages.set(id, { context, page, log, hold });
        await page.goto(payload.url, { waitUntil: payload.waitUntil === 'commit' ? 'commit' : 'load' });
        return { id };
      }
      if (command === 'embed-resize') {
        // The same page at another width: container queries and layout follow, no reload (the height test's speed).
        const { page } = entry(payload.id);
        await page.setViewportSize({ width: payload.width, height: payload.height ?? 600 });
        return true;
      }
      if (command === 'embed-eval') {
        const { page } = entry(payload.id);
        return call(frameOf(page, payload.frame), payload.fn, payload.arg);
      }
      if (command === 'embed-wait') {
        const { page } = entry(payload.id);
        const until = Date.now() + (payload.timeout ?? 5000);
        for (;;) {
          let value;
          try {
            // A function that never settles (a frame that gets no animation frames, say) must not hold the wait.
            let timer;
            const late = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('embed-wait: the function did not settle in time')), Math.max(until - Date.now(), 100))));
            value = await Promise.race([call(frameOf(page, payload.frame), payload.fn, payload.arg), late]).finally(() => clearTimeout(timer));
          } catch (error) {
            if (Date.now() > until) throw error;
          }
          if (value) return value;
          if (Date.now() > until) throw new Error(`embed-wait: still false after ${payload.timeout ?? 5000} ms`);
          await new Promise((r) => setTimeout(r, 50));
        }
      }
      if (command === 'embed-click') {
        const { page } = entry(payload.id);
        // The timeout bounds a wait for the element to be clickable, not a pause: generous, so a busy machine passes.
        await frameOf(page, payload.frame).locator(payload.selector).first().click({ timeout: 15000, noWaitAfter: true });
        return true;
      }
      if (command === 'embed-release') {
        const { hold } = entry(payload.id);
        hold.released = true;
        const routes = hold.routes.splice(0);
        for (const route of routes) await route.continue();
        return routes.length;
      }
      if (command === 'embed-log') {
        const { log } = entry(payload.id);
        const popups = log.popups.splice(0);
        // A popup starts as about:blank: give it a moment to reach its address before reading it.
        for (const p of popups) if (p.url() === 'about:blank') await p.waitForURL((u) => u.href !== 'about:blank', { timeout: 10000 }).catch(() => undefined);
        return { console: log.console.splice(0), errors: log.errors.splice(0), popups: popups.map((p) => p.url()) };
      }
      if (command === 'embed-close') {
        const found = pages.get(payload.id);
        pages.delete(payload.id);
        await found?.context.close();
        return true;
      }
      throw new Error(`embed-inspector: unknown command ${command}`);
    },

    async serverStop() {
      for (const { context } of pages.values()) await context.close().catch(() => {});
      pages.clear();
      if (connection) await (await connection).close().catch(() => {});
    },
  };
}
