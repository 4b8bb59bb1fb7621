#!/usr/bin/env node
// The OpenSID kit (integrations/opensid/), generated from the widgets themselves: no number, name or rule of a widget
// is written in the kit by hand.
//   desa/widgets/awas_*.php        "Statis" widget files: a <div data-awas-widget> mount whose inside is the widget's
//                                  readable copy (hosted-pages/prerender.ts: its own Lit templates through @lit-labs/ssr), one
//                                  copy per setting the admin can choose (from, lang), the copy's stylesheet
//                                  (prerenderCss) in a <style>, and awas.js loaded from the village site itself
//   kode-widget/hotline-card*.html for the "Dinamis" box (Kode Widget): the same mount + stylesheet, no script
//   iframe/*.html                  for the "Dinamis" box: iframe snippets (src/embed/snippets.ts, heights from
//                                  src/embed/frame-heights.ts)
// PANDUAN.md is written by hand (it quotes no number: test/wordpress/opensid-kit.mjs checks).
//
//   node scripts/build-opensid.mjs --write   rewrite the committed files in integrations/opensid/ (after a content,
//                                            template or height change; the test fails while they are stale)
//   node scripts/build-opensid.mjs --check   exit 1 when the committed files differ from what would be generated
//   node scripts/build-opensid.mjs           dist/opensid/ only (what scripts/build.mjs calls)
// dist/opensid/ is the kit as a village admin uploads it: the files above, PANDUAN.md, and dist/awas.js already at
// desa/upload/awas/awas.js; dist/awas-opensid.zip is the same folder zipped (when the `zip` command exists).
// Builds never write integrations/opensid/: a build must not change committed files behind anyone's back.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const KIT_SOURCE = join(root, 'integrations/opensid');
const distKit = join(root, 'dist/opensid');
const zipFile = join(root, 'dist/awas-opensid.zip');

/** The example address in the iframe snippets (PANDUAN.md tells the admin to replace it). */
export const EXAMPLE_BASE = 'https://alamat-awas.example/awas/';

/** Stands for the admin's widget title in the Statis copies; the PHP file puts the (escaped) title in its place. */
export const TITLE_MARKER = '{{AWAS_JUDUL}}';

/** Reader locations the kit offers: in Indonesia, or already in Cambodia. */
const FROMS = ['id', 'kh'];

/**
 * The Statis widget files. `attributes` are fixed for a sidebar; `from` = the copy depends on the reader's location
 * (the card, and the quiz's result card); `heading` = the admin's widget title becomes the widget's heading (the
 * words part whose `heading` it replaces).
 */
export const STATIS = [
  { file: 'awas_hotline.php', widget: 'hotline-card', what: 'kartu nomor pengaduan resmi TPPO dan penipuan kerja', attributes: { layout: 'compact', 'heading-level': '3' }, from: true, heading: 'hotlineCard' },
  { file: 'awas_kuis.php', widget: 'risk-quiz', what: 'kuis "Apakah tawaran kerja ini aman?"', attributes: {}, from: true, heading: 'riskQuiz' },
  { file: 'awas_contoh_penipuan.php', widget: 'scam-carousel', what: 'contoh lowongan kerja palsu dan tanda bahayanya', attributes: {}, from: false, heading: null },
  { file: 'awas_angka.php', widget: 'stats-ticker', what: 'angka resmi TPPO dan penipuan kerja', attributes: {}, from: false, heading: null },
];

/** Snippets for the Dinamis box's "Kode Widget": the hotline card as a mount with its readable copy. */
export const KODE_WIDGET = [
  { file: 'kode-widget/hotline-card.html', attributes: { lang: 'id', from: 'id', layout: 'compact', 'heading-level': '4' } },
  { file: 'kode-widget/hotline-card-kh.html', attributes: { lang: 'id', from: 'kh', layout: 'compact', 'heading-level': '4' } },
];

/** The iframe snippets: file name → widget and attributes (the page and its fixed height follow from these). */
export const FRAMES = [
  ['hotline-card', 'hotline-card', []],
  ['hotline-card-kh', 'hotline-card', [['from', 'kh']]],
  ['risk-quiz', 'risk-quiz', []],
  ['scam-carousel', 'scam-carousel', []],
  ['stats-ticker', 'stats-ticker', []],
];

function fail(message) {
  throw new Error(`build-opensid: ${message}`);
}

