#!/usr/bin/env node
// How many gzip bytes each widget, its default content and the shared kernel add to dist/awas.js.
// Measured by rebuilding without each part: node scripts/size-breakdown.mjs
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const dropIn = config[0];

async function gzipSize(extraPlugin) {
  const bundle = await rollup({ ...dropIn, plugins: [extraPlugin, ...dropIn.plugins].filter(Boolean), onwarn() {} });
  const { output } = await bundle.generate({ ...dropIn.output, file: undefined });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}

/** A plugin that replaces modules whose id matches `test` with `code`. */
const without = (test, code) => ({ name: 'without', load: (id) => (test(id) ? code : null) });

const total = await gzipSize(null);
const rows = [['total dist/awas.js', total]];
rows.push(['default content packs', total - (await gzipSize(without((id) => /\/packs\/.*\.json$/.test(id), '{}')))]);
const widgets = ['safe-exit', 'hotline-card', 'risk-quiz', 'scam-carousel', 'stats-ticker'];
for (const w of widgets) {
  const withoutWidget = await gzipSize({
    name: 'without-widget',
    transform(code, id) {
      if (!id.endsWith('src/elements.ts')) return null;
      return code.replace(new RegExp(`^import .*components/${w}/.*$`, 'm'), '').replace(new RegExp(`^\\s*'awas-${w}': \\w+,$`, 'm'), '').replace(new RegExp(`^\\s*'awas-${w}': \\w+;$`, 'm'), '');
    },
  });
  rows.push([`<awas-${w}> incl. its content`, total - withoutWidget]);
}
for (const [name, bytes] of rows) console.log(name.padEnd(36), `${(bytes / 1024).toFixed(1)} KB gzip`.padStart(14));
