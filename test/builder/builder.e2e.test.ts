/**
 * End to end: the built builder page (dist/builder/, made by npm run build) in a frame, driven like an author would:
 * choose options, press Copy, paste the snippet into a blank page with the built dist/awas.js, and compare that
 * widget with the preview. The script and mount snippets carry the widget's readable copy: it reads (and its numbers
 * can be called) before or without the script, and the widget takes over in place. Also: the SRI hash against the
 * built file, the own-content file through content-src with its integrity, the request log, 360 px, the language
 * switch and an axe check. Every wait is on a condition.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { parse } from 'acorn';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import { contentVersion } from '../../src/prerender/version.js';
import { t } from '../../builder/strings.js';
import { settled } from '../helpers/settle.js';
import { until } from '../helpers/wait.js';

type Win = Window & typeof globalThis;
interface Page {
  frame: HTMLIFrameElement;
  win: Win;
  doc: Document;
}
interface Builder extends Page {
  copies: string[];
  violations: string[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  frames.splice(0).forEach((f) => f.remove());
});

async function openBuilder(width = 1280, query = ''): Promise<Builder> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frame.src = `/dist/builder/index.html${query}`;
  document.body.append(frame);
  frames.push(frame);
  await waitUntil(() => frame.contentDocument?.documentElement?.getAttribute('data-ready') === 'true', 'the builder page did not start (is dist/builder built?)', { timeout: 15000 });
  const win = frame.contentWindow as Win;
  const doc = frame.contentDocument!;
  const copies: string[] = [];
  const violations: string[] = [];
  // Headless Chromium has no clipboard to read back: record what the Copy button writes.
  Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async (text: string) => void copies.push(text) } });
  doc.addEventListener('securitypolicyviolation', (e) => violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  return { frame, win, doc, copies, violations };
}

function byId<T extends HTMLElement = HTMLElement>(page: Page, id: string): T {
  const el = page.doc.getElementById(id);
  if (!el) throw new Error(`#${id} is missing`);
  return el as T;
}

const click = (page: Page, id: string) => byId(page, id).click();

function type(page: Page, id: string, value: string): void {
  const el = byId<HTMLInputElement>(page, id);
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(page: Page, id: string, value: string): void {
  const el = byId<HTMLSelectElement>(page, id);
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

async function copySnippet(b: Builder, path: 'script' | 'mount' | 'iframe' | 'shortcode'): Promise<string> {
  // The readable copy is rendered after each change; the snippet is complete once it is in (or there is none).
  await waitUntil(() => byId(b, 'snippet').getAttribute('data-copy') !== 'pending', 'the readable copy did not arrive', { timeout: 5000 });
  click(b, `path-${path}`);
  b.copies.length = 0;
  click(b, 'copy');
  // Code that still holds the example address asks first (tested on its own below): these tests copy it on purpose.
  if (!byId(b, 'copy-check').hidden) click(b, 'copy-anyway');
  await waitUntil(() => b.copies.length === 1, 'Copy wrote nothing', { timeout: 5000 });
  expect(b.copies[0]).to.equal(byId(b, 'snippet-code').textContent);
  return b.copies[0];
}

function previewDoc(b: Builder): Document {
  return byId<HTMLIFrameElement>(b, 'preview').contentDocument!;
}

function previewWidget(b: Builder): (HTMLElement & { updateComplete?: Promise<unknown> }) | null {
  return previewDoc(b).getElementById('stage')?.firstElementChild as HTMLElement | null;
}

/**
 * Attributes except style (compared through the computed custom properties instead) and the copy's content version
 * (only the snippet's tag has one: the preview has no copy).
 */
function attributes(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of Array.from(el.attributes)) if (a.name !== 'style' && a.name !== 'data-awas-content') out[a.name] = a.value;
  return out;
}

/** The readable copy in a snippet or on a page: the outermost awas-pre wrapper. */
function copyIn(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>('.awas-pre');
}

/** The tel: links of a copy a reader can tap. */
function telLinks(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('a[href^="tel:"]'), (a) => a.getAttribute('href')!);
}

const parseSnippet = (code: string) => new DOMParser().parseFromString(code, 'text/html');