/** The build-time renderer and what the kit takes from the widgets, bundled for Node (as scripts/build-embed.mjs). */
export async function loadKitLibrary() {
  const entry = `
  export { prerenderedMount, prerenderCss, PRERENDERED_WIDGETS } from './hosted-pages/prerender.ts';
  export { iframeSnippet, frameKey } from './src/embed/snippets.ts';
  export { FRAME_HEIGHTS } from './src/embed/frame-heights.ts';
  export { DEFAULT_LANG, LANGS, wordsOf } from './src/i18n/languages.ts';
  export { DEFAULT_FROM } from './components/hotline-card/defaults.ts';
  export { default as hotlinesPack } from './src/content/packs/hotlines.json';
  `;
  return loadTs(entry);
}

/** Render with the widget's own templates; anything a widget says while rendering is passed on, labelled. */
function quietly(lib, fn, label) {
  const saved = { info: console.info, warn: console.warn, error: console.error, log: console.log };
  const said = [];
  for (const level of Object.keys(saved)) console[level] = (...args) => said.push(args.join(' '));
  try {
    return fn();
  } catch (error) {
    fail(`${label} could not be rendered: ${error.message}`);
  } finally {
    Object.assign(console, saved);
    for (const line of said) console.warn(`build-opensid: ${label} said while rendering: ${line}`);
  }
}

/** The stylesheet for a copy: every widget whose readable copy it holds (the quiz's copy holds a hotline card). */
function stylesheetFor(lib, html) {
  const widgets = lib.PRERENDERED_WIDGETS.filter((w) => html.includes(`awas-pre-${w}"`) || html.includes(`awas-pre-${w} `));
  const css = widgets.map((w) => lib.prerenderCss(w)).join('\n');
  if (/<\/style/i.test(css)) fail('a widget stylesheet contains "</style".');
  return css;
}

/**
 * The same stylesheet, safe through OpenSID's Dinamis filter: tidy wraps long lines at spaces, and a line break inside
 * a quoted CSS string ('Segoe UI') ends the string and garbles every rule after it. Spaces inside strings are written
 * as the CSS escape \000020 (the same character; six hex digits need no terminating space).
 */
export function tidyProofCss(css) {
  return css.replace(/'[^'\n]*'|"[^"\n]*"/g, (string) => string.replace(/ /g, '\\000020'));
}

