#!/usr/bin/env node
// dist/demo/: the demo pages (demo/*.html) as a site would publish them, every widget tag carrying its readable
// copy, rendered from the widget's own templates at build time (hosted-pages/prerender.ts), and the copies' stylesheet
// inline in <head>. demo/ itself stays plain tags (the widgets' tests and stories load it as authors write it).
// Called by scripts/build.mjs; `npm start` serves dist/demo/.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `<awas-hotline-card from="kh"></awas-hotline-card>` → the same tag with its readable copy inside. */
export function fillTags(html, { prerenderedElement, PRERENDERED_WIDGETS, DEFAULT_LANG }) {
  const pageLang = /<html[^>]*\slang="([a-z]{2})"/.exec(html)?.[1] ?? DEFAULT_LANG;
  const used = new Set();
  // Tags inside a srcdoc='…' frame stay as they are (a copy there would have to be escaped for the attribute).
  const fill = (part) => part.replace(/<awas-([a-z-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*><\/awas-\1>/g, (tag, name, attrs) => {
    if (!PRERENDERED_WIDGETS.includes(name)) return tag;
    const attributes = {};
    for (const [, key, value] of attrs.matchAll(/\s+([a-z-]+)(?:="([^"]*)")?/g)) attributes[key] = value ?? '';
    used.add(name);
    // The copy is rendered in the page's language when the tag names none, as the widget does.
    const element = prerenderedElement(name, { lang: pageLang, ...attributes });
    return attributes.lang ? element : element.replace(` lang="${pageLang}"`, '');
  });
  const filled = html
    .split(/(srcdoc='[^']*')/)
    .map((part) => (part.startsWith("srcdoc='") ? part : fill(part)))
    .join('');
  return { html: filled, widgets: [...used] };
}

const WIDGET_PAGES = /<!-- widget-pages\b[\s\S]*?-->[\s\S]*?<!-- \/widget-pages -->/;

/**
 * The index's links to every widget's own page (demo/<name>.html), in the order of src/widgets.ts, named as the
 * builder names them, so a new widget's page is linked without editing the index.
 */
export function widgetPageLinks(html, { WIDGET_NAMES, editorWords, DEFAULT_LANG }, pages) {
  if (!WIDGET_PAGES.test(html)) return html;
  const pageLang = /<html[^>]*\slang="([a-z]{2})"/.exec(html)?.[1] ?? DEFAULT_LANG;
  const words = editorWords[pageLang] ?? editorWords[DEFAULT_LANG];
  const links = WIDGET_NAMES.filter((name) => pages.includes(`${name}.html`)).map((name) => {
    const label = words[name].name;
    return `<a href="${name}.html">${label.charAt(0).toLowerCase()}${label.slice(1)}</a>`;
  });
  return html.replace(WIDGET_PAGES, links.join(' · '));
}

export async function buildDemo() {
  const { prerenderedElement, prerenderCss, PRERENDERED_WIDGETS } = await loadTs('hosted-pages/prerender.ts');
  const names = await loadTs(`export { WIDGET_NAMES } from './src/widgets.ts'; export { DEFAULT_LANG, editorWords } from './src/i18n/languages.ts';`);
  const out = join(root, 'dist/demo');
  mkdirSync(out, { recursive: true });
  const pages = readdirSync(join(root, 'demo'));
  for (const file of pages) {
    if (!file.endsWith('.html')) {
      copyFileSync(join(root, 'demo', file), join(out, file));
      continue;
    }
    const source = widgetPageLinks(readFileSync(join(root, 'demo', file), 'utf8').replaceAll('../dist/', '../'), names, pages);
    const { html, widgets } = fillTags(source, { prerenderedElement, PRERENDERED_WIDGETS, DEFAULT_LANG: names.DEFAULT_LANG });
    // The quiz's copy ends with a hotline card: its styles too.
    const styled = new Set(widgets.includes('risk-quiz') ? [...widgets, 'hotline-card'] : widgets);
    const css = [...styled].map((w) => prerenderCss(w)).join('');
    writeFileSync(join(out, file), css ? html.replace('</head>', `  <style>${css}</style>\n  </head>`) : html);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildDemo();
