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
// Kinds of bytes across all modules: emptied one kind at a time (the code stays, so these are what each kind costs).
const emptied = (test, replace) => ({ name: 'emptied', transform: (code, id) => (test(id) ? replace(code) : null) });
const STRING = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const kinds = [
  ['kind: CSS (every css`` literal)', emptied((id) => id.endsWith('.ts'), (c) => c.replace(/css`[^`]*`/g, 'css``'))],
  ['kind: UI strings (src/i18n/strings-*)', emptied((id) => /strings-[a-z-]+\.ts$/.test(id), (c) => c.replace(STRING, (m) => m[0] + m[0]))],
  [
    'kind: console/awas-error messages',
    emptied((id) => id.endsWith('.ts'), (c) => c.replace(/(reportProblem\('[a-z-]+', |problem\()(`(?:\\.|[^`\\])*`|'(?:\\.|[^'\\])*')/g, "$1''")),
  ],
];
for (const [name, plugin] of kinds) rows.push([name, total - (await gzipSize(plugin))]);
// Lit alone: what any Lit element pays before its own code.
const lit = await gzipSize({
  name: 'lit-only',
  load: (id) => (id.endsWith('src/awas.ts') ? "import { LitElement, html, css } from 'lit'; import { property } from 'lit/decorators.js'; class X extends LitElement { static styles = css`:host{}`; render() { return html`<p>${this.v}</p>`; } } property()(X.prototype, 'v'); customElements.define('x-x', X);" : null),
});
rows.push(['Lit alone (a one-line element)', lit]);
for (const [name, bytes] of rows) console.log(name.padEnd(36), `${(bytes / 1024).toFixed(1)} KB gzip`.padStart(14));
