#!/usr/bin/env node
// Cumulative layout shift of the built demo page (dist/demo/index.html, every widget with its readable copy) while it loads over an emulated slow network, with the
// script where sites put it: in <head> (as the demo does), at the end of <body>, with `defer` or `async`, and as
// <div data-awas-widget> mounts. `npm run cls` runs it alone; `npm run bench` includes it.
//   node scripts/bench/cls.mjs [--dist=DIR] [--runs=N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { args, launch, median, root, serve, snapshotDist, work } from './common.mjs';

/** DevTools' "Slow 3G" as the issues measure it (400 ms round trip, 400 kbit/s = 50 KB/s each way), sent with Network.emulateNetworkConditions. */
export const SLOW_3G = { offline: false, latency: 400, downloadThroughput: 50000, uploadThroughput: 50000 };
export const CLS_CPU_THROTTLE = 4;
export const CLS_VIEWPORTS = [
  { width: 360, height: 740 },
  { width: 1280, height: 900 },
];

const SCRIPT = '<script src="../awas.js"></script>';

/**
 * `<awas-x a="b" data-awas-content="v">copy</awas-x>` → `<div data-awas-widget="x" data-a="b">copy</div>` (what
 * survives a CMS filter), with the same readable copy inside.
 */
function toMounts(html) {
  return html.replace(/<awas-([a-z-]+)((?:\s+[a-z-]+="[^"]*")*)\s*>([\s\S]*?)<\/awas-\1>/g, (_, name, attrs, copy) => {
    const data = attrs.replace(/\s+data-awas-content="[^"]*"/, '').replace(/\s+([a-z-]+)="/g, ' data-$1="');
    return `<div data-awas-widget="${name}"${data}>${copy}</div>`;
  });
}

/** The page variants, from the built demo (dist/demo/index.html: every tag with its readable copy) on every run. */
export function demoVariants() {
  const demo = readFileSync(join(root, 'dist/demo/index.html'), 'utf8');
  if (!demo.includes(SCRIPT)) throw new Error(`dist/demo/index.html no longer loads ${SCRIPT}: update scripts/bench/cls.mjs`);
  const atEnd = (html) => html.replace(SCRIPT, '').replace('</body>', `  ${SCRIPT}\n  </body>`);
  return {
    'head': { label: '<script> in <head> (the demo as it is)', html: demo },
    'body-end': { label: '<script> at the end of <body>', html: atEnd(demo) },
    'defer': { label: '<script defer> in <head>', html: demo.replace(SCRIPT, SCRIPT.replace('<script ', '<script defer ')) },
    'async': { label: '<script async> in <head>', html: demo.replace(SCRIPT, SCRIPT.replace('<script ', '<script async ')) },
    'mounts-head': { label: '<div data-awas-widget> mounts, <script> in <head>', html: toMounts(demo) },
    'mounts-end': { label: '<div data-awas-widget> mounts, <script> at the end of <body>', html: atEnd(toMounts(demo)) },
  };
}

function writeVariants(variants) {
  const dir = join(work, 'pages');
  mkdirSync(dir, { recursive: true });
  for (const [id, v] of Object.entries(variants)) {
    const html = v.html.replace('href="demo.css"', 'href="/demo/demo.css"').replaceAll('src="../', 'src="/dist/').replaceAll('href="../', 'href="/dist/');
    writeFileSync(join(dir, `demo-${id}.html`), html);
  }
  return (id) => `/.tmp/bench/pages/demo-${id}.html`;
}

