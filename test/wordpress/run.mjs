#!/usr/bin/env node
// npm run test:wordpress — the WordPress plugin on a real WordPress (Debian's `wordpress` package) with MariaDB,
// both on loopback, started and stopped by this script:
//   1. apt-get installs whatever is missing (wordpress + two themes, mariadb-server, php-cli, php-mysql, chromium);
//   2. a private MariaDB (own data dir, 127.0.0.1, free port) and a copy of Debian's WordPress served by `php -S`;
//   3. WordPress installed non-interactively, the packaged plugin (dist/awas-wordpress.zip, or dist/wordpress/awas)
//      activated, an Author created, and posts saved *as that Author* (kses filters exactly as in the editor);
//   4. headless Chromium loads the pages (front end sent with `script-src 'self'`) with a classic and a block theme,
//      and the block editor as the Author; it checks that working widgets render, that awas.js and awas-pre.css come
//      from the site's own origin and only where a widget is, and what readers without JavaScript see: each mount's
//      readable copy (the plugin's, and mounts with copies pasted by the Author through kses) compared with what the
//      widget's own templates render (hosted-pages/prerender.ts), with and without any stylesheet.
// Last line: "N passed, N failed". Options: --keep (leave WordPress running for a look), --screenshots.
// Idempotent: a previous run's leftovers (its own processes and folder) are removed first.
import { loadTs } from '../../scripts/load-ts.mjs';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync, statSync, openSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const here = join(root, 'test/wordpress');
const work = process.env.AWAS_WP_DIR ?? join(tmpdir(), 'awas-wp-test');
const keep = process.argv.includes('--keep');
const screenshots = process.argv.includes('--screenshots');
const started = Date.now();
const figures = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const log = (message) => console.log(`wordpress-test: ${message}`);

// ---------------------------------------------------------------------------------------------------- results
let passed = 0;
let failed = 0;
function check(name, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${name}${ok || !detail ? '' : ` — ${detail}`}`);
}

// ---------------------------------------------------------------------------------------------------- processes
const children = [];
const pidFile = join(work, 'pids.json');

function stopStale() {
  if (!existsSync(pidFile)) return;
  for (const pid of JSON.parse(readFileSync(pidFile, 'utf8'))) {
    try {
      // Only our own leftovers: the command line must name this test's folder.
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(work)) {
        process.kill(-pid, 'SIGKILL'); // its process group: php -S workers too
        log(`stopped process ${pid} left by an earlier run`);
      }
    } catch {
      // gone already
    }
  }
}

function startDaemon(command, args, logName, env = {}) {
  const out = openSync(join(work, logName), 'a');
  // detached: its own process group, so stopping it stops its workers too, and a Ctrl-C reaches only this script.
  const child = spawn(command, args, { stdio: ['ignore', out, out], env: { ...process.env, ...env }, detached: true });
  children.push(child);
  writeFileSync(pidFile, JSON.stringify(children.map((c) => c.pid)));
  return child;
}

async function stopAll() {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const signal = (name) => {
            try {
              process.kill(-child.pid, name);
            } catch {
              // already gone
            }
          };
          const timer = setTimeout(() => signal('SIGKILL'), 15000);
          child.once('exit', () => {
            clearTimeout(timer);
            signal('SIGKILL'); // workers left in the group
            resolve();
          });
          signal('SIGTERM');
        }),
    ),
  );
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(what, test, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await test()) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const portOpen = (port) =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => socket.end(() => resolve(true)));
    socket.once('error', () => resolve(false));
  });

function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
}

// ---------------------------------------------------------------------------------------------------- packages
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function missingPackages() {
  const missing = [];
  if (!existsSync('/usr/share/wordpress/wp-settings.php')) missing.push('wordpress');
  for (const theme of ['twentytwentyone', 'twentytwentythree']) {
    if (!existsSync(`/usr/share/wordpress/wp-content/themes/${theme}/style.css`)) missing.push(`wordpress-theme-${theme}`);
  }
  if (!has('php')) missing.push('php-cli');
  if (!has('php') || !/^mysqli$/m.test(spawnSync('php', ['-m'], { encoding: 'utf8' }).stdout ?? '')) missing.push('php-mysql');
  if (!has('mariadbd') && !existsSync('/usr/sbin/mariadbd')) missing.push('mariadb-server');
  if (!process.env.CHROME_PATH && !has('chromium')) missing.push('chromium');
  return missing;
}

function installPackages() {
  const missing = missingPackages();
  if (!missing.length) return;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages; run as root or install them: apt-get install -y ${missing.join(' ')}`);
  const packages = [...new Set([...missing, ...(missing.includes('wordpress') ? ['php-cli', 'php-mysql', 'php-mbstring', 'php-xml'] : [])])];
  log(`installing ${packages.join(' ')} (apt-get)`);
  const t0 = Date.now();
  // No service may start during the install (Debian would start MariaDB and Apache): this test runs its own.
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# temporary, written by awas test/wordpress/run.mjs\nexit 101\n', { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status;
  try {
    if (install() !== 0) {
      if (spawnSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'ignore', 'inherit'] }).status !== 0) throw new Error('apt-get update failed');
      if (install() !== 0) throw new Error(`apt-get install ${packages.join(' ')} failed`);
    }
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
  figures.push(`apt-get install: ${seconds(Date.now() - t0)}`);
}

// ---------------------------------------------------------------------------------------------------- plugin
function pluginSource() {
  const folder = join(root, 'dist/wordpress/awas');
  if (!existsSync(join(folder, 'assets/awas.js'))) {
    if (!existsSync(join(root, 'dist/awas.js'))) throw new Error('no dist/awas.js: run `npm run build` first');
    execFileSync(process.execPath, [join(root, 'scripts/package-wordpress.mjs')], { stdio: 'inherit' });
  }
  return folder;
}

/** Unzip (or copy) the packaged plugin into wp-content/plugins. AWAS_WP_PLUGIN may name another zip or folder. */
function installPlugin(target) {
  const chosen = process.env.AWAS_WP_PLUGIN;
  const zip = chosen ?? join(root, 'dist/awas-wordpress.zip');
  if (zip.endsWith('.zip') && existsSync(zip) && has('unzip')) {
    run('unzip', ['-q', zip, '-d', target]);
    return zip.replace(`${root}/`, '');
  }
  const folder = chosen ?? pluginSource();
  cpSync(folder, join(target, 'awas'), { recursive: true });
  return folder.replace(`${root}/`, '');
}

/** The build-time renderer (hosted-pages/prerender.ts), bundled for Node as scripts/build-embed.mjs does. */
async function loadPrerender() {
  const lib = await loadTs('hosted-pages/prerender.ts');
  // The copy as the snippet generator takes it (src/embed/snippets.ts ReadableCopy).
  const copy = (widget, attributes) => ({ html: lib.prerender(widget, attributes), css: lib.prerenderCss(widget), version: lib.widgetContentVersion(widget) });
  return { prerender: lib.prerender, prerenderedMount: lib.prerenderedMount, copy };
}

// ---------------------------------------------------------------------------------------------------- main
const TRICKY_HEADING = `Darurat "TPPO" [Kamboja] <24 jam> & 'gratis'`;
const secrets = { db: randomBytes(12).toString('hex'), admin: randomBytes(12).toString('hex'), author: randomBytes(12).toString('hex') };
let browser;

