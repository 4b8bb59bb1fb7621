#!/usr/bin/env node
// The OpenSID kit (integrations/opensid/), checked as far as it can be without an OpenSID install:
//   - every generated file of the kit is exactly what scripts/build-opensid.mjs writes from the widgets (Statis
//     widget files, Kode Widget snippets, iframe snippets); nothing else is in the kit but PANDUAN.md;
//   - no phone number of the hotline pack is written by hand anywhere in the kit (PANDUAN, the PHP around the
//     copies, the generator's template, docs/pasang-opensid.md): numbers only arrive inside the widgets' own copies;
//   - the iframe snippets point at the right embed pages with the fixed heights of src/embed/frame-heights.ts;
//   - each Statis widget file runs in PHP the way OpenSID's load->view() runs it (BASEPATH, FCPATH, base_url(),
//     $judul_widget) and prints the widget's readable copy for its setting (kh: the KBRI number, no Indonesian
//     toll-free number; id: the toll-free number), with the admin's title; served with `script-src 'self'`, it upgrades
//     to the real widget in Chromium, and readers without JavaScript can call the number;
//   - the Kode Widget snippets (Dinamis box) read and can be called without JavaScript, and their stylesheet parses
//     as the widget's own. With AWAS_OPENSID_DIR=<an OpenSID 2410 source tree with its vendor/> and php-tidy, they are
//     also run through OpenSID's own Dinamis filters (AntiXSS + tidy on save, AntiXSS + CodeIgniter xss_clean on
//     show, the theme's entity decoding) and checked again; without them that part is reported as skipped.
// Needs php-cli (test/wordpress/run.mjs installs it, so npm run test:integrations runs that first) and dist/awas.js (AWAS_BUNDLE=<file> for another copy).
// Last line: "N passed, N failed".
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, copyFileSync, writeFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { EXAMPLE_BASE, FRAMES, KIT_SOURCE, KODE_WIDGET, STATIS, TITLE_MARKER, loadKitLibrary, opensidKitFiles } from '../../scripts/build-opensid.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const kit = KIT_SOURCE;
const bundle = process.env.AWAS_BUNDLE ?? join(root, 'dist/awas.js');
const opensidDir = process.env.AWAS_OPENSID_DIR;
const TITLE = 'Nomor Pengaduan TPPO';

let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  ok ? passed++ : failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
};
const skip = (name, why) => console.log(`  - ${name}: skipped (${why})`);

const lib = await loadKitLibrary();
const generated = await opensidKitFiles(lib);
const read = (path) => (existsSync(join(kit, path)) ? readFileSync(join(kit, path), 'utf8') : '');
const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

// 1. The committed kit is the generator's output.
console.log('Generated from the widgets (scripts/build-opensid.mjs):');
for (const { path, content } of generated) {
  check(`${path} is what the generator writes`, read(path) === content, 'out of date or edited by hand: run `node scripts/build-opensid.mjs --write`');
}
{
  const known = new Set([...generated.map((f) => f.path), 'PANDUAN.md']);
  const extra = walk(kit).map((f) => relative(kit, f)).filter((f) => !known.has(f));
  check('the kit holds nothing else but PANDUAN.md (no hand-written file left over)', extra.length === 0, extra.join(', '));
}

