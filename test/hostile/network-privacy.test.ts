/**
 * Network silence and privacy, against the built dist/awas.js. Every request of the page's frame is recorded through
 * the DevTools protocol (all request types: fetch, XHR, images, fonts, styles, beacons, prefetches, sockets).
 * - every widget (tags and mounts), used by the reader, no content-src: no request but the page and the script
 *   (and test/hostile/pages/trap.js, the test's own probe);
 * - the same page plus two widgets sharing one content-src: exactly one more request, for that file;
 * - no cookie and no storage entry is ever written (document.cookie, local/session storage, IndexedDB, Cache API,
 *   cookieStore, service workers: every write API is wrapped before the script loads, and the stores are read after).
 */
import { expect } from '@open-wc/testing';
import { figures, frames, openPage, recordNetwork, settle, until, type HostPage, type RecordedRequest } from './helpers/frame.js';

const SCRIPT_AND_PROBE = ['/test/hostile/pages/trap.js', '/dist/awas.js'];
const counts = { pages: 0, widgets: 0, requestsRecorded: 0 };

/** Render and use every widget like a reader would. */
async function use(page: HostPage): Promise<void> {
  const doc = page.doc;
  const mounts = Array.from(doc.querySelectorAll('[data-awas-widget]'));
  await until(() => mounts.every((m) => m.shadowRoot?.firstElementChild), 'mounts upgraded');
  const widgets = [...Array.from(doc.querySelectorAll('main > *')).filter((el) => el.localName.startsWith('awas-')), ...mounts.map((m) => m.shadowRoot!.firstElementChild!)];
  await Promise.all(widgets.map((w) => settle(w)));
  counts.widgets += widgets.length;
  const root = (id: string) => doc.getElementById(id)!.shadowRoot!;
  const quiz = doc.getElementById('quiz')!;
  for (let i = 0; i < 30 && !root('quiz').querySelector('.result'); i++) {
    (root('quiz').querySelector('button.answer') as HTMLButtonElement).click();
    await settle(quiz);
  }
  expect(root('quiz').querySelector('.result')).to.exist;
  (root('carousel').querySelectorAll('button.step')[1] as HTMLButtonElement).click();
  (root('carousel').querySelectorAll('.reveal button')[0] as HTMLButtonElement).click();
  (root('card').querySelector('button.copy') as HTMLButtonElement).click();
  // On screen one after the other: the in-view observers report (in the next frames) and start what they start.
  for (const el of Array.from(doc.querySelectorAll('main > *'))) {
    el.scrollIntoView();
    await frames(2);
  }
  // Everything rendered after the reader's use; recordNetwork's stop() then waits until every request started by
  // now has been recorded.
  await Promise.all(widgets.map((w) => settle(w)));
}

async function privacy(page: HostPage): Promise<void> {
  const { writes, requests } = page.record.privacy;
  expect(writes, 'cookie/storage write calls').to.deep.equal([]);
  expect(page.doc.cookie, 'cookies').to.equal('');
  expect(page.win.localStorage.length, 'localStorage').to.equal(0);
  expect(page.win.sessionStorage.length, 'sessionStorage').to.equal(0);
  expect(await page.win.indexedDB.databases(), 'IndexedDB').to.deep.equal([]);
  expect(await page.win.caches.keys(), 'Cache API').to.deep.equal([]);
  return void requests;
}

/**
 * Paths requested by the frame of `page`. The test server injects its own live-reload client into every HTML page it
 * serves (/__web-dev-server__web-socket.js); that request is the test server's, not Awas's, and is left out.
 */
function framePaths(requests: RecordedRequest[], page: string): string[] {
  return requests
    .filter((r) => r.frame.includes(page) || r.url.includes(page))
    .map((r) => new URL(r.url).pathname + new URL(r.url).search)
    .filter((path) => !path.startsWith('/__web-dev-server__'));
}

describe('hostile: network silence and privacy with dist/awas.js', function () {
  this.timeout(30000);

  after(async () => figures('network-privacy', counts));

  it('every widget, used, without content-src: no request but the page and the script; nothing stored', async () => {
    const stop = await recordNetwork();
    const page = await openPage('/test/hostile/pages/silent.html', { width: 800, height: 900 });
    counts.pages += 1;
    await use(page);
    const requests = await stop();
    counts.requestsRecorded += requests.length;
    expect(framePaths(requests, 'silent.html').sort()).to.deep.equal(['/test/hostile/pages/silent.html', ...SCRIPT_AND_PROBE].sort());
    expect(page.record.privacy.requests, 'request APIs called in the page').to.deep.equal([]);
    await privacy(page);
    expect(page.record.errors).to.deep.equal([]);
    page.close();
  });

  it('two widgets sharing one content-src: exactly one more request, for that file; nothing stored', async () => {
    const stop = await recordNetwork();
    const page = await openPage('/test/hostile/pages/silent-content-src.html', { width: 800, height: 900 });
    counts.pages += 1;
    await use(page);
    const requests = await stop();
    counts.requestsRecorded += requests.length;
    const src = page.doc.getElementById('src-1')!.getAttribute('content-src')!;
    expect(framePaths(requests, 'silent-content-src.html').sort()).to.deep.equal(['/test/hostile/pages/silent-content-src.html', ...SCRIPT_AND_PROBE, src].sort());
    expect(page.record.privacy.requests.map((r) => r.api)).to.deep.equal(['fetch']);
    const content = requests.find((r) => r.url.endsWith(src))!;
    expect(content.method).to.equal('GET');
    await privacy(page);
    expect(page.record.errors).to.deep.equal([]);
    page.close();
  });

  it('the recorder sees requests of the page (control)', async () => {
    const stop = await recordNetwork();
    const page = await openPage('/test/hostile/pages/blank.html');
    const img = page.doc.createElement('img');
    img.src = '/test/hostile/pages/trap.js?control=1';
    const done = new Promise((resolve) => (img.onload = img.onerror = resolve));
    page.doc.body.append(img);
    await done;
    const requests = await stop();
    expect(framePaths(requests, 'blank.html')).to.include('/test/hostile/pages/trap.js?control=1');
    page.close();
  });
});
