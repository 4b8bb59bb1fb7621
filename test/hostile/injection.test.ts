/**
 * Injection corpus (test/hostile/corpus/payloads.mjs, OWASP filter-evasion style) against the built dist/awas.js:
 * every payload through every attribute of every widget (as a tag and through a data-awas-widget mount), and through
 * every text, URL, id, date and key field of content (light DOM, inline JSON, content-src).
 * Promises checked after every batch:
 * - zero executions (trap.js traps alert/confirm/prompt/print/__xss in the page, and so does the top window);
 * - no uncaught exception;
 * - nothing in any shadow root but the elements the templates contain, no event-handler attribute;
 * - every href/src passes the URL allowlist; no bidi-override or control character in rendered text;
 * - the widget is never blank;
 * - no request leaves for anything but the test server and the blackhole host of the corpus.
 */
import { expect } from '@open-wc/testing';
import { FIELDS, chunks, corpusPack, type Collection } from './corpus/packs.mjs';
import { PAYLOADS } from './corpus/payloads.mjs';
import { audit } from './helpers/audit.js';
import { TAGS, figures, openPage, recordNetwork, settle, trapTopWindow, until, type HostPage, type RecordedRequest } from './helpers/frame.js';

const WIDGET_OF: Record<Collection, string> = {
  hotlines: 'awas-hotline-card',
  questions: 'awas-risk-quiz',
  examples: 'awas-scam-carousel',
  stats: 'awas-stats-ticker',
};
/** Attributes that make each content widget show all of its content (all flags, all items). */
const SHOW_ALL: Record<string, Record<string, string>> = {
  'awas-risk-quiz': { mode: 'list' },
  'awas-scam-carousel': { reveal: 'always' },
};
const CHUNK = 50;
/** Widgets whose rendering is awaited together (see renderAll). */
const SETTLE_BATCH = 24;
/**
 * While one attribute gets the payloads, the others stay at their defaults, except that the widgets with long
 * default content show one item (a valid selection), so 311 fresh renders per attribute stay fast. The selection
 * attribute itself gets the payloads without this.
 */
const NARROW: Record<string, [string, string]> = {
  'awas-hotline-card': ['hotlines', 'kp2mi'],
  'awas-scam-carousel': ['examples', 'cs-kamboja'],
  'awas-stats-ticker': ['stats', 'kemlu-online-scam'],
};
/**
 * Mounts are a second door to the same attributes: every attribute gets a third of the corpus (every third payload)
 * plus every event-handler, name and CSS payload.
 */
