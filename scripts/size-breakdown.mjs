#!/usr/bin/env node
// How many gzip bytes each widget, its default content and the shared kernel add to dist/awas.js.
// Measured by rebuilding without each part: node scripts/size-breakdown.mjs
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import ts from 'typescript';
import config from '../rollup.config.mjs';
import { loadTs } from './load-ts.mjs';

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
const { WIDGET_NAMES: widgets } = await loadTs('src/widgets.ts');
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
/** The message argument of every reportProblem(code, message) and ctx.problem(message) call, emptied (found by TypeScript's parser: messages nest templates). */
function blankMessages(code) {
  const file = ts.createSourceFile('x.ts', code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const name = node.expression.name.text;
      const message = name === 'reportProblem' ? node.arguments[1] : name === 'problem' ? node.arguments[0] : undefined;
      if (message && (ts.isTemplateExpression(message) || ts.isStringLiteralLike(message))) edits.push([message.getStart(file), message.getEnd()]);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return edits.sort((a, b) => b[0] - a[0]).reduce((out, [start, end]) => out.slice(0, start) + "''" + out.slice(end), code);
}
// Kinds of bytes across all modules: emptied one kind at a time (the code stays, so these are what each kind costs).
const emptied = (test, replace) => ({ name: 'emptied', transform: (code, id) => (test(id) ? replace(code) : null) });
const STRING = /'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g;
const kinds = [
  ['kind: CSS (every css`` literal)', emptied((id) => id.endsWith('.ts'), (c) => c.replace(/css`[^`]*`/g, 'css``'))],
  ['kind: UI strings (src/i18n/locales/*)', emptied((id) => /i18n\/locales\/[a-z-]+\.ts$/.test(id), (c) => c.replace(STRING, (m) => m[0] + m[0]))],
  ['kind: console/awas-error messages', emptied((id) => id.endsWith('.ts'), blankMessages)],
];
for (const [name, plugin] of kinds) rows.push([name, total - (await gzipSize(plugin))]);
// Lit alone: what any Lit element pays before its own code.
const lit = await gzipSize({
  name: 'lit-only',
  load: (id) => (id.endsWith('src/awas.ts') ? "import { LitElement, html, css } from 'lit'; import { property } from 'lit/decorators.js'; class X extends LitElement { static styles = css`:host{}`; render() { return html`<p>${this.v}</p>`; } } property()(X.prototype, 'v'); customElements.define('x-x', X);" : null),
});
rows.push(['Lit alone (a one-line element)', lit]);
for (const [name, bytes] of rows) console.log(name.padEnd(36), `${(bytes / 1024).toFixed(1)} KB gzip`.padStart(14));
