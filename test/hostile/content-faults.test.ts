/**
 * content-src faults against the built dist/awas.js, for every widget that takes content: each fault leaves the
 * default content on screen (exactly what the widget shows without content-src) and fires awas-error with the code
 * of its kind of fault, and a message that tells the cases apart (the HTTP status, the reason).
 * "http on an https page" runs on a real https page (test/hostile/server/hostile-server.mjs, httpsCheck).
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { audit, shadowText } from './helpers/audit.js';
import { figures, openPage, settle, until, type HostPage } from './helpers/frame.js';

const WIDGETS = ['awas-hotline-card', 'awas-risk-quiz', 'awas-scam-carousel', 'awas-stats-ticker'];
const echo = (body: string) => `/__test/echo?body=${encodeURIComponent(body)}`;
const VALID = JSON.stringify({ merge: true, hotlines: [] });

/** [fault, content-src, content-integrity, expected code]. */
const FAULTS: [string, string, string | null, string][] = [
  ['404', '/__test/status/404', null, 'content-http'],
  ['500', '/__test/status/500', null, 'content-http'],
  ['truncated JSON', '/__test/truncated', null, 'content-json'],
  ['not JSON (an HTML error page)', '/__test/not-json', null, 'content-json'],
  ['oversize (300 KB)', '/__test/oversize', null, 'content-too-large'],
  ['wrong integrity', echo(VALID), 'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'content-integrity'],
  ['malformed integrity', echo(VALID), 'md5-abc', 'content-integrity'],
  ['redirect to another origin', '/__test/redirect-cross', null, 'content-redirect'],
  ['http on another origin (this page is http)', 'http://127.0.0.1:9/pack.json', null, 'content-insecure'],
  ['not an http(s) address', 'javascript:alert(1)', null, 'content-src-invalid'],
  ['unreachable', 'https://127.0.0.1:9/pack.json', null, 'content-unreachable'],
  ['slow (past the 8 s timeout)', '/__test/slow?ms=9500', null, 'content-timeout'],
];

let page: HostPage;
const defaults = new Map<string, string>();
const counts = { faults: FAULTS.length + 1, widgets: 0 };

function snapshot(el: Element): string {
  const links = Array.from(el.shadowRoot!.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
  return `${shadowText(el)}\n${links.join('\n')}`;
}

describe('hostile: content-src faults with dist/awas.js', function () {
  this.timeout(40000);

  before(async () => {
    page = await openPage('/test/hostile/pages/blank.html');
    for (const tag of WIDGETS) {
      const el = page.doc.createElement(tag);
      page.doc.body.append(el);
      await settle(el);
      defaults.set(tag, snapshot(el));
      el.remove();
    }
  });

  after(async () => {
    page?.close();
    await figures('content-faults', counts);
  });

  it('every fault leaves the defaults on screen and fires awas-error with its code (all faults at once)', async () => {
    const results: { fault: string; tag: string; el: Element; events: { code: string; message: string }[]; expected: string }[] = [];
    for (const [fault, src, integrity, expected] of FAULTS) {
      for (const tag of WIDGETS) {
        const el = page.doc.createElement(tag);
        const events: { code: string; message: string }[] = [];
        el.addEventListener('awas-error', (e) => events.push((e as CustomEvent).detail));
        el.setAttribute('content-src', src);
        if (integrity) el.setAttribute('content-integrity', integrity);
        page.doc.body.append(el);
        results.push({ fault, tag, el, events, expected });
      }
    }
    counts.widgets += results.length;
    await until(() => results.every((r) => r.events.some((e) => e.code.startsWith('content-'))), 'an awas-error from every widget', 15000);
    await Promise.all(results.map((r) => settle(r.el)));
    const messages = new Set<string>();
    for (const { fault, tag, el, events, expected } of results) {
      const what = `${fault} <${tag}>`;
      expect(events.map((e) => e.code), what).to.deep.equal([expected]);
      expect(snapshot(el), `${what}: defaults on screen`).to.equal(defaults.get(tag));
      expect(audit(el), what).to.deep.equal([]);
      if (tag === 'awas-hotline-card') messages.add(`${events[0].code}: ${events[0].message.replace(/"[^"]*"/g, '"…"')}`);
    }
    // The code names the kind of fault; together with the message every case is told apart.
    expect(messages.size, [...messages].join('\n')).to.equal(FAULTS.length);
    expect(page.record.errors).to.deep.equal([]);
    expect(page.record.executions).to.deep.equal([]);
    // One console line per distinct problem on the page, however many widgets have it.
    const lines = page.record.console.filter((c) => c.text.includes('content-src'));
    expect(new Set(lines.map((l) => l.text)).size).to.equal(lines.length);
  });

  it('http content-src on an https page: refused before any request (content-insecure), defaults on screen', async () => {
    const result = await executeServerCommand<
      {
        href: string;
        secure: boolean;
        cards: Record<'sameHost' | 'otherHost' | 'control' | 'defaults', { text: string; links: string[] }>;
        awasErrors: { code: string; tag: string }[];
        errors: string[];
        executions: number;
        httpHits: number;
      },
      unknown
    >('hostile-https');
    counts.widgets += 4;
    expect(result.href).to.match(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    expect(result.secure, 'the https page is a secure context').to.equal(true);
    // Control: same-origin https content-src works on that page.
    expect(result.cards.control.text).to.contain('Layanan kontrol https');
    // The http cards keep the built-in content: the same as the card without content-src on that page.
    expect(result.cards.defaults.links).not.to.deep.equal([]);
    for (const card of [result.cards.sameHost, result.cards.otherHost]) expect(card).to.deep.equal(result.cards.defaults);
    expect(result.awasErrors.map((e) => e.code).sort()).to.deep.equal(['content-insecure', 'content-insecure']);
    expect(result.httpHits, 'requests that reached the http server').to.equal(0);
    expect(result.errors).to.deep.equal([]);
    expect(result.executions).to.equal(0);
  });
});
