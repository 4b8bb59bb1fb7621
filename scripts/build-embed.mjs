#!/usr/bin/env node
// The hosted iframe pages (issue 10): dist/embed/<widget>.<lang>.html with the widget's readable copy (its own
// templates rendered at build time, hosted-pages/prerender.ts), the
// oEmbed responses <page>.oembed.json (each page's stylesheet is inline). The page script (dist/embed/awas-embed.js) and the host
// script (dist/awas-embed-host.js) are built by rollup. Called by scripts/build.mjs after the bundles are built;
// run alone to write the pages again for another address:
//   AWAS_EMBED_BASE_URL=https://situs-anda.example/awas/ node scripts/build-embed.mjs
//   node scripts/build-embed.mjs --base-url https://situs-anda.example/awas/
// The base URL is the published folder that holds awas.js and embed/. Without it the oEmbed files and discovery
// links use relative URLs, which WordPress cannot follow (see docs/embed-iframe.md).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The page generator (hosted-pages/document.ts and what it imports, the widgets included). */
const loadGenerator = () => loadTs('hosted-pages/document.ts');

/** Write dist/embed/. Returns the list of files written (relative to dist/embed/). */
export async function buildEmbed({ baseUrl = process.env.AWAS_EMBED_BASE_URL, quiet = false } = {}) {
  const generator = await loadGenerator();
  let base;
  let files;
  try {
    base = generator.normaliseBase(baseUrl);
    files = generator.embedFiles(base);
  } catch (error) {
    // Errors from the bundled generator carry a data: URL stack; the message says what is wrong.
    throw new Error(`build-embed: ${error.message}`);
  }
  const out = join(root, 'dist/embed');
  mkdirSync(out, { recursive: true });
  rmSync(join(out, 'awas-embed.css'), { force: true }); // before the styles were inline
  for (const file of files) writeFileSync(join(out, file.path), file.content);
  // Every widget's readable-copy styles, for sites whose CSP blocks the <style> in a snippet (README, docs/csp.md).
  writeFileSync(join(root, 'dist/awas-pre.css'), generator.widgetsCss());
  const missing = [generator.PAGE_SCRIPT, '../awas.js', '../awas-hotline-card.js', '../awas-embed-host.js'].filter((f) => !existsSync(join(out, f)));
  if (missing.length) console.warn(`build-embed: ${missing.join(', ')} not found in dist/embed/ (run npm run build): the pages need them.`);
  if (!quiet) {
    const stale = generator.staleItems();
    if (stale.length) console.warn(`build-embed: content past its review date is still shown: ${stale.join(', ')}`);
    if (!base) {
      console.warn(
        'build-embed: AWAS_EMBED_BASE_URL is not set, so oEmbed uses relative URLs (WordPress cannot embed by URL). ' +
          'Set it to the published folder of dist/, e.g. AWAS_EMBED_BASE_URL=https://situs-anda.example/awas/',
      );
    }
  }
  return files.map((f) => f.path);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const flag = process.argv.indexOf('--base-url');
  const baseUrl = flag > 0 ? process.argv[flag + 1] : process.env.AWAS_EMBED_BASE_URL;
  try {
    const written = await buildEmbed({ baseUrl });
    console.log(`build-embed: ${written.length} files in dist/embed/`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