async function main() {
  stopStale();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  installPackages();
  if (!process.env.AWAS_WP_PLUGIN) pluginSource();
  const { chromium } = await import('playwright-core');
  const { chromiumPath, CHROMIUM_ARGS } = await import(join(root, 'scripts/chromium.mjs'));

  // MariaDB: a private instance on loopback, its own data directory, no password for root on its own socket.
  let t0 = Date.now();
  const dbPort = await freePort();
  const socket = join(work, 'mariadb.sock');
  const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
  run('mariadb-install-db', ['--no-defaults', `--datadir=${join(work, 'db')}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot]);
  const mariadbd = existsSync('/usr/sbin/mariadbd') ? '/usr/sbin/mariadbd' : 'mariadbd';
  startDaemon(mariadbd, [
    '--no-defaults',
    `--datadir=${join(work, 'db')}`,
    `--socket=${socket}`,
    `--port=${dbPort}`,
    '--bind-address=127.0.0.1',
    '--skip-name-resolve',
    `--pid-file=${join(work, 'mariadb.pid')}`,
    '--innodb-buffer-pool-size=32M',
    ...asRoot,
  ], 'mariadb.log');
  await waitFor('MariaDB', () => existsSync(socket) && portOpen(dbPort), 60000);
  run('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e',
    `CREATE DATABASE wordpress CHARACTER SET utf8mb4; CREATE USER 'wp'@'127.0.0.1' IDENTIFIED BY '${secrets.db}'; GRANT ALL ON wordpress.* TO 'wp'@'127.0.0.1';`]);
  figures.push(`MariaDB ready: ${seconds(Date.now() - t0)}`);

  // WordPress: a copy of Debian's package with its own wp-config.php and wp-content.
  t0 = Date.now();
  const webPort = await freePort();
  const site = `http://127.0.0.1:${webPort}`;
  const wp = join(work, 'wordpress');
  // dereference: Debian links core's JavaScript and PHP libraries (underscore, getID3, …) with relative symlinks.
  cpSync('/usr/share/wordpress', wp, { recursive: true, dereference: true });
  rmSync(join(wp, 'wp-config.php'), { force: true });
  rmSync(join(wp, '.htaccess'), { force: true });
  const salt = () => randomBytes(32).toString('hex');
  writeFileSync(
    join(wp, 'wp-config.php'),
    `<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', '${secrets.db}' );
define( 'DB_HOST', '127.0.0.1:${dbPort}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'].map((k) => `define( '${k}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${site}' );
define( 'WP_SITEURL', '${site}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${join(work, 'debug.log')}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
define( 'WP_HTTP_BLOCK_EXTERNAL', true ); // no request leaves the machine
define( 'WPLANG', 'id_ID' ); // a village site in Indonesian: <html lang="id-ID"> (no translation files needed for that)
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`,
  );
  const pluginFrom = installPlugin(join(wp, 'wp-content/plugins'));
  // A theme that declares the wrong language, as OpenSID's Esensi does on Indonesian sites (and a WordPress left on
  // the installer's English): the front end says <html lang="en"> although the site (WPLANG) is Indonesian. The
  // widgets must still speak the plugin's setting, not the theme's declaration.
  mkdirSync(join(wp, 'wp-content/mu-plugins'), { recursive: true });
  writeFileSync(
    join(wp, 'wp-content/mu-plugins/awas-test-theme-lang.php'),
    `<?php
add_filter( 'language_attributes', function ( $output ) {
	return is_admin() ? $output : 'lang="en"';
} );
`,
  );
  const setup = (...args) => {
    const output = run('php', [join(here, 'setup.php'), wp, site, ...args]);
    return JSON.parse(output.trim().split('\n').pop());
  };
  // The snippet generator's own output (src/embed/snippets.ts), as an author would copy it from the builder.
  const { build } = await import('esbuild');
  const bundled = await build({ entryPoints: [join(root, 'src/embed/snippets.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const snippets = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
  // The words the block must show an Indonesian author: the embed builder's own (src/i18n/locales/id.ts).
  const idBuilt = await build({ entryPoints: [join(root, 'src/i18n/locales/id.ts')], bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'error' });
  const idWords = await import(`data:text/javascript;base64,${Buffer.from(idBuilt.outputFiles[0].text).toString('base64')}`);
  const snippetBase = { base: `${site}/wp-content/plugins/awas/assets/`, version: 'test', integrity: `sha384-${randomBytes(48).toString('base64')}` };
  const generatedShortcode = snippets.shortcodeSnippet({ ...snippetBase, widget: 'hotline-card', attributes: [['from', 'kh'], ['layout', 'compact'], ['heading', TRICKY_HEADING]] });
  // The script and an empty mount: kses must drop the one and keep the other.
  const pasted =
    snippets.scriptSnippet({ ...snippetBase, widget: 'hotline-card', attributes: [['from', 'kh']] }) +
    snippets.mountSnippet({ ...snippetBase, widget: 'hotline-card', attributes: [['from', 'kh']] });
  process.env.AWAS_WP_GENERATED_SHORTCODE = generatedShortcode;
  process.env.AWAS_WP_PASTED = pasted;
  // The readable copies as the widgets' own templates render them (hosted-pages/prerender.ts): what the plugin's copies must
  // equal, and what an Author pastes as mounts (after the script tag of the same snippet, which kses must drop).
  const copies = await loadPrerender();
  const copiedMounts = [copies.prerenderedMount('hotline-card', { lang: 'id', from: 'kh' }), copies.prerenderedMount('risk-quiz', { lang: 'en', from: 'id' })];
  const copied = `${snippets.scriptSnippet({ ...snippetBase, widget: 'hotline-card', attributes: [['from', 'kh']] })}\n${copiedMounts.join('\n')}`;
  process.env.AWAS_WP_COPIED = copied;
  // The builder's mount snippet as it is (with the copy's <style> when the snippet generator adds one).
  const builderMount = snippets.mountSnippet({ ...snippetBase, widget: 'hotline-card', attributes: [['from', 'kh']], copy: copies.copy('hotline-card', { lang: 'id', from: 'kh' }) });
  process.env.AWAS_WP_BUILDER_MOUNT = builderMount;

  const installed = setup('install', secrets.admin);
  const content = setup('content', secrets.author);
  figures.push(`WordPress ${installed.installed} installed, plugin from ${pluginFrom} activated, posts saved: ${seconds(Date.now() - t0)}`);

  startDaemon('php', ['-S', `127.0.0.1:${webPort}`, '-t', wp, join(here, 'router.php')], 'php-server.log', { PHP_CLI_SERVER_WORKERS: '4' });
  await waitFor('php -S', () => portOpen(webPort), 30000);
  log(`WordPress on ${site} (work folder ${work})`);

  // ---------------------------------------------------------------------------------------------- checks
  console.log('Saved as an Author (kses on):');
  check('the Author has no unfiltered_html and kses filters the content', content.author.unfiltered_html === false && content.author.kses_active === true, JSON.stringify(content.author));
  const raw = content.posts.raw.content;
  check('kses removed the pasted <script> and <awas-hotline-card> (why the plugin is needed)', !/<script/i.test(raw) && !/<awas-hotline-card/i.test(raw), raw);
  check('kses kept the <div data-awas-widget> mount', /<div data-awas-widget="hotline-card" data-from="kh">/.test(raw), raw);
  const decode = (text) => text.replace(/&#0*(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  check('the snippet generator\'s shortcode was saved intact (kses only rewrites &#91; as &#091;)', decode(content.posts.generated.content) === decode(generatedShortcode), `${content.posts.generated.content} ≠ ${generatedShortcode}`);
  const saved = content.posts.copied.content;
  const dialLinks = (html) => [...html.matchAll(/href="((?:tel|sms):[^"]*|https:\/\/wa\.me\/[^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
  check('kses removed the <script> pasted before the readable copies, and nothing of it is left as text', !/<script/i.test(saved) && !/awas\.js/.test(saved), saved.slice(0, 300));
  check('kses kept both mounts and their readable copies (wrapper class, content version)', /<div data-awas-widget="hotline-card" data-lang="id" data-from="kh">\s*<div class="awas-pre awas-pre-hotline-card" data-awas-content="[^"]+"/.test(saved) && /<div data-awas-widget="risk-quiz" data-lang="en" data-from="id">\s*<div class="awas-pre awas-pre-risk-quiz"/.test(saved), saved.slice(0, 400));
  const pastedDial = dialLinks(copied);
  check(`kses kept every tel:, sms: and wa.me link of the copies (${pastedDial.length}), in order`, pastedDial.length >= 10 && JSON.stringify(dialLinks(saved)) === JSON.stringify(pastedDial), `${dialLinks(saved).join(' ')} ≠ ${pastedDial.join(' ')}`);
  check('the shortcodes were saved as typed', content.posts.shortcode.content.includes('[awas widget="hotline-card" from="kh"]'), content.posts.shortcode.content);
  check('the block comments were saved with their attributes', content.posts.block.content.includes('<!-- wp:awas/widget {"widget":"hotline-card","from":"kh","lang":"en"} /-->'), content.posts.block.content);

  const bundleBytes = statSync(join(wp, 'wp-content/plugins/awas/assets/awas.js')).size;
  // The stylesheet as installed, and the ?ver= the packaging gave it (includes/widgets.php: 'style_version').
  const installedCss = readFileSync(join(wp, 'wp-content/plugins/awas/assets/awas-pre.css'));
  const styleVersion = /'style_version' => '([^']+)'/.exec(readFileSync(join(wp, 'wp-content/plugins/awas/includes/widgets.php'), 'utf8'))?.[1];
  const plugin = { css: installedCss, styleVersion };
  const cardHeading = (lang) => /export const hotlineCard = \{\s*heading: '([^']+)'/.exec(readFileSync(join(root, `src/i18n/locales/${lang}.ts`), 'utf8'))?.[1];
  const idHeading = cardHeading('id');
  const enHeading = cardHeading('en');
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });

  for (const theme of ['twentytwentyone', 'twentytwentythree']) {
    const switched = setup('theme', theme);
    console.log(`Front end, theme ${theme} (${switched.block_theme ? 'block' : 'classic'} theme), as a visitor:`);
    await frontEndChecks({ site, content, theme, bundleBytes, plugin, idHeading, enHeading });
  }
  console.log('Without JavaScript:');
  await noScriptChecks({ site, content, copies, idHeading, enHeading });
  console.log('Readable copies pasted by the Author (kses on), without JavaScript:');
  await pastedCopyChecks({ content, copied, copiedMounts, builderMount });
  console.log('Block editor, as the Author:');
  await editorChecks({ site, password: secrets.author, fromLabel: `${idWords.editor['hotline-card'].options.from.label} (from)`, advanced: idWords.blockEditor.advanced, knownIds: idWords.blockEditor.knownIds });
  console.log('Widget language: Settings › Awas, not the theme\'s <html lang="en">:');
  await langChecks({ site, content, setup, password: secrets.admin, idHeading, enHeading });

  const debugLog = existsSync(join(work, 'debug.log')) ? readFileSync(join(work, 'debug.log'), 'utf8') : '';
  const ours = debugLog.split('\n').filter((line) => /plugins\/awas\//.test(line));
  check('no PHP error, warning or notice from the plugin (WP_DEBUG log)', ours.length === 0, ours.slice(0, 5).join(' | '));
  // When something failed, core's own complaints may say why (they are not printed otherwise: 17–20 known lines).
  if (failed) [...new Set(debugLog.split('\n').filter((l) => /PHP (Fatal|Warning|Notice)/.test(l)).map((l) => l.replace(/^\[[^\]]*\] /, '')))].slice(0, 10).forEach((l) => log(`WP_DEBUG: ${l}`));
  figures.push(`WP_DEBUG log: ${debugLog.split('\n').filter((l) => /PHP (Fatal|Warning|Notice|Deprecated)/.test(l)).length} lines from WordPress core on PHP ${run('php', ['-r', 'echo PHP_VERSION;'])}, ${ours.length} from the plugin`);

  if (keep) {
    log(`--keep: WordPress stays on ${site} (Author: penulis / ${secrets.author}). Ctrl-C stops it and cleans up.`);
    await new Promise((resolve) => {
      interrupted = resolve;
    });
  }
}

// ------------------------------------------------------------------------------------------------ page helpers
/** Everything the test wants to know about the mounts and widgets on a page, read inside the page. */
function readMounts() {
  return Array.from(document.querySelectorAll('[data-awas-widget]')).map((mount) => {
    const widget = mount.shadowRoot ? Array.from(mount.shadowRoot.children).find((e) => e.localName.startsWith('awas-')) : null;
    const shadow = widget && widget.shadowRoot;
    const heading = shadow && shadow.querySelector('[part="heading"]');
    return {
      name: mount.getAttribute('data-awas-widget'),
      classes: mount.className,
      mountAttributes: Array.from(mount.attributes).map((a) => a.name),
      tag: widget ? widget.localName : null,
      attributes: widget ? Object.fromEntries(Array.from(widget.attributes).map((a) => [a.name, a.value])) : {},
      tel: shadow ? Array.from(shadow.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href')) : [],
      heading: heading ? heading.textContent.trim() : null,
      parts: shadow ? Array.from(shadow.querySelectorAll('[part]')).map((e) => e.getAttribute('part')) : [],
      images: shadow ? shadow.querySelectorAll('img').length : 0,
      rendered: Boolean(shadow && shadow.querySelector('.root, [part]')),
      fallbackTel: Array.from(mount.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href')),
    };
  });
}

async function openPage(context, url) {
  const page = await context.newPage();
  const errors = [];
  const dialogs = [];
  const scripts = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss().catch(() => {});
  });
  page.on('response', (response) => {
    if (/awas\.js/.test(response.url())) scripts.push(response);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, source: e.sourceFile, sample: e.sample }));
  });
  const t0 = Date.now();
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, response, errors, dialogs, scripts, t0 };
}

async function waitForWidgets(page, count) {
  await page.waitForFunction(
    (n) => {
      const mounts = Array.from(document.querySelectorAll('[data-awas-widget]'));
      return mounts.length >= n && mounts.every((m) => {
        const w = m.shadowRoot && Array.from(m.shadowRoot.children).find((e) => e.localName.startsWith('awas-'));
        return w && w.shadowRoot && w.shadowRoot.querySelector('.root, [part]');
      });
    },
    count,
    { timeout: 20000 },
  );
}

async function scriptChecks(label, opened, site, bundleBytes, plugin) {
  const { page } = opened;
  const srcs = await page.$$eval('script[src]', (els) => els.map((s) => s.src).filter((s) => /awas/.test(s)));
  const inline = await page.$$eval('script:not([src])', (els) => els.filter((s) => /awas/i.test(s.textContent)).length);
  check(`${label}: awas.js is loaded once, from the site's own origin`, srcs.length === 1 && new URL(srcs[0]).origin === site && new URL(srcs[0]).pathname === '/wp-content/plugins/awas/assets/awas.js', srcs.join(', '));
  // Deferred, in the <head>: it never holds the first paint (each mount already shows its readable copy) and it
  // upgrades the copies in place, so nothing on the page jumps (the 1 s delay below would show a jump).
  // WordPress 6.3+ prints it deferred in the <head>; older versions read the strategy array as "in the footer".
  const placement = await page.$$eval('script[src]', (els) => els.filter((s) => /\/awas\.js/.test(s.src)).map((s) => (s.parentElement === document.head ? (s.defer ? 'head, defer' : 'head, blocking') : 'body')));
  check(`${label}: awas.js never blocks the first paint (deferred in the <head>, or in the footer)`, placement.length === 1 && placement[0] !== 'head, blocking', placement.join(', '));
  const shift = await page.evaluate(() => new Promise((done) => {
    let total = 0;
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) total += e.value; }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => done(total), 500);
  }));
  check(`${label}: no layout shift while the widgets appear (CLS ${shift.toFixed(3)})`, shift < 0.005, String(shift));
  const response = opened.scripts.find((r) => new URL(r.url()).pathname.endsWith('/awas.js'));
  const body = response ? await response.body() : Buffer.alloc(0);
  check(`${label}: awas.js is served (200, JavaScript, the packaged file)`, Boolean(response) && response.status() === 200 && /javascript/.test(response.headers()['content-type'] ?? '') && body.length === bundleBytes, response ? `${response.status()} ${response.headers()['content-type']} ${body.length} bytes` : 'no response');
  check(`${label}: the plugin adds no inline script`, inline === 0, `${inline} inline scripts mention awas`);
  const styles = await page.$$eval('link[rel="stylesheet"]', (els) => els.filter((l) => /awas/.test(l.href)).map((l) => ({ href: l.href, head: l.parentElement === document.head })));
  const styleUrl = styles[0] ? new URL(styles[0].href) : null;
  const css = styleUrl ? await page.request.get(styleUrl.href) : null;
  check(
    `${label}: the copies' stylesheet awas-pre.css is enqueued once, in the <head>, from the plugin, with ?ver= of its content`,
    styles.length === 1 && styles[0].head && styleUrl.origin === site && styleUrl.pathname === '/wp-content/plugins/awas/assets/awas-pre.css' && styleUrl.searchParams.get('ver') === plugin.styleVersion &&
      css.status() === 200 && /text\/css/.test(css.headers()['content-type'] ?? '') && (await css.body()).equals(plugin.css),
    `${JSON.stringify(styles)} ${css ? `${css.status()} ${css.headers()['content-type']}` : ''} (ver expected ${plugin.styleVersion})`,
  );
  const violations = await page.evaluate(() => window.__violations);
  const ours = violations.filter((v) => /awas/.test(`${v.blocked} ${v.source} ${v.sample}`));
  check(`${label}: nothing from Awas violates "script-src 'self'"`, ours.length === 0, JSON.stringify(ours));
  check(`${label}: no JavaScript error, no dialog`, opened.errors.length === 0 && opened.dialogs.length === 0, [...opened.errors, ...opened.dialogs].join(' | '));
  return violations.length;
}

async function frontEndChecks({ site, content, theme, bundleBytes, plugin, idHeading, enHeading }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  // awas.js arrives 1 s late, as on a slow phone network: the page paints the readable copies (styled by
  // awas-pre.css in the <head>) first; the widgets must then take their places without a jump.
  await context.route(/\/awas\.js(\?|$)/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  try {
    // Shortcodes.
    const sc = await openPage(context, content.posts.shortcode.url);
    check(`shortcode page: HTTP 200 with the strict script policy`, sc.response.status() === 200 && /script-src 'self'/.test(sc.response.headers()['content-security-policy'] ?? ''), `${sc.response.status()} ${sc.response.headers()['content-security-policy']}`);
    await waitForWidgets(sc.page, 3);
    const firstTel = Date.now() - sc.t0;
    const html = await sc.response.text();
    const mounts = await sc.page.evaluate(readMounts);
    const [kh, quiz, hostile] = mounts;
    check('shortcode page: three mounts ([awas widget="bogus"] renders none)', mounts.length === 3, mounts.map((m) => m.name).join(','));
    check('[awas widget="hotline-card" from="kh"] → <awas-hotline-card from="kh"> in Indonesian (the plugin\'s setting, not the theme\'s <html lang="en">) with tel: links, KBRI Phnom Penh first', kh?.tag === 'awas-hotline-card' && kh.attributes.from === 'kh' && kh.heading === idHeading && kh.tel[0] === 'tel:+85512813282' && kh.tel.length >= 4, JSON.stringify(kh));
    check('… its fallback (tel: links) is in the page for readers without JavaScript', kh?.fallbackTel.includes('tel:+85512813282'), JSON.stringify(kh?.fallbackTel));
    check('[awas widget="risk-quiz" mode="list" questions="visa-kerja,paspor"] (inside a Shortcode block) → the quiz with its answer buttons', quiz?.tag === 'awas-risk-quiz' && quiz.attributes.mode === 'list' && quiz.attributes.questions === 'visa-kerja,paspor' && quiz.parts.filter((p) => p === 'question').length === 2 && quiz.parts.includes('answer'), JSON.stringify(quiz));
    check('hostile shortcode: onclick dropped, no element has an event-handler attribute', !hostile?.mountAttributes.includes('data-onclick') && (await sc.page.evaluate(() => document.querySelectorAll('[onclick],[onerror]').length)) === 0, JSON.stringify(hostile?.mountAttributes));
    check('hostile shortcode: the heading with <img onerror> is shown as text, no image, no dialog', Boolean(hostile?.heading?.includes('Help') && hostile.heading.includes('"now"')) && hostile.images === 0 && sc.dialogs.length === 0, JSON.stringify({ heading: hostile?.heading, images: hostile?.images }));
    check('hostile shortcode: hotlines="sapa129,kp2mi" in that order, layout compact, lang en', hostile?.tel[0] === 'tel:129' && hostile.attributes.layout === 'compact' && hostile.attributes.lang === 'en' && hostile.heading !== null, JSON.stringify(hostile));
    check('unknown widget: a comment for the page author, nothing visible for readers', /<!-- Shortcode \[awas\]: [^>]*"bogus"/.test(html) && (await sc.page.$$('.awas-notice')).length === 0 && !/\[awas/.test(await sc.page.evaluate(() => document.body.innerText)));
    const scViolations = await scriptChecks('shortcode page', sc, site, bundleBytes, plugin);
    if (screenshots) await shoot(sc.page, `wordpress-${theme}-shortcode`);
    await sc.page.close();

    // Blocks.
    const bl = await openPage(context, content.posts.block.url);
    await waitForWidgets(bl.page, 4);
    const blocks = await bl.page.evaluate(readMounts);
    const [card, stats, carousel, exit] = blocks;
    check('block page: four blocks, each rendered as a mount with the block class', blocks.length === 4 && blocks.every((b) => /\bwp-block-awas-widget\b/.test(b.classes)), blocks.map((b) => b.classes).join(' | '));
    check('block {"widget":"hotline-card","from":"kh","lang":"en"} → English card, KBRI Phnom Penh first', card?.tag === 'awas-hotline-card' && card.heading === enHeading && card.tel[0] === 'tel:+85512813282', JSON.stringify(card));
    check('block {"widget":"stats-ticker","stats":"kemlu-online-scam"} → exactly one figure', stats?.tag === 'awas-stats-ticker' && stats.parts.filter((p) => p === 'stat').length === 1, JSON.stringify(stats?.parts));
    check('block {"widget":"scam-carousel","reveal":"always","autoplay":true} → carousel with autoplay and flags shown', carousel?.tag === 'awas-scam-carousel' && carousel.attributes.autoplay === '' && carousel.attributes.reveal === 'always' && carousel.parts.includes('slide') && carousel.parts.includes('flags'), JSON.stringify(carousel));
    check('block {"widget":"safe-exit","position":"bottom-right"} → the exit button', exit?.tag === 'awas-safe-exit' && exit.attributes.position === 'bottom-right' && exit.parts.includes('button'), JSON.stringify(exit));
    const blViolations = await scriptChecks('block page', bl, site, bundleBytes, plugin);
    if (screenshots) await shoot(bl.page, `wordpress-${theme}-block`);
    await bl.page.close();

    // A mount pasted by the Author, no shortcode or block.
    const rw = await openPage(context, content.posts.raw.url);
    await waitForWidgets(rw.page, 1);
    const pasted = await rw.page.evaluate(readMounts);
    check('pasted <div data-awas-widget> (kept by kses) → the plugin loads awas.js and the card renders', pasted.length === 1 && pasted[0].tag === 'awas-hotline-card' && pasted[0].tel[0] === 'tel:+85512813282', JSON.stringify(pasted));
    check('pasted page: the stripped <awas-hotline-card> and <script> are not on the page', (await rw.page.evaluate(() => document.querySelectorAll('awas-hotline-card').length + document.querySelectorAll('script[src*="awas"]').length)) === 1);
    await rw.page.close();

    // Readable copies pasted by the Author as mounts: the script replaces them by the widgets, in place.
    const cp = await openPage(context, content.posts.copied.url);
    await waitForWidgets(cp.page, 2);
    const upgraded = await cp.page.evaluate(readMounts);
    check('pasted mounts with readable copies → the hotline card (KBRI Phnom Penh first) and the quiz render over them', upgraded.length === 2 && upgraded[0].tag === 'awas-hotline-card' && upgraded[0].tel[0] === 'tel:+85512813282' && upgraded[1].tag === 'awas-risk-quiz' && upgraded[1].parts.includes('question'), JSON.stringify(upgraded.map((m) => [m.tag, m.tel[0], m.rendered])));
    const covered = await cp.page.evaluate(() => Array.from(document.querySelectorAll('[data-awas-widget] > .awas-pre')).every((copy) => copy.getClientRects().length === 0));
    check('… the copies are no longer shown (the widget takes their place in the same div)', covered);
    check('… no JavaScript error', cp.errors.length === 0, cp.errors.join(' | '));
    await cp.page.close();

    // The snippet generator's shortcode: the heading arrives exactly as the author typed it in the builder.
    const gn = await openPage(context, content.posts.generated.url);
    await waitForWidgets(gn.page, 1);
    const [generated] = await gn.page.evaluate(readMounts);
    check('shortcode from the snippet generator → heading with " [ ] < > & \' shown exactly as typed', generated?.heading === TRICKY_HEADING && generated.attributes.from === 'kh' && generated.attributes.layout === 'compact', JSON.stringify(generated));
    await gn.page.close();

    // No widget: no script.
    const nw = await openPage(context, content.posts.none.url);
    const none = await nw.page.$$eval('script[src]', (els) => els.filter((s) => /awas/.test(s.src)).length);
    check('page without a widget: awas.js is not loaded', none === 0 && nw.scripts.length === 0, `${none} script tags`);
    const noneCss = await nw.page.$$eval('link[rel="stylesheet"]', (els) => els.filter((l) => /awas/.test(l.href)).length);
    check('page without a widget: awas-pre.css is not loaded', noneCss === 0, `${noneCss} stylesheets`);
    await nw.page.close();

    figures.push(`${theme}: every widget rendered ${seconds(firstTel)} after navigation on the shortcode page (awas.js delayed 1 s); CSP violations by WordPress core itself (inline scripts): ${scViolations} + ${blViolations}`);
  } finally {
    await context.close();
  }
}

/**
 * In the page: what a reader without JavaScript gets from each mount's readable copy, and the same reading of the
 * HTML the widgets' own templates render (`expected`, one per mount; null where no copy is expected). Text is read
 * with WordPress's typography (wptexturize: curly quotes, dashes) undone, so a copy and its source compare equal.
 */
function readCopies(expected) {
  const plain = (text) => text.replace(/[‘’′]/g, "'").replace(/[“”″]/g, '"').replace(/[–—]/g, '-').replace(/…/g, '...').replace(/×/g, 'x').replace(/\s+/g, ' ').trim();
  const read = (root) => {
    const copy = root.querySelector('.awas-pre');
    if (!copy) return null;
    const heading = copy.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6');
    return {
      widget: (/\bawas-pre-([a-z-]+)/.exec(copy.className) || [])[1] || null,
      lang: (copy.querySelector('[lang]') || copy).getAttribute('lang'),
      dial: Array.from(copy.querySelectorAll('a[href]')).map((a) => a.getAttribute('href')).filter((h) => /^(tel:|sms:|https:\/\/wa\.me\/)/.test(h)),
      heading: heading ? plain(heading.textContent) : null,
      values: Array.from(copy.querySelectorAll('.value')).map((e) => plain(e.textContent)),
      text: plain(copy.textContent),
      code: copy.querySelectorAll('style, script').length,
    };
  };
  const parse = (html) => {
    if (html === null) return null;
    const template = document.createElement('template');
    template.innerHTML = html;
    return read(template.content);
  };
  return {
    mounts: Array.from(document.querySelectorAll('[data-awas-widget]')).map((mount) => ({ name: mount.getAttribute('data-awas-widget'), copy: read(mount) })),
    expected: expected.map(parse),
  };
}

/** Compare each mount's copy with the widget's own render; `label(i)` names the mount in the check. */
function checkCopies(page, { mounts, expected }, labels) {
  check(`${page}: one mount per widget (${labels.length})`, mounts.length === labels.length, mounts.map((m) => m.name).join(','));
  labels.forEach((label, i) => {
    const actual = mounts[i]?.copy ?? null;
    const differs = actual && expected[i] ? Object.keys(expected[i]).filter((k) => JSON.stringify(actual[k]) !== JSON.stringify(expected[i][k])) : [];
    check(
      `${page}: ${label} → the widget's own readable copy (same tel:/wa.me links, heading, numbers and text, lang ${expected[i]?.lang})`,
      Boolean(actual && expected[i]) && differs.length === 0,
      differs.length ? differs.map((k) => `${k}: ${JSON.stringify(actual[k]).slice(0, 300)} ≠ ${JSON.stringify(expected[i][k]).slice(0, 300)}`).join(' | ') : JSON.stringify(actual),
    );
  });
}

async function noScriptChecks({ content, copies, idHeading, enHeading }) {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const { prerender } = copies;
  // Indonesian numbers that work only at home: as tel:+855… they would be dialled into Cambodia and fail.
  const idLocal = [...prerender('hotline-card', { lang: 'id', from: 'id' }).matchAll(/href="tel:(0?)(\d+)"/g)].map((m) => m[2]);
  const reprefixed = (dial) => dial.filter((href) => idLocal.some((digits) => href === `tel:+855${digits}` || href === `tel:+8550${digits}`));
  const allDial = [];
  try {
    const page = await context.newPage();
    await page.goto(content.posts.shortcode.url, { waitUntil: 'load' });
    const link = page.locator('[data-awas-widget="hotline-card"] a[href="tel:+85512813282"]').first();
    const card = await page.locator('[data-awas-widget="hotline-card"]').first().innerText();
    check('shortcode page without JavaScript: KBRI Phnom Penh is a visible tel: link, the text in Indonesian', (await link.isVisible()) && card.startsWith(idHeading), card.slice(0, 200));
    // The self-check sits under the first question in one disclosure: a reader taps it open (no script needed).
    await page.locator('[data-awas-widget="risk-quiz"] details.all-at-once > summary').first().click();
    const text = await page.locator('[data-awas-widget="risk-quiz"]').innerText();
    check('… the quiz\'s copy shows its questions, the licence check and the KP2MI number (after opening "Lihat semua")', /siskop2mi\.bp2mi\.go\.id/.test(text) && /0800-1000/.test(text), text.slice(0, 300));
    const sc = await page.evaluate(readCopies, [
      prerender('hotline-card', { lang: 'id', from: 'kh' }),
      prerender('risk-quiz', { lang: 'id' }),
      prerender('hotline-card', { lang: 'en', from: 'id', layout: 'compact' }),
    ]);
    checkCopies('shortcode page', sc, ['[awas widget="hotline-card" from="kh"]', '[awas widget="risk-quiz" mode="list" …]', '[awas … hotlines="sapa129,kp2mi" layout="compact" lang="en" heading=…]']);
    const [kh, quiz, hostile] = sc.mounts.map((m) => m.copy);
    check('… from="kh": KBRI Phnom Penh\'s tel:+85512813282 first, in Indonesian, no Indonesian-only number', kh?.dial[0] === 'tel:+85512813282' && kh.lang === 'id' && kh.heading === idHeading && !kh.dial.includes('tel:08001000'), JSON.stringify(kh?.dial));
    check('… from Indonesia (the quiz, the compact English card): KP2MI\'s tel:08001000, no tel:+855', [quiz, hostile].every((c) => c?.dial.includes('tel:08001000') && !c.dial.some((h) => h.startsWith('tel:+855'))) && hostile.heading === enHeading, JSON.stringify([quiz?.dial, hostile?.dial]));
    check('… the hostile heading is not in the copy (the widget applies heading when it runs): no <img>, no handler', (await page.evaluate(() => document.querySelectorAll('[data-awas-widget] img, [onerror], [onclick]').length)) === 0);
    allDial.push(...sc.mounts.flatMap((m) => m.copy?.dial ?? []));
    const styles = await page.$$eval('link[rel="stylesheet"]', (els) => els.filter((l) => /awas/.test(l.href)).map((l) => ({ href: l.href, head: l.parentElement === document.head })));
    const hiddenButtons = await page.$$eval('.awas-pre [data-awas-js]', (els) => els.length > 0 && els.every((e) => getComputedStyle(e).visibility === 'hidden'));
    check('… the copies\' stylesheet is applied: the buttons that need the script keep their place, unseen', styles.length === 1 && /\/wp-content\/plugins\/awas\/assets\/awas-pre\.css\?ver=/.test(styles[0].href) && hiddenButtons, JSON.stringify({ styles, hiddenButtons }));
    if (screenshots) await shoot(page, 'wordpress-nojs-shortcode');

    const bl = await context.newPage();
    await bl.goto(content.posts.block.url, { waitUntil: 'load' });
    const blocks = await bl.evaluate(readCopies, [prerender('hotline-card', { lang: 'en', from: 'kh' }), prerender('stats-ticker', { lang: 'id' }), prerender('scam-carousel', { lang: 'id' }), null]);
    checkCopies('block page', { mounts: blocks.mounts.slice(0, 3), expected: blocks.expected.slice(0, 3) }, ['{"widget":"hotline-card","from":"kh","lang":"en"}', '{"widget":"stats-ticker",…}', '{"widget":"scam-carousel",…}']);
    check('… the English kh card: tel:+85512813282 first, heading in English', blocks.mounts[0]?.copy?.dial[0] === 'tel:+85512813282' && blocks.mounts[0].copy.heading === enHeading, JSON.stringify(blocks.mounts[0]?.copy?.dial));
    allDial.push(...blocks.mounts.flatMap((m) => m.copy?.dial ?? []));
    const exit = bl.locator('[data-awas-widget="safe-exit"] a[href^="https://"]');
    check('block page without JavaScript: the safe-exit block is a plain link to the neutral page', (await exit.count()) === 1 && (await exit.isVisible()));

    const lc = await context.newPage();
    await lc.goto(content.posts.locations.url, { waitUntil: 'load' });
    const located = await lc.evaluate(readCopies, [
      prerender('hotline-card', { lang: 'id', from: 'id' }),
      prerender('hotline-card', { lang: 'en', from: 'my' }),
      prerender('risk-quiz', { lang: 'en', from: 'kh' }),
      prerender('hotline-card', { lang: 'id', from: 'kh', layout: 'compact' }),
    ]);
    checkCopies('locations page', located, ['[awas widget="hotline-card"] (from Indonesia)', '[awas … from="MY" lang="en"] (the card\'s "abroad" set)', '[awas widget="risk-quiz" from="kh" lang="en-GB"]', 'block {"from":"kh","layout":"compact"}']);
    const [home, abroad] = located.mounts.map((m) => m.copy);
    check('… from Indonesia: tel:08001000 first; from="MY": only numbers that work from abroad (no tel:08001000, no short code)', home?.dial[0] === 'tel:08001000' && abroad && !abroad.dial.includes('tel:08001000') && abroad.dial.every((h) => !/^tel:\d{3}$/.test(h)), JSON.stringify([home?.dial, abroad?.dial]));
    allDial.push(...located.mounts.flatMap((m) => m.copy?.dial ?? []));
    check(`no Indonesian-only number re-prefixed as tel:+855… in any copy (${allDial.length} links read)`, allDial.length > 20 && reprefixed(allDial).length === 0, reprefixed(allDial).join(' '));
  } finally {
    await context.close();
  }
}

/**
 * The Author's pasted mounts (kses on), read as a visitor without JavaScript: first with no stylesheet at all (what a
 * site that strips or never loads CSS shows), then with the page's own styles and the plugin's awas-pre.css.
 */
async function pastedCopyChecks({ content, copied, copiedMounts, builderMount }) {
  const url = content.posts.copied.url;
  const bare = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  try {
    await bare.route(/\.css(\?|$)/, (route) => route.abort());
    const page = await bare.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const read = await page.evaluate(readCopies, copiedMounts);
    checkCopies('pasted copies', read, ['hotline-card from="kh" (Indonesian)', 'risk-quiz (English)']);
    const [card, quiz] = read.mounts.map((m) => m.copy);
    const expectedCard = read.expected[0];
    check('… the card keeps its heading, every number and its tel: links: KBRI Phnom Penh tel:+85512813282 first', card?.dial[0] === 'tel:+85512813282' && card.heading === expectedCard?.heading && card.values.length >= 6 && JSON.stringify(card.values) === JSON.stringify(expectedCard.values), JSON.stringify(card));
    check('… the quiz keeps its result card\'s links (tel:08001000, WhatsApp)', Boolean(quiz?.dial.includes('tel:08001000') && quiz.dial.some((h) => h.startsWith('https://wa.me/'))), JSON.stringify(quiz?.dial));
    const leftovers = await page.evaluate(() => ({
      inMounts: document.querySelectorAll('[data-awas-widget] style, [data-awas-widget] script').length,
      pastedScript: document.querySelectorAll('script[integrity]').length,
      codeAsText: /\{[^}]*:[^}]*\}|awas\.js/.test(document.body.innerText),
    }));
    check('… no <style> or <script> survived, in the mounts or elsewhere, and no code shows as text', leftovers.inMounts === 0 && leftovers.pastedScript === 0 && !leftovers.codeAsText, JSON.stringify(leftovers));
    // Unstyled: the text a reader sees (innerText follows visibility) has the heading and every number, and the links can be tapped.
    const cardMount = page.locator('[data-awas-widget="hotline-card"]');
    // The card folds all but its first services into <details>: open each, as a reader tapping every disclosure would.
    await cardMount.evaluate((mount) => mount.querySelectorAll('details').forEach((d) => (d.open = true)));
    const shown = await cardMount.innerText();
    const tels = cardMount.locator('a[href^="tel:"]');
    const visible = await tels.evaluateAll((els) => els.map((a) => a.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0).length);
    check('… reads without any stylesheet: heading and every number shown as text, every tel: link visible (disclosures opened)', shown.includes(expectedCard.heading) && expectedCard.values.every((v) => shown.replace(/\s+/g, ' ').includes(v)) && visible === card.dial.filter((h) => h.startsWith('tel:')).length && visible >= 4, `${visible} visible tel: links; ${shown.slice(0, 300)}`);
    const dropped = await page.$$eval('[data-awas-widget] [id^="d-"]', (els) => els.filter((e) => !e.hasAttribute('hidden')).length);
    figures.push(`pasted copies: kses kept ${read.mounts.reduce((n, m) => n + (m.copy?.dial.length ?? 0), 0)} tel:/wa.me links of ${[...copied.matchAll(/href="(tel:|sms:|https:\/\/wa\.me\/)/g)].length}; it dropped the hidden attribute of ${dropped} spoken-number descriptions (they show as text)`);
    if (screenshots) await shoot(page, 'wordpress-nojs-pasted-unstyled');
  } finally {
    await bare.close();
  }
  const styled = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  try {
    const page = await styled.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const state = await page.evaluate(() => ({
      styles: Array.from(document.querySelectorAll('head link[rel="stylesheet"]')).filter((l) => /\/awas-pre\.css\?ver=/.test(l.href)).length,
      buttons: Array.from(document.querySelectorAll('[data-awas-widget] .awas-pre [data-awas-js]')).every((e) => getComputedStyle(e).visibility === 'hidden'),
      link: (() => {
        const a = document.querySelector('[data-awas-widget="hotline-card"] a[href="tel:+85512813282"]');
        const r = a ? a.getBoundingClientRect() : null;
        return Boolean(r && r.width > 0 && getComputedStyle(a).visibility !== 'hidden');
      })(),
    }));
    check('… a pasted mount gets the copies\' stylesheet in the <head> too: the copy looks like the card, its tel: link visible', state.styles === 1 && state.buttons && state.link, JSON.stringify(state));
    if (screenshots) await shoot(page, 'wordpress-nojs-pasted-styled');

    // The builder's mount snippet (src/embed/snippets.ts) as an Author pastes it. kses removes a <style> tag but keeps
    // the text inside it, so CSS before the mount would show on the page as text: measured here, not judged (the
    // snippet generator is not the plugin's).
    const bm = await styled.newPage();
    await bm.goto(content.posts.builder.url, { waitUntil: 'load' });
    const builder = await bm.evaluate(() => {
      const entry = document.querySelector('[data-awas-widget]')?.parentElement;
      const outside = entry ? Array.from(entry.childNodes).filter((n) => !(n instanceof Element && n.hasAttribute('data-awas-widget'))).map((n) => n.textContent).join('') : '';
      return { mount: Boolean(document.querySelector('[data-awas-widget="hotline-card"][data-from="kh"]')), tel: Array.from(document.querySelectorAll('[data-awas-widget] a[href^="tel:"]')).map((a) => a.getAttribute('href')), cssText: /\{[^}]*\}/.test(outside) ? outside.trim().length : 0 };
    });
    const hadStyle = /<style>/.test(builderMount);
    check('the builder\'s mount snippet pasted by the Author: the mount and its copy\'s tel: links are kept', builder.mount && (!/awas-pre/.test(builderMount) || builder.tel[0] === 'tel:+85512813282'), JSON.stringify(builder));
    figures.push(`builder mount snippet pasted by an Author: ${hadStyle ? `it starts with a <style> of ${builderMount.indexOf('</style>') - 7} characters; kses left ${builder.cssText} characters of CSS as visible text before the mount` : 'no <style> in it'}`);
    if (builder.cssText > 0) console.log(`  ! the builder's mount snippet shows ${builder.cssText} characters of CSS as text on an Author's post (kses keeps a <style>'s text): see src/embed/snippets.ts mountSnippet`);
    await bm.close();
  } finally {
    await styled.close();
  }
}