/** What a reader sees of a widget: the rendered text of its shadow root. */
function visibleText(el: Element): string {
  return Array.from(el.shadowRoot?.children ?? [])
    .filter((c) => c.localName !== 'style' && 'innerText' in c)
    .map((c) => (c as HTMLElement).innerText)
    .join('\n')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Blank extends Page {
  errors(): { code: string; message: string }[];
  /** Files that failed to load (a script refused for its integrity, say). */
  failed(): string[];
}

/** A blank host page with the pasted snippet, like a CMS page. `head` may load awas.js site-wide. */
async function blankPage(body: string, width: number, head = ''): Promise<Blank> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0;display:block`;
  frame.srcdoc = `<!doctype html><html lang="id"><head><meta charset="utf-8"><script>window.__errors=[];window.__failed=[];addEventListener('awas-error',function(e){__errors.push(e.detail)},true);addEventListener('error',function(e){if(e.target&&e.target.src)__failed.push(e.target.src)},true);</script>${head}</head><body style="margin:0;padding:12px">${body}</body></html>`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Win & { __errors: { code: string; message: string }[]; __failed: string[] };
  return { frame, win, doc: frame.contentDocument!, errors: () => win.__errors, failed: () => win.__failed };
}

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every widget in the shadow trees below `root` (the quiz's hotline card). */
function widgetsIn(root: ParentNode): Updating[] {
  return Array.from(root.querySelectorAll<Updating>('*')).flatMap((el) => (/^awas-/.test(el.localName) ? [el, ...(el.shadowRoot ? widgetsIn(el.shadowRoot) : [])] : []));
}

/**
 * Until the widget and the widgets inside it are upgraded (their page loads awas.js on its own) and have rendered,
 * then until none has an update pending (settled()).
 */
async function upgradedAndSettled(el: Updating): Promise<void> {
  await until(() => [el, ...widgetsIn(el.shadowRoot ?? el)].every((w) => (w.shadowRoot?.childElementCount ?? 0) > 0), 'the widget did not render');
  await settled(el);
}

async function sha384(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
  return `sha384-${btoa(String.fromCharCode(...digest))}`;
}

/** Every request the builder and its preview made: same origin, and only the page's own files and awas.js. */
function expectOnlyOwnRequests(b: Builder): void {
  const previewWin = byId<HTMLIFrameElement>(b, 'preview').contentWindow!;
  const urls = [...b.win.performance.getEntriesByType('resource'), ...previewWin.performance.getEntriesByType('resource')].map((e) => e.name);
  expect(urls.length).to.be.greaterThan(3);
  const allowed = [
    '/dist/builder/builder.css',
    '/dist/builder/builder.js',
    '/dist/builder/preview.html',
    '/dist/builder/preview.css',
    '/dist/awas.js',
    // Not in the page: the test server adds its reload script to every HTML page it serves.
    '/__web-dev-server__web-socket.js',
  ];
  for (const url of urls) {
    expect(new URL(url).origin, url).to.equal(location.origin);
    expect(allowed, url).to.include(new URL(url).pathname);
  }
  expect(b.violations).to.deep.equal([]);
}

const HEADING = 'Di Kamboja? "Hubungi" <segera> & aman';

/**
 * The built file, byte for byte. The test server's esbuild plugin (target es2020) rewrites every response whose path
 * ends in .js, so /dist/awas.js here is not the file npm run build wrote and no SRI hash could match it; the plugin
 * picks files by extension, so the same file requested as /dist/awas%2Ejs arrives untouched.
 */
const RAW_AWAS = '/dist/awas%2Ejs';
/** A base folder whose awas.js is RAW_AWAS: `${base}awas.js` = /dist/awas%2Ejs#/awas.js. */
const RAW_BASE = `${location.origin}${RAW_AWAS}#`;

describe('embed builder (dist/builder/) end to end', function () {
  this.timeout(60000);

  it('pins awas.js with the SRI hash of the built file, and the browser accepts it', async () => {
    const b = await openBuilder();
    const response = await fetch(RAW_AWAS);
    const bytes = await response.arrayBuffer();
    expect(response.headers.get('content-type')).to.contain('javascript');
    expect(new TextDecoder().decode(bytes.slice(0, 2))).to.equal('(('); // the minified IIFE, not a rewritten copy
    const expected = await sha384(bytes);
    expect(byId(b, 'sri').textContent).to.equal(expected);
    const script = new DOMParser().parseFromString(await copySnippet(b, 'script'), 'text/html').querySelector('script')!;
    expect(script.getAttribute('integrity')).to.equal(expected);
    expect(script.getAttribute('crossorigin')).to.equal('anonymous');
    expect(byId(b, 'snippet-code').textContent).to.contain('<!-- Awas 0.1.0 -->');
    expect(byId(b, 'version-info').textContent).to.contain(`(${(bytes.byteLength / 1024).toFixed(1)} KB)`);

    // The browser itself accepts the pinned file: the pasted snippet runs and defines the widgets…
    type(b, 'base', RAW_BASE);
    const good = await blankPage(await copySnippet(b, 'script'), 400);
    await waitUntil(() => good.win.customElements.get('awas-hotline-card'), 'the browser refused the file with this integrity', { timeout: 8000 });
    // …while the same file under any other hash is refused: the check is real.
    const wrong = await sha384(new TextEncoder().encode('abc').buffer as ArrayBuffer);
    const other = await blankPage(`<script src="${RAW_AWAS}" integrity="${wrong}" crossorigin="anonymous"></script>`, 400);
    await waitUntil(() => other.failed().length === 1, 'the browser did not refuse the file', { timeout: 8000 });
    expect(other.win.customElements.get('awas-hotline-card')).to.equal(undefined);
  });

  it('builds its own script as ES2017, like dist/awas.js', async () => {
    const code = await (await fetch('/dist/builder/builder.js')).text();
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.to.throw();
  });

  it('chooses options, copies the snippet, and the widget on a blank page matches the preview', async () => {
    const b = await openBuilder();
    click(b, 'lang-en');
    pick(b, 'from', 'kh');
    // Kemlu one up, the Cambodian police unticked.
    byId(b, 'pick-hotlines-kemlu-up').focus();
    click(b, 'pick-hotlines-kemlu-up');
    expect(b.doc.activeElement?.id, 'focus stays on the moved row').to.equal('pick-hotlines-kemlu-up');
    await waitUntil(() => byId(b, 'announce').textContent!.includes('3'), 'the move was not announced', { timeout: 5000 });
    click(b, 'pick-hotlines-kh-police-117');
    click(b, 'layout-compact');
    type(b, 'heading', HEADING);
    click(b, 'theme-dark');
    click(b, 'brand-use');
    type(b, 'brand-text', '#8ab4f8');
    expect(byId(b, 'brand-message').textContent).to.contain('Kontras');
    type(b, 'base', RAW_BASE);

    const snippet = await copySnippet(b, 'script');
    const parsed = new DOMParser().parseFromString(snippet, 'text/html');
    const tag = parsed.querySelector('awas-hotline-card') as HTMLElement;
    expect(attributes(tag)).to.deep.equal({ from: 'kh', hotlines: 'kbri-phnom-penh,kemlu,kp2mi', layout: 'compact', heading: HEADING, lang: 'en', theme: 'dark' });
    // The copy shows the same choices: the author's heading, the chosen hotlines in their order, the dark theme.
    const tagCopy = copyIn(tag)!;
    expect(tagCopy.textContent).to.contain(HEADING);
    expect(tagCopy.getAttribute('data-theme')).to.equal('dark');
    expect(tagCopy.textContent!.indexOf('Kemlu')).to.be.lessThan(tagCopy.textContent!.indexOf('KP2MI'));
    expect(tagCopy.textContent).not.to.contain('Cambodian police');
    expect(tag.style.getPropertyValue('--awas-color-brand').trim()).to.equal('#8ab4f8');
    expect(parsed.querySelector('script')!.getAttribute('src')).to.equal(`${RAW_BASE}/awas.js`);

    await waitUntil(() => previewWidget(b)?.getAttribute('hotlines') === 'kbri-phnom-penh,kemlu,kp2mi' && previewWidget(b)?.getAttribute('heading') === HEADING, 'the preview did not follow', { timeout: 5000 });
    const preview = previewWidget(b)!;
    await upgradedAndSettled(preview);

    const width = byId<HTMLIFrameElement>(b, 'preview').clientWidth;
    const blank = await blankPage(snippet, width);
    await waitUntil(() => (blank.doc.querySelector('awas-hotline-card') as HTMLElement | null)?.shadowRoot, 'the pasted script did not run (integrity?)', { timeout: 8000 });
    const widget = blank.doc.querySelector('awas-hotline-card') as HTMLElement & { updateComplete: Promise<unknown> };
    await upgradedAndSettled(widget);

    expect(widget.localName).to.equal(preview.localName);
    expect(attributes(widget)).to.deep.equal(attributes(preview));
    const brand = (el: Element) => el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue('--awas-color-brand').trim();
    expect(brand(widget)).to.equal('#8ab4f8');
    expect(brand(preview)).to.equal('#8ab4f8');
    const text = visibleText(widget);
    expect(text).to.equal(visibleText(preview));
    expect(text).to.contain(HEADING);
    expect(text).to.contain('Indonesian Embassy in Phnom Penh');
    expect(text).not.to.contain('Cambodian police');
    expect(text.indexOf('Kemlu')).to.be.lessThan(text.indexOf('KP2MI'));
    expect(blank.errors()).to.deep.equal([]);

    // The same choices through the data- mount, with awas.js loaded site-wide.
    const mountCode = await copySnippet(b, 'mount');
    const mountPage = await blankPage(mountCode, width, `<script src="/dist/awas.js"></script>`);
    const mount = mountPage.doc.querySelector('[data-awas-widget]') as HTMLElement;
    expect(copyIn(mount)!.querySelector('a[href^="tel:"]')!.textContent).to.contain('+855 12 813 282');
    await waitUntil(() => mount.shadowRoot?.firstElementChild, 'the mount was not upgraded', { timeout: 5000 });
    const mounted = mount.shadowRoot!.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
    await upgradedAndSettled(mounted);
    expect(attributes(mounted)).to.deep.equal(attributes(preview));
    expect(mountPage.win.getComputedStyle(mounted).getPropertyValue('--awas-color-brand').trim()).to.equal('#8ab4f8');
    expect(visibleText(mounted)).to.equal(visibleText(preview));

    // Iframe and shortcode carry the same choices (the iframe without the title, which embed pages refuse).
    type(b, 'base', `${location.origin}/dist/`);
    const iframeCode = await copySnippet(b, 'iframe');
    const frame = new DOMParser().parseFromString(iframeCode, 'text/html').querySelector('iframe')!;
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).to.equal('/dist/embed/hotline-card-kh.en.html');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({ hotlines: 'kbri-phnom-penh,kemlu,kp2mi', layout: 'compact', theme: 'dark' });
    expect(frame.getAttribute('height')).to.equal(String(FRAME_HEIGHTS['hotline-card-kh']));
    expect(byId(b, 'path-note').textContent).to.contain('heading');
    expect((await fetch(src.pathname)).ok, 'the embed page exists in dist/embed/').to.equal(true);
    const shortcode = await copySnippet(b, 'shortcode');
    expect(shortcode).to.equal(`[awas widget="hotline-card" from="kh" hotlines="kbri-phnom-penh,kemlu,kp2mi" layout="compact" heading="Di Kamboja? &quot;Hubungi&quot; &lt;segera&gt; &amp; aman" lang="en" theme="dark"]`);

    expectOnlyOwnRequests(b);
  });

  it('puts the readable copy with the numbers readers can call into the script and mount snippets, in the chosen language', async () => {
    const b = await openBuilder();
    // Readers in Indonesia, Indonesian: the free KP2MI number is there.
    for (const path of ['script', 'mount'] as const) {
      const copy = copyIn(parseSnippet(await copySnippet(b, path)))!;
      expect(copy.getAttribute('data-lang'), path).to.equal('id');
      expect(copy.textContent, path).to.contain('Butuh bantuan? Hubungi layanan resmi');
      expect(telLinks(copy), path).to.include('tel:08001000');
    }
    expect(byId(b, 'copy-note').hidden).to.equal(false);
    expect(byId(b, 'copy-note').textContent).to.equal(t('id', 'copyIncluded'));
    // Readers in Cambodia, English: the embassy, and no number that cannot be dialled from there.
    pick(b, 'from', 'kh');
    click(b, 'lang-en');
    for (const path of ['script', 'mount'] as const) {
      const code = await copySnippet(b, path);
      const copy = copyIn(parseSnippet(code))!;
      expect(copy.getAttribute('data-from'), path).to.equal('kh');
      expect(copy.textContent, path).to.contain('Need help? Contact an official service');
      expect(telLinks(copy), path).to.include('tel:+85512813282');
      expect(telLinks(copy), path).not.to.include('tel:08001000');
      expect(code.length, `${path}: the snippet is long`).to.be.greaterThan(8000);
      // The code box scrolls instead of growing with the snippet, and Copy took all of it (copySnippet checks).
      const box = b.doc.querySelector('pre.code') as HTMLElement;
      expect(box.scrollHeight).to.be.greaterThan(box.clientHeight);
      expect(b.win.getComputedStyle(box).overflowY).to.equal('auto');
    }
    // The other doors carry copies of their own: nothing changes there.
    expect(await copySnippet(b, 'shortcode')).to.equal('[awas widget="hotline-card" from="kh" lang="en"]');
    expect(byId(b, 'copy-note').hidden).to.equal(true);
  });

  it('reads before and without the script, and the pasted snippet upgrades in place without moving', async () => {
    const b = await openBuilder();
    pick(b, 'from', 'kh');
    type(b, 'base', RAW_BASE);
    const snippet = await copySnippet(b, 'script');
    const width = 400;

    // A CMS that strips the script: the copy is the page's own HTML, styled, and the numbers can be tapped.
    const stripped = await blankPage(snippet.replace(/<script[^>]*><\/script>/, ''), width);
    const bare = copyIn(stripped.doc)!;
    expect(bare.checkVisibility()).to.equal(true);
    const call = bare.querySelector<HTMLAnchorElement>('a[href="tel:+85512813282"]')!;
    expect(call.getBoundingClientRect().height).to.be.at.least(44);
    expect(stripped.win.getComputedStyle(bare.querySelector('.root')!).borderTopStyle, 'the copy takes the widget’s own CSS').to.equal('solid');
    const before = stripped.doc.querySelector('awas-hotline-card')!.getBoundingClientRect().height;

    // With the script: the widget takes the copy's place, the copy is hidden, and nothing says the copy is stale.
    const page = await blankPage(snippet, width);
    await waitUntil(() => (page.doc.querySelector('awas-hotline-card') as HTMLElement | null)?.shadowRoot?.childElementCount, 'the pasted script did not run', { timeout: 8000 });
    const widget = page.doc.querySelector('awas-hotline-card') as Updating;
    await upgradedAndSettled(widget);
    expect(copyIn(widget)!.getClientRects().length, 'the copy is hidden').to.equal(0);
    expect(visibleText(widget)).to.contain('+855 12 813 282');
    const after = widget.getBoundingClientRect().height;
    expect(Math.abs(after - before), `height before ${before}, after ${after}`).to.be.lessThan(before * 0.05);
    expect(page.errors().map((e) => e.code)).not.to.include('stale-snippet');
    expect(page.errors()).to.deep.equal([]);

    // The data- mount: the same, with awas.js loaded site-wide.
    const mountPage = await blankPage(await copySnippet(b, 'mount'), width, `<script src="/dist/awas.js"></script>`);
    const mount = mountPage.doc.querySelector('[data-awas-widget]') as HTMLElement;
    await waitUntil(() => mount.shadowRoot?.firstElementChild, 'the mount was not upgraded', { timeout: 5000 });
    await upgradedAndSettled(mount.shadowRoot!.firstElementChild as Updating);
    expect(copyIn(mount)!.getClientRects().length).to.equal(0);
    expect(visibleText(mount.shadowRoot!.firstElementChild!)).to.contain('+855 12 813 282');
    expect(mountPage.errors()).to.deep.equal([]);
  });

  it('gives the quiz copy its self-check and the hotline card of its result, with numbers for the reader’s place', async () => {
    const b = await openBuilder();
    click(b, 'widget-risk-quiz');
    const home = copyIn(parseSnippet(await copySnippet(b, 'script')))!;
    expect(home.querySelectorAll('details').length).to.be.greaterThan(5);
    const card = home.querySelector('.awas-pre-hotline-card')!;
    expect(card.getAttribute('data-layout')).to.equal('compact');
    expect(telLinks(card)).to.include('tel:08001000');
    pick(b, 'from', 'kh');
    const abroad = copyIn(parseSnippet(await copySnippet(b, 'mount')))!;
    expect(telLinks(abroad)).to.include('tel:+85512813282');
    expect(telLinks(abroad)).not.to.include('tel:08001000');
    expect(abroad.querySelector('awas-hotline-card, button:not([disabled])')).to.equal(null);
  });

  it('matches the preview for every other widget too', async () => {
    const b = await openBuilder();
    type(b, 'base', RAW_BASE);
    const cases: [string, () => void, Record<string, string>][] = [
      ['risk-quiz', () => click(b, 'mode-list'), { mode: 'list', lang: 'id' }],
      ['scam-carousel', () => click(b, 'reveal-always'), { reveal: 'always', lang: 'id' }],
      ['stats-ticker', () => click(b, 'pick-stats-kemlu-online-scam'), { stats: 'kbri-phnom-penh-2025,ohchr-cambodia,myawaddy-2025,imigrasi-delayed-2025,ppatk-gambling-2024', lang: 'id' }],
      ['safe-exit', () => click(b, 'show-note'), { 'show-note': '', lang: 'id' }],
    ];
    for (const [widget, choose, expected] of cases) {
      click(b, `widget-${widget}`);
      choose();
      const snippet = await copySnippet(b, 'script');
      const tag = new DOMParser().parseFromString(snippet, 'text/html').querySelector(`awas-${widget}`)!;
      expect(attributes(tag), widget).to.deep.equal(expected);
      if (widget === 'safe-exit') {
        // Its copy would be a button that needs the script: the tag stays empty, the mount keeps a plain exit link.
        expect(tag.childElementCount, widget).to.equal(0);
        expect(parseSnippet(await copySnippet(b, 'mount')).querySelector('[data-awas-widget] > p > a')!.getAttribute('href')).to.match(/^https:/);
      } else {
        expect(tag.getAttribute('data-awas-content'), widget).to.match(/^[a-z0-9]+$/);
        expect(copyIn(tag)!.className, widget).to.equal(`awas-pre awas-pre-${widget}`);
        expect(copyIn(tag)!.textContent!.trim().length, widget).to.be.greaterThan(100);
      }
      await waitUntil(() => previewWidget(b)?.localName === `awas-${widget}` && Object.keys(expected).every((k) => previewWidget(b)!.hasAttribute(k)), `preview of ${widget}`, { timeout: 5000 });
      const preview = previewWidget(b)!;
      await upgradedAndSettled(preview);
      const blank = await blankPage(snippet, byId<HTMLIFrameElement>(b, 'preview').clientWidth);
      await waitUntil(() => (blank.doc.querySelector(`awas-${widget}`) as HTMLElement | null)?.shadowRoot, `${widget} did not upgrade`, { timeout: 8000 });
      const el = blank.doc.querySelector(`awas-${widget}`) as HTMLElement & { updateComplete: Promise<unknown> };
      await upgradedAndSettled(el);
      expect(attributes(el), widget).to.deep.equal(attributes(preview));
      expect(visibleText(el), widget).to.equal(visibleText(preview));
      expect(visibleText(el).length, widget).to.be.greaterThan(10);
      if (widget !== 'safe-exit') expect(copyIn(el)!.getClientRects().length, `${widget}: the copy is hidden once the widget runs`).to.equal(0);
      expect(blank.errors(), widget).to.deep.equal([]);
    }
    // No iframe for the exit button: the page says why instead of offering code that cannot work.
    click(b, 'path-iframe');
    expect(byId(b, 'snippet-block').hidden).to.equal(true);
    expect(byId(b, 'snippet-none').textContent).to.equal(t('id', 'iframeNone'));
    expectOnlyOwnRequests(b);
  });

  it('makes an own content file, checked as it is typed, that the widget accepts through content-src with integrity', async () => {
    const b = await openBuilder();
    click(b, 'own-use');
    click(b, 'ed-add-item');
    const field = (path: string) => `ed-hotlines-0-${path}`;
    expect(b.doc.activeElement?.id, 'a new item puts the focus on its first field').to.equal(field('id'));
    type(b, field('id'), 'dinsos-contoh');
    type(b, field('text-id-name'), 'Dinas Sosial Contoh (data uji)');
    type(b, field('source-name'), 'Situs Dinas Sosial Contoh');
    type(b, field('source-url'), 'https://dinsos.contoh.invalid/');
    type(b, field('source-date'), '2026-11-01');
    type(b, field('checkedOn'), '2026-11-20');
    type(b, field('reviewBy'), '2027-05-20');
    // A value that is not a phone number: the widget's own check speaks up at that field, and there is no download.
    type(b, field('channels-0-value'), 'abc');
    expect(byId(b, `${field('channels-0-value')}-error`).textContent).to.contain(t('id', 'reason.phone'));
    expect(byId(b, field('channels-0-value')).getAttribute('aria-invalid')).to.equal('true');
    click(b, 'ed-confirm');
    expect(b.doc.getElementById('ed-download')).to.equal(null);
    type(b, field('channels-0-value'), '0370-000000');
    expect(byId(b, `${field('channels-0-value')}-error`).textContent).to.equal('');
    // Recording a call: one button fills today's date and asks who called; the card then says so on that number.
    click(b, `ed-called-hotlines-0-channels-0-calledOn`);
    const today = byId<HTMLInputElement>(b, field('channels-0-calledOn')).value;
    expect(today).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(b.doc.activeElement?.id, 'then the focus asks who called').to.equal(field('channels-0-calledBy'));
    type(b, field('channels-0-calledBy'), 'Tim Uji');
    expect(JSON.parse(byId(b, 'ed-json').textContent!).hotlines[0].channels[0]).to.deep.include({ calledOn: today, calledBy: 'Tim Uji' });
    await waitUntil(() => byId(b, 'ed-integrity').textContent!.startsWith('sha384-'), 'no integrity', { timeout: 5000 });
    const integrity = byId(b, 'ed-integrity').textContent!;
    const link = byId<HTMLAnchorElement>(b, 'ed-download');

    // The downloaded bytes are the shown JSON, and their hash is the integrity value.
    const file = await (await fetch(link.href)).arrayBuffer();
    const json = new TextDecoder().decode(file);
    expect(json).to.equal(byId(b, 'ed-json').textContent);
    expect(await sha384(file)).to.equal(integrity);
    expect(JSON.parse(json)).to.deep.include({ merge: true });
    expect(link.getAttribute('download')).to.equal('konten-awas.json');

    // Upload it (here: the test server's echo route) and put its address into the builder.
    const address = `${location.origin}/__test/echo?body=${encodeURIComponent(json)}`;
    type(b, 'content-src', address);
    type(b, 'base', RAW_BASE);
    const snippet = await copySnippet(b, 'script');
    const tag = new DOMParser().parseFromString(snippet, 'text/html').querySelector('awas-hotline-card')!;
    expect(tag.getAttribute('content-src')).to.equal(address);
    expect(tag.getAttribute('content-integrity')).to.equal(integrity);
    // The copy is of the author's content: the own hotline and its number are readable before the file arrives.
    expect(copyIn(tag)!.textContent).to.contain('Dinas Sosial Contoh');
    expect(telLinks(copyIn(tag)!)).to.include('tel:+62370000000');
    expect(tag.getAttribute('data-awas-content')).to.equal(contentVersion(JSON.parse(json)));

    await waitUntil(() => previewWidget(b) && visibleText(previewWidget(b)!).includes('Dinas Sosial Contoh'), 'the preview does not show the own hotline', { timeout: 5000 });
    const preview = previewWidget(b)!;
    await upgradedAndSettled(preview);
    const blank = await blankPage(snippet, byId<HTMLIFrameElement>(b, 'preview').clientWidth);
    await waitUntil(() => {
      const el = blank.doc.querySelector('awas-hotline-card');
      return el?.shadowRoot && visibleText(el).includes('Dinas Sosial Contoh');
    }, 'the widget did not take the file through content-src', { timeout: 8000 });
    const widget = blank.doc.querySelector('awas-hotline-card') as HTMLElement & { updateComplete: Promise<unknown> };
    await upgradedAndSettled(widget);
    // The preview may still be redrawing after the last edit (a new preview document): compare with the current one.
    await waitUntil(() => previewWidget(b)?.isConnected && visibleText(previewWidget(b)!) === visibleText(widget), 'the widget and the preview differ', { timeout: 8000 }).catch(() => undefined);
    expect(visibleText(widget)).to.equal(visibleText(previewWidget(b) ?? preview));
    expect(visibleText(widget)).to.contain('(0370) 000-000');
    // The recorded call is told inside the entry's disclosure: open it as a reader would.
    for (const more of widget.shadowRoot!.querySelectorAll('details')) (more as HTMLDetailsElement).open = true;
    expect(visibleText(widget)).to.contain('oleh Tim Uji — tersambung');
    // No "stale snippet" either: the copy is of the file content-src brings. (Needs the content controller to compare
    // the copy with that file once it has arrived, not with the built-in content it shows meanwhile.)
    expect(blank.errors()).to.deep.equal([]);

    // The integrity value is meaningful: the same snippet over a changed file is refused.
    const tampered = snippet.replace(encodeURIComponent('data uji'), encodeURIComponent('data palsu'));
    expect(tampered).not.to.equal(snippet);
    const bad = await blankPage(tampered, 400);
    await waitUntil(() => bad.errors().some((e) => e.code === 'content-integrity'), 'a changed file was not refused', { timeout: 8000 });
    expect(visibleText(bad.doc.querySelector('awas-hotline-card')!)).not.to.contain('data palsu');

    expectOnlyOwnRequests(b);
  });

  it('does not copy code with the example address without saying so: an inline message and a second, deliberate button', async () => {
    const b = await openBuilder();
    const confirms: string[] = [];
    b.win.confirm = (message?: string) => (confirms.push(String(message)), true);
    const example = new URL(byId(b, 'snippet-code').textContent!.match(/src="([^"]+)"/)![1]).host;
    expect(example).to.equal('situs-anda.example');
    expect(byId(b, 'path-note').textContent).to.contain(t('id', 'placeholderNote', { host: example }));

    click(b, 'copy');
    expect(b.copies, 'nothing copied yet').to.deep.equal([]);
    expect(byId(b, 'copy-check').hidden).to.equal(false);
    expect(byId(b, 'copy-check-text').textContent).to.equal(t('id', 'copyCheck', { host: example }));
    expect(byId(b, 'copy-check-text').getAttribute('role')).to.equal('alert');
    click(b, 'copy-anyway');
    await waitUntil(() => b.copies.length === 1, 'the second button did not copy', { timeout: 5000 });
    expect(b.copies[0]).to.contain('https://situs-anda.example/awas/awas.js');
    await waitUntil(() => byId(b, 'copy-status').textContent === t('id', 'copiedExample', { base: 'https://situs-anda.example/awas/' }), 'no "example copied" message', { timeout: 5000 });
    expect(byId(b, 'copy-check').hidden).to.equal(true);

    // It asks every time, also for the iframe; "Isi Folder Awas" goes to the field.
    click(b, 'path-iframe');
    click(b, 'copy');
    expect(b.copies.length).to.equal(1);
    expect(byId(b, 'copy-check').hidden).to.equal(false);
    click(b, 'copy-fix');
    expect(b.doc.activeElement?.id).to.equal('base');
    expect(byId(b, 'copy-check').hidden).to.equal(true);

    // The mount and the shortcode hold no address: they copy at once.
    for (const path of ['mount', 'shortcode']) {
      click(b, `path-${path}`);
      expect(byId(b, 'path-note').textContent, path).not.to.contain(example);
      click(b, 'copy');
      expect(byId(b, 'copy-check').hidden, path).to.equal(true);
      await waitUntil(() => b.copies.length === (path === 'mount' ? 2 : 3), `${path} did not copy`, { timeout: 5000 });
    }

    // With the folder filled in, Copy copies at once and the note is gone.
    type(b, 'base', '/awas/');
    click(b, 'path-script');
    expect(byId(b, 'path-note').textContent).not.to.contain(example);
    click(b, 'copy');
    expect(byId(b, 'copy-check').hidden).to.equal(true);
    await waitUntil(() => b.copies.length === 4, 'Copy did not copy', { timeout: 5000 });
    expect(b.copies[3]).to.contain('src="/awas/awas.js"');
    await waitUntil(() => byId(b, 'copy-status').textContent === t('id', 'copied'), 'no "copied" message', { timeout: 5000 });
    expect(confirms, 'no window.confirm').to.deep.equal([]);
  });

  it('explains CORS where awas.js is on another host, and drops integrity + crossorigin only by an explicit choice', async () => {
    const b = await openBuilder();
    // The same built file on another origin of the test server (which sends no CORS header): 127.0.0.1 vs localhost.
    const otherHost = `${location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1'}:${location.port}`;
    const crossBase = `${location.protocol}//${otherHost}${RAW_AWAS}#`;
    const cors = byId(b, 'cors');
    expect(cors.hidden, 'no note for the example address').to.equal(true);
    type(b, 'base', '/awas/');
    expect(cors.hidden, 'no note for a path on the same site').to.equal(true);
    type(b, 'base', crossBase);
    expect(cors.hidden).to.equal(false);
    expect(byId(b, 'cors-text').textContent).to.equal(t('id', 'corsNote', { host: otherHost }));
    expect(byId(b, 'cors-text').textContent).to.contain('Access-Control-Allow-Origin');
    click(b, 'path-iframe');
    expect(cors.hidden, 'an iframe needs no CORS').to.equal(true);

    const pinned = await copySnippet(b, 'script');
    expect(cors.hidden).to.equal(false);
    const pinnedScript = parseSnippet(pinned).querySelector('script')!;
    expect(pinnedScript.getAttribute('integrity')).to.equal(byId(b, 'sri').textContent);
    expect(pinnedScript.getAttribute('crossorigin')).to.equal('anonymous');

    // What the note says: without CORS headers the browser refuses the pinned script; the copy still reads and calls.
    const refused = await blankPage(pinned, 400);
    await waitUntil(() => refused.failed().length === 1, 'the browser loaded a crossorigin script without CORS headers', { timeout: 8000 });
    expect(refused.win.customElements.get('awas-hotline-card')).to.equal(undefined);
    expect(copyIn(refused.doc)!.checkVisibility()).to.equal(true);
    expect(refused.doc.querySelector<HTMLElement>('a[href="tel:08001000"]')!.getBoundingClientRect().height).to.be.at.least(44);

    // The explicit choice: no integrity, no crossorigin, the same src, and the script then runs.
    click(b, 'unpin');
    const unpinned = await copySnippet(b, 'script');
    const script = parseSnippet(unpinned).querySelector('script')!;
    expect(script.hasAttribute('integrity')).to.equal(false);
    expect(script.hasAttribute('crossorigin')).to.equal(false);
    expect(script.getAttribute('src')).to.equal(pinnedScript.getAttribute('src'));
    const runs = await blankPage(unpinned, 400);
    await waitUntil(() => (runs.doc.querySelector('awas-hotline-card') as HTMLElement | null)?.shadowRoot?.childElementCount, 'the unpinned script did not run', { timeout: 8000 });
    expect(runs.failed()).to.deep.equal([]);

    // A path on the same site keeps the pin whatever was ticked; the quick-exit button refused by CORS shows nothing.
    type(b, 'base', '/awas/');
    expect(parseSnippet(await copySnippet(b, 'script')).querySelector('script')!.getAttribute('integrity')).to.equal(byId(b, 'sri').textContent);
    type(b, 'base', crossBase);
    click(b, 'unpin');
    click(b, 'widget-safe-exit');
    const exit = await blankPage(await copySnippet(b, 'script'), 400);
    await waitUntil(() => exit.failed().length === 1, 'the exit script was not refused', { timeout: 8000 });
    expect(exit.doc.querySelector('awas-safe-exit')!.getBoundingClientRect().height, 'nothing shows in its place').to.equal(0);
  });

  it('keeps the preview one tap away from any field at 360 px, and the way back returns to that field', async () => {
    const b = await openBuilder(360);
    const bar = byId(b, 'to-preview');
    const fields = Array.from(b.doc.querySelectorAll<HTMLElement>('#form input, #form select, #form textarea')).filter((f) => f.checkVisibility());
    expect(fields.length).to.be.greaterThan(10);
    for (const field of fields) {
      field.focus();
      const view = b.win.innerHeight;
      const box = bar.getBoundingClientRect();
      const at = b.doc.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(box.top >= 0 && box.bottom <= view && box.height >= 44, `#${field.id}: the button is on screen`).to.equal(true);
      expect(at === bar || bar.contains(at), `#${field.id}: nothing covers the button`).to.equal(true);
      const own = field.getBoundingClientRect();
      expect(own.bottom <= box.top - 4 || own.top >= box.bottom, `#${field.id} is not under the button`).to.equal(true);
    }
    const last = byId(b, 'heading');
    last.focus();
    click(b, 'to-preview');
    expect(b.doc.activeElement?.id).to.equal('side');
    const preview = byId(b, 'preview').getBoundingClientRect();
    expect(preview.top >= 0 && preview.top < b.win.innerHeight, 'the preview is in view').to.equal(true);
    click(b, 'back-to-form');
    expect(b.doc.activeElement?.id).to.equal('heading');
    const back = last.getBoundingClientRect();
    expect(back.top >= 0 && back.bottom <= b.win.innerHeight).to.equal(true);

    // Two columns: the preview is beside the form, no bar.
    const wide = await openBuilder(1280);
    expect(wide.win.getComputedStyle(byId(wide, 'to-preview-bar')).display).to.equal('none');
  });

  it('works at 360 px without sideways scrolling, with the editor open too', async () => {
    const b = await openBuilder(360);
    expect(b.doc.documentElement.scrollWidth).to.be.at.most(360);
    click(b, 'own-use');
    click(b, 'ed-add-item');
    click(b, 'ed-add-hotlines-0-channels');
    expect(b.doc.documentElement.scrollWidth).to.be.at.most(360);
    click(b, 'widget-scam-carousel');
    click(b, 'ed-add-item');
    expect(b.doc.documentElement.scrollWidth).to.be.at.most(360);
  });

  it('switches to English and back without losing the choices', async () => {
    const b = await openBuilder();
    click(b, 'widget-risk-quiz');
    click(b, 'ui-switch');
    expect(b.doc.documentElement.lang).to.equal('en');
    expect(b.doc.title).to.equal('Awas snippet builder');
    expect(b.doc.querySelector('label[for="widget-risk-quiz"]')!.textContent).to.equal('Risk quiz');
    expect(byId<HTMLInputElement>(b, 'widget-risk-quiz').checked).to.equal(true);
    expect(b.doc.activeElement?.id).to.equal('ui-switch');
    expect(new URL(b.win.location.href).searchParams.get('ui')).to.equal('en');
    expect((b.doc.querySelector('[data-ui="en"]') as HTMLElement).hidden).to.equal(false);
    expect((b.doc.querySelector('[data-ui="id"]') as HTMLElement).hidden).to.equal(true);
    click(b, 'ui-switch');
    expect(b.doc.documentElement.lang).to.equal('id');
    expect(b.doc.querySelector('label[for="widget-risk-quiz"]')!.textContent).to.equal('Kuis risiko');
  });

  it('labels every control and passes axe (WCAG 2.2 A/AA), also with the content editor open', async () => {
    const b = await openBuilder();
    click(b, 'own-use');
    click(b, 'ed-add-item');
    for (const control of Array.from(b.doc.querySelectorAll<HTMLInputElement>('input, select, textarea'))) {
      const named = (control.labels?.length ?? 0) > 0 || control.hasAttribute('aria-label');
      expect(named, `#${control.id} has a label`).to.equal(true);
    }
    for (const button of Array.from(b.doc.querySelectorAll('button'))) expect((button.getAttribute('aria-label') ?? button.textContent ?? '').trim(), button.id).not.to.equal('');
    const script = b.doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const ready = new Promise((r) => script.addEventListener('load', r, { once: true }));
    b.doc.head.append(script);
    await ready;
    const axe = (b.win as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const result = await axe.run(b.doc, { iframes: false, runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal([]);
  });
});
