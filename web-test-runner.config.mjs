// web-test-runner: every test runs in headless Chromium (Debian's chromium, or CHROME_PATH).
import { existsSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { chromeLauncher } from '@web/test-runner-chrome';
import { summaryReporter } from './scripts/wtr/summary-reporter.mjs';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { contentRoutes } from './test/server/content-routes.mjs';
import { hostileMiddleware, hostilePlugin } from './test/hostile/server/hostile-server.mjs';
import { embedInspector } from './test/embed/server/embed-inspector.mjs';

const jsonPlugin = fromRollup(json);

export default {
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  nodeResolve: { exportConditions: ['production'] },
  rootDir: '.',
  middleware: [contentRoutes(), hostileMiddleware()],
  plugins: [jsonPlugin({ include: ['src/**/*.json', 'components/**/*.json'], preferConst: true }), esbuildPlugin({ ts: true, target: 'auto', tsconfig: 'tsconfig.json' }), hostilePlugin(), embedInspector(), a11ySnapshotPlugin()],
  mimeTypes: { 'src/**/*.json': 'js', 'components/**/*.json': 'js' },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
      // Each test file in its own browser context: otherwise only the front tab counts as visible, and files
      // running at the same time get no animation frames or IntersectionObserver callbacks.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
    }),
  ],
  concurrency: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 5 * 60 * 1000,
  coverageConfig: {
    include: ['src/**/*.ts', 'components/**/*.ts'],
    exclude: ['**/*.styles.ts', 'node_modules/**', 'dist/**'],
    threshold: { statements: 90, branches: 80, functions: 85, lines: 90 },
    report: true,
    reportDir: 'coverage',
  },
  reporters: [defaultReporter(), summaryReporter()],
};

if (!existsSync(chromiumPath())) console.warn(`Chromium not found at ${chromiumPath()}: install it (apt-get install chromium) or set CHROME_PATH.`);
