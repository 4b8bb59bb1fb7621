#!/usr/bin/env node
// npm run size: raw / gzip -9 / brotli bytes of every file a page loads from dist/, and the budgets.
// BUDGETS_GZIP are the targets set by the issues (PAGE_BUDGETS_GZIP per page, #17); CEILINGS_GZIP are what CI enforces today (a file over its ceiling
// fails the run). While a file is over its target, the gap is printed and the issue stays open; `--strict` fails on
// targets too (not on the page budgets yet). All measured on the built files (gzip -9).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Issue #17's budgets per page, gzip, for everything a page with only that widget loads (`all`: all five together).
 * They replace the one-file targets below (withdrawn by #17); `node scripts/size-breakdown.mjs` measures each page's
 * file today and its floor.
 */
export const PAGE_BUDGETS_GZIP = {
  'hotline-card': 18 * 1024,
  'scam-carousel': 20 * 1024,
  'risk-quiz': 18 * 1024,
  'stats-ticker': 16 * 1024,
  all: 40 * 1024,
};

/** What a page with only that widget loads today: the one file an author can choose for it. */
const PAGE_FILES = { 'hotline-card': 'awas-hotline-card.js' };

/** Per file (the one-file targets of #2 and #9, awas.js ≤ 30 KB and the hotline-only ≤ 14 KB, were withdrawn by #17). */
export const BUDGETS_GZIP = {
  'awas-embed-host.js': 1024,
};

/**
 * Regression guards while the targets are not met: measured size at the time + ~3%. Lower them as files shrink.
 * Raised once, by #16 (content a reader can trust: 45.3 → 50.5 KB, hotline-only 22.5 → 23.8 KB): the default packs
 * grew by 3.9 KB gzip (each source now links its article instead of a home page, with notes where none was found;
 * 12 quiz questions that ask what the seeker checked, with "why" texts that name who said it). Issue #17 (a page
 * pays only for its widgets) is where these come down.
 * Raised again by #14 (HTML first: 50.8 → 52.7 KB, hotline-only 23.9 → 25.3 KB): reach as one rule (numbering
 * plans, numbers shown as text where they cannot be dialled, their notes in two languages) and the check that a
 * snippet's readable copy is of the script's content (content version, "out of date" message). The copies
 * themselves cost the scripts nothing (their server-only parts, like the quiz's self-check, are left out).
 * Raised by #15 (a card that fits a sidebar: 52.8 → 54.4 KB, hotline-only 25.4 → 26.8 KB): the lead / disclosure
 * layout with its container-query steps, `limit`, copy feedback at the button, new-tab notes and their strings.
 * With the rest of #15 (safe exit out of the way of focus and controls, touch-aware hint, count-up that keeps the real
 * figure in text, a11y fixes): awas.js 55.9 KB, so its ceiling is 57 KB.
 * Lowered by #18: each module is compiled as ES2022 and the whole script lowered to ES2017 once, so esbuild's helpers
 * are in each script once instead of once per module (awas.js 56.2 → 55.7 KB, hotline-only 27.3 → 26.8 KB).
 */
export const CEILINGS_GZIP = {
  'awas.js': 56 * 1024,
  'awas-hotline-card.js': 26.9 * 1024,
};

export function measure(file) {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(9);

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = join(process.cwd(), 'dist');
  if (!existsSync(join(dist, 'awas.js'))) {
    console.error('size: dist/awas.js is missing; run npm run build first');
    process.exit(1);
  }
  const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
  let failed = false;
  const strict = process.argv.includes('--strict');
  console.log('file'.padEnd(28) + 'raw'.padStart(9) + 'gzip'.padStart(9) + 'brotli'.padStart(9) + '   target (gzip)            ceiling (gzip)');
  for (const name of files) {
    const m = measure(join(dist, name));
    const target = BUDGETS_GZIP[name];
    const ceiling = CEILINGS_GZIP[name] ?? target;
    let verdict = ''.padEnd(25);
    if (target !== undefined) {
      verdict = m.gzip <= target ? `≤ ${kb(target).trim()} ok`.padEnd(25) : `OVER ${kb(target).trim()} by ${kb(m.gzip - target).trim()}`.padEnd(25);
      if (strict && m.gzip > target) failed = true;
    }
    if (ceiling !== undefined) {
      verdict += m.gzip <= ceiling ? `≤ ${kb(ceiling).trim()} ok` : `> ${kb(ceiling).trim()} FAILED`;
      if (m.gzip > ceiling) failed = true;
    }
    console.log(name.padEnd(28) + kb(m.raw) + kb(m.gzip) + kb(m.brotli) + '   ' + verdict);
  }
  // The pages of #17: printed, not yet enforced (they cannot be met today; see scripts/size-breakdown.mjs's floor).
  console.log('\npage with only'.padEnd(29) + 'loads today'.padEnd(24) + 'gzip'.padStart(9) + '   budget #17 (gzip)');
  for (const [page, budget] of Object.entries(PAGE_BUDGETS_GZIP)) {
    const file = PAGE_FILES[page] ?? 'awas.js';
    const { gzip } = measure(join(dist, file));
    const verdict = gzip <= budget ? `≤ ${kb(budget).trim()} ok` : `OVER ${kb(budget).trim()} by ${kb(gzip - budget).trim()}`;
    console.log((page === 'all' ? 'all five widgets' : `<awas-${page}>`).padEnd(28) + file.padEnd(24) + kb(gzip) + '   ' + verdict);
  }
  process.exit(failed ? 1 : 0);
}
