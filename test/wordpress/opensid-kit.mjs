#!/usr/bin/env node
// The OpenSID kit (integrations/opensid/), checked as far as it can be without an OpenSID install:
//   - the iframe snippets for Widget › Dinamis are exactly what the snippet generator (src/embed/snippets.ts) writes
//     for the fixed embed page names and heights (`--write` regenerates them after a height change);
//   - the Statis widget file runs in PHP the way OpenSID's load->view() runs it (BASEPATH, FCPATH, base_url(),
//     $judul_widget), and its output, served with `script-src 'self'`, upgrades to the real widget in Chromium;
//   - its fallback links are links the hotline card itself shows (no stale or invented number), and readers without
//     JavaScript see them.
// Needs php-cli (test/wordpress/run.mjs installs it, so npm run test:integrations runs that first) and dist/awas.js (AWAS_BUNDLE=<file> for another copy).
// Last line: "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, copyFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const kit = join(root, 'integrations/opensid');
const bundle = process.env.AWAS_BUNDLE ?? join(root, 'dist/awas.js');
const BASE = 'https://alamat-awas.example/awas/';
const FRAMES = [
  ['hotline-card', 'hotline-card', []],
  ['hotline-card-kh', 'hotline-card', [['from', 'kh']]],
  ['risk-quiz', 'risk-quiz', []],
  ['scam-carousel', 'scam-carousel', []],
  ['stats-ticker', 'stats-ticker', []],
];

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  ok ? passed++ : failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};

