#!/usr/bin/env node
// npm run package:wordpress — assemble the installable WordPress plugin from integrations/wordpress/awas/:
//   dist/wordpress/awas/                 the plugin folder (copy it to wp-content/plugins/, or upload the zip)
//     assets/awas.js                     a copy of dist/awas.js, served from the site's own origin
//     includes/widgets.php               generated: widget and attribute allowlist (from custom-elements.json),
//                                        editor choices, and the no-JavaScript fallback data (from the default packs)
//     block/block.json                   the block's attributes filled in from the same allowlist
//   dist/awas-wordpress.zip              the same folder zipped (only when the `zip` command exists)
// Needs a built dist/awas.js and custom-elements.json; scripts/build.mjs runs it last. No network, well under a second.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'integrations/wordpress/awas');
const outParent = join(root, 'dist/wordpress');
const out = join(outParent, 'awas');
const zipFile = join(root, 'dist/awas-wordpress.zip');

function fail(message) {
  throw new Error(`package-wordpress: ${message}`);
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
  const widgetOrder = ['hotline-card', 'risk-quiz', 'scam-carousel', 'stats-ticker', 'safe-exit'];
  for (const name of widgetOrder) if (!widgets[name]) fail(`custom-elements.json has no <awas-${name}>.`);
  const orderedWidgets = Object.fromEntries([...widgetOrder, ...Object.keys(widgets).filter((n) => !widgetOrder.includes(n))].map((n) => [n, widgets[n]]));

  // 2. Choices the block editor offers as drop-downs. Each value must be named in the attribute's own documentation
  //    (description or type), so a renamed value fails here instead of offering readers a broken setting.
  const CHOICES = {
    '*': { lang: ['id', 'en'], theme: ['light', 'dark', 'auto'] },
    'hotline-card': { from: ['id', 'kh'], layout: ['full', 'compact'], 'heading-level': ['1', '2', '3', '4', '5', '6'], 'link-target': ['_blank', '_top', '_self'] },
    'risk-quiz': { mode: ['step', 'list'], from: ['id', 'kh'] },
    'scam-carousel': { reveal: ['tap', 'always'] },
    'stats-ticker': { mode: ['static', 'rotate', 'marquee'] },
    'safe-exit': { position: ['inline', 'top-right', 'top-left', 'bottom-right', 'bottom-left'] },
  };
  const choices = {};
  for (const [name, widget] of Object.entries(orderedWidgets)) {
    choices[name] = {};
    for (const [attr, values] of Object.entries({ ...CHOICES['*'], ...(CHOICES[name] ?? {}) })) {
      const doc = widget.attributes[attr];
      if (!doc) fail(`editor choices name ${name}.${attr}, which <awas-${name}> does not have.`);
      const type = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === widget.tag).attributes.find((a) => a.name === attr).type?.text ?? '';
      for (const value of values) {
        const named = attr === 'heading-level' ? /1[–-]6/.test(doc.description) : doc.description.includes(`\`${value}\``) || type.includes(`'${value}'`);
        if (!named) fail(`editor choice ${name}.${attr}="${value}" is not named in the attribute's documentation: "${doc.description}".`);
      }
      choices[name][attr] = values;
    }
  }

  // 3. No-JavaScript fallback: the default hotlines as the card would choose them, through the library's own content
  //    validation (src/safety/) and reach rules, bundled from source so nothing is re-implemented here.
  const entry = `
  import { readCollection } from './src/content/collection.ts';
  import { hotlinesSpec } from './src/content/hotlines.ts';
  import { isReachable, selectHotlines } from './components/hotline-card/reach.ts';
  import pack from './src/content/packs/hotlines.json';
  export { readCollection, hotlinesSpec, isReachable, selectHotlines, pack };
  `;
  const built = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const lib = await import(`data:text/javascript;base64,${Buffer.from(built.outputFiles[0].text).toString('base64')}`);
  const problems = [];
  const hotlines = lib.readCollection(lib.hotlinesSpec, lib.pack, 'hotlines.json', problems).items ?? [];
  if (problems.length || !hotlines.length) fail(`the default hotlines pack does not validate: ${problems.map((p) => p.message).join('; ')}`);

  const texts = (t) => Object.fromEntries(['id', 'en'].filter((l) => t?.[l]).map((l) => [l, typeof t[l] === 'string' ? t[l] : t[l].name]));
  const names = Object.fromEntries(hotlines.map((h) => [h.id, texts(h.text)]));
  const locations = {};
  // '*' stands for any location without its own list (the card's "abroad" set); 'zz' is a code no hotline belongs to.
  for (const [key, from] of [['id', 'id'], ['kh', 'kh'], ['*', 'zz']]) {
    const channelsOf = (hotline) =>
      hotline.channels
        .filter((c) => c.phone && ['phone', 'whatsapp', 'sms'].includes(c.type) && lib.isReachable(c, hotline, from))
        .map((c) => {
          const home = !c.phone.country || c.phone.country === from;
          const number = home && !c.international ? (c.display ?? c.phone.national) : c.phone.international;
          const href = c.type === 'whatsapp' ? `https://wa.me/${c.phone.whatsapp}` : `${c.type === 'sms' ? 'sms' : 'tel'}:${c.phone.dial}`;
          return { type: c.type, href, number, free: c.free, label: c.label ? texts(c.label) : {} };
        });
    const channels = {};
    for (const hotline of hotlines) {
      const list = channelsOf(hotline);
      if (list.length) channels[hotline.id] = list;
    }
    const defaults = lib.selectHotlines(hotlines, from, []).entries.map((e) => e.hotline.id).filter((id) => channels[id]);
    if (!defaults.length) fail(`no default hotlines for location "${key}".`);
    locations[key] = { default: defaults, channels };
  }
  const kp2mi = hotlines.find((h) => h.id === 'kp2mi');
  const checkUrl = kp2mi?.channels.find((c) => c.type === 'web' && /siskop2mi/.test(c.url ?? ''))?.url ?? '';
  if (!locations.id.channels.kp2mi || !checkUrl) fail('the default pack no longer has KP2MI with a phone number and its SISKOP2MI link (used by the fallbacks).');

  const safeExitSource = readFileSync(join(root, 'components/safe-exit/safe-exit.ts'), 'utf8');
  const exitHref = /export const DEFAULT_EXIT_HREF = '(https:\/\/[^']+)'/.exec(safeExitSource)?.[1];
  if (!exitHref) fail('DEFAULT_EXIT_HREF not found in components/safe-exit/safe-exit.ts.');

  const data = {
    version,
    // The ?ver= of the script URL: changes whenever awas.js changes, so caches never serve an old copy.
    asset_version: `${version}-${createHash('sha256').update(readFileSync(bundle)).digest('hex').slice(0, 10)}`,
    widgets: orderedWidgets,
    choices,
    hotlines: { names, locations, help: 'kp2mi', check_url: checkUrl },
    safe_exit_href: exitHref,
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
  writeFileSync(
    join(out, 'includes/widgets.php'),
    `<?php\n/**\n * Generated by scripts/package-wordpress.mjs from custom-elements.json and src/content/packs/hotlines.json.\n * Do not edit: run \`npm run package:wordpress\`.\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn ${php(data)};\n`,
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
    `package-wordpress: ${relative(root, out)}/ (awas.js ${kb(join(out, 'assets/awas.js'))} KB, ${Object.keys(orderedWidgets).length} widgets)` +
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
