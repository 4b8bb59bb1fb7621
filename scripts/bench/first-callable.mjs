#!/usr/bin/env node
// Time until a reader can call: the first tel: link on screen (painted, inside the viewport, not hidden), for each
// door a site uses, next to a static HTML page that holds the same link. DevTools "Slow 3G" as the issue states it
// (400 ms round trip, 400 kbit/s each way), 4× CPU, 360 × 740, files gzip-compressed as any host sends them.
// `npm run bench` includes it; alone: node scripts/bench/first-callable.mjs [--runs=5] [--dist=DIR]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTs } from '../load-ts.mjs';
import { startGzipServer } from './gzip-server.mjs';
import { SLOW_3G } from './cls.mjs';
import { args, launch, median, root, snapshotDist, work } from './common.mjs';

export const FIRST_CALLABLE_CPU = 4;
export const FIRST_CALLABLE_VIEWPORT = { width: 360, height: 740 };

/** The host page around every door: a village page with a heading and two paragraphs. */
function hostPage(head, body) {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Desa Sukamaju: waspada tawaran kerja ke luar negeri</title>
${head}
</head>
<body>
<h1>Waspada tawaran kerja ke luar negeri</h1>
<p>Warga yang menerima tawaran kerja ke luar negeri dengan gaji besar dan syarat mudah, periksa dulu sebelum berangkat.</p>
${body}
<p>Pemerintah Desa Sukamaju</p>
</body>
</html>
`;
}

/** The pages, one per door: the builder's own snippets (src/embed/snippets.ts) with the copy the build renders. */
export async function doorPages() {
  const { prerender, prerenderedElement, prerenderCss, widgetContentVersion } = await loadTs('hosted-pages/prerender.ts');
  const { scriptSnippet, mountSnippet } = await loadTs('src/embed/snippets.ts');
  const attributes = { lang: 'id' };
  const copy = { html: prerender('hotline-card', attributes), css: prerenderCss('hotline-card'), version: widgetContentVersion('hotline-card') };
  const integrity = `sha384-${createHash('sha384').update(readFileSync(join(work, 'dist/awas.js'))).digest('base64')}`;
  const options = { widget: 'hotline-card', attributes: [['lang', 'id']], base: '/dist/', version: 'bench', integrity, copy };
  const css = `<style>${copy.css}</style>`;
  const script = (src, how = '') => `<script src="${src}"${how}></script>`;
  return {
    static: { label: 'static HTML page with the same link', html: hostPage('', '<p>KP2MI: <a href="tel:08001000">0800-1000</a> (gratis)</p>') },
    'tag-defer': { label: "the builder's script snippet (tag with its readable copy and styles, awas.js defer)", html: hostPage('', scriptSnippet(options)) },
    'tag-defer-hotline': { label: 'the same with awas-hotline-card.js', html: hostPage('', `${script('/dist/awas-hotline-card.js', ' defer')}\n${css}\n${prerenderedElement('hotline-card', attributes)}`) },
    'tag-head': { label: 'tag with its readable copy, awas.js in <head> (blocking)', html: hostPage(script('/dist/awas.js'), `${css}\n${prerenderedElement('hotline-card', attributes)}`) },
    'tag-empty-head': { label: 'empty tag, awas.js in <head> (before #14: no readable copy)', html: hostPage(script('/dist/awas.js'), '<awas-hotline-card lang="id"></awas-hotline-card>') },
    mount: { label: "the builder's mount snippet (readable copy, no styles), awas.js at the end of <body>", html: hostPage('', `${mountSnippet(options)}\n${script('/dist/awas.js')}`) },
    wordpress: {
      label: 'WordPress shortcode output (mount with copy, awas-pre.css in <head>, awas.js in the footer)',
      html: hostPage('<link rel="stylesheet" href="/.tmp/bench/doors/awas-pre.css">', `${mountSnippet(options)}\n${script('/dist/awas.js')}`),
      files: { 'awas-pre.css': copy.css },
    },
    iframe: { label: 'hosted iframe page on its own (dist/embed/hotline-card.id.html)', url: '/dist/embed/hotline-card.id.html' },
  };
}

/** In every page before anything else: each frame, look for a painted tel: link (open shadow roots included). */
function watchForCallable() {
  const links = (root) => {
    const found = [...root.querySelectorAll('a[href^="tel:"]')];
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...links(el.shadowRoot));
    return found;
  };
  const check = () => {
    const visible = links(document).some((a) => {
      const r = a.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && (!a.checkVisibility || a.checkVisibility({ visibilityProperty: true }));
    });
    if (visible) window.__callable = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function loadOnce(browser, url) {
  const context = await browser.newContext({ viewport: FIRST_CALLABLE_VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForCallable);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: FIRST_CALLABLE_CPU });
    await page.goto(url, { waitUntil: 'commit', timeout: 120000 });
    // Navigation start is the time origin of the page: performance.now() is the time since the reader tapped the link.
    const handle = await page.waitForFunction(() => window.__callable, null, { timeout: 60000, polling: 100 });
    return (await handle.jsonValue()) / 1000;
  } finally {
    await context.close();
  }
}

export async function measureFirstCallable({ browser, baseUrl, runs = 5, log = () => {} }) {
  const pages = await doorPages();
  const dir = join(work, 'doors');
  mkdirSync(dir, { recursive: true });
  const urls = {};
  for (const [id, page] of Object.entries(pages)) {
    for (const [name, content] of Object.entries(page.files ?? {})) writeFileSync(join(dir, name), content);
    if (page.html) writeFileSync(join(dir, `${id}.html`), page.html);
    urls[id] = page.url ?? `/.tmp/bench/doors/${id}.html`;
  }
  const raw = Object.fromEntries(Object.keys(pages).map((id) => [id, []]));
  // Interleaved (static, tag, mount, … then again) so that a busy moment of the machine hits every door alike.
  for (let run = 0; run < runs; run++) for (const id of Object.keys(pages)) raw[id].push(await loadOnce(browser, baseUrl + urls[id]));
  const staticS = median(raw.static);
  const results = {};
  for (const [id, page] of Object.entries(pages)) {
    const s = median(raw[id]);
    results[id] = { label: page.label, seconds: s, ratio: s / staticS, raw: raw[id] };
    log(`  first callable ${id.padEnd(18)} ${s.toFixed(2)} s  ${(s / staticS).toFixed(2)}×`);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = args();
  snapshotDist(values.dist);
  // The hosted page loads ../awas-hotline-card.js next to it: serve the scratch copy there too.
  const { server, url } = await startGzipServer({
    root,
    routes: { '/dist/awas.js': '/.tmp/bench/dist/awas.js', '/dist/awas-hotline-card.js': '/.tmp/bench/dist/awas-hotline-card.js' },
  });
  const browser = await launch();
  try {
    const results = await measureFirstCallable({ browser, baseUrl: url, runs: Number(values.runs ?? 5), log: console.log });
    console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, v]) => [k, v.raw.map((x) => Number(x.toFixed(2)))]))));
  } finally {
    await browser.close();
    server.close();
  }
}
