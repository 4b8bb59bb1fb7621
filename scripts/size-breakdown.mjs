#!/usr/bin/env node
// How many gzip bytes each widget, its default content and the shared kernel add to dist/awas.js.
// Measured by rebuilding without each part: node scripts/size-breakdown.mjs
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import ts from 'typescript';
import config from '../rollup.config.mjs';
import { loadTs } from './load-ts.mjs';

const dropIn = config[0];

async function gzipSize(...extraPlugins) {
  const bundle = await rollup({ ...dropIn, plugins: [...extraPlugins, ...dropIn.plugins].filter(Boolean), onwarn() {} });
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

// Issue #17's pages: what a page with one widget loads in one file today, and the floor — the same file with what
// only some pages need left out (content-src fetching, inline JSON, the run-time validator, mounts, English words).
// A loader can at best reach the floor (plus itself); below it, the widget's own code or content must shrink.
const { PAGE_BUDGETS_GZIP } = await import('./size.mjs');
const WIDGET_ENTRY = '\0awas-one-widget:';
const oneWidget = (w) => ({
  name: 'one-widget',
  resolveId: (source) => (source === 'src/awas.ts' ? WIDGET_ENTRY + w : null),
  load(id) {
    if (id !== WIDGET_ENTRY + w) return null;
    const pascal = w.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase());
    return `import { Awas${pascal} as element } from '${process.cwd()}/components/${w}/${w}.ts'; import { dropIn } from '${process.cwd()}/src/drop-in.ts'; dropIn({ 'awas-${w}': element });`;
  },
});
const OPTIONAL = {
  'src/content/fetch.ts': 'export const contentFetchSettings = {}; export class ContentError extends Error {} export function clearContentCache() {} export function fetchContent() { return Promise.reject(new Error()); }',
  'src/content/inline.ts': 'export function readInlineJson() { return undefined; }',
  'src/content/validate.ts': 'export function validate() { return []; }',
  'src/mount/mount.ts': 'export function upgradeMount() { return null; } export function upgradeMounts() { return []; } export function watchMounts() {}',
  'src/i18n/locales/en.ts': "export * from './id.ts';",
};
const floor = Object.entries(OPTIONAL).map(([file, code]) => without((id) => id.endsWith(file), code));
const pages = [...widgets.map((w) => [`only <awas-${w}>`, w]), ['all five widgets', null]];
console.log(`\n${'page (one file)'.padEnd(28)}${'today'.padStart(10)}${'floor'.padStart(10)}${'budget #17'.padStart(12)}`);
for (const [name, w] of pages) {
  const entry = w ? oneWidget(w) : null;
  const today = await gzipSize(entry);
  const least = await gzipSize(entry, ...floor);
  const budget = PAGE_BUDGETS_GZIP[w ?? 'all'];
  const kb = (n) => (n === undefined ? '–' : `${(n / 1024).toFixed(1)} KB`).padStart(10);
  console.log(name.padEnd(28) + kb(today) + kb(least) + `  ${kb(budget)}`);
}