// 2. No number written by hand. Every phone/WhatsApp/SMS number of the default pack, as digits, also in its national
//    form (+62 812… → 0812…), is looked for in every digit run of the hand-written text.
console.log('No number written by hand:');
{
  const numbers = new Set();
  for (const hotline of lib.hotlinesPack.hotlines) {
    for (const channel of hotline.channels) {
      if (!['phone', 'whatsapp', 'sms'].includes(channel.type)) continue;
      for (const value of [channel.value, channel.display].filter(Boolean)) {
        const digits = value.replace(/\D/g, '');
        numbers.add(digits);
        const code = value.trim().startsWith('+') ? ['62', '855'].find((c) => digits.startsWith(c)) : null;
        if (code) numbers.add(`0${digits.slice(code.length)}`);
      }
    }
  }
  const withoutCopies = (text) =>
    text
      .replace(/^\$awas_salinan = array\([\s\S]*?^\);$/m, '')
      .replace(/^\$awas_gaya = '.*';$/m, '')
      .replace(/^\$awas_judul_bawaan = array\([\s\S]*?^\);$/m, '');
  const texts = [
    ['PANDUAN.md', read('PANDUAN.md')],
    ['docs/pasang-opensid.md', readFileSync(join(root, 'docs/pasang-opensid.md'), 'utf8')],
    ['scripts/build-opensid.mjs (the kit template)', readFileSync(join(root, 'scripts/build-opensid.mjs'), 'utf8')],
    ...generated.filter((f) => f.path.endsWith('.php')).map((f) => [`${f.path} outside the copies`, withoutCopies(read(f.path))]),
    ...generated.filter((f) => f.path.startsWith('iframe/')).map((f) => [f.path, read(f.path)]),
  ];
  check('the hotline pack has numbers to look for', numbers.size >= 10, [...numbers].join(' '));
  for (const [name, text] of texts) {
    const runs = [...text.matchAll(/\+?\d[\d .-]*\d|\d/g)].map((m) => m[0].replace(/\D/g, ''));
    const found = [...new Set(runs.filter((digits) => numbers.has(digits)))];
    const links = [...text.matchAll(/(tel:|sms:|wa\.me\/)[+\d]+/g)].map((m) => m[0]);
    check(`${name}: no number and no tel:/sms:/wa.me link`, found.length === 0 && links.length === 0, [...found, ...links].join(', '));
  }
}

// 3. Iframe snippets: the right page, the fixed height, only the attributes OpenSID keeps.
console.log('Widget › Dinamis iframe snippets:');
for (const [file, widget] of FRAMES) {
  const actual = read(`iframe/${file}.html`);
  const attributesUsed = [...actual.matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]).join(',');
  const src = /src="([^"]+)"/.exec(actual)?.[1] ?? '';
  const height = Number(/height="(\d+)"/.exec(actual)?.[1]);
  const page = `embed/${file}.id.html`;
  check(
    `iframe/${file}.html: ${page} at height ${lib.FRAME_HEIGHTS[file]} (src, title, width, height, loading; no style)`,
    src === `${EXAMPLE_BASE}${page}` && height === lib.FRAME_HEIGHTS[file] && attributesUsed === 'src,title,width,height,loading' && file.startsWith(widget),
    actual.trim(),
  );
  if (existsSync(join(root, 'dist/embed'))) check(`dist/${page} exists (the page the snippet opens)`, existsSync(join(root, 'dist', page)));
}
{
  const shown = read('iframe/hotline-card.html').trim();
  check('PANDUAN.md shows the same hotline-card snippet as iframe/hotline-card.html', read('PANDUAN.md').includes(shown), shown);
}