// 1. Iframe snippets = the generator's output.
const bundled = await build({ entryPoints: [join(root, 'src/embed/snippets.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
const snippets = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
console.log('Widget › Dinamis iframe snippets:');
for (const [file, widget, attributes] of FRAMES) {
  const expected = `${snippets.iframeSnippet({ base: BASE, widget, attributes, version: '-', integrity: 'sha384-AAAA' })}\n`;
  const path = join(kit, 'iframe', `${file}.html`);
  if (process.argv.includes('--write')) writeFileSync(path, expected);
  const actual = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const attributesUsed = [...actual.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]).join(',');
  check(`iframe/${file}.html is the generator's snippet (src, title, width, height, loading; no style)`, actual === expected && attributesUsed === 'src,title,width,height,loading', `${actual.trim()} ≠ ${expected.trim()}`);
}

{
  const guide = readFileSync(join(kit, 'PANDUAN.md'), 'utf8');
  const shown = readFileSync(join(kit, 'iframe/hotline-card.html'), 'utf8').trim();
  check('PANDUAN.md shows the same hotline-card snippet as iframe/hotline-card.html', guide.includes(shown), shown);
}

// 2. The Statis widget, run as OpenSID runs it.
if (!existsSync(bundle)) {
  console.error('opensid-kit: no dist/awas.js; run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'awas-opensid-'));
mkdirSync(join(work, 'desa/upload/awas'), { recursive: true });
copyFileSync(bundle, join(work, 'desa/upload/awas/awas.js'));

function renderWidget(port, judul, widget) {
  let source = readFileSync(join(kit, 'desa/widgets/awas_hotline.php'), 'utf8');
  if (widget) source = source.replace("$awas_widget = 'hotline-card';", `$awas_widget = '${widget}';`);
  const file = join(work, `widget-${widget ?? 'default'}.php`);
  writeFileSync(file, source);
  const harness = `<?php
define('BASEPATH', '${work}/system/');
define('FCPATH', '${work}/');
function base_url($uri = '') { return 'http://127.0.0.1:${port}/' . ltrim($uri, '/'); }
$judul_widget = ${JSON.stringify(judul)};
include ${JSON.stringify(file)};
`;
  writeFileSync(join(work, 'harness.php'), harness);
  return execFileSync('php', [join(work, 'harness.php')], { encoding: 'utf8' });
}

const page = (widgetHtml) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Desa Contoh</title></head>
<body><main><h1>Berita desa</h1></main><aside class="sidebar"><div class="shadow rounded-lg bg-white overflow-hidden">${widgetHtml}</div></aside></body></html>`;

const server = await startStaticServer({ root: work, headers: (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': "script-src 'self'; object-src 'none'; base-uri 'none'" } : {}) });
const port = new URL(server.url).port;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log('Widget › Statis (desa/widgets/awas_hotline.php):');
  let php = '';
  try {
    php = renderWidget(port, 'Nomor Pengaduan TPPO');
    check('the widget file runs in PHP with what OpenSID gives it (no notice, no error)', !/(Warning|Notice|Fatal|Deprecated)/.test(php), php.slice(0, 300));
  } catch (error) {
    check('the widget file runs in PHP with what OpenSID gives it', false, error.message);
  }
  writeFileSync(join(work, 'sidebar.html'), page(php));
  const script = /<script src="([^"]+)"/.exec(php)?.[1] ?? '';
  check('it loads awas.js from the village site itself (base_url), with a ?v= that changes with the file', script.startsWith(`http://127.0.0.1:${port}/desa/upload/awas/awas.js?v=`) && !/\?v=0$/.test(script), script);

  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const tab = await context.newPage();
  const errors = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await tab.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await tab.goto(`${server.url}/sidebar.html`);
  const rendered = await tab
    .waitForFunction(() => document.querySelector('[data-awas-widget]')?.shadowRoot?.querySelector('awas-hotline-card')?.shadowRoot?.querySelector('a[href^="tel:"]'), null, { timeout: 15000 })
    .then(() => true, () => false);
  const info = await tab.evaluate(() => {
    const mount = document.querySelector('[data-awas-widget]');
    const card = mount?.shadowRoot?.querySelector('awas-hotline-card');
    const links = Array.from(card?.shadowRoot?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href').split('?')[0]);
    return {
      heading: card?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim(),
      layout: card?.getAttribute('layout'),
      links,
      fallback: Array.from(mount?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href')),
      violations: window.__violations,
    };
  });
  check('in the sidebar, the mount becomes the compact hotline card titled with the widget\'s title', rendered && info.heading === 'Nomor Pengaduan TPPO' && info.layout === 'compact', JSON.stringify(info));
  check('under "script-src \'self\'": no violation, no error', info.violations.length === 0 && errors.length === 0, [...info.violations, ...errors].join(' | '));
  const missing = info.fallback.filter((href) => /^(tel:|https:\/\/wa\.me\/)/.test(href) && !info.links.includes(href));
  // The compact card shows calls only; WhatsApp numbers are checked against the full card below.
  const full = await tab.evaluate(async () => {
    const card = document.createElement('awas-hotline-card');
    document.body.append(card);
    await card.updateComplete;
    return Array.from(card.shadowRoot.querySelectorAll('a[href]')).map((a) => a.getAttribute('href').split('?')[0]);
  });
  const unknown = missing.filter((href) => !full.includes(href));
  check('every fallback number in the file is a number the card itself shows (no stale or invented number)', info.fallback.length >= 6 && unknown.length === 0, `not in the card: ${unknown.join(', ')}`);
  await context.close();

  const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const plain = await noJs.newPage();
  await plain.goto(`${server.url}/sidebar.html`);
  check('without JavaScript: the title and the KP2MI number are visible, as a tel: link', (await plain.locator('[data-awas-widget] a[href="tel:08001000"]').isVisible()) && (await plain.locator('[data-awas-widget]').innerText()).startsWith('Nomor Pengaduan TPPO'));
  await noJs.close();

  // Switching the widget in PENGATURAN: the quiz, with its own fallback.
  const quizPhp = renderWidget(port, 'Kuis', 'risk-quiz');
  writeFileSync(join(work, 'quiz.html'), page(quizPhp));
  const quizContext = await browser.newContext();
  const quiz = await quizContext.newPage();
  await quiz.goto(`${server.url}/quiz.html`);
  const quizOk = await quiz
    .waitForFunction(() => document.querySelector('[data-awas-widget="risk-quiz"]')?.shadowRoot?.querySelector('awas-risk-quiz')?.shadowRoot?.querySelector('[part="answer"]'), null, { timeout: 15000 })
    .then(() => true, () => false);
  check("with $awas_widget = 'risk-quiz' the same file shows the quiz (title from the widget), fallback: licence check + KP2MI", quizOk && /siskop2mi\.bp2mi\.go\.id/.test(quizPhp) && /tel:08001000/.test(quizPhp) && /data-heading="Kuis"/.test(quizPhp), quizPhp.slice(0, 400));
  await quizContext.close();
} finally {
  await browser.close();
  server.server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
