#!/usr/bin/env node
// Lighthouse 12 (mobile, default simulated throttling: slow 4G, 4× CPU) on the demo page, served from 127.0.0.1 twice:
// as scripts/static-server.mjs sends it (no compression) and gzip-compressed (as any host or CDN sends it).
// `npm run lighthouse` runs it alone; `npm run bench` includes it.
//   node scripts/bench/lighthouse.mjs [--dist=DIR] [--runs=N]
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { args, median, root, serve, snapshotDist } from './common.mjs';
import { startGzipServer } from './gzip-server.mjs';

const AUDITS = {
  fcp: 'first-contentful-paint',
  lcp: 'largest-contentful-paint',
  tbt: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  si: 'speed-index',
};

async function once(url) {
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: ['performance'] });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const out = { score: Math.round(lhr.categories.performance.score * 100), benchmarkIndex: lhr.environment.benchmarkIndex };
    for (const [k, id] of Object.entries(AUDITS)) out[k] = lhr.audits[id].numericValue;
    out.longTasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url.replace(/^https?:\/\/[^/]+/, ''), ms: Math.round(t.duration) }));
    out.bootup = (lhr.audits['bootup-time']?.details?.items ?? []).map((t) => ({ url: t.url.replace(/^https?:\/\/[^/]+/, ''), ms: Math.round(t.total), scripting: Math.round(t.scripting) }));
    out.renderBlockingMs = lhr.audits['render-blocking-resources']?.numericValue ?? 0;
    out.config = { formFactor: lhr.configSettings.formFactor, throttlingMethod: lhr.configSettings.throttlingMethod, throttling: lhr.configSettings.throttling, version: lhr.lighthouseVersion };
    return out;
  } finally {
    await chrome.kill();
  }
}

export async function measureLighthouse({ runs = 3, log = () => {} }) {
  const routes = { '/dist/awas.js': '/.tmp/bench/dist/awas.js' };
  const results = {};
  for (const [id, start] of [
    ['plain', () => serve()],
    ['gzip', () => startGzipServer({ root, routes })],
  ]) {
    const { server, url } = await start();
    const raw = [];
    try {
      for (let i = 0; i < runs; i++) raw.push(await once(`${url}/dist/demo/index.html`));
    } finally {
      server.close();
    }
    const m = { server: id, runs: raw.length };
    for (const k of ['score', 'benchmarkIndex', 'renderBlockingMs', ...Object.keys(AUDITS)]) m[k] = median(raw.map((r) => r[k]));
    // The run whose TBT is the median, for its long tasks and per-script CPU.
    const mid = raw.slice().sort((a, b) => a.tbt - b.tbt)[Math.floor(raw.length / 2)];
    results[id] = { ...m, longTasks: mid.longTasks, bootup: mid.bootup, config: mid.config, raw: raw.map(({ score, fcp, lcp, tbt, cls, si }) => ({ score, fcp, lcp, tbt, cls, si })) };
    log(`  lighthouse ${id.padEnd(6)} score ${m.score}, FCP ${Math.round(m.fcp)} ms, LCP ${Math.round(m.lcp)} ms, TBT ${Math.round(m.tbt)} ms, CLS ${m.cls.toFixed(3)}`);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = args();
  snapshotDist(values.dist);
  console.log('Lighthouse (mobile, simulated slow 4G + 4× CPU) on dist/demo/index.html:');
  const r = await measureLighthouse({ runs: Number(values.runs ?? 3), log: console.log });
  for (const x of Object.values(r)) {
    console.log(`  ${x.server}: every run (score / FCP / TBT): ${x.raw.map((y) => `${y.score} / ${Math.round(y.fcp)} / ${Math.round(y.tbt)}`).join(', ')}`);
    console.log(`  ${x.server}: long tasks of the median run ${JSON.stringify(x.longTasks)}; CPU per script ${JSON.stringify(x.bootup)}`);
  }
}
