#!/usr/bin/env node
// npm run size: raw / gzip -9 / brotli bytes of every file a page loads from dist/, and the budgets.
// Exits 1 when a budget is exceeded. Budgets are on gzip, measured on the built files.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const BUDGETS_GZIP = {
  'awas.js': 30 * 1024,
  'awas-hotline-card.js': 14 * 1024,
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
  console.log('file'.padEnd(28) + 'raw'.padStart(9) + 'gzip'.padStart(9) + 'brotli'.padStart(9) + '   budget (gzip)');
  for (const name of files) {
    const m = measure(join(dist, name));
    const budget = BUDGETS_GZIP[name];
    const verdict = budget === undefined ? '' : m.gzip <= budget ? `≤ ${kb(budget).trim()} ok` : `> ${kb(budget).trim()} OVER BUDGET`;
    if (budget !== undefined && m.gzip > budget) failed = true;
    console.log(name.padEnd(28) + kb(m.raw) + kb(m.gzip) + kb(m.brotli) + '   ' + verdict);
  }
  process.exit(failed ? 1 : 0);
}
