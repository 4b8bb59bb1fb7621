#!/usr/bin/env node
// npm test: build (the bundle tests load the real dist/awas.js), then every test in headless Chromium with coverage.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
const summaryFile = join(root, 'test-results/summary.json');
rmSync(summaryFile, { force: true });
const result = spawnSync(join(root, 'node_modules/.bin/web-test-runner'), ['--coverage', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
// The closing line CI reads. No summary means the runner crashed: that is a failure too.
const totals = existsSync(summaryFile) ? JSON.parse(readFileSync(summaryFile, 'utf8')) : { passed: 0, failed: 1, skipped: 0 };
const failed = totals.failed + (result.status !== 0 && totals.failed === 0 ? 1 : 0);
console.log(`\nweb-test-runner: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