// 3b. PANDUAN.md speaks the admin's words (OpenSID 2410.0.0): each term a village admin is told to look for, and where
//     OpenSID's own admin views print it (checked against that source when AWAS_OPENSID_DIR is set).
console.log("PANDUAN.md in OpenSID 2410.0.0's admin words:");
{
  const guide = read('PANDUAN.md');
  const UI_WORDS = [
    ['**Tambah**', 'resources/views/admin/web/widget/index.blade.php', /<\/i> Tambah\s*<\/a>/],
    ['**Hapus**', 'resources/views/admin/web/widget/index.blade.php', /btn-danger[\s\S]{0,400}<\/i> Hapus<\/a>/],
    ['**Judul Widget**', 'resources/views/admin/web/widget/form.blade.php', />Judul Widget<\/label>/],
    ['**Gambar Widget**', 'resources/views/admin/web/widget/form.blade.php', />Gambar Widget<\/label>/],
    ['**Jenis Widget**', 'resources/views/admin/web/widget/form.blade.php', />Jenis Widget<\/label>/],
    ['**Dinamis**', 'resources/views/admin/web/widget/form.blade.php', /<option value="3"[^>]*>Dinamis<\/option>/],
    ['**Statis**', 'resources/views/admin/web/widget/form.blade.php', /<option value="2"[^>]*>Statis<\/option>/],
    ['**Kode Widget**', 'resources/views/admin/web/widget/form.blade.php', /id="dinamis"[^>]*display:none[\s\S]{0,200}>Kode Widget<\/label>/],
    ['**Nama File Widget (.php)**', 'resources/views/admin/web/widget/form.blade.php', /id="statis"[^>]*display:none[\s\S]{0,200}>Nama File Widget \(\.php\)<\/label>\s*<div[^>]*>\s*@if \(\$list_widget\)\s*<select/],
    ['**Simpan**', 'resources/views/admin/web/widget/form.blade.php', /<\/i> Simpan<\/button>/],
    ['**Aktifkan**', 'donjo-app/controllers/Web_widget.php', /title="Aktifkan"><i class="fa fa-lock">/],
    ['**Nonaktifkan**', 'donjo-app/controllers/Web_widget.php', /title="Nonaktifkan"><i class="fa fa-unlock">/],
    ['kolom **#**', 'resources/views/admin/web/widget/index.blade.php', /<th>#<\/th>[\s\S]*data: 'drag-handle'/],
  ];
  check('PANDUAN.md says which OpenSID it was written against (OpenSID 2410.0.0)', guide.includes('**OpenSID 2410.0.0**'));
  const missing = UI_WORDS.filter(([word]) => !guide.includes(word)).map(([word]) => word);
  check("PANDUAN.md uses the admin's words: Tambah beside Hapus, Judul/Gambar/Jenis Widget, Kode Widget, Nama File Widget (.php), Aktifkan, the # column", missing.length === 0, missing.join(', '));
  check('PANDUAN.md does not send the admin to buttons 2410 does not have ("Tambah Widget", arrows, a grey icon)', !/\*\*Tambah Widget\*\*|ikon abu-abu|tombol panah (naik|turun)/i.test(guide));
  if (opensidDir) {
    const changed = UI_WORDS.filter(([, file, pattern]) => !existsSync(join(opensidDir, file)) || !pattern.test(readFileSync(join(opensidDir, file), 'utf8'))).map(([word, file]) => `${word} (${file})`);
    check(`OpenSID's own admin views (${opensidDir}) still print each of those words as PANDUAN.md describes`, changed.length === 0, changed.join(', '));
  } else {
    skip("PANDUAN.md's words against OpenSID's own admin views", 'set AWAS_OPENSID_DIR to an OpenSID 2410 source tree');
  }
}

// 4. The Statis widgets, run as OpenSID runs them.
if (!existsSync(bundle)) {
  console.error('opensid-kit: no dist/awas.js; run `npm run build` first');
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'awas-opensid-'));
mkdirSync(join(work, 'desa/upload/awas'), { recursive: true });
copyFileSync(bundle, join(work, 'desa/upload/awas/awas.js'));

