import { mkdirSync, writeFileSync } from 'node:fs';
// Counts results for the closing line "web-test-runner: N passed, N failed" (printed last by scripts/test.mjs,
// after web-test-runner's own output, so CI logs can be read at a glance).
// A test file that crashed (or has no tests because it failed to load) counts as one failure.
function count(suite, totals) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const before = totals.passed + totals.failed + totals.skipped;
        if (session.testResults) count(session.testResults, totals);
        const ran = totals.passed + totals.failed + totals.skipped - before;
        if ((session.errors?.length ?? 0) > 0 || (!session.passed && ran === 0)) totals.failed += 1;
      }
      this.totals = totals;
      mkdirSync('test-results', { recursive: true });
      writeFileSync('test-results/summary.json', JSON.stringify(totals));
    },
    reportTestFileResults() {},
    getTestProgress() {
      return '';
    },

  };
}