/** Logged in once WordPress has sent the browser on into wp-admin (the dashboard, or any interstitial it puts first). */
async function logIn(page, site, user, password) {
  await page.goto(`${site}/wp-login.php`);
  // The login page focuses and selects the user field 200 ms after it loads (wp_attempt_focus). Filling before that
  // lets a busy machine type the password into the selected user field: wait until the page has done it.
  await page.waitForFunction(() => document.activeElement?.id === 'user_login', null, { timeout: 30000 });
  await page.fill('#user_login', user);
  await page.fill('#user_pass', password);
  await page.click('#wp-submit');
  await page.waitForURL((url) => url.pathname.includes('/wp-admin'), { timeout: 60000 });
}

async function editorChecks({ site, password, fromLabel, advanced, knownIds }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await logIn(page, site, 'penulis', password);
    const t0 = Date.now();
    await page.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.wp && window.wp.blocks && window.wp.blocks.getBlockType('awas/widget') && window.wp.data.select('core/block-editor'), null, { timeout: 60000 });
    const type = await page.evaluate(() => {
      const t = window.wp.blocks.getBlockType('awas/widget');
      return { apiVersion: t.apiVersion, attributes: Object.fromEntries(Object.entries(t.attributes).map(([k, v]) => [k, v.type])), hasEdit: typeof t.edit === 'function' };
    });
    check('the editor knows the block: apiVersion 3, attributes from custom-elements.json, an edit UI', type.apiVersion === 3 && type.attributes.from === 'string' && type.attributes.autoplay === 'boolean' && type.hasEdit, JSON.stringify(type));
    await page.evaluate(() => {
      const block = window.wp.blocks.createBlock('awas/widget', { widget: 'hotline-card', from: 'kh' });
      window.wp.data.dispatch('core/block-editor').insertBlocks(block);
      window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    });
    // The preview is the server renderer's HTML (REST block-renderer), upgraded by awas.js in the editor.
    const preview = (name) =>
      page
        .waitForFunction(
          (widget) => {
            const docs = [document, ...Array.from(document.querySelectorAll('iframe')).map((f) => f.contentDocument).filter(Boolean)];
            for (const doc of docs) {
              const mount = doc.querySelector(`.block-editor-block-list__layout [data-awas-widget="${widget}"]`);
              const element = mount && mount.shadowRoot && Array.from(mount.shadowRoot.children).find((e) => e.localName.startsWith('awas-'));
              if (element && element.shadowRoot && element.shadowRoot.querySelector('[part]')) return true;
            }
            return false;
          },
          name,
          { timeout: 30000 },
        )
        .then(() => true, () => false);
    check('inserted block: the preview shows the real hotline card (awas.js loaded in the editor)', await preview('hotline-card'));
    const panel = page.getByLabel('Widget (widget)');
    check(`the block sidebar has the widget picker and "${fromLabel}" (the embed builder's words, in the author's Indonesian), and the "${advanced}" panel`, (await panel.count()) === 1 && (await page.getByLabel(fromLabel).count()) === 1 && (await page.getByRole('button', { name: advanced }).count()) === 1);
    const blockAttributes = () => page.evaluate(() => window.wp.data.select('core/block-editor').getBlocks().find((b) => b.name === 'awas/widget').attributes);
    // The quiz has `from` too (its result card follows the reader's location): the choice is kept.
    await panel.selectOption('risk-quiz');
    const quiz = (await preview('risk-quiz')) && (await blockAttributes());
    check('choosing the quiz keeps the reader\'s location (the quiz has from too) and re-renders the preview', quiz && quiz.widget === 'risk-quiz' && quiz.from === 'kh', JSON.stringify(quiz));
    await panel.selectOption('scam-carousel');
    const switched = await preview('scam-carousel');
    const attrs = await blockAttributes();
    check('choosing another widget in the sidebar re-renders the preview and clears attributes it does not have', switched && attrs.widget === 'scam-carousel' && attrs.from === undefined, JSON.stringify(attrs));
    // "examples" is free text: its help names the built-in ids (from the packaged content, not typed in the plugin).
    const sidebar = await page.locator('.block-editor-block-inspector').innerText();
    const idsHelp = new RegExp(`${knownIds.split('{ids}')[0]}[a-z0-9-]+(, [a-z0-9-]+)+\\.`);
    check('the carousel\'s "examples" help names the built-in example ids', idsHelp.test(sidebar), sidebar.slice(0, 300));
    check('the editor has no JavaScript error', errors.length === 0, errors.join(' | '));
    figures.push(`block editor: loaded and previewed in ${seconds(Date.now() - t0)}`);
    if (screenshots) await shoot(page, 'wordpress-editor');
  } finally {
    await context.close();
  }
}