/** The widget file with its PENGATURAN edited as an admin would, run through what OpenSID's theme gives it. */
function renderWidget(port, file, { judul = TITLE, settings = {} } = {}) {
  let source = read(`desa/widgets/${file}`);
  for (const [name, value] of Object.entries(settings)) {
    const line = new RegExp(`^\\$${name} = '[^']*';$`, 'm');
    if (!line.test(source)) throw new Error(`${file} has no "$${name} = '…';" line in PENGATURAN`);
    source = source.replace(line, `$${name} = '${value}';`);
  }
  const name = `widget-${Object.values(settings).join('-') || 'default'}-${file}`;
  writeFileSync(join(work, name), source);
  const harness = `<?php
error_reporting(E_ALL);
define('BASEPATH', '${work}/system/');
define('FCPATH', '${work}/');
function base_url($uri = '') { return 'http://127.0.0.1:${port}/' . ltrim($uri, '/'); }
$judul_widget = ${JSON.stringify(judul)};
include ${JSON.stringify(join(work, name))};
`;
  writeFileSync(join(work, 'harness.php'), harness);
  return execFileSync('php', ['-d', 'display_errors=stderr', join(work, 'harness.php')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** What the file must print: the stylesheet, then exactly the widget's own mount + readable copy, then the script. */
function expectedCopy(spec, { from = 'id', lang = 'id', heading = TITLE } = {}) {
  const attributes = { lang, ...(spec.from ? { from } : {}), ...spec.attributes, ...(spec.heading ? { heading } : {}) };
  return lib.prerenderedMount(spec.widget, attributes);
}

const page = (widgetHtml, lang = 'id') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Desa Contoh</title></head>
<body><main><h1>Berita desa</h1></main><aside class="sidebar"><div class="shadow rounded-lg bg-white overflow-hidden">${widgetHtml}</div></aside></body></html>`;
/** A phrase the card shows in each language (its "source checked" line), to tell which language it speaks. */
const SAID_IN = Object.fromEntries(lib.LANGS.map((lang) => [lang, lib.wordsOf('hotlineCard')[lang].checked.split('{')[0].trim()]));
const numberLinks = (hrefs) => [...new Set(hrefs.filter((h) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(h)).map((h) => h.split('?')[0]))].sort();

const server = await startStaticServer({ root: work, headers: (path) => (path.endsWith('.html') ? { 'Content-Security-Policy': "script-src 'self'; object-src 'none'; base-uri 'none'" } : {}) });
const port = new URL(server.url).port;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  console.log('Widget › Statis (desa/widgets/):');
  const outputs = {};
  for (const spec of STATIS) {
    let php = '';
    try {
      php = renderWidget(port, spec.file);
      check(`${spec.file} runs in PHP with what OpenSID gives it (no notice, no error)`, !/(Warning|Notice|Fatal|Deprecated)/.test(php), php.slice(0, 300));
    } catch (error) {
      check(`${spec.file} runs in PHP with what OpenSID gives it`, false, `${error.message} ${error.stderr ?? ''}`.slice(0, 500));
    }
    outputs[spec.file] = php;
    const copy = expectedCopy(spec);
    check(`${spec.file} prints the widget's own readable copy (prerenderedMount('${spec.widget}', …)) and its stylesheet, then the script`,
      php.includes(`\n<div class="awas-opensid">\n${copy}\n</div>\n`) && /^<style>[^<]*\.awas-pre-/.test(php.trim()) && /<script src="[^"]+" defer><\/script>\s*$/.test(php),
      php.slice(0, 300));
    check(`${spec.file}: no title marker left, no hand-written list`, !php.includes(TITLE_MARKER) && !/<ul>\s*<li>KP2MI/.test(php));
  }

  const hotline = STATIS.find((s) => s.widget === 'hotline-card');
  const quiz = STATIS.find((s) => s.widget === 'risk-quiz');
  {
    const id = outputs[hotline.file];
    const kh = renderWidget(port, hotline.file, { settings: { awas_dari: 'kh' } });
    outputs.kh = kh;
    check("$awas_dari = 'id' (default): the copy offers the toll-free KP2MI number (tel:08001000)", /href="tel:08001000"/.test(id) && id.includes(`data-from="id"`));
    check("$awas_dari = 'kh': the copy offers KBRI Phnom Penh (tel:+85512813282) and no Indonesian toll-free number",
      /href="tel:\+85512813282"/.test(kh) && !/href="tel:0800/.test(kh) && !/0800-1000/.test(kh) && kh.includes(expectedCopy(hotline, { from: 'kh' })),
      kh.slice(0, 300));
    const en = renderWidget(port, hotline.file, { settings: { awas_bahasa: 'en' } });
    check("$awas_bahasa = 'en': the English copy", en.includes(expectedCopy(hotline, { lang: 'en' })));
    const bad = renderWidget(port, hotline.file, { settings: { awas_dari: 'xx', awas_bahasa: 'fr' } });
    check('an unknown setting falls back to the Indonesian copy for readers in Indonesia, without a PHP notice', bad.includes(expectedCopy(hotline)) && !/(Warning|Notice)/.test(bad));
    const tricky = renderWidget(port, hotline.file, { judul: '<b>Lapor & "Tanya"</b>' });
    check('the widget title is stripped of tags and escaped in the copy', tricky.includes(expectedCopy(hotline, { heading: 'Lapor & "Tanya"' })) && !tricky.includes('<b>'));
    const untitled = renderWidget(port, hotline.file, { judul: '' });
    check("without a title the card's own heading is used", untitled.includes(expectedCopy(hotline, { heading: lib.wordsOf('hotlineCard').id.heading })));
  }

  for (const [label, php, from, callable] of [
    ['id', outputs[hotline.file], 'id', 'tel:08001000'],
    ['kh', outputs.kh, 'kh', 'tel:+85512813282'],
  ]) {
    // The host page declares <html lang="en">, as OpenSID's Esensi theme does on Indonesian village sites.
    writeFileSync(join(work, `sidebar-${label}.html`), page(php, 'en'));
    const script = /<script src="([^"]+)"/.exec(php)?.[1] ?? '';
    if (label === 'id') check('it loads awas.js from the village site itself (base_url), with a ?v= that changes with the file', script.startsWith(`http://127.0.0.1:${port}/desa/upload/awas/awas.js?v=`) && !/\?v=0$/.test(script), script);

    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const plain = await noJs.newPage();
    await plain.goto(`${server.url}/sidebar-${label}.html`);
    const before = await plain.evaluate(() => {
      const mount = document.querySelector('[data-awas-widget]');
      return {
        text: mount?.innerText ?? '',
        links: Array.from(mount?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href')),
        height: mount?.getBoundingClientRect().height ?? 0,
        styled: mount ? getComputedStyle(mount.querySelector('.awas-pre .root') ?? mount).borderTopStyle : '',
      };
    });
    check(`[${label}] without JavaScript: the title and ${callable} are visible, as a tel: link, and the copy is styled`,
      (await plain.locator(`[data-awas-widget] a[href="${callable}"]`).first().isVisible()) && before.text.startsWith(TITLE) && before.styled !== 'none',
      JSON.stringify({ text: before.text.slice(0, 80), styled: before.styled }));
    await noJs.close();

    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    const errors = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await tab.goto(`${server.url}/sidebar-${label}.html`);
    const rendered = await tab
      .waitForFunction(() => document.querySelector('[data-awas-widget]')?.shadowRoot?.querySelector('awas-hotline-card')?.shadowRoot?.querySelector('a[href^="tel:"]'), null, { timeout: 15000 })
      .then(() => true, () => false);
    const info = await tab.evaluate(() => {
      const mount = document.querySelector('[data-awas-widget]');
      const card = mount?.shadowRoot?.querySelector('awas-hotline-card');
      return {
        heading: card?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim(),
        layout: card?.getAttribute('layout'),
        from: card?.getAttribute('from'),
        links: Array.from(card?.shadowRoot?.querySelectorAll('a[href]') ?? []).map((a) => a.getAttribute('href')),
        height: mount?.getBoundingClientRect().height ?? 0,
        violations: window.__violations,
        html: document.documentElement.lang,
        lang: card?.getAttribute('lang'),
        text: card?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '',
      };
    });
    check(`[${label}] on a host page with <html lang="en"> (as Esensi declares), the card speaks the kit's own lang="id"`,
      info.html === 'en' && info.lang === 'id' && info.text.includes(SAID_IN.id) && !info.text.includes(SAID_IN.en), JSON.stringify({ html: info.html, lang: info.lang, text: info.text.slice(0, 120) }));
    check(`[${label}] in the sidebar, the mount becomes the compact hotline card for from="${from}", titled with the widget's title`,
      rendered && info.heading === TITLE && info.layout === 'compact' && info.from === from, JSON.stringify({ ...info, links: undefined }));
    check(`[${label}] under "script-src 'self'": no violation, no error`, info.violations.length === 0 && errors.length === 0, [...info.violations, ...errors].join(' | '));
    const copyNumbers = numberLinks(before.links);
    const cardNumbers = numberLinks(info.links);
    check(`[${label}] the copy offers exactly the numbers the card offers`, copyNumbers.length >= 4 && copyNumbers.join() === cardNumbers.join(), `copy ${copyNumbers.join(' ')} ≠ card ${cardNumbers.join(' ')}`);
    check(`[${label}] the page does not jump when the card takes over (copy ${Math.round(before.height)} px, card ${Math.round(info.height)} px)`,
      Math.abs(before.height - info.height) <= Math.max(48, info.height * 0.1));
    await context.close();
  }

  // The quiz file: the quiz, titled from the widget, with its own copy (self-check, licence check, hotlines).
  {
    const quizPhp = outputs[quiz.file];
    writeFileSync(join(work, 'quiz.html'), page(quizPhp));
    const quizContext = await browser.newContext();
    const tab = await quizContext.newPage();
    await tab.goto(`${server.url}/quiz.html`);
    const quizOk = await tab
      .waitForFunction(() => document.querySelector('[data-awas-widget="risk-quiz"]')?.shadowRoot?.querySelector('awas-risk-quiz')?.shadowRoot?.querySelector('[part="answer"]'), null, { timeout: 15000 })
      .then(() => true, () => false);
    const heading = await tab.evaluate(() => document.querySelector('[data-awas-widget="risk-quiz"]')?.shadowRoot?.querySelector('awas-risk-quiz')?.shadowRoot?.querySelector('[part="heading"]')?.textContent.trim());
    check(`${quiz.file} shows the quiz titled with the widget's title; its copy has the licence check and the KP2MI number`,
      quizOk && heading === TITLE && /siskop2mi\.bp2mi\.go\.id/.test(quizPhp) && /href="tel:08001000"/.test(quizPhp) && /data-heading="Nomor Pengaduan TPPO"/.test(quizPhp), `${heading} ${quizPhp.slice(0, 200)}`);
    await quizContext.close();
  }

  // 5. Kode Widget snippets for the Dinamis box: the mount with the copy and its stylesheet, nothing that needs a script.
  console.log('Widget › Dinamis "Kode Widget" snippets (kode-widget/):');
  const snippetPage = (html) => `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><aside style="width:330px"><div class="box-header"><h3 class="box-title">${TITLE}</h3></div><div class="box-body">${html}</div></aside></body></html>`;
  const reference = async (html) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    await tab.setContent(snippetPage(html));
    const result = await tab.evaluate(() => ({
      rules: Array.from(document.styleSheets).reduce((n, s) => n + s.cssRules.length, 0),
      links: Array.from(document.querySelectorAll('[data-awas-widget] a[href]')).map((a) => a.getAttribute('href')),
      border: getComputedStyle(document.querySelector('.awas-pre .root') ?? document.body).borderTopStyle,
      visibleTel: Array.from(document.querySelectorAll('a[href^="tel:"]')).filter((a) => a.getBoundingClientRect().height > 0).map((a) => a.getAttribute('href')),
    }));
    await context.close();
    return result;
  };
  const originalRules = (await reference(`<style>${lib.prerenderCss('hotline-card')}</style>`)).rules;
  const snippets = {};
  for (const { file, attributes } of KODE_WIDGET) {
    const html = read(file);
    snippets[file] = html;
    const callable = attributes.from === 'kh' ? 'tel:+85512813282' : 'tel:08001000';
    const seen = await reference(html);
    check(`${file}: <style> + the mount with the card's copy for from="${attributes.from}", no script, no custom tag`,
      html.includes(lib.prerenderedMount('hotline-card', attributes)) && !/<script|<awas-/i.test(html) && /^<style>/.test(html));
    check(`${file}: without JavaScript ${callable} can be tapped${attributes.from === 'kh' ? ', no Indonesian toll-free number' : ''}`,
      seen.visibleTel.includes(callable) && (attributes.from !== 'kh' || !seen.links.some((h) => h.startsWith('tel:0800'))), seen.visibleTel.join(' '));
    check(`${file}: its stylesheet parses to the widget's own ${originalRules} rules and styles the copy`, seen.rules === originalRules && seen.border !== 'none', `${seen.rules} rules, border ${seen.border}`);

    // Where the site also loads awas.js (a Statis widget elsewhere), the box becomes the card: in the kit's lang="id",
    // although the theme says <html lang="en">.
    const name = `kode-${attributes.from}.html`;
    writeFileSync(join(work, name), snippetPage(`${html}<script src="/desa/upload/awas/awas.js" defer></script>`));
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const tab = await context.newPage();
    await tab.goto(`${server.url}/${name}`);
    const upgraded = await tab
      .waitForFunction(() => document.querySelector('[data-awas-widget]')?.shadowRoot?.querySelector('awas-hotline-card')?.shadowRoot?.querySelector('a[href^="tel:"]'), null, { timeout: 15000 })
      .then(() => true, () => false);
    const spoken = await tab.evaluate(() => {
      const card = document.querySelector('[data-awas-widget]')?.shadowRoot?.querySelector('awas-hotline-card');
      return { html: document.documentElement.lang, lang: card?.getAttribute('lang'), text: card?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? '' };
    });
    check(`${file} with awas.js on a page with <html lang="en">: the card upgrades in the kit's lang="id"`,
      upgraded && spoken.html === 'en' && spoken.lang === 'id' && spoken.text.includes(SAID_IN.id) && !spoken.text.includes(SAID_IN.en), JSON.stringify({ ...spoken, text: spoken.text.slice(0, 120) }));
    await context.close();
  }

  // 6. Optional: the snippets through OpenSID's own filters.
  const tidy = (() => {
    try {
      return execFileSync('php', ['-r', 'echo extension_loaded("tidy") ? "yes" : "no";'], { encoding: 'utf8' }) === 'yes';
    } catch {
      return false;
    }
  })();
  if (!opensidDir) {
    skip("the Kode Widget snippets through OpenSID's own Dinamis filters", 'set AWAS_OPENSID_DIR to an OpenSID 2410 source tree with its vendor/ folder');
  } else if (!tidy) {
    skip("the Kode Widget snippets through OpenSID's own Dinamis filters", 'php has no tidy extension: apt-get install php-tidy (OpenSID refuses to save Dinamis widgets without it, too)');
  } else {
    console.log(`Through OpenSID's own Dinamis filters (${opensidDir}):`);
    const need = {
      'donjo-app/controllers/Web_widget.php': /bersihkan_html\(bersihkan_xss\(\$data\['isi'\]\)\)/,
      'donjo-app/helpers/opensid_helper.php': /removeEvilHtmlTags\(\['iframe'\]\)/,
      'donjo-app/models/Web_widget_model.php': /jenis_widget'\] == 3\)[\s\S]{0,80}bersihkan_xss\(/,
      'donjo-app/core/Web_Controller.php': /'w_cos',[\s\S]{0,200}xss_clean\(/,
      'vendor/themes/esensi/partials/sidebar.php': /htmlspecialchars_decode\(html_entity_decode\(\$widget\['isi'\]\), ENT_QUOTES\)/,
    };
    const changed = Object.entries(need).filter(([file, pattern]) => !existsSync(join(opensidDir, file)) || !pattern.test(readFileSync(join(opensidDir, file), 'utf8'))).map(([file]) => file);
    check("OpenSID still filters Dinamis widgets the way this check reproduces (save: AntiXSS + tidy; show: AntiXSS, xss_clean, the theme's decoding)", changed.length === 0, `changed: ${changed.join(', ')}`);
    const filter = join(work, 'dinamis.php');
    writeFileSync(
      filter,
      `<?php
// OpenSID's path for a Dinamis widget's HTML, with its own code from the folder given as the first argument: Web_widget::validasi() saves
// bersihkan_html(bersihkan_xss(isi)); Web_widget_model::get_widget_aktif() applies bersihkan_xss() again;
// Web_Controller::_get_common_data() runs CodeIgniter's xss_clean over w_cos; the theme prints
// htmlspecialchars_decode(html_entity_decode(isi), ENT_QUOTES).
$root = $argv[1];
define('BASEPATH', $root . '/vendor/codeigniter/framework/system/');
define('APPPATH', $root . '/donjo-app/');
spl_autoload_register(function ($class) use ($root) {
    foreach (['anti-xss', 'portable-utf8', 'portable-ascii'] as $package) {
        $file = $root . '/vendor/voku/' . $package . '/src/' . str_replace('\\\\', '/', $class) . '.php';
        if (is_file($file)) { require $file; return; }
    }
});
require $root . '/vendor/voku/portable-utf8/bootstrap.php';
function config_item($item) { $config = array('charset' => 'UTF-8', 'csrf_protection' => false); return isset($config[$item]) ? $config[$item] : null; }
function log_message($level, $message) {}
require BASEPATH . 'core/Common.php';
require BASEPATH . 'core/Security.php';
function bersihkan_xss($str) { $antiXSS = new voku\\helper\\AntiXSS(); $antiXSS->removeEvilHtmlTags(array('iframe')); return $antiXSS->xss_clean($str); }
function bersihkan_html($isi) {
    $tidy = new tidy();
    $tidy->parseString($isi, array('indent' => true, 'output-xhtml' => true, 'show-body-only' => true, 'clean' => true, 'coerce-endtags' => true), 'utf8');
    $tidy->cleanRepair();
    return tidy_get_output($tidy);
}
$saved = bersihkan_html(bersihkan_xss(stream_get_contents(STDIN)));
$security = new CI_Security();
$shown = $security->xss_clean(array(array('isi' => bersihkan_xss($saved))));
echo json_encode(array('saved' => $saved, 'printed' => htmlspecialchars_decode(html_entity_decode($shown[0]['isi']), ENT_QUOTES)));
`,
    );
    for (const { file, attributes } of KODE_WIDGET) {
      let result = null;
      try {
        result = JSON.parse(execFileSync('php', [filter, opensidDir], { input: snippets[file], encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] }));
      } catch (error) {
        check(`${file} goes through OpenSID's filters`, false, `${error.message}`.slice(0, 400));
        continue;
      }
      const callable = attributes.from === 'kh' ? 'tel:+85512813282' : 'tel:08001000';
      const before = await reference(snippets[file]);
      const after = await reference(result.printed);
      const size = Buffer.byteLength(result.saved);
      check(`${file}: saved (${(size / 1024).toFixed(1)} KB) fits OpenSID's widget column (TEXT, 64 KB)`, size < 65535);
      check(`${file}: on the page, every number link of the copy survives and ${callable} can be tapped`,
        numberLinks(after.links).join() === numberLinks(before.links).join() && after.visibleTel.includes(callable), `${numberLinks(after.links).join(' ')} vs ${numberLinks(before.links).join(' ')}`);
      check(`${file}: the <style> survives and still parses to ${originalRules} rules (tidy's line breaks fall outside strings)`, after.rules === originalRules && after.border !== 'none', `${after.rules} rules, border ${after.border}`);
      check(`${file}: no <script> and no data-awas-widget lost`, !/<script/i.test(result.printed) && /data-awas-widget=\s*"hotline-card"/.test(result.printed));
    }
  }
} finally {
  await browser.close();
  server.server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
