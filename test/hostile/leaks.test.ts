/**
 * Leaks, against the built dist/awas.js: each widget is created, rendered and removed 1,000 times (in the
 * configuration that starts the most machinery: rotation timers, count-up frames, observers, window listeners).
 * test/hostile/pages/trap.js wraps setTimeout/setInterval/requestAnimationFrame/requestIdleCallback, the three
 * observers and add/removeEventListener on page-wide targets before the script loads, so everything still
 * registered can be counted. Then, after a full garbage collection (DevTools protocol):
 * - the JS heap is within 10% of where it was after a warm-up of 300 cycles per widget (what legitimately stays:
 *   templates, style sheets, the default content parsed once, optimised code);
 * - no timer, frame, observer or page-wide listener of ours is left;
 * - the removed elements themselves were collected (WeakRef to every 10th one).
 */
import { expect } from '@open-wc/testing';
import { frames as framesOf, figures, heapAfterGc, memoryAfterGc, openPage, settle, type HostPage, type LiveCounts } from './helpers/frame.js';

const CYCLES = 1000;
const WARM_UP = 300;
/** Every 50th cycle waits two frames before removal, so observers report and timers start. */
const SETTLE_EVERY = 50;
const CONFIGS: [string, Record<string, string>][] = [
  ['awas-hotline-card', { from: 'kh' }],
  ['awas-risk-quiz', { mode: 'list' }],
  ['awas-safe-exit', { position: 'bottom-right', 'show-note': '' }],
  ['awas-scam-carousel', { autoplay: '', interval: '5' }],
  ['awas-stats-ticker', { mode: 'rotate', animate: '', interval: '5' }],
];

let page: HostPage;
/** WeakRef (ES2021; the project's TypeScript lib is ES2020). */
interface Ref<T> {
  deref(): T | undefined;
}
const WeakRefOf = (globalThis as unknown as { WeakRef: new <T extends object>(target: T) => Ref<T> }).WeakRef;
const frames = (win: Window, n: number) => framesOf(n, win);

async function cycle(tag: string, attributes: Record<string, string>, waitFrames: boolean, refs?: Ref<Element>[]): Promise<void> {
  const el = page.doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  page.doc.body.append(el);
  await settle(el);
  if (waitFrames) {
    await frames(page.win, 2);
    await settle(el);
  }
  el.remove();
  refs?.push(new WeakRefOf(el));
}

function countsOf(live: LiveCounts): Record<string, number> {
  return { ...live.timers, ...live.observers, listeners: live.listeners };
}

