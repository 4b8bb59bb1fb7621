#!/usr/bin/env node
// The embed builder page → dist/builder/ (static files for any web host, next to dist/awas.js):
// index.html, builder.js (esbuild, ES2017, one classic script), builder.css, preview.html (+ .css).
// The Subresource-Integrity hash in the snippets is computed here from the bytes of the just-built dist/awas.js.
// builder.js also carries the widgets, to render the readable copy its snippets hold (builder/readable-copy.ts), with
// lit's `isServer` true: the widgets take the branch they take under the build-time renderer (@lit-labs/ssr in Node).
// Run by scripts/build.mjs after rollup; on its own: node scripts/build-builder.mjs (needs dist/awas.js).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * esbuild plugin: `lit-html/is-server.js` (re-exported by `lit` as `isServer`) resolves to lit's own Node build of
 * that module, `isServer = true`. Nothing else of lit changes: it is the one module lit exports the flag from, and
 * lit's internals do not import it.
 */
export const copyRendering = {
  name: 'awas-copy-rendering',
  setup(build) {
    build.onResolve({ filter: /^lit-html\/is-server\.js$/ }, async (args) => {
      if (args.pluginData === 'awas-copy-rendering') return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: 'awas-copy-rendering' });
      if (found.errors.length) return { errors: found.errors };
      const server = join(dirname(found.path), 'node', 'is-server.js');
      if (!existsSync(server)) return { errors: [{ text: `build-builder: ${server} is missing; lit changed its layout.` }] };
      return { path: server };
    });
  },
};

/** `sha384-<base64>` of a file's bytes: the value browsers check in `integrity`. */
export function sriOf(bytes) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

export async function buildBuilder({ quiet = false } = {}) {
  const awasFile = join(root, 'dist/awas.js');
  if (!existsSync(awasFile)) throw new Error('build-builder: dist/awas.js is missing; run the rollup build first.');
  const awas = readFileSync(awasFile);
  const integrity = sriOf(awas);
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const out = join(root, 'dist/builder');
  mkdirSync(out, { recursive: true });

  await build({
    entryPoints: [join(root, 'builder/builder.ts')],
    outfile: join(out, 'builder.js'),
    bundle: true,
    format: 'iife',
    target: 'es2017',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    tsconfig: join(root, 'builder/tsconfig.json'),
    plugins: [copyRendering],
    define: { __AWAS_BUILD__: JSON.stringify({ version, integrity, bytes: awas.length }) },
    logLevel: quiet ? 'error' : 'warning',
  });

  copyFileSync(join(root, 'builder/index.html'), join(out, 'index.html'));
  copyFileSync(join(root, 'builder/builder.css'), join(out, 'builder.css'));
  copyFileSync(join(root, 'builder/preview.css'), join(out, 'preview.css'));
  copyFileSync(join(root, 'builder/preview.html'), join(out, 'preview.html'));
  return { version, integrity };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { version, integrity } = await buildBuilder();
  console.log(`build-builder: dist/builder/ (awas.js ${version}, ${integrity})`);
}
