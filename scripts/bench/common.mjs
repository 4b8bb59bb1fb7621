// Shared parts of the benchmark scripts: a scratch copy of the built scripts (so a rebuild by someone else during a
// long run changes nothing), the peers' bundles, the loopback server and Chromium.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { benchChromiumPath, CHROMIUM_ARGS } from '../chromium.mjs';
import { startStaticServer } from '../static-server.mjs';
import { bundlePeers } from './peers.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Scratch folder inside the repo (ignored by git), so the static server can serve it. */
export const work = join(root, '.tmp', 'bench');

export const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};

/** Median of every numeric field over runs: [{a: 1}, {a: 3}] → {a: 2}. */
export function medians(runs) {
  const out = {};
  for (const key of Object.keys(runs[0] ?? {})) if (typeof runs[0][key] === 'number') out[key] = median(runs.map((r) => r[key]));
  return out;
}

export function args(argv = process.argv.slice(2)) {
  const flags = new Set(argv.filter((a) => a.startsWith('--') && !a.includes('=')));
  const values = Object.fromEntries(argv.filter((a) => a.includes('=')).map((a) => a.replace(/^--/, '').split(/=(.*)/s).slice(0, 2)));
  return { flags, values };
}

/**
 * Copy the drop-in scripts to the scratch folder. With `from` (a folder that holds awas.js and awas-hotline-card.js)
 * nothing is built; otherwise `npm run build` runs first (on a shared machine, wrap the whole command in the dist lock).
 */
export function snapshotDist(from) {
  const source = from ? resolve(root, from) : join(root, 'dist');
  if (!from) execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const target = join(work, 'dist');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const name of ['awas.js', 'awas-hotline-card.js']) {
    if (!existsSync(join(source, name))) throw new Error(`${join(source, name)} is missing: build first (npm run build)`);
    copyFileSync(join(source, name), join(target, name));
  }
  return { awas: join(target, 'awas.js'), hotline: join(target, 'awas-hotline-card.js') };
}

/** Everything the runtime benchmark loads: our two scripts and the peers (js + css), as files and as URLs. */
export async function prepareFiles(from) {
  const ours = snapshotDist(from);
  const peersDir = join(work, 'peers');
  mkdirSync(peersDir, { recursive: true });
  const peers = await bundlePeers(peersDir, root);
  const files = {
    awas: { js: ours.awas, css: null },
    hotline: { js: ours.hotline, css: null },
    ...Object.fromEntries(Object.entries(peers).map(([id, p]) => [id, { js: p.js, css: p.css, version: p.version }])),
  };
  const url = (file) => '/' + relative(root, file).split('\\').join('/');
  for (const f of Object.values(files)) {
    f.jsUrl = url(f.js);
    f.cssUrl = f.css ? url(f.css) : null;
  }
  return files;
}

/** The repo root on 127.0.0.1; /dist/awas.js and /dist/awas-hotline-card.js come from the scratch copy. */
export function serve(extraRoutes = {}) {
  return startStaticServer({
    root,
    routes: { '/dist/awas.js': '/.tmp/bench/dist/awas.js', '/dist/awas-hotline-card.js': '/.tmp/bench/dist/awas-hotline-card.js', ...extraRoutes },
  });
}

export function launch() {
  return chromium.launch({ executablePath: benchChromiumPath(), args: CHROMIUM_ARGS });
}

export function machine() {
  return { chromium: benchChromiumPath(), chromiumArgs: CHROMIUM_ARGS };
}
