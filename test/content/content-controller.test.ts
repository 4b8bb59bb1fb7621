import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { clearContentCache, contentFetchSettings } from '../../src/content/fetch.js';
import { TestNotes, titles } from '../helpers/notes-element.js';
import { note } from '../helpers/notes-spec.js';
import { resetLogged } from '../helpers/console.js';
import { renderCollecting } from '../helpers/render.js';

function echo(pack: unknown): string {
  return `/__test/echo?body=${encodeURIComponent(JSON.stringify(pack))}`;
}

async function sha(algorithm: string, text: string): Promise<string> {
  const digest = await crypto.subtle.digest(algorithm, new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** Render a test-notes widget, collecting its awas-error codes and console output until done(). */
const render = (template: ReturnType<typeof html> | string) => renderCollecting<TestNotes>(template, { until: 'done' });

describe('content/ContentController', () => {
  beforeEach(() => {
    clearContentCache();
    resetLogged();
  });

  it('shows the bundled defaults without any request', async () => {
    const { el, codes, done } = await render(html`<test-notes></test-notes>`);
    done();
    expect(titles(el)).to.deep.equal(['Default one', 'Default two']);
    expect(codes).to.deep.equal([]);
  });

  it('replaces defaults with content-src, then inline JSON wins over it, then light DOM wins over both', async () => {
    const src = echo({ stats: [note('s1', 'From src')] });
    const { el, done } = await render(html`<test-notes content-src=${src}></test-notes>`);
    await waitUntil(() => titles(el)[0] === 'From src');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ stats: [note('i1', 'Inline')] });
    el.append(script);
    await waitUntil(() => titles(el)[0] === 'Inline');
    const p = document.createElement('p');
    p.className = 'note';
    p.textContent = 'Written on the page';
    el.append(p);
    await waitUntil(() => titles(el)[0] === 'Written on the page');
    done();
    expect(titles(el)).to.deep.equal(['Written on the page']);
  });

  it('merges by id when the pack says "merge": true', async () => {
    const src = echo({ merge: true, stats: [note('d2', 'Changed two'), note('n3', 'New three')] });
    const { el, done } = await render(html`<test-notes content-src=${src}></test-notes>`);
    await waitUntil(() => titles(el).length === 3);
    done();
    expect(titles(el)).to.deep.equal(['Default one', 'Changed two', 'New three']);
  });

  it('keeps the defaults on screen and fires a distinct code for each content-src fault', async () => {
    const cases: [string, string][] = [
      ['/__test/status/404', 'content-http'],
      ['/__test/status/500', 'content-http'],
      ['/__test/truncated', 'content-json'],
      ['/__test/not-json', 'content-json'],
      ['/__test/oversize', 'content-too-large'],
      ['/__test/redirect-cross', 'content-redirect'],
      ['http://example.invalid/pack.json', 'content-insecure'],
      ['javascript:alert(1)', 'content-src-invalid'],
      ['https://127.0.0.1:1/unreachable.json', 'content-unreachable'],
    ];
    for (const [src, code] of cases) {
      const { el, codes, done } = await render(html`<test-notes content-src=${src}></test-notes>`);
      await waitUntil(() => codes.length > 0 && !el.content.loading, `no error for ${src}`, { timeout: 5000 });
      done();
      expect(codes, src).to.deep.equal([code]);
      expect(titles(el), src).to.deep.equal(['Default one', 'Default two']);
    }
  });

  it('gives up after the timeout', async () => {
    const saved = contentFetchSettings.timeoutMs;
    contentFetchSettings.timeoutMs = 300;
    try {
      const { el, codes, done } = await render(html`<test-notes content-src="/__test/slow?ms=1500"></test-notes>`);
      await waitUntil(() => codes.length > 0, 'no timeout', { timeout: 3000 });
      done();
      expect(codes).to.deep.equal(['content-timeout']);
      expect(titles(el)).to.deep.equal(['Default one', 'Default two']);
    } finally {
      contentFetchSettings.timeoutMs = saved;
    }
  });

  it('verifies content-integrity before using the content', async () => {
    const body = JSON.stringify({ stats: [note('s1', 'Signed')] });
    const src = echo(JSON.parse(body));
    const good = `sha384-${await sha('SHA-384', body)}`;
    const ok = await render(html`<test-notes content-src=${src} content-integrity=${good}></test-notes>`);
    await waitUntil(() => titles(ok.el)[0] === 'Signed');
    ok.done();
    expect(ok.codes).to.deep.equal([]);

    clearContentCache();
    const bad = `sha256-${await sha('SHA-256', body + ' ')}`;
    const tampered = await render(html`<test-notes content-src=${src} content-integrity=${bad}></test-notes>`);
    await waitUntil(() => tampered.codes.length > 0);
    tampered.done();
    expect(tampered.codes).to.deep.equal(['content-integrity']);
    expect(titles(tampered.el)).to.deep.equal(['Default one', 'Default two']);

    clearContentCache();
    const malformed = await render(html`<test-notes content-src=${src} content-integrity="md5-abc"></test-notes>`);
    await waitUntil(() => malformed.codes.length > 0);
    malformed.done();
    expect(malformed.codes).to.deep.equal(['content-integrity']);
  });

  it('makes one request for many widgets with the same content-src', async () => {
    const name = `shared-once-${Math.random().toString(36).slice(2)}`;
    const src = echo({ stats: [note('s1', 'Shared')] }) + `&n=${name}`;
    const all: TestNotes[] = [];
    for (let i = 0; i < 3; i++) {
      const { el, done } = await render(html`<test-notes content-src=${src}></test-notes>`);
      done();
      all.push(el);
    }
    await waitUntil(() => all.every((n) => titles(n)[0] === 'Shared'));
    const hits = await (await fetch('/__test/hits')).json();
    expect(hits[`echo#${name}`]).to.equal(1);
  });

  it('reports invalid inline JSON, empty lists and invalid items, keeping what is valid', async () => {
    const { el, codes, logs, done } = await render(`<test-notes><script type="application/json">{"stats": [</script></test-notes>`);
    expect(titles(el)).to.deep.equal(['Default one', 'Default two']);
    expect(codes).to.deep.equal(['content-json']);
    el.querySelector('script')!.textContent = JSON.stringify({ stats: [] });
    await waitUntil(() => codes.length === 2);
    expect(codes[1]).to.equal('content-empty');
    el.querySelector('script')!.textContent = JSON.stringify({ stats: [note('ok', 'Valid'), { id: 'bad' }] });
    await waitUntil(() => titles(el)[0] === 'Valid');
    done();
    expect(codes[2]).to.equal('content-invalid');
    expect(logs.warn.some((m) => m.includes('stats[1].source is required'))).to.equal(true);
  });

  it('warns about items past reviewBy but keeps showing them', async () => {
    const pack = { stats: [note('old', 'Old but shown', { reviewBy: '2020-01-01' })] };
    const { el, codes, logs, done } = await render(`<test-notes><script type="application/json">${JSON.stringify(pack)}</script></test-notes>`);
    done();
    expect(titles(el)).to.deep.equal(['Old but shown']);
    expect(codes).to.deep.equal(['stale-content']);
    expect(logs.warn.filter((m) => m.includes('due for review'))).to.have.length(1);
  });

  it('stops observing when removed and ignores a response for a src that was replaced', async () => {
    // The answer brings a note: a widget that took it would show it.
    const src = `/__test/slow?ms=300&body=${encodeURIComponent(JSON.stringify({ stats: [note('late', 'Late')] }))}`;
    const { el, done } = await render(html`<test-notes content-src=${src}></test-notes>`);
    el.contentSrc = undefined;
    await el.updateComplete;
    // A second widget on the same address shares the request (src/content/fetch.ts): once it shows the answer, the
    // first widget's handler, attached earlier to the same promise, has run (and ignored it).
    const witness = await fixture<TestNotes>(html`<test-notes content-src=${src}></test-notes>`);
    await waitUntil(() => titles(witness)[0] === 'Late', 'the shared answer did not arrive');
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Default one', 'Default two']);
    el.remove();
    done();
  });
});
