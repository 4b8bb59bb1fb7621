// Smoke test of the static Storybook (npm run build-storybook first): every story renders a widget with content, or
// (the readable-copy stories) a readable copy with a link a reader can use.
// Exits 1 when a story renders nothing. Usage: node scripts/check-storybook.mjs
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
const { server, url } = await startStaticServer({ root: 'storybook-static' });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const index = JSON.parse(await (await fetch(url + '/index.json')).text());
const ids = Object.keys(index.entries).filter((id) => index.entries[id].type === 'story');
let empty = [];
for (const id of ids) {
  const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
  await page.goto(`${url}/iframe.html?id=${id}&viewMode=story`);
  // Wait for the condition (a widget with text), not for a fixed time: on a busy machine a story takes longer.
  const find = () => {
    const search = (root) => {
      for (const e of root.querySelectorAll('*')) {
        if (e.localName.startsWith('awas-') && e.shadowRoot) return e.shadowRoot.textContent.trim().length;
        if (e.shadowRoot) {
          const r = search(e.shadowRoot);
          if (r) return r;
        }
      }
      return 0;
    };
    const copy = document.querySelector('.awas-pre');
    if (copy && !copy.closest('[data-awas-content]:not(.awas-pre)')) return copy.querySelector('a[href^="tel:"], a[href^="https:"]') ? copy.textContent.trim().length : 0;
    return search(document);
  };
  await page.waitForFunction(`(${find})() >= 5`, null, { timeout: 15000 }).catch(() => undefined);
  const len = await page.evaluate(find);
  if (len < 5) empty.push(id);
  await page.close();
}
console.log(`storybook: ${ids.length} stories, ${empty.length} empty${empty.length ? ': ' + empty.join(', ') : ''}`);
if (empty.length) process.exitCode = 1;
await browser.close(); server.close();
