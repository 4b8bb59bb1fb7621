#!/usr/bin/env node
// Screenshots of a page at 360 px and 1280 px in headless Chromium.
// Usage: node scripts/screenshot.mjs <path-or-url> [out-prefix] [--full] [--tiles]
//   path is served from the repo root, e.g. demo/index.html → screenshots/demo-360.png, screenshots/demo-1280.png
//   --tiles: the full page cut into screen-high tiles (…-360-1.png, …-360-2.png) that are easy to look at.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [target = 'demo/index.html', prefix = 'screenshots/shot'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const full = process.argv.includes('--full');
const widths = (process.env.WIDTHS ?? '360,1280').split(',').map(Number);

const { server, url } = await startStaticServer({ root });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  mkdirSync(dirname(join(root, prefix)), { recursive: true });
  for (const width of widths) {
    const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 } });
    page.on('console', (m) => console.log(`[${width}px console.${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => console.log(`[${width}px pageerror] ${e.message}`));
    await page.goto(target.startsWith('http') ? target : `${url}/${target}`, { waitUntil: 'load' });
    await page.waitForTimeout(Number(process.env.WAIT ?? 400));
    if (process.argv.includes('--tiles')) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const tile = width < 600 ? 1100 : 900;
      for (let y = 0, n = 1; y < height && n <= 30; y += tile, n++) {
        const file = join(root, `${prefix}-${width}-${n}.png`);
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y, width, height: Math.min(tile, height - y) } });
        console.log(`wrote ${file}`);
      }
    } else {
      const file = join(root, `${prefix}-${width}.png`);
      await page.screenshot({ path: file, fullPage: full });
      console.log(`wrote ${file}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
