#!/usr/bin/env node
// Measures the content height of every embed page (dist/embed/) at frame widths of 320, 360 and 400 px, without
// JavaScript (the widget's readable copy, rendered at build time) and with it (the widget, once it has rendered its
// shadow root), in headless Chromium. The numbers behind
// src/embed/frame-heights.ts and the table in docs/embed-iframe.md. Needs a build; run under the dist lock:
//   flock /tmp/awas-dist.lock node test/embed/measure-heights.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** The page's widget element is defined and has rendered its shadow root (the copy inside it is no longer shown). */
const upgraded = () => {
  const main = document.getElementById('awas-embed');
  const tag = `awas-${main?.getAttribute('data-widget')}`;
  const widget = main?.querySelector(tag);
  return Boolean(widget && customElements.get(tag) && widget.shadowRoot?.childElementCount);
};
/** Two animation frames: layout after the last render has been done. */
const settled = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true))));
const WIDTHS = [270, 300, 330, 360, 400];
const pages = readFileSync(join(root, 'hosted-pages/pages.ts'), 'utf8').match(/key: '([a-z-]+)'/g).map((m) => m.slice(6, -1));
// The languages the build made pages in (src/i18n/languages.ts).
const langs = [...new Set(readdirSync(join(root, 'dist/embed')).map((f) => /^[a-z-]+\.([a-z]{2,3})\.html$/.exec(f)?.[1]).filter(Boolean))];
const heights = Object.fromEntries(
  Array.from(readFileSync(join(root, 'src/embed/frame-heights.ts'), 'utf8').matchAll(/'([a-z-]+)': (\d+)/g)).map((m) => [m[1], Number(m[2])]),
);

const { server, url } = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const js of [false, true]) {
    const context = await browser.newContext({ javaScriptEnabled: js, reducedMotion: 'reduce' });
    for (const key of pages) {
      for (const lang of langs) {
        const row = { page: `${key}.${lang}`, js: js ? 'widget' : 'copy', fixed: heights[key] };
        for (const width of WIDTHS) {
          const page = await context.newPage({ viewport: { width, height: 600 } });
          await page.setViewportSize({ width, height: 600 });
          await page.goto(`${url}/dist/embed/${key}.${lang}.html`, { waitUntil: 'load' });
          if (js) await page.waitForFunction(upgraded, null, { timeout: 10000 });
          // Without JavaScript nothing changes after load; with it, the widget has rendered: measure after its layout.
          if (js) await page.evaluate(settled);
          row[width] = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
          // The first screen of the statistics: the bottom of the third figure.
          row[`third${width}`] = await page.evaluate(() => {
            const root = document.querySelector('awas-stats-ticker')?.shadowRoot ?? document;
            const third = root.querySelectorAll('.card, .stat')[2];
            return third ? Math.ceil(third.getBoundingClientRect().bottom) : '';
          });
          await page.close();
        }
        rows.push(row);
      }
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
console.log('page'.padEnd(26) + 'content'.padEnd(9) + WIDTHS.map((w) => `${w}px`.padStart(8)).join('') + '   fixed   3rd figure ends at');
for (const r of rows) {
  const third = r.page.startsWith('stats') ? WIDTHS.map((w) => String(r[`third${w}`]).padStart(6)).join('') : '';
  console.log(r.page.padEnd(26) + r.js.padEnd(9) + WIDTHS.map((w) => String(r[w]).padStart(8)).join('') + String(r.fixed).padStart(8) + '  ' + third);
}