/** A PHP single-quoted string literal. */
function phpString(value) {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function phpArray(entries, indent) {
  return `array(\n${entries.map(([k, v]) => `${indent}    ${phpString(k)} => ${v},\n`).join('')}${indent})`;
}

function statisFile(lib, spec) {
  const label = `<awas-${spec.widget}>`;
  const variants = {}; // from → lang → html (or lang → html)
  let css = '';
  const froms = spec.from ? FROMS : [null];
  for (const from of froms) {
    for (const lang of lib.LANGS) {
      const attributes = { lang, ...(from ? { from } : {}), ...spec.attributes, ...(spec.heading ? { heading: TITLE_MARKER } : {}) };
      const html = quietly(lib, () => lib.prerenderedMount(spec.widget, attributes), label);
      if (spec.heading && !html.includes(`>${TITLE_MARKER}<`)) fail(`${label} does not show its heading attribute as text: the title marker is missing.`);
      if (/<(script|style)\b/i.test(html) || html.includes('\n')) fail(`the readable copy of ${label} contains a <script>, a <style> or a line break.`);
      if (from && !/href="tel:/.test(html)) fail(`the readable copy of ${label} for from="${from}" has no tel: link.`);
      if (from) (variants[from] ??= {})[lang] = html;
      else variants[lang] = html;
      css = css || stylesheetFor(lib, html);
    }
  }
  const defaultTitles = spec.heading ? Object.fromEntries(lib.LANGS.map((lang) => [lang, lib.wordsOf(spec.heading)[lang].heading])) : null;
  if (defaultTitles && lib.LANGS.some((lang) => typeof defaultTitles[lang] !== 'string' || !defaultTitles[lang])) fail(`${spec.heading} has no "heading" string.`);

  const copies = spec.from
    ? phpArray(FROMS.map((from) => [from, phpArray(lib.LANGS.map((lang) => [lang, phpString(variants[from][lang])]), '    ')]), '')
    : phpArray(lib.LANGS.map((lang) => [lang, phpString(variants[lang])]), '');
  const pick = spec.from ? '$awas_salinan[$awas_dari][$awas_bahasa]' : '$awas_salinan[$awas_bahasa]';
  const fromSetting = spec.from
    ? `// Di mana pembaca yang Anda tuju berada?
//   'id' : di Indonesia. Tampil layanan pengaduan di Indonesia, termasuk nomor bebas pulsa.
//   'kh' : sudah di Kamboja. Tampil layanan di Kamboja (KBRI Phnom Penh) lebih dulu, lalu layanan Indonesia yang bisa
//          dihubungi dari luar negeri. Nomor bebas pulsa Indonesia tidak ditawarkan, karena tidak bisa ditelepon dari
//          luar negeri.
// Untuk kedua kelompok pembaca: salin berkas ini dengan nama lain (misalnya ${spec.file.replace(/\.php$/, '_kh.php')}), ubah
// baris di bawah pada salinan itu, lalu tambahkan widget Statis kedua.
$awas_dari = ${phpString(lib.DEFAULT_FROM)};
`
    : '';
  const titleLine = spec.heading
    ? ' * Judul widget yang Anda isi di halaman admin menjadi judul kartu.\n'
    : '';
  const titleCode = spec.heading
    ? `$awas_judul_bawaan = ${phpArray(lib.LANGS.map((lang) => [lang, phpString(defaultTitles[lang])]), '')};
$awas_judul = isset($judul_widget) ? trim(strip_tags((string) $judul_widget)) : '';
if ($awas_judul === '') {
    $awas_judul = $awas_judul_bawaan[$awas_bahasa];
}
`
    : '';
  const output = spec.heading ? `str_replace(${phpString(TITLE_MARKER)}, $awas_e($awas_judul), ${pick})` : pick;
  const lang = phpString(lib.DEFAULT_LANG);
  const choose = spec.from ? `if (! isset($awas_salinan[$awas_dari])) {
    $awas_dari = ${phpString(lib.DEFAULT_FROM)};
}
if (! isset($awas_salinan[$awas_dari][$awas_bahasa])) {
    $awas_bahasa = ${lang};
}
` : `if (! isset($awas_salinan[$awas_bahasa])) {
    $awas_bahasa = ${lang};
}
`;
  return `<?php defined('BASEPATH') or exit('No direct script access allowed'); ?>
<?php
/*
 * Awas: widget "Statis" OpenSID — ${spec.what}.
 *
 * Pasang (langkah lengkap: PANDUAN.md di kit Awas untuk OpenSID):
 *   1. Unggah awas.js ke  desa/upload/awas/awas.js
 *   2. Unggah berkas ini ke  desa/widgets/${spec.file}
 *   3. Admin Web › Widget › Tambah: isi Judul Widget, pilih Jenis Widget "Statis", pilih berkas ini pada
 *      "Nama File Widget (.php)", Simpan, lalu aktifkan.
 *
 * Ubah hanya bagian PENGATURAN di bawah.
${titleLine} *
 * Isi widget (teks, nomor, tautan, sumber) sudah tertulis di berkas ini sebagai HTML biasa, dibuat dari widget Awas
 * sendiri: tanpa JavaScript, atau selama awas.js masih dimuat, pembaca sudah melihatnya dan bisa menekan tautannya.
 * Jangan mengubah isi itu dengan tangan. Bila isinya berubah, tim Awas menerbitkan berkas baru: ganti berkas ini.
 * Berkas ini dibuat otomatis oleh scripts/build-opensid.mjs.
 *
 * English: an OpenSID "Statis" widget, generated from the Awas widget itself. It prints a <div data-awas-widget>
 * mount holding the widget's readable copy (rendered at build time from the widget's own templates) and its
 * stylesheet, and loads awas.js from the village site itself (same origin: fine under script-src 'self').
 * Edit only PENGATURAN.
 */

// ---- PENGATURAN ----------------------------------------------------------------------------------------------------
${fromSetting}// Bahasa: ${lib.LANGS.map((code) => `'${code}' (${lib.wordsOf('name')[code]})`).join(' atau ')}. Tidak diambil dari tema: tema Esensi menulis <html lang="en">
// walaupun situsnya berbahasa Indonesia.
$awas_bahasa = ${lang};
// Letak awas.js di situs desa (relatif terhadap folder OpenSID).
$awas_script = 'desa/upload/awas/awas.js';
// --------------------------------------------------------------------------------------------------------------------

// Dibuat otomatis dari widget Awas: jangan diubah.
$awas_salinan = ${copies};
$awas_gaya = ${phpString(css)};

$awas_e = function ($text) {
    return htmlspecialchars((string) $text, ENT_QUOTES, 'UTF-8');
};
${choose}${titleCode}// ?v= berubah setiap kali awas.js diganti, supaya browser tidak memakai salinan lama.
$awas_version = is_file(FCPATH . $awas_script) ? filemtime(FCPATH . $awas_script) : 0;
$awas_src     = (function_exists('base_url') ? base_url($awas_script) : $awas_script) . '?v=' . $awas_version;
?>
<style><?= $awas_gaya ?></style>
<div class="awas-opensid">
<?php echo ${output}, "\\n"; ?>
</div>
<script src="<?= $awas_e($awas_src) ?>" defer></script>
`;
}

/**
 * Every generated file of the kit, as { path (relative to the kit folder), content }. Pure: writes nothing.
 * `lib` is loadKitLibrary()'s module (loaded when not given).
 */
export async function opensidKitFiles(lib) {
  lib ??= await loadKitLibrary();
  const files = [];
  for (const spec of STATIS) {
    if (!lib.PRERENDERED_WIDGETS.includes(spec.widget)) fail(`hosted-pages/prerender.ts no longer renders <awas-${spec.widget}>.`);
    files.push({ path: `desa/widgets/${spec.file}`, content: statisFile(lib, spec) });
  }
  for (const { file, attributes } of KODE_WIDGET) {
    const html = quietly(lib, () => lib.prerenderedMount('hotline-card', attributes), '<awas-hotline-card>');
    if (!/href="tel:/.test(html)) fail(`${file}: the readable copy has no tel: link.`);
    files.push({ path: file, content: `<style>${tidyProofCss(stylesheetFor(lib, html))}</style>\n${html}\n` });
  }
  for (const [file, widget, attributes] of FRAMES) {
    const snippet = lib.iframeSnippet({ base: EXAMPLE_BASE, widget, attributes, version: '-', integrity: 'sha384-AAAA' });
    if (!snippet || lib.frameKey(widget, attributes) !== file) fail(`iframe/${file}.html: the snippet generator no longer gives the page "${file}".`);
    files.push({ path: `iframe/${file}.html`, content: `${snippet}\n` });
  }
  return files;
}

/** Committed kit files that differ from what would be generated (paths relative to integrations/opensid/). */
export async function staleKitFiles(lib) {
  const files = await opensidKitFiles(lib);
  return files.filter(({ path, content }) => {
    const file = join(KIT_SOURCE, path);
    return !existsSync(file) || readFileSync(file, 'utf8') !== content;
  }).map(({ path }) => path);
}

/** Rewrite the committed kit files in integrations/opensid/. */
export async function writeKitSource(lib) {
  const files = await opensidKitFiles(lib);
  for (const { path, content } of files) {
    mkdirSync(dirname(join(KIT_SOURCE, path)), { recursive: true });
    writeFileSync(join(KIT_SOURCE, path), content);
  }
  return files.map((f) => f.path);
}

/** dist/opensid/ (and dist/awas-opensid.zip): the kit ready to upload, with dist/awas.js in its place. */
export async function buildOpensid({ quiet = false } = {}) {
  const bundle = join(root, 'dist/awas.js');
  if (!existsSync(bundle)) fail('dist/awas.js is missing: run `npm run build` first.');
  const lib = await loadKitLibrary();
  const files = await opensidKitFiles(lib);
  rmSync(distKit, { recursive: true, force: true });
  for (const { path, content } of files) {
    mkdirSync(dirname(join(distKit, path)), { recursive: true });
    writeFileSync(join(distKit, path), content);
  }
  cpSync(join(KIT_SOURCE, 'PANDUAN.md'), join(distKit, 'PANDUAN.md'));
  mkdirSync(join(distKit, 'desa/upload/awas'), { recursive: true });
  cpSync(bundle, join(distKit, 'desa/upload/awas/awas.js'));

  let zipped = false;
  rmSync(zipFile, { force: true });
  try {
    execFileSync('zip', ['-q', '-r', '-X', zipFile, 'opensid'], { cwd: dirname(distKit), stdio: ['ignore', 'ignore', 'pipe'] });
    zipped = true;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  if (!quiet) {
    const kb = (file) => (statSync(file).size / 1024).toFixed(1);
    console.log(`build-opensid: ${relative(root, distKit)}/ (${files.length + 2} files)${zipped ? `, ${relative(root, zipFile)} ${kb(zipFile)} KB` : '; no `zip` command, so no zip'}`);
  }
  const stale = await staleKitFiles(lib);
  if (stale.length) console.warn(`build-opensid: integrations/opensid/ is out of date (${stale.join(', ')}): run \`node scripts/build-opensid.mjs --write\` and commit.`);
  return { folder: distKit, zip: zipped ? zipFile : null };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    if (process.argv.includes('--write')) {
      const written = await writeKitSource();
      console.log(`build-opensid: ${written.length} files in integrations/opensid/`);
    } else if (process.argv.includes('--check')) {
      const stale = await staleKitFiles();
      if (stale.length) {
        console.error(`build-opensid: out of date in integrations/opensid/: ${stale.join(', ')}. Run \`node scripts/build-opensid.mjs --write\`.`);
        process.exit(1);
      }
      console.log('build-opensid: integrations/opensid/ is up to date');
    } else {
      await buildOpensid();
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