describe('hostile: leaks of dist/awas.js', function () {
  this.timeout(120000);

  before(async () => {
    page = await openPage('/test/hostile/pages/blank.html', { width: 800, height: 1200 });
  });

  after(() => page?.close());

  it(`create, render and remove each widget ${CYCLES} times: heap back within 10%, nothing of ours left`, async () => {
    const initial = await heapAfterGc();
    // Warm-up: the first widgets build what stays for the page's lifetime (templates, style sheets, parsed defaults,
    // and the engine's optimised code for hot functions, which counts in the heap too).
    for (const [tag, attributes] of CONFIGS) for (let i = 0; i < WARM_UP; i++) await cycle(tag, attributes, i % SETTLE_EVERY === 0);
    await cycle(CONFIGS[0][0], CONFIGS[0][1], false);
    await frames(page.win, 2);
    const startReading = await memoryAfterGc();
    const start = startReading.usedSize;
    const before = countsOf(page.record.live());

    const refs: Ref<Element>[] = [];
    const t0 = performance.now();
    const steps: string[] = [];
    for (const [tag, attributes] of CONFIGS) {
      for (let i = 0; i < CYCLES; i++) {
        await cycle(tag, attributes, i % SETTLE_EVERY === 0, i % 10 === 0 ? refs : undefined);
        if (i === CYCLES / 2 - 1 || i === CYCLES - 1) steps.push(`${tag.replace('awas-', '')}@${i + 1}:${Math.round((await heapAfterGc()) / 1024)}`);
      }
    }
    const seconds = (performance.now() - t0) / 1000;
    // The last widget of the run may still be referenced by work queued when it was removed; one more cycle of the
    // first configuration (as at the start) moves that reference on.
    await cycle(CONFIGS[0][0], CONFIGS[0][1], false);
    await frames(page.win, 2);
    const live = page.record.live();
    const after = countsOf(live);
    let endReading = await memoryAfterGc();
    // Chromium's listener counter includes the test page's own machinery and settles late under load: read again
    // (after another GC, a frame apart) until it is back, for at most 10 s, before judging. Awas's own listeners are
    // counted exactly by the trap (`after.listeners`).
    const deadline = performance.now() + 10000;
    while (endReading.jsEventListeners !== startReading.jsEventListeners && performance.now() < deadline) {
      await framesOf(1);
      endReading = await memoryAfterGc();
    }
    const end = endReading.usedSize;
    const alive = refs.filter((r) => r.deref() !== undefined).length;

    await figures('leaks', {
      widgets: CONFIGS.length,
      cyclesPerWidget: CYCLES,
      renders: CONFIGS.length * CYCLES,
      seconds: Number(seconds.toFixed(1)),
      warmUpCyclesPerWidget: WARM_UP,
      heapInitialKB: Math.round(initial / 1024),
      heapStartKB: Math.round(start / 1024),
      heapEndKB: Math.round(end / 1024),
      heapGrowthPercent: Number((((end - start) / start) * 100).toFixed(2)),
      elementsTracked: refs.length,
      elementsStillAlive: alive,
      heapStepsKB: steps.join(' '),
      domNodes: `${startReading.nodes} → ${endReading.nodes}`,
      jsEventListeners: `${startReading.jsEventListeners} → ${endReading.jsEventListeners}`,
      recorded: `console ${page.record.console.length}, awas-error ${page.record.awasErrors.length}`,
      liveBefore: JSON.stringify(before),
      liveAfter: JSON.stringify(after),
    });

    expect(after, `still registered: ${live.listenerTypes.join(', ')}`).to.deep.equal(before);
    // The page watcher for data-awas-widget mounts is the only thing that stays, from the moment the script loads.
    expect(after.MutationObserver, 'observers left (the page-wide mount watcher only)').to.equal(1);
    expect(after.timeout + after.interval + after.frame + after.idle, 'timers and frames left').to.equal(0);
    expect(after.listeners, 'page-wide listeners left').to.equal(0);
    expect(alive, 'removed widgets still in memory').to.equal(0);
    expect(endReading.nodes, 'DOM nodes after GC').to.equal(startReading.nodes);
    expect(endReading.jsEventListeners, 'JS event listeners after GC').to.equal(startReading.jsEventListeners);
    expect(end, `heap ${Math.round(start / 1024)} KB → ${Math.round(end / 1024)} KB`).to.be.at.most(start * 1.1);
    expect(page.record.errors).to.deep.equal([]);
  });

  it('the counters see what is left behind (control)', async () => {
    const win = page.win;
    const before = countsOf(page.record.live());
    const timer = win.setTimeout(() => undefined, 60000);
    const listener = () => undefined;
    win.addEventListener('resize', listener);
    const observer = new win.ResizeObserver(() => undefined);
    observer.observe(page.doc.body);
    const during = countsOf(page.record.live());
    expect(during.timeout - before.timeout).to.equal(1);
    expect(during.listeners - before.listeners).to.equal(1);
    expect(during.ResizeObserver - before.ResizeObserver).to.equal(1);
    win.clearTimeout(timer);
    win.removeEventListener('resize', listener);
    observer.disconnect();
    expect(countsOf(page.record.live())).to.deep.equal(before);
    // A widget kept by the page is seen as alive, and its nodes are counted.
    const nodes = (await memoryAfterGc()).nodes;
    const kept = page.doc.createElement('awas-safe-exit');
    page.doc.body.append(kept);
    await settle(kept);
    kept.remove();
    const ref = new WeakRefOf(kept);
    expect((await memoryAfterGc()).nodes).to.be.greaterThan(nodes);
    expect(ref.deref()).to.equal(kept);
  });
});