const MOUNT_PAYLOADS = PAYLOADS.filter((p, i) => i % 3 === 0 || ['handler', 'names', 'css'].includes(p.kind));
const started = performance.now();
function lap(label: string): void {
  console.log(`[hostile timing] ${label}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

let page: HostPage;
let top: ReturnType<typeof trapTopWindow>;
let stopNetwork: () => Promise<RecordedRequest[]>;
const counts = { vcards: 0, renders: 0, attributeRenders: 0, mountRenders: 0, lightDomLinks: 0, inlinePacks: 0, contentSrcPacks: 0, itemsRendered: 0 };

/** Fail with the first problems found, naming the payloads. */
function expectClean(problems: string[], what: string): void {
  expect(problems.slice(0, 8), `${what}: ${problems.length} problems`).to.deep.equal([]);
}

/** After a batch: no execution anywhere, no uncaught exception. */
function expectNoExecution(what: string): void {
  const { executions, errors } = page.record;
  expect(executions.map((e) => `${e.name}(${e.args.join(',')}) ${e.stack.split('\n').slice(1, 3).join(' ')}`), `${what}: executions`).to.deep.equal([]);
  expect(errors.slice(0, 5), `${what}: uncaught errors`).to.deep.equal([]);
  expect(top.count(), `${what}: executions in the top window`).to.equal(0);
}

async function renderAll(elements: Element[], container: HTMLElement): Promise<void> {
  // Not displayed: the same DOM is rendered, without laying out thousands of widgets.
  container.hidden = true;
  page.doc.body.append(container);
  // Settled in turns, in the order their content-src requests queue: each element's time limit then counts from
  // its own turn, not from the moment a few hundred requests were queued at once (a busy CI machine ran past 10 s).
  for (let i = 0; i < elements.length; i += SETTLE_BATCH) await Promise.all(elements.slice(i, i + SETTLE_BATCH).map((el) => settle(el)));
  counts.renders += elements.length;
}

/** The attributes of a widget: what it observes, which includes every attribute in custom-elements.json. */
function attributesOf(tag: string): string[] {
  const ctor = page.win.customElements.get(tag) as unknown as { observedAttributes: string[] };
  return ctor.observedAttributes;
}

/** Answer every question with its first button ("Ya") and submit, so the result shows every flag and source. */
async function finishQuiz(quiz: Element): Promise<void> {
  const root = quiz.shadowRoot!;
  const groups = Array.from(root.querySelectorAll('.answers'));
  for (const group of groups) (group.querySelector('button') as HTMLButtonElement).click();
  await settle(quiz);
  (root.querySelector('.submit') as HTMLButtonElement | null)?.click();
  await settle(quiz);
}

describe('hostile: injection corpus against dist/awas.js', function () {
  this.timeout(120000);

  before(async () => {
    top = trapTopWindow();
    stopNetwork = await recordNetwork();
    page = await openPage('/test/hostile/pages/blank.html');
  });

  after(async () => {
    page?.close();
    top?.restore();
  });

  it('the traps work: an executed payload and a bad rendering are caught (controls)', async () => {
    const img = page.doc.createElement('img');
    img.setAttribute('onerror', 'alert("control")');
    img.setAttribute('src', 'data:,not-an-image');
    page.doc.body.append(img);
    await until(() => page.record.executions.length, 'the control payload to run');
    expect(page.record.executions.map((e) => e.name)).to.deep.equal(['alert']);
    page.record.executions.length = 0;
    img.remove();

    const host = page.doc.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const link = page.doc.createElement('a');
    link.setAttribute('href', ' javascript:alert(1)');
    link.textContent = '\u202Eevil';
    root.append(link, page.doc.createElement('iframe'));
    const problems = audit(host);
    expect(problems.join('\n')).to.contain('unexpected element <iframe>').and.contain('javascript').and.contain('U+202E');
  });

  it(`has at least 150 payloads of every kind the issue lists (${PAYLOADS.length})`, () => {
    expect(PAYLOADS.length).to.be.at.least(150);
    const kinds = new Set(PAYLOADS.map((p) => p.kind));
    for (const kind of ['script', 'handler', 'url', 'url-variant', 'svg', 'template', 'long', 'bidi', 'nul', 'encoding']) expect(kinds, kind).to.include(kind);
  });

  for (const tag of TAGS) {
    it(`every payload in every attribute of <${tag}>`, async () => {
      const attributes = attributesOf(tag);
      expect(attributes.length, 'observed attributes').to.be.greaterThan(3);
      const problems: string[] = [];
      for (const attribute of attributes) {
        const container = page.doc.createElement('div');
        const narrow = NARROW[tag];
        const elements = PAYLOADS.map((p) => {
          const el = page.doc.createElement(tag);
          if (narrow && narrow[0] !== attribute) el.setAttribute(narrow[0], narrow[1]);
          el.setAttribute(attribute, p.value);
          el.dataset.payload = String(p.id);
          container.append(el);
          return el;
        });
        await renderAll(elements, container);
        counts.attributeRenders += elements.length;
        for (const el of elements) problems.push(...audit(el).map((p) => `${attribute}=payload #${el.getAttribute('data-payload')}: ${p}`));
        expectNoExecution(`<${tag} ${attribute}>`);
        container.remove();
      }
      lap(`<${tag}> attributes`);
      expectClean(problems, `<${tag}> attributes`);
    });
  }

  it(`${MOUNT_PAYLOADS.length} payloads in every data-* attribute of every mount, and every payload as the widget name`, async () => {
    const problems: string[] = [];
    for (const tag of TAGS) {
      const name = tag.replace('awas-', '');
      for (const attribute of [...attributesOf(tag), 'onclick', 'awas-widget-x']) {
        const container = page.doc.createElement('div');
        const narrow = NARROW[tag];
        const mounts = MOUNT_PAYLOADS.map((p) => {
          const mount = page.doc.createElement('div');
          mount.setAttribute('data-awas-widget', name);
          if (narrow && narrow[0] !== attribute) mount.setAttribute(`data-${narrow[0]}`, narrow[1]);
          mount.setAttribute(`data-${attribute}`, p.value);
          mount.dataset.payload = String(p.id);
          container.append(mount);
          return mount;
        });
        container.hidden = true;
        page.doc.body.append(container);
        // The page watcher upgrades added mounts from a MutationObserver callback.
        await until(() => mounts.every((m) => m.shadowRoot?.firstElementChild), `${name} data-${attribute}: mounts upgraded`);
        const widgets = mounts.map((m) => m.shadowRoot?.firstElementChild ?? null);
        const missing = widgets.filter((w) => !w).length;
        expect(missing, `${name} data-${attribute}: mounts not upgraded`).to.equal(0);
        await Promise.all(widgets.map((w) => settle(w!)));
        counts.mountRenders += widgets.length;
        for (const [i, mount] of mounts.entries()) {
          if (mount.shadowRoot!.children.length !== 1) problems.push(`${name} data-${attribute} #${mount.dataset.payload}: mount shadow root has ${mount.shadowRoot!.children.length} children`);
          const widget = widgets[i]!;
          if (widget.localName !== tag) problems.push(`${name}: mount rendered <${widget.localName}>`);
          if (/^on/.test(attribute) && widget.hasAttribute(attribute)) problems.push(`${name}: data-${attribute} became an attribute`);
          problems.push(...audit(widget).map((p) => `${name} data-${attribute} #${mount.dataset.payload}: ${p}`));
        }
        expectNoExecution(`mount ${name} data-${attribute}`);
        container.remove();
      }
    }
    // The widget name itself: only the five names upgrade, nothing else renders. A real mount last (the control): once
    // the page watcher has upgraded it, it has seen every mount before it.
    const container = page.doc.createElement('div');
    const mounts = PAYLOADS.map((p) => {
      const mount = page.doc.createElement('div');
      mount.setAttribute('data-awas-widget', p.value);
      container.append(mount);
      return mount;
    });
    const control = page.doc.createElement('div');
    control.setAttribute('data-awas-widget', 'hotline-card');
    container.append(control);
    page.doc.body.append(container);
    await until(() => control.shadowRoot?.firstElementChild, 'the control mount upgraded');
    for (const mount of mounts) if (mount.shadowRoot) problems.push(`data-awas-widget="${mount.getAttribute('data-awas-widget')!.slice(0, 40)}" was upgraded`);
    expectNoExecution('mount names');
    container.remove();
    lap('mounts');
    expectClean(problems, 'mounts');
  });

  it('every payload as the href and text of the links inside <awas-hotline-card> and <awas-safe-exit>, and as text in the others', async () => {
    const problems: string[] = [];
    const doc = page.doc;
    const hrefs = (p: string) => [p, `tel:${p}`, `sms:${p}`, `mailto:${p}`, `https://wa.me/${p}`, `https://127.0.0.1:9/${p}`];
    for (const chunk of chunks(CHUNK)) {
      const container = doc.createElement('div');
      const card = doc.createElement('awas-hotline-card');
      const list = doc.createElement('ul');
      for (const p of chunk) {
        for (const href of hrefs(p.value)) {
          const li = doc.createElement('li');
          li.append(doc.createTextNode(p.value));
          const a = doc.createElement('a');
          a.setAttribute('href', href);
          a.textContent = `${p.value} 0800-1000`;
          li.append(a);
          list.append(li);
          // A bare link too (its own entry, named from its text).
          const bare = doc.createElement('a');
          bare.setAttribute('href', href);
          bare.textContent = p.value;
          card.append(bare);
          counts.lightDomLinks += 2;
        }
      }
      card.append(list);
      container.append(card);
      const exits = chunk.map((p) => {
        const exit = doc.createElement('awas-safe-exit');
        const a = doc.createElement('a');
        a.setAttribute('href', p.value);
        a.textContent = p.value;
        exit.append(a);
        container.append(exit);
        counts.lightDomLinks += 1;
        return exit;
      });
      const others = chunk.flatMap((p) =>
        ['awas-risk-quiz', 'awas-scam-carousel', 'awas-stats-ticker'].map((tag) => {
          const el = doc.createElement(tag);
          const para = doc.createElement('p');
          para.textContent = p.value;
          el.append(para);
          container.append(el);
          return el;
        }),
      );
      await renderAll([card, ...exits, ...others], container);
      for (const el of [card, ...exits, ...others]) problems.push(...audit(el).map((p) => `light DOM: ${p}`));
      for (const exit of exits) {
        const href = (exit as unknown as { exitHref: string }).exitHref;
        if (!/^https?:\/\/[^/@\s]+/.test(href)) problems.push(`safe-exit would leave for "${href.slice(0, 80)}"`);
      }
      counts.itemsRendered += card.shadowRoot!.querySelectorAll('.entry').length;
      expectNoExecution('light DOM');
      container.remove();
    }
    lap('light DOM');
    expectClean(problems, 'light DOM');
  });

  it('saved contacts (vCard) keep one property per line, whatever the name and source of a hotline', async () => {
    const win = page.win as unknown as { URL: typeof URL; HTMLAnchorElement: typeof HTMLAnchorElement };
    const blobs: Blob[] = [];
    const createObjectURL = win.URL.createObjectURL;
    const click = win.HTMLAnchorElement.prototype.click;
    // Capture the file instead of downloading it.
    win.URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:captured');
    win.HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (!this.hasAttribute('download')) click.call(this);
    };
    let saved = 0;
    try {
      for (const field of ['text.id.name', 'source.name']) {
        for (const chunk of chunks(CHUNK)) {
          const container = page.doc.createElement('div');
          const card = page.doc.createElement('awas-hotline-card');
          const script = page.doc.createElement('script');
          script.type = 'application/json';
          script.textContent = JSON.stringify(corpusPack('hotlines', field, chunk));
          card.append(script);
          container.append(card);
          await renderAll([card], container);
          const buttons = Array.from(card.shadowRoot!.querySelectorAll('button.save')) as HTMLButtonElement[];
          buttons.forEach((b) => b.click());
          saved += buttons.length;
          container.remove();
        }
      }
    } finally {
      win.URL.createObjectURL = createObjectURL;
      win.HTMLAnchorElement.prototype.click = click;
    }
    expect(saved, 'contacts saved').to.be.greaterThan(100);
    expect(blobs.length).to.equal(saved);
    // vCard lines end with CRLF; a CR or LF inside a value would start a new property (e.g. another TEL).
    const property = /^(BEGIN:VCARD|VERSION:3\.0|FN:[^\r\n]*|ORG:[^\r\n]*|TEL;TYPE=(VOICE|CELL):\+?\d+|URL:https?:\/\/\S+|EMAIL:\S+|NOTE:[^\r\n]*|END:VCARD)$/;
    const problems: string[] = [];
    for (const blob of blobs) {
      const lines = (await blob.text()).split('\r\n');
      if (lines.pop() !== '') problems.push('vCard does not end with CRLF');
      for (const line of lines) if (!property.test(line)) problems.push(`vCard line ${JSON.stringify(line.slice(0, 80))}`);
      // Our test hotline (its web link identifies it) has exactly three numbers: phone, WhatsApp, SMS.
      const tels = lines.filter((l) => l.startsWith('TEL'));
      if (lines.includes('URL:https://127.0.0.1:9/web') && tels.length !== 3) problems.push(`vCard has ${tels.length} TEL lines instead of 3`);
    }
    counts.vcards = saved;
    expectNoExecution('vCard');
    expectClean(problems, 'vCard');
  });

  /** One widget per (collection, field, chunk) with the pack given by `attach`. */
  async function contentRun(label: string, attach: (el: HTMLElement, collection: Collection, field: string, chunk: number) => void): Promise<string[]> {
    const problems: string[] = [];
    const packs = chunks(CHUNK);
    for (const collection of Object.keys(FIELDS) as Collection[]) {
      const tag = WIDGET_OF[collection];
      const container = page.doc.createElement('div');
      const elements: HTMLElement[] = [];
      for (const field of FIELDS[collection]) {
        packs.forEach((_, chunk) => {
          const el = page.doc.createElement(tag);
          for (const [name, value] of Object.entries(SHOW_ALL[tag] ?? {})) el.setAttribute(name, value);
          el.dataset.field = `${collection}.${field}#${chunk}`;
          attach(el, collection, field, chunk);
          container.append(el);
          elements.push(el);
        });
      }
      await renderAll(elements, container);
      if (tag === 'awas-risk-quiz') for (const el of elements) await finishQuiz(el);
      for (const el of elements) {
        problems.push(...audit(el).map((p) => `${label} ${el.dataset.field}: ${p}`));
        counts.itemsRendered += el.shadowRoot!.querySelectorAll('.entry, .slide, .card, .flag').length;
      }
      expectNoExecution(`${label} ${collection}`);
      container.remove();
      lap(`${label} ${collection}`);
    }
    return problems;
  }

  it('every payload in every field of content given as inline JSON', async () => {
    const packs = chunks(CHUNK);
    const problems = await contentRun('inline JSON', (el, collection, field, chunk) => {
      const script = page.doc.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(corpusPack(collection, field, packs[chunk]));
      el.append(script);
      counts.inlinePacks += 1;
    });
    expectClean(problems, 'inline JSON');
  });

  it('every payload as the whole inline JSON text', async () => {
    const container = page.doc.createElement('div');
    const elements = PAYLOADS.flatMap((p) =>
      Object.values(WIDGET_OF).map((tag) => {
        const el = page.doc.createElement(tag);
        const script = page.doc.createElement('script');
        script.type = 'application/json';
        script.textContent = p.value;
        el.append(script);
        container.append(el);
        return el;
      }),
    );
    await renderAll(elements, container);
    counts.inlinePacks += elements.length;
    const problems = elements.flatMap((el) => audit(el));
    expectNoExecution('raw inline JSON');
    container.remove();
    lap('raw inline JSON');
    expectClean(problems, 'raw inline JSON');
  });

  it('every payload in every field of content loaded with content-src', async () => {
    const problems = await contentRun('content-src', (el, collection, field, chunk) => {
      el.setAttribute('content-src', `/__hostile/pack?c=${collection}&f=${encodeURIComponent(field)}&chunk=${chunk}&size=${CHUNK}`);
      counts.contentSrcPacks += 1;
    });
    expectClean(problems, 'content-src');
  });

  it('sent no request anywhere but the test server and the corpus blackhole (127.0.0.1:9)', async () => {
    const requests = await stopNetwork();
    const origin = location.origin;
    const elsewhere = requests.filter((r) => !r.url.startsWith(origin) && !r.url.startsWith('https://127.0.0.1:9/') && !r.url.startsWith('http://127.0.0.1:9/') && !r.url.startsWith('data:'));
    expect(elsewhere.map((r) => r.url.slice(0, 100))).to.deep.equal([]);
    const fields = Object.values(FIELDS).reduce((n, f) => n + f.length, 0);
    await figures('injection', {
      payloads: PAYLOADS.length,
      mountPayloads: MOUNT_PAYLOADS.length,
      contentFields: fields,
      widgetRenders: counts.renders,
      attributeRenders: counts.attributeRenders,
      mountRenders: counts.mountRenders,
      lightDomLinks: counts.lightDomLinks,
      inlinePacks: counts.inlinePacks,
      contentSrcPacks: counts.contentSrcPacks,
      itemsRendered: counts.itemsRendered,
      vcards: counts.vcards,
      requests: requests.length,
      executions: page.record.executions.length,
    });
  });
});
