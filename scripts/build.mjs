#!/usr/bin/env node
// npm run build: drop-in script(s), npm ES modules + .d.ts, the content JSON Schema, custom-elements.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDemo } from './build-demo.mjs';
import { buildEmbed } from './build-embed.mjs';
import { buildBuilder } from './build-builder.mjs';
import { packageWordpress } from './package-wordpress.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args) => execFileSync(bin(cmd), args, { cwd: root, stdio: 'inherit' });

rmSync(join(root, 'dist'), { recursive: true, force: true });
mkdirSync(join(root, 'dist'), { recursive: true });

run('rollup', ['-c', '--silent']);
run('tsc', ['-p', 'tsconfig.build.json']);

const { contentPackSchema } = await import(pathToFileURL(join(root, 'dist/npm/src/content/all-collections.js')).href);
writeFileSync(join(root, 'dist/awas-content.schema.json'), JSON.stringify(contentPackSchema(), null, 2) + '\n');

await buildEmbed(); // dist/embed/: the iframe pages and their oEmbed files (scripts/build-embed.mjs)
await buildDemo(); // dist/demo/: the demo pages with each widget's readable copy (scripts/build-demo.mjs)
await buildBuilder({ quiet: true }); // dist/builder/: the embed builder page, SRI of the dist/awas.js just built

run('custom-elements-manifest', ['analyze', '--quiet']);
await packageWordpress({ quiet: true }); // dist/wordpress/awas/ + dist/awas-wordpress.zip: the WordPress plugin (needs the manifest)
await (await import('./build-opensid.mjs')).buildOpensid({ quiet: true }); // dist/opensid/ + dist/awas-opensid.zip: the OpenSID kit, generated from the widgets
console.log('build: dist/awas.js, dist/npm/, dist/awas-content.schema.json, custom-elements.json');
