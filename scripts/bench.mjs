#!/usr/bin/env node
// npm run bench: what Awas costs a reader's phone, next to the libraries a site would otherwise piece together.
// Not part of npm test. Prints every figure; with --write also updates BENCHMARKS.md (between its bench markers),
// bench/chart.svg and bench/results.json.
//
//   npm run bench                        build, then measure (about 10 minutes on 2 cores)
//   npm run bench -- --write             … and write BENCHMARKS.md, bench/chart.svg, bench/results.json
//   node scripts/bench.mjs --dist=DIR    measure the awas.js / awas-hotline-card.js in DIR, no build
//   --runs=N (timing runs, default 5) --quick (1 run each, for trying the script) --only=runtime,cls,lighthouse
//   --from=bench/results.json            no measuring: print (and with --write, write) the report of earlier results
//   --merge                              measure the parts in --only, keep the other parts of bench/results.json
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { measure } from './size.mjs';
import { barChart } from './bench/chart.mjs';
import { CLS_CPU_THROTTLE, measureCls, measureMotionShift, MOTION_VIEWPORT, SLOW_3G } from './bench/cls.mjs';
import { FIRST_CALLABLE_CPU, FIRST_CALLABLE_VIEWPORT, measureFirstCallable } from './bench/first-callable.mjs';
import { startGzipServer } from './bench/gzip-server.mjs';
import { args, launch, median, medians, prepareFiles, root, serve, work } from './bench/common.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { PEERS } from './bench/peers.mjs';
import { CPU_THROTTLE, heapSubject, idleSubject, timeSubject, VIEWPORT } from './bench/runtime.mjs';
import { loadPacks, subjects } from './bench/subjects.mjs';

const { flags, values } = args();
const quick = flags.has('--quick');
const only = new Set((values.only ?? 'runtime,callable,cls,lighthouse').split(','));
const RUNS = {
  time1: quick ? 1 : Number(values.runs ?? 5),
  time100: quick ? 1 : Math.max(1, Math.ceil(Number(values.runs ?? 5) * 0.6)),
  heap: quick ? 1 : 3,
  idle: quick ? 1 : 3,
  // A shift happens or not depending on where the script is, not on timing: one load per page and width is enough
  // (repeated loads gave the same values to the third decimal).
  cls: 1,
  callable: quick ? 1 : Number(values.runs ?? 5),
  lighthouse: quick ? 1 : 3,
};
const IDLE_WINDOW_MS = 4000;
const N = 100;
const started = Date.now();
const log = (s) => console.log(s);
const round1 = (x) => Math.round(x * 10) / 10;
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

