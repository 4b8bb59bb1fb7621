/**
 * The independent checks applied to everything Awas renders in the hostile suite. They do not reuse src/safety:
 * they are the promise, written again from the outside.
 */

/**
 * Every element the widgets' templates contain (components/**, checked by grepping the templates). Anything else in
 * a shadow root (script, iframe, object, embed, style, link, meta, base, form, input, template, foreignObject,
 * image, use, animate, set, math, …) can only come from content and fails the audit.
 */
export const RENDERED_TAGS = new Set([
  'section',
  'div',
  'p',
  'span',
  'button',
  'ul',
  'ol',
  'li',
  'a',
  'svg',
  'path',
  'small',
  'mark',
  'h2',
  'h3',
  'h4',
  'sup',
  'strong',
  'b',
  'q',
  'img',
  'br',
  // the hotline card's disclosures (native, so they work in the readable copy without JavaScript)
  'details',
  'summary',
  'awas-hotline-card',
]);

/** The URL allowlist of the library: https, http, tel, sms, mailto; no credentials; http(s) with a host. */
export const ALLOWED_SCHEMES = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'];

const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping', 'cite', 'longdesc', 'manifest', 'codebase'];
/** Bidi embedding/override/isolate controls and marks, NUL and other C0/C1 controls (except tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const SPOOFING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** Why `value` is not an allowed link, or '' when it is. */
export function linkProblem(value: string): string {
  // eslint-disable-next-line no-control-regex
  if (value !== value.trim() || /[\u0000-\u001F\u007F]/.test(value)) return 'whitespace or control characters around or inside the URL';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'not an absolute URL';
  }
  if (!ALLOWED_SCHEMES.includes(url.protocol)) return `scheme ${url.protocol} is not allowed`;
  if (!value.toLowerCase().startsWith(url.protocol)) return 'the written scheme differs from the parsed one';
  if (url.username || url.password) return 'credentials in the URL';
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return 'http(s) URL without a host';
  return '';
}

/** Every element under `host`'s shadow root, descending into the shadow roots of nested elements. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot | Element) => {
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** All text rendered in `host`'s shadow tree (nested shadow roots included). */
export function shadowText(host: Element): string {
  const parts: string[] = [];
  const visit = (root: Node) => {
    root.childNodes.forEach((n) => {
      if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
      else if (n.nodeType === 1) {
        const el = n as Element;
        if (el.localName === 'style') return;
        visit(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    });
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

export interface AuditOptions {
  /** Minimum rendered text (never blank); 0 to skip. Default 20 characters (5 for the safe-exit button). */
  minText?: number;
}

/** Problems with what `host` rendered: unexpected elements, handlers, disallowed URLs, spoofing characters, blank. */
export function audit(host: Element, options: AuditOptions = {}): string[] {
  // The quick-exit button is one short label ("Keluar cepat"); every other widget says much more.
  const minText = options.minText ?? (host.localName === 'awas-safe-exit' ? 5 : 20);
  const problems: string[] = [];
  const where = `<${host.localName}>`;
  if (!host.shadowRoot) return [`${where} has no shadow root (not rendered)`];
  for (const el of shadowElements(host)) {
    const tag = el.localName;
    if (!RENDERED_TAGS.has(tag)) problems.push(`${where}: unexpected element <${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${where}: <${tag} ${name}> event-handler attribute`);
      if (name === 'srcdoc' || name === 'formaction' || name === 'is') problems.push(`${where}: <${tag} ${name}>`);
      if (name === 'style' && /url\(|expression|@import|javascript:/i.test(attr.value)) problems.push(`${where}: <${tag} style="${attr.value.slice(0, 60)}">`);
      if (URL_ATTRIBUTES.includes(name)) {
        const why = linkProblem(attr.value);
        if (why) problems.push(`${where}: <${tag} ${name}="${attr.value.slice(0, 80)}">: ${why}`);
      }
    }
  }
  const text = shadowText(host);
  const spoof = SPOOFING.exec(text);
  if (spoof) problems.push(`${where}: rendered text contains U+${spoof[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (minText && text.length < minText) problems.push(`${where}: rendered only ${text.length} characters ("${text.slice(0, 40)}")`);
  return problems;
}
