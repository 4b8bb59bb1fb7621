#!/usr/bin/env node
// The evidence behind docs/csp.md: the built awas.js under strict Content-Security-Policies in headless Chromium.
//   node test/wordpress/csp.mjs            (needs dist/awas.js; AWAS_BUNDLE=<file> to test another copy)
// For each policy it loads one page with every widget (tags and a <div data-awas-widget> mount), self-hosted
// awas.js, and reports: widgets rendered, the widgets' own styles applied, CSP violations. Last line "N passed, N failed".
import { existsSync, mkdtempSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = process.env.AWAS_BUNDLE ?? join(root, 'dist/awas.js');
if (!existsSync(bundle)) {
  console.error('csp: no dist/awas.js; run `npm run build` first');
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'awas-csp-'));
copyFileSync(bundle, join(dir, 'awas.js'));
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>CSP</title></head><body>
<awas-hotline-card from="kh"></awas-hotline-card>
<awas-risk-quiz></awas-risk-quiz>
<awas-scam-carousel></awas-scam-carousel>
<awas-stats-ticker></awas-stats-ticker>
<awas-safe-exit></awas-safe-exit>
<div data-awas-widget="hotline-card" data-layout="compact"><a href="tel:08001000">KP2MI 0800-1000</a></div>
<script src="/awas.js"></script>
</body></html>`,
);

const STRICT = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
const cases = [
  { name: "strict: script-src 'self'; style-src 'self'; default-src 'none'", csp: STRICT, expect: { rendered: true, styled: true, violations: 0 }, checkDownload: true },
  { name: 'strict + Trusted Types (policy "lit-html" allowed)', csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`, expect: { rendered: true, styled: true, violations: 0 } },
  // Reported, not checked: what happens when the site's Trusted Types list does not name lit-html (docs/csp.md).
  { name: "Trusted Types without the lit-html policy (trusted-types 'none')", csp: `${STRICT}; require-trusted-types-for 'script'; trusted-types 'none'`, expect: null },
  {
    name: "browser without adoptedStyleSheets (Safari < 16.4, Chrome < 73) + style-src 'self'",
    csp: STRICT,
    noAdopted: true,
    expect: { rendered: true, styled: false },
  },
  { name: "browser without adoptedStyleSheets + style-src 'self' 'unsafe-inline'", csp: STRICT.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), noAdopted: true, expect: { rendered: true, styled: true, violations: 0 } },
];

let currentPolicy = STRICT;
const { server, url } = await startStaticServer({ root: dir, headers: (path) => (path === '/' || path.endsWith('.html') ? { 'Content-Security-Policy': currentPolicy } : {}) });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;
const check = (name, ok, detail) => {
  ok ? passed++ : failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok ? '' : ` — ${detail}`}`);
};

try {
  for (const c of cases) {
    currentPolicy = c.csp;
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript((noAdopted) => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`.trim()));
      if (noAdopted) delete Document.prototype.adoptedStyleSheets;
    }, Boolean(c.noAdopted));
    await page.goto(`${url}/index.html`, { waitUntil: 'load' });
    // awas.js is a classic script at the end of <body>: by "load" it has run (or failed) and upgraded every widget and
    // the mount. Wait until each of them has rendered with no update pending, then for the tasks that rendering queued
    // (securitypolicyviolation events are fired in tasks of their own): a message to ourselves comes after them.
    // An update that throws is kept with the page's errors.
    errors.push(
      ...(await page.evaluate(async () => {
        const failed = [];
        const inside = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? inside(el.shadowRoot) : [])]);
        for (const el of inside(document)) {
          try {
            // updateComplete is false while another update is pending; 100 is a ceiling for a widget that never stops.
            if (el.updateComplete) for (let i = 0; i < 100 && !(await el.updateComplete); i++);
          } catch (error) {
            failed.push(`<${el.localName}> update: ${error?.message ?? error}`);
          }
        }
        await new Promise((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = resolve;
          channel.port2.postMessage(null);
        });
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return failed;
      })),
    );
    const result = await page.evaluate(() => {
      const widgets = [
        ...document.querySelectorAll('awas-hotline-card, awas-risk-quiz, awas-scam-carousel, awas-stats-ticker, awas-safe-exit'),
      ].filter((w) => w.getRootNode() === document || w.getRootNode().host);
      const mount = document.querySelector('[data-awas-widget]');
      const inMount = mount.shadowRoot?.querySelector('awas-hotline-card');
      const all = [...widgets, inMount].filter(Boolean);
      const rendered = all.filter((w) => w.shadowRoot?.querySelector('.root, [part]')).length;
      // The shared styles make the host a block (custom elements are inline by default) and .root border-box:
      // both only happen when the widget's stylesheet applies.
      const styled = all.filter((w) => {
        const box = w.shadowRoot?.querySelector('.root');
        return getComputedStyle(w).display !== 'inline' && box && getComputedStyle(box).boxSizing === 'border-box';
      }).length;
      return { total: all.length, rendered, styled, violations: window.__violations };
    });
    // "Simpan kontak" builds a vCard as a blob: URL and downloads it: does a strict policy let it through?
    let download = null;
    if (c.checkDownload) {
      // Save contact sits in the entry's disclosure (#15): open the first entry's, as a reader would.
      const card = page.locator('awas-hotline-card').first();
      await card.locator('details > summary').first().click();
      const save = card.locator('button.save').filter({ visible: true }).first();
      const [event] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }).catch(() => null), save.click()]);
      download = event ? event.suggestedFilename() : null;
      result.violations.push(...(await page.evaluate(() => window.__violations)).slice(result.violations.length));
    }
    await context.close();
    console.log(`${c.name}\n  CSP: ${c.csp}\n  widgets rendered ${result.rendered}/${result.total}, styled ${result.styled}/${result.total}, violations ${result.violations.length}${result.violations.length ? ` (${[...new Set(result.violations)].slice(0, 3).join('; ')})` : ''}${errors.length ? `, errors: ${errors.join('; ')}` : ''}`);
    if (!c.expect) continue;
    check(`${c.name}: every widget renders`, result.rendered === result.total && result.total === 6 && errors.length === 0, JSON.stringify({ ...result, errors }));
    check(`${c.name}: widget styles ${c.expect.styled ? 'apply' : 'are blocked (the widgets show unstyled)'}`, c.expect.styled ? result.styled === result.total : result.styled === 0, JSON.stringify(result));
    if (c.expect.violations === 0) check(`${c.name}: no CSP violation`, result.violations.length === 0, result.violations.join(' | '));
    if (c.checkDownload) check(`${c.name}: "Simpan kontak" still downloads the vCard (blob: URL)`, Boolean(download && download.endsWith('.vcf')), String(download));
  }
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