// ---------------------------------------------------------------------------------------------------- machine
function machineInfo(browserVersion) {
  const model = cpus()[0]?.model ?? 'unknown';
  return {
    cpu: model.trim(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
    loadAverageAtStart: loadavg().map((x) => Number(x.toFixed(2))),
    freeMemoryGiBAtStart: Number((freemem() / 2 ** 30).toFixed(1)),
    os: (() => {
      try {
        return /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'unknown';
      } catch {
        return 'unknown';
      }
    })(),
  };
}

// ---------------------------------------------------------------------------------------------------- measure
const S = subjects(loadPacks(root));

async function measureAll() {
  const results = { date: new Date().toISOString().slice(0, 10), settings: { cpuThrottle: CPU_THROTTLE, viewport: VIEWPORT, runs: RUNS, idleWindowMs: IDLE_WINDOW_MS, n: N, slow3g: SLOW_3G, clsCpuThrottle: CLS_CPU_THROTTLE } };

  log(values.dist ? `Using the scripts in ${values.dist} (no build).` : 'Building dist/ …');
  const files = await prepareFiles(values.dist);

  results.sizes = {};
  for (const [id, f] of Object.entries(files)) {
    const js = measure(f.js);
    const css = f.css ? measure(f.css) : null;
    results.sizes[id] = { js, css, totalGzip: js.gzip + (css?.gzip ?? 0), totalBrotli: js.brotli + (css?.brotli ?? 0), version: f.version ?? null };
  }

  const { server, url } = await serve();
  const browser = await launch();
  results.machine = machineInfo(browser.version());
  log(`Machine: ${results.machine.cpu}, ${results.machine.cores} cores, Chromium ${results.machine.chromium}; load average ${results.machine.loadAverageAtStart.join(' / ')}`);

  try {
    if (only.has('runtime')) {
      results.time = {};
      const one = ['awas-all', 'awas-hotline-only', 'awas-hotline-card', 'awas-risk-quiz', 'awas-scam-carousel', 'awas-stats-ticker', 'awas-safe-exit', 'splide', 'shoelace', 'countup'];
      const hundred = ['awas-hotline-only', 'awas-hotline-card', 'awas-risk-quiz', 'awas-scam-carousel', 'awas-stats-ticker', 'awas-safe-exit', 'splide', 'shoelace', 'countup'];
      log(`\nTiming (${CPU_THROTTLE}× CPU throttling; medians of ${RUNS.time1} runs for 1 instance, ${RUNS.time100} for ${N}) [${elapsed()}]`);
      // Interleave subjects run by run, so a burst of load from other work on the machine hits every subject alike.
      for (const [ids, n, runs] of [
        [one, 1, RUNS.time1],
        [hundred, N, RUNS.time100],
      ]) {
        const raw = Object.fromEntries(ids.map((id) => [id, []]));
        for (let run = 0; run < runs; run++) for (const id of ids) raw[id].push(...(await timeSubject(browser, url, files, S[id], n, 1)).raw);
        for (const id of ids) {
          const m = { ...medians(raw[id]), runs: raw[id].length, raw: raw[id].map((x) => ({ evalMs: round1(x.evalMs), renderMs: round1(x.renderMs), totalMs: round1(x.totalMs), longestTaskMs: round1(x.longestTaskMs) })) };
          results.time[`${id}@${n}`] = m;
          log(`  ${`${id} ×${n}`.padEnd(24)} eval ${m.evalMs.toFixed(1).padStart(6)} ms  render ${m.renderMs.toFixed(1).padStart(7)} ms  first frame ${m.totalMs.toFixed(1).padStart(7)} ms  longest task ${m.longestTaskMs.toFixed(0).padStart(5)} ms`);
        }
      }

      log(`\nMemory per instance (${N} instances − none, after a full GC; medians of ${RUNS.heap}) [${elapsed()}]`);
      results.heap = {};
      // awas-hotline-card from awas.js is the same element as from awas-hotline-card.js: measured once.
      for (const id of hundred.filter((x) => x !== 'awas-hotline-card')) {
        const m = await heapSubject(browser, url, files, S[id], N, RUNS.heap);
        results.heap[id] = m;
        log(`  ${id.padEnd(22)} JS ${(m.jsPerInstance / 1024).toFixed(1).padStart(6)} KB  DOM/embedder ${m.embedderPerInstance === null ? '   n/a' : (m.embedderPerInstance / 1024).toFixed(1).padStart(6)} KB  nodes ${m.nodesPerInstance.toFixed(0).padStart(5)}`);
      }

      log(`\nMain-thread time while idle (ms per second, ${CPU_THROTTLE}× throttled, ${IDLE_WINDOW_MS / 1000} s windows, medians of ${RUNS.idle}) [${elapsed()}]`);
      results.idle = {};
      const idleCases = [
        ['awas-scam-carousel', ['playing', 'paused', 'offscreen']],
        ['splide', ['playing', 'paused', 'offscreen']],
        ['shoelace', ['playing', 'paused', 'offscreen']],
        ['awas-stats-ticker', ['playing', 'paused', 'offscreen', 'done']],
        ['countup', ['done']],
      ];
      for (const [id, variants] of idleCases) {
        for (const variant of variants) {
          const m = await idleSubject(browser, url, files, S[id], variant, RUNS.idle, IDLE_WINDOW_MS);
          results.idle[`${id}:${variant}`] = m;
          log(`  ${`${id} ${variant}`.padEnd(30)} ${m.taskMsPerS.toFixed(2).padStart(7)} ms/s (script ${m.scriptMsPerS.toFixed(2)}, style+layout ${m.styleLayoutMsPerS.toFixed(2)})`);
        }
      }
    }

    if (only.has('callable')) {
      log(`\nTime to the first callable number, each door next to a static page (Slow 3G, ${FIRST_CALLABLE_CPU}× CPU, ${FIRST_CALLABLE_VIEWPORT.width} px, gzip; medians of ${RUNS.callable}) [${elapsed()}]`);
      const gzip = await startGzipServer({ root, routes: { '/dist/awas.js': '/.tmp/bench/dist/awas.js', '/dist/awas-hotline-card.js': '/.tmp/bench/dist/awas-hotline-card.js' } });
      try {
        results.firstCallable = await measureFirstCallable({ browser, baseUrl: gzip.url, runs: RUNS.callable, log });
      } finally {
        gzip.server.close();
      }
    }

    if (only.has('cls')) {
      log(`\nLayout shift on dist/demo/index.html, Slow 3G + ${CLS_CPU_THROTTLE}× CPU (one load per page and width) [${elapsed()}]`);
      results.cls = await measureCls({ browser, baseUrl: url, runs: RUNS.cls, log });
      log(`\nLayout shift from motion after load, nobody touching the page [${elapsed()}]`);
      results.motionShift = await measureMotionShift({ browser, baseUrl: url, log });
    }
  } finally {
    await browser.close();
    server.close();
  }

  if (only.has('lighthouse')) {
    log(`\nLighthouse on dist/demo/index.html (medians of ${RUNS.lighthouse}) [${elapsed()}]`);
    results.lighthouse = await measureLighthouse({ runs: RUNS.lighthouse, log });
  }
  results.machine.loadAverageAtEnd = loadavg().map((x) => Number(x.toFixed(2)));
  results.durationS = Math.round((Date.now() - started) / 1000);
  return results;
}

let results = values.from ? JSON.parse(readFileSync(resolve(root, values.from), 'utf8')) : await measureAll();
if (flags.has('--merge') && !values.from) {
  // Only the parts measured now replace the earlier ones (sizes are always measured).
  const earlier = JSON.parse(readFileSync(join(root, 'bench/results.json'), 'utf8'));
  results = { ...earlier, ...Object.fromEntries(Object.entries(results).filter(([, v]) => v !== undefined)), settings: { ...earlier.settings, ...results.settings } };
}

// ---------------------------------------------------------------------------------------------------- report
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n) => (n === null || n === undefined ? 'n/a' : n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
const ratio = (a, b) => (a === null || b === null || a === undefined || b === undefined || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

/** Every page of the timing runs evaluates its script the same way: pool them for a steadier median per script. */
function pooledEval(r, script) {
  const runs = Object.entries(r.time ?? {})
    .filter(([key]) => S[key.split('@')[0]].scripts[0] === script)
    .flatMap(([, m]) => (m.raw ?? [{ evalMs: m.evalMs }]).map((x) => x.evalMs));
  return median(runs);
}

/** How far runs stray from their median, typically: the median over subjects of (slowest − fastest) / 2 / median. */
function timeSpread(r) {
  const spreads = Object.values(r.time ?? {})
    .filter((m) => (m.raw ?? []).length > 1)
    .map((m) => {
      const t = m.raw.map((x) => x.totalMs);
      return (Math.max(...t) - Math.min(...t)) / 2 / m.totalMs;
    });
  const s = median(spreads);
  return s === null ? null : Math.round(s * 100);
}

function report(r) {
  const out = [];
  const s = r.sizes;
  out.push(`Measured ${r.date} by \`npm run bench\` in ${Math.round(r.durationS / 60)} min. Machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.os}, Node ${r.machine.node}, Chromium ${r.machine.chromium} headless. Load average ${r.machine.loadAverageAtStart.join(' / ')} at the start and ${r.machine.loadAverageAtEnd.join(' / ')} at the end (the machine was shared with other work: hence medians).${timeSpread(r) === null ? '' : ` Typical spread of the timing runs around their median: ±${timeSpread(r)}%.`}`);
  out.push('', '### Bytes (what a reader downloads)', '', '| file | raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
  const row = (name, m) => `| ${name} | ${kb(m.raw)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`;
  out.push(row('`dist/awas.js` (all five widgets, id + en, default content)', s.awas.js), row('`dist/awas-hotline-card.js` (hotline card only)', s.hotline.js));
  for (const [id, p] of Object.entries(PEERS)) {
    out.push(row(`${p.label} ${s[id].version} (script, minified ES2017 IIFE)`, s[id].js));
    if (s[id].css) out.push(row(`${p.label} stylesheet it needs`, s[id].css));
  }
  out.push('', `Peers with their stylesheet, gzip: Splide ${kb(s.splide.totalGzip)}, Shoelace carousel ${kb(s.shoelace.totalGzip)}, countUp.js ${kb(s.countup.totalGzip)}. A carousel plus animated numbers pieced together: Splide + countUp.js = ${kb(s.splide.totalGzip + s.countup.totalGzip)}, Shoelace carousel + countUp.js = ${kb(s.shoelace.totalGzip + s.countup.totalGzip)}; \`awas.js\` = ${kb(s.awas.js.gzip)} (${ratio(s.awas.js.gzip, s.splide.totalGzip + s.countup.totalGzip)} and ${ratio(s.awas.js.gzip, s.shoelace.totalGzip + s.countup.totalGzip)} of those) for five widgets and their content.`);

  if (r.time) {
    const t = r.time;
    out.push('', `### Script evaluation and first render (${r.settings.cpuThrottle}× CPU throttling, viewport ${r.settings.viewport.width}×${r.settings.viewport.height})`, '');
    out.push('*eval*: the script parsed, compiled and run. *render*: markup in, library started, every instance rendered and laid out. *first render*: eval + render + the first frame (median, and the fastest–slowest run in brackets). *blocking*: long-task time over 50 ms (as in TBT), from the start to 0.7 s after.', '');
    out.push('| subject | instances | eval | render | first render | longest task | blocking | runs |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const [key, m] of Object.entries(t)) {
      const [id, n] = key.split('@');
      const totals = (m.raw ?? []).map((x) => x.totalMs);
      const spread = totals.length > 1 ? ` (${Math.round(Math.min(...totals))}–${Math.round(Math.max(...totals))})` : '';
      out.push(`| ${S[id].label} | ${n} | ${ms(m.evalMs)} | ${ms(m.renderMs)} | ${ms(m.totalMs)}${spread} | ${ms(m.longestTaskMs)} | ${ms(m.blockingMs)} | ${m.runs} |`);
    }
  }
  if (r.time) {
    const count = (script) => Object.entries(r.time).filter(([key]) => S[key.split('@')[0]].scripts[0] === script).reduce((n, [, m]) => n + m.runs, 0);
    out.push('', 'Script evaluation pooled over every timed page that loads the script (the same work each time, so more runs): ' + ['awas', 'hotline', 'splide', 'shoelace', 'countup'].map((k) => `${k === 'awas' ? '`awas.js`' : k === 'hotline' ? '`awas-hotline-card.js`' : PEERS[k].label} ${ms(pooledEval(r, k))} (${count(k)} runs)`).join(', ') + '.');
  }
  if (r.heap) {
    out.push('', `### Memory per instance (${r.settings.n} instances minus none, after a forced full GC; medians of ${r.settings.runs.heap})`, '');
    out.push('| subject | JS heap | DOM (Blink heap) | DOM nodes | event listeners |', '|---|---:|---:|---:|---:|');
    for (const [id, m] of Object.entries(r.heap)) out.push(`| ${S[id].label} | ${kb(m.jsPerInstance)} | ${m.embedderPerInstance === null ? 'n/a' : kb(m.embedderPerInstance)} | ${Math.round(m.nodesPerInstance)} | ${Math.round(m.listenersPerInstance)} |`);
  }
  if (r.time && r.heap) {
    const t = r.time;
    const side = (ours, peers, title) => {
      out.push('', `#### ${title}`, '', `| | ${S[ours].label} | ${peers.map((p) => `${S[p].label} | Awas ÷ ${S[p].label}`).join(' | ')} |`, `|---|---:|${peers.map(() => '---:|---:').join('|')}|`);
      const line = (label, get, fmt) => out.push(`| ${label} | ${fmt(get(ours, true))} | ${peers.map((p) => `${fmt(get(p))} | ${ratio(get(ours, true), get(p))}`).join(' | ')} |`);
      line('gzip bytes (awas.js: all widgets)', (id, o) => (o ? s.awas.js.gzip : s[S[id].scripts[0]].totalGzip), kb);
      line('script eval (median over every page that loads the script)', (id) => pooledEval(r, S[id].scripts[0]), ms);
      line('first render, 1 instance', (id) => t[`${id}@1`]?.totalMs, ms);
      line(`render, ${r.settings.n} instances`, (id) => t[`${id}@${r.settings.n}`]?.renderMs, ms);
      line(`longest task, ${r.settings.n} instances`, (id) => t[`${id}@${r.settings.n}`]?.longestTaskMs, ms);
      line('JS heap per instance', (id) => r.heap[id]?.jsPerInstance, kb);
      line('DOM nodes per instance', (id) => r.heap[id]?.nodesPerInstance, (n) => (n === undefined ? 'n/a' : String(Math.round(n))));
    };
    out.push('', '### Side by side with the peers (ratios: above 1× means Awas costs more)');
    side('awas-scam-carousel', ['splide', 'shoelace'], 'Carousel: awas-scam-carousel vs Splide and Shoelace sl-carousel (same six examples)');
    side('awas-stats-ticker', ['countup'], 'Animated numbers: awas-stats-ticker animate vs countUp.js (same eight figures in hand-written cards)');
  }
  if (r.idle) {
    out.push('', `### Main thread while nobody touches the page (ms of main-thread work per second, ${r.settings.cpuThrottle}× throttled; 10 ms/s = 1% of a core)`, '');
    out.push('*playing*: autoplay (carousels every 5 s) or marquee (ticker), visible. *paused*: after the reader pressed the pause/stop control (Shoelace has none: `autoplay` set to false). *offscreen*: playing, but scrolled out of view. *done*: a count-up finished.', '');
    out.push('| subject | playing | paused | offscreen | done |', '|---|---:|---:|---:|---:|');
    const ids = [...new Set(Object.keys(r.idle).map((k) => k.split(':')[0]))];
    for (const id of ids) out.push(`| ${S[id].label.replace(' animate', '')} | ${['playing', 'paused', 'offscreen', 'done'].map((v) => (r.idle[`${id}:${v}`] ? r.idle[`${id}:${v}`].taskMsPerS.toFixed(2) : '')).join(' | ')} |`);
  }
  if (r.firstCallable) {
    const f = r.firstCallable;
    out.push('', `### Time until a reader can call (Slow 3G: ${SLOW_3G.latency} ms round trip, ${SLOW_3G.downloadThroughput / 1000} KB/s; ${FIRST_CALLABLE_CPU}× CPU; ${FIRST_CALLABLE_VIEWPORT.width} × ${FIRST_CALLABLE_VIEWPORT.height} px; gzip)`, '');
    out.push('From the tap on the link to the first frame with a `tel:` link painted on screen (`scripts/bench/first-callable.mjs`). Each door is the same village page with the hotline card as that door carries it; the static page holds the same link as plain HTML. Median of the runs, and the runs.', '');
    out.push('| door | first callable | × static page | runs (s) |', '|---|---:|---:|---|');
    for (const [, m] of Object.entries(f)) out.push(`| ${m.label.replace(/</g, '&lt;')} | ${m.seconds.toFixed(2)} s | ${m.ratio.toFixed(2)}× | ${m.raw.map((x) => x.toFixed(2)).join(', ')} |`);
  }

  if (r.cls) {
    out.push('', `### Layout shift while the demo page loads (Slow 3G: ${r.settings.slow3g.latency} ms round trip, ${r.settings.slow3g.downloadThroughput / 1000} KB/s; ${r.settings.clsCpuThrottle}× CPU)`, '');
    out.push('| where the script is | CLS at 360 px | CLS at 1280 px |', '|---|---:|---:|');
    const variants = [...new Set(Object.values(r.cls).map((c) => c.variant))];
    for (const v of variants) {
      const at = (w) => Object.values(r.cls).find((c) => c.variant === v && c.width === w);
      out.push(`| ${at(360).label.replace(/</g, '&lt;')} | ${at(360).cls.toFixed(3)} | ${at(1280).cls.toFixed(3)} |`);
    }
  }
  if (r.motionShift) {
    out.push('', `### Layout shift from motion after load (script in <head>, ${MOTION_VIEWPORT.width} × ${MOTION_VIEWPORT.height} px so the text below is on screen; nobody touches the page)`, '');
    out.push('| widget | layout shift | shifts |', '|---|---:|---:|');
    for (const m of Object.values(r.motionShift)) out.push(`| ${m.label.replace(/</g, '&lt;')} | ${m.cls.toFixed(4)} | ${m.shifts} |`);
  }
  if (r.lighthouse) {
    out.push('', '### Lighthouse on demo/index.html (mobile, default simulated throttling: slow 4G, 4× CPU)', '');
    out.push('| served | performance | FCP | LCP | TBT | CLS | Speed Index | runs |', '|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const l of Object.values(r.lighthouse)) out.push(`| ${l.server === 'gzip' ? 'gzip (as a host or CDN serves it)' : 'uncompressed (scripts/static-server.mjs)'} | ${l.score} | ${ms(l.fcp)} | ${ms(l.lcp)} | ${ms(l.tbt)} | ${l.cls.toFixed(3)} | ${ms(l.si)} | ${l.runs} |`);
    const g = r.lighthouse.gzip ?? Object.values(r.lighthouse)[0];
    out.push('', `Long tasks in the median run (${g.server}): ${g.longTasks.map((x) => `${x.url} ${x.ms} ms`).join(', ')}. Lighthouse's benchmark index of this machine: ${Math.round(g.benchmarkIndex)}.`);
  }
  return out.join('\n');
}

function chart(r) {
  const s = r.sizes;
  const panels = [
    {
      title: 'Download size, gzip (script + the stylesheet it needs)',
      format: (v) => kb(v),
      rows: [
        { label: 'awas.js (all 5 widgets)', value: s.awas.js.gzip, ours: true },
        { label: 'awas-hotline-card.js', value: s.hotline.js.gzip, ours: true },
        { label: 'Splide + CSS', value: s.splide.totalGzip },
        { label: 'Shoelace sl-carousel + theme', value: s.shoelace.totalGzip },
        { label: 'countUp.js', value: s.countup.totalGzip },
        { label: 'Splide + countUp.js', value: s.splide.totalGzip + s.countup.totalGzip },
      ],
      marks: [
        { value: 30 * 1024, label: 'budget 30 KB' },
        { value: 14 * 1024, label: 'budget 14 KB (hotline)' },
      ],
    },
  ];
  if (r.time) {
    // Both time panels compare the same moving widgets with the same peers; `value(key)` reads one measurement.
    const compared = (value) =>
      [
        ['awas-scam-carousel', 'awas-scam-carousel', true],
        ['Splide', 'splide'],
        ['Shoelace sl-carousel', 'shoelace'],
        ['awas-stats-ticker animate', 'awas-stats-ticker', true],
        ['countUp.js (8 figures per instance)', 'countup'],
      ].map(([label, key, ours]) => ({ label, value: value(key), ...(ours ? { ours } : {}) }));
    const t = (k) => r.time[k]?.totalMs ?? 0;
    panels.push({
      title: `Time to first render, 1 instance (eval + render + first frame, ${r.settings.cpuThrottle}× CPU)`,
      format: (v) => ms(v),
      rows: [
        { label: 'awas.js: one of each widget', value: t('awas-all@1'), ours: true },
        { label: 'awas-hotline-card.js: card', value: t('awas-hotline-only@1'), ours: true },
        ...compared((key) => t(`${key}@1`)),
      ],
    });
    const h = (k) => r.time[`${k}@${r.settings.n}`]?.renderMs ?? 0;
    panels.push({
      title: `Render ${r.settings.n} instances (${r.settings.cpuThrottle}× CPU)`,
      format: (v) => ms(v),
      rows: [
        { label: 'awas-hotline-card', value: h('awas-hotline-card'), ours: true },
        ...compared(h),
      ],
    });
  }
  return barChart({ title: 'Awas against the peers', subtitle: `npm run bench, ${r.date}: ${r.machine.cpu}, ${r.machine.cores} cores, Chromium ${r.machine.chromium}; medians${timeSpread(r) === null ? '' : ` (runs spread ±${timeSpread(r)}% around them)`}. Shorter is better.`, panels });
}

const md = report(results);
mkdirSync(work, { recursive: true });
writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(work, 'chart.svg'), chart(results));
writeFileSync(join(work, 'report.md'), md + '\n');
log(`\n${md}\n\nWrote .tmp/bench/results.json, .tmp/bench/report.md, .tmp/bench/chart.svg in ${elapsed()}.`);

if (flags.has('--write')) {
  mkdirSync(join(root, 'bench'), { recursive: true });
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n');
  writeFileSync(join(root, 'bench/chart.svg'), chart(results));
  const path = join(root, 'BENCHMARKS.md');
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- bench:start (written by npm run bench -- --write; do not edit) -->';
  const end = '<!-- bench:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a < 0 || b < a) throw new Error('BENCHMARKS.md has no bench markers');
  writeFileSync(path, doc.slice(0, a + start.length) + '\n' + md + '\n' + doc.slice(b));
  log('Wrote BENCHMARKS.md, bench/chart.svg, bench/results.json.');
}
