#!/usr/bin/env node
// npm run package:wordpress — assemble the installable WordPress plugin from integrations/wordpress/awas/:
//   dist/wordpress/awas/                 the plugin folder (copy it to wp-content/plugins/, or upload the zip)
//     assets/awas.js                     a copy of dist/awas.js, served from the site's own origin
//     assets/awas-pre.css                the readable copies' stylesheet (each widget's own styles, re-scoped)
//     includes/prerendered/*.html        generated: each widget's readable copy (its own templates rendered here by
//                                        hosted-pages/prerender.ts) per lang, and per from / layout where they change it
//     includes/widgets.php               generated: widget and attribute allowlist (from custom-elements.json),
//                                        editor choices, the index of the copies, the safe-exit link
//     block/block.json                   the block's attributes filled in from the same allowlist
//   dist/awas-wordpress.zip              the same folder zipped (only when the `zip` command exists)
// Needs a built dist/awas.js and custom-elements.json; scripts/build.mjs runs it last. No network, a few seconds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations/wordpress/awas');
const outParent = join(root, 'dist/wordpress');
const out = join(outParent, 'awas');
const zipFile = join(root, 'dist/awas-wordpress.zip');

function fail(message) {
  throw new Error(`package-wordpress: ${message}`);
}

/** `<version>-<first 10 hex of the file's SHA-256>`: the ?ver= WordPress appends to an asset's URL. */
function assetVersion(version, content) {
  return `${version}-${createHash('sha256').update(content).digest('hex').slice(0, 10)}`;
}

/**
 * Bundle the build-time renderer (hosted-pages/prerender.ts: the widgets' own Lit templates through @lit-labs/ssr) for Node
 * and load it, as scripts/build-embed.mjs does. Also the two things the safe-exit link needs from the widget itself,
 * the card's layouts (a copy axis), and every widget's OPTIONS (src/widgets.ts) for the editor's drop-downs.
 */
async function loadRenderer() {
  const entry = `
  export { prerender, PRERENDERED_WIDGETS } from './hosted-pages/prerender.ts';
  export { widgetsCss } from './hosted-pages/document.ts';
  export * as hotlineCard from './components/hotline-card/defaults.ts';
  export { COUNTRY_SOURCE, countryCode } from './src/safety/text.ts';
  export * as safeExit from './components/safe-exit/defaults.ts';
  export { THEMES } from './src/base/theme.ts';
  export { WIDGETS, WIDGET_NAMES } from './src/widgets.ts';
  export { DEFAULT_LANG, LANG_ALIASES, LANGS, wordsOf } from './src/i18n/languages.ts';
  export { default as hotlinesPack } from './src/content/packs/hotlines.json';
  export { DEFAULT_PACKS } from './src/content/all-collections.ts';
  `;
  return loadTs(entry);
}

/** File-name part of the copy for reader locations without a list of their own (the card's "abroad" set). */
const ABROAD = 'abroad';

/**
 * Every readable copy the plugin carries, by the attributes that change it (widget, lang, from, layout), and the
 * copies' stylesheet. Other attributes (hotlines, heading, questions, content-src, …) do not change the copy: the
 * widget applies them when it runs.
 *   files  { 'includes/prerendered/hotline-card.id.kh.full.html': html, … }
 *   index  for includes/widgets.php: { dir, locations, abroad, layouts, widgets: { widget: { select, files: { key: file } } } }
 */
