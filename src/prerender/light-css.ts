/**
 * A widget's own shadow-DOM CSS, rewritten to style its pre-rendered copy in the page's light DOM (the readable HTML
 * that builder snippets, embed pages and the WordPress plugin carry). One source: the component's `static styles`;
 * this only re-scopes the selectors, so the page looks the same before and after the script upgrades it.
 *
 *   :host                     → .awas-pre-<widget>                  (the wrapper <div> plays the host)
 *   :host([theme='dark'])     → .awas-pre-<widget>[data-theme='dark'] (wrapper attributes are data-*: sanitizers keep them)
 *   .entry a                  → .awas-pre-<widget> .entry a
 * Host pages' own CSS reaches light DOM; `all: revert` on every descendant undoes most of it (rules of the widget are
 * more specific and win again). Inside @media/@supports/@container the same rules apply; @keyframes stay as they are.
 */

/** The class of the wrapper that stands in for the widget's host element. */
export function prerenderScope(widget: string): string {
  return `awas-pre-${widget}`;
}

function rewriteHostArgument(argument: string): string {
  return argument.replace(/\[\s*([a-z][a-z0-9-]*)/gi, (_, name: string) => `[data-${name}`);
}

function rewriteSelector(selector: string, scope: string): string {
  const s = selector.trim();
  if (!s) return s;
  if (/^:host\b/.test(s)) {
    let rest = s.slice(5);
    let host = scope;
    if (rest.startsWith('(')) {
      let depth = 0;
      let i = 0;
      for (; i < rest.length; i++) {
        if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) break;
      }
      host += rewriteHostArgument(rest.slice(1, i));
      rest = rest.slice(i + 1);
    }
    return host + rest;
  }
  return `${scope} ${s}`;
}

/** Split on commas outside brackets and parentheses. */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}

/** Index of the brace that closes the block opened at `open`. */
function closingBrace(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return i;
  }
  return css.length;
}

function rewriteBlock(css: string, scope: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('{', i);
    if (open < 0) break;
    const prelude = css.slice(i, open).trim();
    const close = closingBrace(css, open);
    const body = css.slice(open + 1, close);
    if (/^@(media|supports|container|layer)\b/.test(prelude)) out += `${prelude}{${rewriteBlock(body, scope)}}`;
    else if (prelude.startsWith('@')) out += `${prelude}{${body}}`;
    else out += `${splitList(prelude).map((s) => rewriteSelector(s, scope)).join(',')}{${body.trim()}}`;
    i = close + 1;
  }
  return out;
}

function minify(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** Light-DOM CSS for one widget's pre-rendered HTML, from the widget's shadow CSS text. */
export function lightCss(shadowCss: string, widget: string): string {
  const scope = `.${prerenderScope(widget)}`;
  // Selectors keep their spaces (descendant combinators) through minify: only spaces around {};:,> go.
  // Not on svg (its fill="currentColor" is a presentation hint `all` would undo) nor on [hidden] (the same).
  // Buttons need the script: invisible, but in their place.
  const reset = `${scope} :where(:not(svg,svg *,[hidden])){all:revert}${scope} [data-awas-js]{visibility:hidden}`;
  return reset + rewriteBlock(minify(shadowCss), scope);
}

/** The CSS text of a widget class's `static styles` (a CSSResult, or nested arrays of them). */
export function stylesText(styles: unknown): string {
  return ([] as unknown[])
    .concat(styles ?? [])
    .flat(Infinity as 1)
    .map((s) => (s as { cssText?: string }).cssText ?? '')
    .join('\n');
}