/** In the page before anything else: record layout shifts; CLS is the largest session window (gap < 1 s, ≤ 5 s). */
function observeShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__shifts.push({
        value: e.value,
        startTime: e.startTime,
        hadRecentInput: e.hadRecentInput,
        sources: e.sources.map((s) => ({
          node: s.node ? `${s.node.nodeName.toLowerCase()}${s.node.id ? '#' + s.node.id : ''} "${(s.node.textContent || '').trim().slice(0, 40)}"` : null,
          from: Math.round(s.previousRect.y),
          to: Math.round(s.currentRect.y),
        })),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

export function clsOf(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const s of shifts.filter((x) => !x.hadRecentInput).sort((a, b) => a.startTime - b.startTime)) {
    if (s.startTime - last > 1000 || s.startTime - windowStart > 5000) {
      current = 0;
      windowStart = s.startTime;
    }
    current += s.value;
    last = s.startTime;
    best = Math.max(best, current);
  }
  return best;
}

export async function measureCls({ browser, baseUrl, runs = 1, settleMs = 2500, parallel = 4, log = () => {} }) {
  const variants = demoVariants();
  const pathOf = writeVariants(variants);
  const jobs = [];
  for (const id of Object.keys(variants)) for (const viewport of CLS_VIEWPORTS) for (let i = 0; i < runs; i++) jobs.push({ id, viewport });
  // Pages load side by side: the time is spent waiting on the emulated network, and whether a shift happens does
  // not depend on it (a shift comes from where the script is, not from how fast the CPU is).
  const done = [];
  for (let i = 0; i < jobs.length; i += parallel) done.push(...(await Promise.all(jobs.slice(i, i + parallel).map((j) => loadOnce(browser, baseUrl + pathOf(j.id), j.viewport, settleMs).then((r) => ({ ...j, ...r }))))));
  const results = {};
  for (const [id, variant] of Object.entries(variants)) {
    for (const viewport of CLS_VIEWPORTS) {
      const raw = done.filter((d) => d.id === id && d.viewport === viewport);
      const key = `${id}@${viewport.width}`;
      results[key] = { variant: id, label: variant.label, width: viewport.width, cls: median(raw.map((r) => r.cls)), loadS: median(raw.map((r) => r.loadS)), runs: raw.length, raw };
      log(`  cls ${key.padEnd(24)} ${results[key].cls.toFixed(3)}  (load ${results[key].loadS.toFixed(1)} s)`);
    }
  }
  return results;
}

async function loadOnce(browser, url, viewport, settleMs) {
  const context = await browser.newContext({ viewport });
  try {
    const page = await context.newPage();
    await page.addInitScript(observeShifts);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CLS_CPU_THROTTLE });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: 120000 });
    const loadS = (Date.now() - started) / 1000;
    await page.waitForTimeout(settleMs);
    const shifts = await page.evaluate(() => window.__shifts);
    return { cls: clsOf(shifts), shifts: shifts.length, loadS, detail: shifts.slice(0, 3) };
  } finally {
    await context.close();
  }
}

/**
 * Shifts that motion causes after the page has loaded, with nobody touching it (script in <head>): each case one
 * widget between paragraphs, watched for `watchMs` (a 5 s rotation included), in a 360 × 2400 viewport so that the
 * text below the widget is on screen (a shift off screen does not count).
 */
export const MOTION_VIEWPORT = { width: 360, height: 2400 };
export const MOTION_CASES = {
  'carousel-autoplay': { label: '<awas-scam-carousel autoplay interval="5">: one rotation', tag: '<awas-scam-carousel autoplay interval="5"></awas-scam-carousel>' },
  'ticker-animate': { label: '<awas-stats-ticker animate>: the count-up', tag: '<awas-stats-ticker animate></awas-stats-ticker>' },
  'ticker-rotate': { label: '<awas-stats-ticker mode="rotate" interval="5">: one rotation', tag: '<awas-stats-ticker mode="rotate" interval="5"></awas-stats-ticker>' },
  'ticker-marquee': { label: '<awas-stats-ticker mode="marquee">', tag: '<awas-stats-ticker mode="marquee"></awas-stats-ticker>' },
};

export async function measureMotionShift({ browser, baseUrl, watchMs = 6500, log = () => {} }) {
  const dir = join(work, 'pages');
  mkdirSync(dir, { recursive: true });
  const results = {};
  await Promise.all(
    Object.entries(MOTION_CASES).map(async ([id, c]) => {
      writeFileSync(join(dir, `motion-${id}.html`), `<!doctype html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/demo/demo.css"><script src="/dist/awas.js"></script></head><body><main><h1>Judul</h1><p>Teks sebelum widget.</p>${c.tag}<p>Teks sesudah widget.</p><p>Teks lain.</p></main></body></html>`);
      const context = await browser.newContext({ viewport: MOTION_VIEWPORT });
      try {
        const page = await context.newPage();
        await page.addInitScript(observeShifts);
        await page.goto(`${baseUrl}/.tmp/bench/pages/motion-${id}.html`, { waitUntil: 'load' });
        await page.waitForTimeout(watchMs);
        const shifts = await page.evaluate(() => window.__shifts);
        results[id] = { label: c.label, cls: clsOf(shifts), shifts: shifts.length, detail: shifts.slice(0, 3) };
      } finally {
        await context.close();
      }
    }),
  );
  for (const [id, r] of Object.entries(results)) log(`  motion ${id.padEnd(20)} ${r.cls.toFixed(4)} (${r.shifts} shifts)`);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = args();
  snapshotDist(values.dist);
  const { server, url } = await serve();
  const browser = await launch();
  try {
    console.log(`CLS on dist/demo/index.html, Slow 3G (400 ms RTT, 50 KB/s), ${CLS_CPU_THROTTLE}× CPU throttling:`);
    const results = await measureCls({ browser, baseUrl: url, runs: Number(values.runs ?? 1), log: console.log });
    console.log('After load, motion with nobody touching the page (script in <head>, 360 × 2400 px):');
    await measureMotionShift({ browser, baseUrl: url, log: console.log });
    for (const r of Object.values(results)) for (const d of r.raw[0].detail) console.log(`    ${r.variant}@${r.width}: ${d.value.toFixed(3)} at ${Math.round(d.startTime)} ms: ${d.sources.map((s) => `${s.node} ${s.from}→${s.to}`).join('; ')}`);
  } finally {
    await browser.close();
    server.close();
  }
}