async function renderCopies(lib) {
  const LAYOUTS = [...lib.hotlineCard.LAYOUTS];
  const hotlines = lib.hotlinesPack.hotlines ?? [];
  // Locations with a list of their own: where a hotline is based or lists an audience. Any other two-letter code
  // shows the card's "abroad" set, which is rendered once, with a code no hotline names.
  const home = lib.hotlineCard.DEFAULT_FROM;
  const locations = [...new Set(hotlines.flatMap((h) => [h.country, ...Object.keys(h.audience ?? {})]))].filter((l) => lib.countryCode(l) === l);
  locations.sort((a, b) => (a === home ? -1 : b === home ? 1 : a.localeCompare(b)));
  if (!locations.includes(home)) fail(`the default hotlines pack lists no hotline for readers at home ("${home}").`);
  const abroadSamples = ['my', 'th', 'sa', 'tw', 'zz'].filter((l) => !locations.includes(l));

  // The card says once in the console that an unlisted location gets the abroad set: expected here, so kept quiet.
  // Anything else a widget reports while rendering is passed on.
  const render = (widget, attributes) => {
    const saved = { info: console.info, warn: console.warn, error: console.error, log: console.log };
    const said = [];
    for (const level of Object.keys(saved)) console[level] = (...args) => said.push(args.join(' '));
    try {
      return lib.prerender(widget, attributes);
    } finally {
      Object.assign(console, saved);
      for (const line of said) if (!/no hotlines are listed for readers in/.test(line)) console.warn(`package-wordpress: <awas-${widget}> said while rendering: ${line}`);
    }
  };

  // What changes a widget's copy, besides lang (src/widgets.ts).
  const axes = Object.fromEntries(lib.PRERENDERED_WIDGETS.map((widget) => [widget, lib.WIDGETS[widget].copyAxes]));
  const values = { from: [...locations, ABROAD], layout: LAYOUTS };

  const files = {};
  const index = { dir: 'prerendered', locations, abroad: ABROAD, layouts: LAYOUTS, widgets: {} };
  for (const [widget, select] of Object.entries(axes)) {
    // Every combination: [{ key: ['id', 'kh', 'full'], attributes: { lang: 'id', from: 'kh', layout: 'full' } }, …]
    let variants = lib.LANGS.map((lang) => ({ key: [lang], attributes: { lang } }));
    for (const axis of select) {
      variants = variants.flatMap(({ key, attributes }) =>
        values[axis].map((value) => ({ key: [...key, value], attributes: { ...attributes, [axis]: value === ABROAD ? abroadSamples[0] : value } })),
      );
    }
    const entry = { select, files: {} };
    for (const { key, attributes } of variants) {
      const name = `<awas-${widget}${Object.entries(attributes).map(([a, v]) => ` ${a}="${v}"`).join('')}>`;
      let html;
      try {
        html = render(widget, attributes);
      } catch (error) {
        fail(`${name} could not be rendered at packaging time: ${error.message}`);
      }
      if (key.includes(ABROAD)) {
        // One abroad copy stands for every unlisted location: another one must render the same.
        const other = render(widget, { ...attributes, from: abroadSamples[1] });
        // Compared without the location's name and without the ids' per-copy prefix (they differ by design).
        const neutral = (text, code) => text.split(`data-from="${code}"`).join('data-from=""').replace(/awas-[a-z0-9]+-/g, 'awas-');
        if (neutral(html, abroadSamples[0]) !== neutral(other, abroadSamples[1])) {
          fail(`<awas-${widget}> shows different content for from="${abroadSamples[0]}" and from="${abroadSamples[1]}": one "abroad" copy no longer covers every unlisted location.`);
        }
      }
      if (select.includes('from') && !/href="tel:/.test(html)) fail(`the readable copy of ${name} has no tel: link.`);
      if (/<(script|style)\b/i.test(html)) fail(`the readable copy of ${name} contains a <script> or <style>.`);
      const file = `${widget}.${key.join('.')}.html`;
      files[`includes/${index.dir}/${file}`] = `${html}\n`;
      entry.files[key.join('.')] = file;
    }
    index.widgets[widget] = entry;
  }

  // Safe exit: its own render is a button and the "Shift 3 times" hint, which both need the script; as a copy it
  // would be a disabled button. Without JavaScript the plugin prints one link to the neutral page instead, with the
  // widget's own label and default destination (DEFAULT_EXIT_HREF).
  try {
    if (/<a\s[^>]*href=/.test(render('safe-exit', { lang: 'id' }))) {
      console.warn('package-wordpress: <awas-safe-exit> now renders a link: its readable copy could replace the plugin\'s exit link.');
    }
  } catch {
    // Not rendered at build time: the link below is all the plugin needs.
  }
  if (!/^https:\/\/[^\s"'<>]+$/.test(lib.safeExit.DEFAULT_EXIT_HREF ?? '')) fail('DEFAULT_EXIT_HREF of components/safe-exit/defaults.ts is not an https address.');
  const safeExit = { href: lib.safeExit.DEFAULT_EXIT_HREF, label: Object.fromEntries(lib.LANGS.map((lang) => [lang, lib.wordsOf('safeExit')[lang].label])) };

  const css = lib.widgetsCss();
  return { files, index, css, safeExit };
}

/** Assemble dist/wordpress/awas/ (and the zip). Returns what it wrote. */
export async function packageWordpress({ quiet = false } = {}) {

  const bundle = join(root, 'dist/awas.js');
  const manifestFile = join(root, 'custom-elements.json');
  if (!existsSync(bundle) || !existsSync(manifestFile)) fail('dist/awas.js or custom-elements.json is missing: run `npm run build` first.');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

  // 1. Widgets and their attributes, from the manifest (the same source as the README reference).
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const widgets = {};
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName?.startsWith('awas-')) continue;
      const attributes = {};
      for (const attribute of declaration.attributes ?? []) {
        if (!/^[a-z][a-z0-9-]*$/.test(attribute.name)) fail(`attribute name "${attribute.name}" of <${declaration.tagName}> is not kebab-case.`);
        attributes[attribute.name] = {
          type: attribute.type?.text === 'boolean' ? 'boolean' : 'string',
          description: (attribute.description ?? '').replace(/\s+/g, ' ').trim(),
        };
      }
      widgets[declaration.tagName.replace(/^awas-/, '')] = { tag: declaration.tagName, summary: (declaration.summary ?? '').replace(/\s+/g, ' ').trim(), attributes };
    }
  }
  const lib = await loadRenderer();
  const widgetOrder = lib.WIDGET_NAMES;
  for (const name of widgetOrder) if (!widgets[name]) fail(`custom-elements.json has no <awas-${name}>.`);
  const orderedWidgets = Object.fromEntries([...widgetOrder, ...Object.keys(widgets).filter((n) => !widgetOrder.includes(n))].map((n) => [n, widgets[n]]));

  // 2. Choices the block editor offers as drop-downs: each widget's OPTIONS (components/<name>/defaults.ts, through
  //    src/widgets.ts) with a fixed set of values, besides lang and theme. The editor adds "— bawaan —" (no
  //    attribute) itself, so the '' value is left out. An enumeration's values must be named in the attribute's own
  //    documentation (description or type), so an undocumented value fails here; locations are two-letter codes.
  const choices = {};
  for (const [name, widget] of Object.entries(orderedWidgets)) {
    choices[name] = {};
    const offered = [
      ['lang', [...lib.LANGS], 'choice'],
      ['theme', [...lib.THEMES], 'choice'],
      ...(lib.WIDGETS[name]?.options ?? []).filter((o) => o.control === 'choice' || o.control === 'location').map((o) => [o.attribute, o.values.filter((v) => v !== ''), o.control]),
    ];
    for (const [attr, values, control] of offered) {
      const doc = widget.attributes[attr];
      if (!doc) fail(`editor choices name ${name}.${attr}, which <awas-${name}> does not have.`);
      const type = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget.tag).attributes.find((a) => a.name === attr).type?.text ?? '';
      for (const value of values) {
        const named =
          control === 'location' ? lib.countryCode(value) === value : attr === 'heading-level' ? /1[–-]6/.test(doc.description) : doc.description.includes(`\`${value}\``) || type.includes(`'${value}'`);
        if (!named) fail(`editor choice ${name}.${attr}="${value}" is not named in the attribute's documentation: "${doc.description}".`);
      }
      choices[name][attr] = values;
    }
  }

  //    Id lists (hotlines="…", stats="…") are free text in the block; its help names the built-in ids.
  const knownIds = {};
  for (const name of Object.keys(orderedWidgets)) {
    for (const option of lib.WIDGETS[name]?.options ?? []) {
      if (option.control !== 'ids') continue;
      knownIds[name] ??= {};
      knownIds[name][option.attribute] = (lib.DEFAULT_PACKS[option.collection][option.collection] ?? []).map((item) => item.id);
    }
  }

  // 3. No-JavaScript fallback: each widget's readable copy, rendered here by the widget's own templates
  //    (hosted-pages/prerender.ts, @lit-labs/ssr), and the copies' stylesheet re-scoped from the widgets' own styles. The
  //    plugin includes a copy as it is; it has no rule of its own for which hotline, number or text a reader sees.
  const copies = await renderCopies(lib);

  const data = {
    version,
    // The ?ver= of the script and stylesheet URLs: changes whenever the file changes, so caches never serve an old copy.
    asset_version: assetVersion(version, readFileSync(bundle)),
    style_version: assetVersion(version, copies.css),
    widgets: orderedWidgets,
    choices,
    known_ids: knownIds,
    prerendered: copies.index,
    safe_exit: copies.safeExit,
    // The widgets' own languages and defaults, for the PHP that picks a copy and the setting's choices: the plugin
    // has no list of its own (src/i18n/languages.ts, components/hotline-card/defaults.ts).
    langs: [...lib.LANGS],
    default_lang: lib.DEFAULT_LANG,
    lang_aliases: { ...lib.LANG_ALIASES },
    lang_names: lib.wordsOf('name'),
    default_from: lib.hotlineCard.DEFAULT_FROM,
    country_pattern: `^${lib.COUNTRY_SOURCE}$`,
    default_layout: lib.hotlineCard.DEFAULT_LAYOUT,
    // What the block calls each widget and option, in every language (the embed builder's words, src/i18n/locales).
    editor: Object.fromEntries(lib.LANGS.map((lang) => [lang, { frame: lib.wordsOf('blockEditor')[lang], widgets: lib.wordsOf('editor')[lang] }])),
  };

  // 4. Assemble the plugin folder.
  function php(value, indent = '') {
    const next = indent + '\t';
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'boolean') return value ? 'true' : 'false';
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (Array.isArray(value)) return value.length ? `array(\n${value.map((v) => `${next}${php(v, next)},\n`).join('')}${indent})` : 'array()';
    const keys = Object.keys(value);
    return keys.length ? `array(\n${keys.map((k) => `${next}${php(k)} => ${php(value[k], next)},\n`).join('')}${indent})` : 'array()';
  }

  rmSync(outParent, { recursive: true, force: true });
  mkdirSync(outParent, { recursive: true });
  cpSync(source, out, { recursive: true, filter: (p) => !/(^|\/)(\.DS_Store|node_modules)$/.test(p) });
  mkdirSync(join(out, 'assets'), { recursive: true });
  cpSync(bundle, join(out, 'assets/awas.js'));
  writeFileSync(join(out, 'assets/awas-pre.css'), copies.css);
  mkdirSync(join(out, 'includes', copies.index.dir), { recursive: true });
  for (const [file, html] of Object.entries(copies.files)) writeFileSync(join(out, file), html);
  writeFileSync(
    join(out, 'includes/widgets.php'),
    `<?php\n/**\n * Generated by scripts/package-wordpress.mjs from custom-elements.json and the widgets' own build-time render.\n * Do not edit: run \`npm run package:wordpress\`.\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${php(data)};\n`,
  );

  const blockFile = join(out, 'block/block.json');
  const block = JSON.parse(readFileSync(blockFile, 'utf8'));
  block.version = version;
  block.attributes = { widget: { type: 'string', default: 'hotline-card', enum: Object.keys(orderedWidgets) } };
  for (const widget of Object.values(orderedWidgets)) {
    for (const [name, attribute] of Object.entries(widget.attributes)) {
      const existing = block.attributes[name];
      if (existing && existing.type !== attribute.type) fail(`attribute "${name}" is a ${existing.type} in one widget and a ${attribute.type} in another.`);
      block.attributes[name] = { type: attribute.type };
    }
  }
  writeFileSync(blockFile, JSON.stringify(block, null, '\t') + '\n');

  const pluginFile = join(out, 'awas.php');
  const header = readFileSync(pluginFile, 'utf8');
  if (!/^ \* Version:\s+\S+$/m.test(header)) fail('integrations/wordpress/awas/awas.php has no "Version:" header line.');
  writeFileSync(pluginFile, header.replace(/^( \* Version:\s+)\S+$/m, `$1${version}`));

  let zipped = false;
  rmSync(zipFile, { force: true });
  try {
    execFileSync('zip', ['-q', '-r', '-X', zipFile, 'awas'], { cwd: outParent, stdio: ['ignore', 'ignore', 'pipe'] });
    zipped = true;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const kb = (file) => (statSync(file).size / 1024).toFixed(1);
  const summary =
    `package-wordpress: ${relative(root, out)}/ (awas.js ${kb(join(out, 'assets/awas.js'))} KB, ${Object.keys(orderedWidgets).length} widgets, ` +
    `${Object.keys(copies.files).length} readable copies ${(Object.values(copies.files).reduce((n, html) => n + Buffer.byteLength(html), 0) / 1024).toFixed(1)} KB, ` +
    `awas-pre.css ${kb(join(out, 'assets/awas-pre.css'))} KB)` +
    (zipped ? `, ${relative(root, zipFile)} ${kb(zipFile)} KB` : '; `zip` not installed, so no zip: upload the folder, or `apt-get install zip` and run again');
  if (!quiet) console.log(summary);
  return { folder: out, zip: zipped ? zipFile : null };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    await packageWordpress();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
