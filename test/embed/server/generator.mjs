// The embed page generator (hosted-pages/document.ts, hosted-pages/prerender.ts) for the embed tests, run in Node as the build runs
// it: the pages' readable copies are rendered by @lit-labs/ssr with lit's server build, which cannot load in a browser.
//
// Each request runs in a child process of its own: the SSR DOM shim installs window, customElements, HTMLElement …
// on globalThis, and the test server's process must not get them.
//
//   generate([{ fn: 'renderDocument', args: [{ $page: 'hotline-card.id' }, null] }, { get: 'PAGE_SCRIPT' }])
//     → [{ value: '<!doctype html>…' }, { value: 'awas-embed.js' }]   (a call that throws gives { error: message })
//
// `{ $page: basename }` in args stands for that entry of EMBED_PAGES (the functions take the page object).
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const self = fileURLToPath(import.meta.url);

/** In the child: load the generator as the build does (scripts/load-ts.mjs: lit's server build), run the calls. */
async function child() {
  // The answers go to stdout: whatever the widgets log (their hints for page authors) goes to stderr.
  for (const level of ['log', 'info', 'warn', 'debug']) console[level] = (...args) => process.stderr.write(`${args.join(' ')}\n`);
  const input = JSON.parse(readFileSync(0, 'utf8'));
  const { loadTs } = await import(pathToFileURL(join(root, 'scripts/load-ts.mjs')).href);
  const generator = await loadTs(
    ["export * from './hosted-pages/document.ts';", "export * from './hosted-pages/prerender.ts';", "export { EMBED_PAGES } from './hosted-pages/pages.ts';"].join('\n'),
  );
  const page = (basename) => {
    const found = generator.EMBED_PAGES.find((p) => p.basename === basename);
    if (!found) throw new Error(`no embed page ${basename}`);
    return found;
  };
  const resolveArg = (arg) => (arg && typeof arg === 'object' && typeof arg.$page === 'string' ? page(arg.$page) : arg);
  const answers = input.map((call) => {
    try {
      if (call.get !== undefined) return { value: generator[call.get] };
      if (typeof generator[call.fn] !== 'function') throw new Error(`the generator has no function ${call.fn}`);
      return { value: generator[call.fn](...(call.args ?? []).map(resolveArg)) };
    } catch (error) {
      return { error: String(error?.message ?? error) };
    }
  });
  process.stdout.write(JSON.stringify(answers));
}

/** Run `calls` in a fresh child process; resolves to one answer per call. */
export function generate(calls) {
  return new Promise((resolve, reject) => {
    const proc = execFile(process.execPath, [self, '--child'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`embed generator: ${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout));
    });
    proc.stdin.end(JSON.stringify(calls));
  });
}

if (process.argv[1] === self && process.argv[2] === '--child') {
  child().catch((error) => {
    process.stderr.write(String(error?.stack ?? error));
    process.exit(1);
  });
}