/**
 * The language widgets speak where the shortcode or block names none: the plugin's setting (default 'id'), changed
 * by the admin through the real settings form. The theme (mu-plugin above) declares <html lang="en"> throughout.
 */
async function langChecks({ site, content, setup, password, idHeading, enHeading }) {
  const readLangs = async (context) => {
    const page = await context.newPage();
    await page.goto(content.posts.langs.url, { waitUntil: 'load' });
    await waitForWidgets(page, 3);
    const state = await page.evaluate(() => ({
      html: document.documentElement.getAttribute('lang'),
      mounts: Array.from(document.querySelectorAll('[data-awas-widget]')).map((mount) => {
        const widget = Array.from(mount.shadowRoot.children).find((e) => e.localName.startsWith('awas-'));
        const copy = mount.querySelector('.awas-pre');
        return {
          lang: mount.getAttribute('lang'),
          dataLang: mount.getAttribute('data-lang'),
          copyLang: copy ? copy.getAttribute('data-lang') : null,
          widgetLang: widget.getAttribute('lang'),
          heading: (widget.shadowRoot.querySelector('[part="heading"]') || {}).textContent?.trim() ?? null,
          text: widget.shadowRoot.textContent.replace(/\s+/g, ' '),
        };
      }),
    }));
    await page.close();
    return state;
  };
  const visitor = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    const before = await readLangs(visitor);
    const [plain, named, block] = before.mounts;
    check('the theme declares <html lang="en"> on the front end (as Esensi does)', before.html === 'en', before.html);
    check('default setting (id): [awas widget="hotline-card"] carries lang="id", its copy is the Indonesian one, and the card speaks Indonesian', plain?.lang === 'id' && plain.dataLang === 'id' && plain.copyLang === 'id' && plain.widgetLang === 'id' && plain.heading === idHeading, JSON.stringify({ ...plain, text: undefined }));
    check('… the block without a language too (stats ticker in Indonesian)', block?.lang === 'id' && block.copyLang === 'id' && block.widgetLang === 'id' && /Sumber/.test(block.text), JSON.stringify({ ...block, text: block?.text.slice(0, 80) }));

    // The admin changes Settings › Awas to English through the form.
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await admin.newPage();
      await logIn(page, site, 'admin', password);
      await page.goto(`${site}/wp-admin/options-general.php?page=awas`, { waitUntil: 'load' });
      const field = page.getByLabel('Bahasa widget');
      await field.first().waitFor({ timeout: 30000 }).catch(() => {});
      const count = await field.count();
      const shown = count === 1 ? await field.inputValue() : null;
      // If it is not there, say where the admin ended up, so a failure on another machine can be read from its log.
      const where = shown === null ? await page.evaluate(() => `${location.href} "${document.title}": ${document.body.innerText.replace(/\s+/g, ' ').slice(0, 300)}`) : '';
      check('Settings › Awas shows one "Bahasa widget" dropdown, on Bahasa Indonesia by default', shown === 'id', `${count} fields, value ${shown}; ${where}`);
      if (shown !== null) {
        await field.selectOption('en');
        // Wait on options.php's answer, not on the URL: WordPress's admin pages strip settings-updated=true from the
        // address bar at once (wp_admin_canonical_url: history.replaceState), so a URL wait races that script and
        // loses on a busy machine.
        const [saved] = await Promise.all([
          page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith('/wp-admin/options.php'), { timeout: 60000 }),
          page.click('#submit'),
        ]);
        const savedTo = saved.headers().location || '';
        // The form's own page is still shown when the redirect arrives: wait for the page it leads to, with its notice.
        const notice = await page.locator('#setting-error-settings_updated').waitFor({ timeout: 30000 }).then(() => true, () => false);
        check('… saving the form: options.php sends the admin back to Settings › Awas with "settings saved"', saved.status() === 302 && /[?&]page=awas\b/.test(savedTo) && /settings-updated=true/.test(savedTo) && notice, `${saved.status()} → ${savedTo}; notice shown: ${notice}`);
      }
      if (screenshots) await shoot(page, 'wordpress-settings');
    } finally {
      await admin.close();
    }
    const after = await readLangs(visitor);
    const [plainEn, namedEn, blockEn] = after.mounts;
    check('setting English: the widgets without lang speak English, copy and card alike', plainEn?.lang === 'en' && plainEn.copyLang === 'en' && plainEn.widgetLang === 'en' && plainEn.heading === enHeading && blockEn?.lang === 'en' && blockEn.widgetLang === 'en', JSON.stringify([plainEn, blockEn].map((m) => ({ ...m, text: undefined }))));
    check('… [awas widget="hotline-card" lang="id"] keeps its own lang over the setting (Indonesian copy and card)', named?.lang === 'id' && namedEn?.lang === 'id' && namedEn.copyLang === 'id' && namedEn.widgetLang === 'id' && namedEn.heading === idHeading, JSON.stringify({ ...namedEn, text: undefined }));
  } finally {
    await visitor.close();
  }
  const bad = setup('option', 'awas_lang', 'fr');
  check('the setting stores only id or en (anything else becomes id)', bad.value === 'id', JSON.stringify(bad));
}

