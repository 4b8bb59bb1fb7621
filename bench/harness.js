/* global window, document, performance, PerformanceObserver, fetch, setTimeout, requestAnimationFrame */
// The in-page half of `npm run bench` (scripts/bench/runtime.mjs drives it): load one library, render N instances,
// and time each step with performance.now(). Timing starts when the library's code is handed to the engine
// (the bytes are already fetched), so network time is not in it; the same steps run for our widgets and the peers.

const longTasks = [];
try {
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({ type: 'longtask', buffered: true });
} catch {
  /* no Long Tasks API: reported as null */
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every Lit element under `root`, shadow roots included. */
function litElements(root, out = []) {
  for (const el of root.querySelectorAll('*')) {
    if (el.updateComplete) out.push(el);
    if (el.shadowRoot) litElements(el.shadowRoot, out);
  }
  return out;
}

/** Wait until no Lit element on the stage has a pending update (nested elements render after their parents). */
async function litSettled(stage) {
  for (let round = 0; round < 10; round++) {
    const pending = litElements(stage).filter((el) => el.isUpdatePending || !el.hasUpdated);
    if (pending.length === 0) return;
    await Promise.all(pending.map((el) => el.updateComplete));
  }
}

const instances = [];

/** Start each library on the markup, the way its documentation says a site does. */
const INIT = {
  awas: () => {},
  shoelace: () => {},
  splide: (stage, variant) => {
    const autoplay = variant === 'playing' || variant === 'paused' || variant === 'offscreen';
    for (const el of stage.querySelectorAll('.splide')) {
      instances.push(new window.Splide(el, { autoplay, interval: 5000, pauseOnHover: true, pauseOnFocus: true }).mount());
    }
  },
  countup: (stage) => {
    // Count up once when scrolled into view (IntersectionObserver), like <awas-stats-ticker animate>.
    for (const el of stage.querySelectorAll('[data-value]')) {
      instances.push(new window.CountUp(el, Number(el.dataset.value), { separator: '.', decimal: ',', autoAnimate: true, autoAnimateOnce: true }));
    }
  },
};

/** Put moving widgets in the "paused by the reader" state. */
const PAUSE = {
  awas: (stage) => {
    for (const el of stage.querySelectorAll('awas-scam-carousel, awas-stats-ticker')) {
      const button = el.shadowRoot.querySelector('button.rotate, button.toggle');
      if (!button) throw new Error(`${el.localName}: no pause control found`);
      button.click();
    }
  },
  splide: () => instances.forEach((s) => s.Components.Autoplay.pause()),
  shoelace: (stage) => stage.querySelectorAll('sl-carousel').forEach((c) => (c.autoplay = false)),
  countup: () => {},
};

/**
 * config: {scripts: [url], css: [url], markup, init, variant, mode: 'time' | 'heap' | 'idle', settleMs}
 * Returns times in ms (eval, render, frame), long tasks after the start, and the stage's size.
 */
window.benchRun = async function benchRun(config) {
  const stage = document.getElementById('stage');
  const texts = await Promise.all(config.scripts.map((u) => fetch(u).then((r) => r.text())));
  const styles = await Promise.all((config.css ?? []).map((u) => fetch(u).then((r) => r.text())));
  await nextFrame();

  // 1. The library's own cost: parse, compile and run the script (and its stylesheet), as a <script> would.
  const t0 = performance.now();
  for (const css of styles) document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
  for (const js of texts) document.head.append(Object.assign(document.createElement('script'), { textContent: js }));
  const t1 = performance.now();
  await nextTask();

  const heap = {};
  if (config.mode === 'heap') heap.before = await window.__benchHeap();

  // 2. N instances: markup in, library started, every instance rendered and laid out (a forced layout).
  const t2 = performance.now();
  stage.innerHTML = config.markup;
  INIT[config.init](stage, config.variant);
  await litSettled(stage);
  const height = stage.getBoundingClientRect().height;
  const t3 = performance.now();
  await nextFrame();
  const t4 = performance.now();

  if (config.variant === 'paused') PAUSE[config.init](stage);
  await sleep(config.settleMs ?? 500);
  if (config.mode === 'heap') heap.after = await window.__benchHeap();

  const after = longTasks.filter((e) => e.startTime >= t0 - 1);
  return {
    evalMs: t1 - t0,
    renderMs: t3 - t2,
    frameMs: t4 - t2,
    totalMs: t1 - t0 + (t4 - t2),
    height,
    longTasks: after.length,
    longestTaskMs: after.reduce((m, e) => Math.max(m, e.duration), 0),
    blockingMs: after.reduce((s, e) => s + Math.max(0, e.duration - 50), 0),
    heap,
  };
};
window.benchReady = true;
