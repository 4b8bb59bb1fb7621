#!/usr/bin/env node
// npm start (after the build): serve the demo page with every widget on http://127.0.0.1:8080/ (PORT to change).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 8080);
const { url } = await startStaticServer({ root, port, redirects: { '/': '/dist/demo/' } });
console.log(`\nAwas demo: ${url}/dist/demo/\nPembuat snippet / snippet builder: ${url}/dist/builder/\n(Ctrl+C to stop)\n`);