/** Screen-high tiles of the whole page (…-1.png, …-2.png), easy to look at. */
async function shoot(page, name) {
  mkdirSync(join(root, 'screenshots'), { recursive: true });
  const { width } = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const tile = width < 600 ? 1100 : 900;
  for (let y = 0, n = 1; y < height && n <= 8; y += tile, n++) {
    await page.screenshot({ path: join(root, `screenshots/${name}-${n}.png`), fullPage: true, clip: { x: 0, y, width, height: Math.min(tile, height - y) } });
  }
  log(`wrote screenshots/${name}-*.png`);
}

// ---------------------------------------------------------------------------------------------------- run
// Ctrl-C or a CI timeout: stop the servers and clean up before leaving.
let interrupted = null;
for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(name, () => {
    if (interrupted) return interrupted();
    log(`${name}: stopping`);
    browser?.close().catch(() => {});
    stopAll().finally(() => {
      rmSync(work, { recursive: true, force: true });
      process.exit(130);
    });
  });
}
let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
  console.error(`wordpress-test: ${error.stack ?? error}`);
  for (const name of ['mariadb.log', 'php-server.log']) {
    const file = join(work, name);
    if (existsSync(file)) console.error(`--- last lines of ${name}\n${readFileSync(file, 'utf8').split('\n').slice(-15).join('\n')}`);
  }
} finally {
  await browser?.close().catch(() => {});
  await stopAll();
  if (!process.env.AWAS_WP_KEEP_FILES) rmSync(work, { recursive: true, force: true });
}
figures.push(`wall time: ${seconds(Date.now() - started)}`);
for (const figure of figures) console.log(`wordpress-test: ${figure}`);
if (crashed) failed++;
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
