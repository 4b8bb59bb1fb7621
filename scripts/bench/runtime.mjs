// Runtime half of `npm run bench`: in headless Chromium with 4× CPU throttling (DevTools protocol
// Emulation.setCPUThrottlingRate), time script evaluation and first render of our widgets and the peers, measure JS heap
// and DOM per instance, long tasks, and main-thread CPU while a carousel/ticker is playing, paused or offscreen.
import { medians } from './common.mjs';

export const CPU_THROTTLE = 4;
export const VIEWPORT = { width: 412, height: 915 };

async function openHarness(browser, baseUrl, { heap = false } = {}) {
  // A fresh browser context per run: its own renderer process, no compiled code or heap left from a previous run.
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  page.on('pageerror', (e) => console.error(`  [page error] ${e.message}`));
  if (heap) {
    await page.exposeFunction('__benchHeap', async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const usage = await cdp.send('Runtime.getHeapUsage');
      const dom = await cdp.send('Memory.getDOMCounters');
      return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, nodes: dom.nodes, listeners: dom.jsEventListeners };
    });
  }
  await page.goto(`${baseUrl}/bench/harness.html`);
  await page.waitForFunction(() => window.benchReady === true);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return { context, page, cdp };
}

function config(subject, files, n, variant, mode, settleMs) {
  const markup = subject.markup(n, variant);
  return {
    scripts: subject.scripts.map((k) => files[k].jsUrl),
    css: subject.scripts.map((k) => files[k].cssUrl).filter(Boolean),
    markup: variant === 'offscreen' ? `<div style="height:500vh" aria-hidden="true"></div>${markup}` : markup,
    init: subject.init,
    variant,
    mode,
    settleMs,
  };
}

/** Eval + render times and long tasks, `runs` fresh pages each; returns medians and the raw runs. */
export async function timeSubject(browser, baseUrl, files, subject, n, runs) {
  const raw = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openHarness(browser, baseUrl);
    raw.push(await page.evaluate((c) => window.benchRun(c), config(subject, files, n, 'static', 'time', 700)));
    await context.close();
  }
  return { ...medians(raw), runs: raw.length, raw };
}

/** JS heap, embedder (DOM) heap and DOM nodes per instance: (after N instances − before) / N, after a full GC. */
export async function heapSubject(browser, baseUrl, files, subject, n, runs) {
  const raw = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openHarness(browser, baseUrl, { heap: true });
    const r = await page.evaluate((c) => window.benchRun(c), config(subject, files, n, 'static', 'heap', 1000));
    const { before, after } = r.heap;
    raw.push({
      jsPerInstance: (after.js - before.js) / n,
      embedderPerInstance: after.embedder === null ? null : (after.embedder - before.embedder) / n,
      nodesPerInstance: (after.nodes - before.nodes) / n,
      listenersPerInstance: (after.listeners - before.listeners) / n,
      jsAfterEval: before.js,
    });
    await context.close();
  }
  return { ...medians(raw), runs: raw.length, raw };
}

const metric = (metrics, name) => metrics.metrics.find((m) => m.name === name)?.value ?? 0;

/**
 * Main-thread busy time while nothing is asked of the page, in ms per second (10 ms/s = 1% of a throttled core):
 * `variant` is playing (visible, moving), paused (the reader pressed pause), offscreen (moving, but scrolled out of
 * view) or done (a count-up finished). Measured with Performance.getMetrics (TaskDuration) over `windowMs`.
 */
export async function idleSubject(browser, baseUrl, files, subject, variant, runs, windowMs) {
  const raw = [];
  for (let i = 0; i < runs; i++) {
    const { context, page, cdp } = await openHarness(browser, baseUrl);
    await page.evaluate((c) => window.benchRun(c), config(subject, files, 1, variant, 'idle', variant === 'done' ? 4000 : 1500));
    await cdp.send('Performance.enable');
    const m0 = await cdp.send('Performance.getMetrics');
    await page.waitForTimeout(windowMs);
    const m1 = await cdp.send('Performance.getMetrics');
    const seconds = metric(m1, 'Timestamp') - metric(m0, 'Timestamp');
    const per = (name) => ((metric(m1, name) - metric(m0, name)) * 1000) / seconds;
    raw.push({ taskMsPerS: per('TaskDuration'), scriptMsPerS: per('ScriptDuration'), styleLayoutMsPerS: per('RecalcStyleDuration') + per('LayoutDuration') });
    await context.close();
  }
  return { ...medians(raw), runs: raw.length, raw };
}
