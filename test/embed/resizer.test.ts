/**
 * The resizer: embed pages post their height (ResizeObserver → postMessage, also in WordPress's `height` dialect),
 * dist/awas-embed-host.js sets the iframe's height attribute — for Awas frames and well-formed messages only.
 * Needs a build; run under the dist lock.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { HEIGHT_MESSAGE, PING_MESSAGE, wordpressSecret } from '../../src/embed/frame.js';
import { click, close, crossOrigin, evalIn, frameQuiet, hostUrl, isUpgraded, open, problems, SANDBOX_NONE, SANDBOX_SUGGESTED, takeLog, waitIn } from './helpers.js';

const contentHeight = () => Math.ceil(document.documentElement.getBoundingClientRect().height);

/** The embed page in a same-origin frame has upgraded: its widget's tag is defined and its shadow root rendered. */
function upgradedIn(win: Window): boolean {
  const main = win.document.getElementById('awas-embed');
  const tag = `awas-${main?.getAttribute('data-widget') ?? ''}`;
  const widget = main?.querySelector(tag);
  return Boolean(widget && win.customElements.get(tag) && widget.shadowRoot?.childElementCount);
}

function frame(src: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.src = src;
  iframe.height = '300';
  iframe.style.width = '400px';
  document.body.append(iframe);
  return new Promise((resolve) => (iframe.onload = () => resolve(iframe)));
}

function messagesFrom(iframe: HTMLIFrameElement): unknown[] {
  const list: unknown[] = [];
  window.addEventListener('message', (event) => {
    if (event.source === iframe.contentWindow) list.push(event.data);
  });
  return list;
}

describe('resizer: the frame side', () => {
  it('reads WordPress’s secret from the frame address only in its own form', () => {
    expect(wordpressSecret('#?secret=Ab3dE6gH9j')).to.equal('Ab3dE6gH9j');
    expect(wordpressSecret('#?secret=Ab3dE6gH9j&x=1')).to.equal('Ab3dE6gH9j');
    expect(wordpressSecret('')).to.equal('');
    expect(wordpressSecret('#?secret="><script>')).to.equal('');
    expect(wordpressSecret('#?secrets=abc')).to.equal('');
  });

  it('posts its content height, in the Awas and the WordPress dialect, and again when WordPress says "ready"', async () => {
    const secret = 'Zx9Yw8Vu7T';
    const iframe = document.createElement('iframe');
    iframe.style.width = '400px';
    iframe.height = '300';
    const messages = messagesFrom(iframe);
    iframe.src = `/dist/embed/stats-ticker.en.html#?secret=${secret}`;
    document.body.append(iframe);
    await waitUntil(() => messages.some((m) => (m as { secret?: string }).secret === secret), 'a WordPress height message', { timeout: 5000 });
    const win = iframe.contentWindow!;
    await waitUntil(() => upgradedIn(win), 'the widget', { timeout: 5000 });
    const last = <T>(pick: (m: Record<string, unknown>) => boolean) => messages.filter((m) => pick(m as Record<string, unknown>)).pop() as T;
    const current = () => Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    // The widget has rendered; its last height message says the height it has now.
    await waitUntil(() => last<{ height?: number }>((m) => m.type === HEIGHT_MESSAGE)?.height === current(), 'the height after the upgrade', { timeout: 5000 });
    const height = current();
    expect(last((m) => m.type === HEIGHT_MESSAGE)).to.deep.equal({ type: HEIGHT_MESSAGE, height, page: 'stats-ticker.en' });
    expect(last((m) => m.message === 'height')).to.deep.equal({ message: 'height', value: height, secret });

    // Let the page's own posts (a late resize on a busy machine) end first: only an answer may arrive after this.
    await frameQuiet(win);
    messages.length = 0;
    win.postMessage({ message: 'ready', secret: 'wrong00000' }, '*');
    await frameQuiet(win);
    expect(messages, 'a wrong secret gets no answer').to.deep.equal([]);
    win.postMessage({ message: 'ready', secret }, '*');
    await waitUntil(() => messages.length >= 2, 'answer to ready', { timeout: 2000 });
    expect(messages).to.deep.include({ message: 'height', value: height, secret });
    messages.length = 0;
    win.postMessage({ type: PING_MESSAGE }, '*');
    await waitUntil(() => messages.length >= 1, 'answer to ping', { timeout: 2000 });
    expect(messages, 'a ping gets the height again').to.deep.include({ type: HEIGHT_MESSAGE, height, page: 'stats-ticker.en' });
    iframe.remove();
  });

  it('outside WordPress it sends no WordPress message', async () => {
    const iframe = document.createElement('iframe');
    const messages = messagesFrom(iframe);
    iframe.src = '/dist/embed/risk-quiz.id.html';
    document.body.append(iframe);
    await waitUntil(() => messages.length > 0, 'a height message', { timeout: 5000 });
    const win = iframe.contentWindow!;
    await waitUntil(() => upgradedIn(win), 'the widget', { timeout: 5000 });
    await frameQuiet(win);
    expect(messages.every((m) => (m as { type?: string }).type === HEIGHT_MESSAGE)).to.equal(true);
    iframe.remove();
  });
});

describe('resizer: dist/awas-embed-host.js', () => {
  before(async () => {
    const script = document.createElement('script');
    script.src = '/dist/awas-embed-host.js';
    document.head.append(script);
    await new Promise((r) => (script.onload = r));
  });

  it('sizes an Awas frame to its content and follows it', async () => {
    const iframe = await frame('/dist/embed/risk-quiz.en.html');
    const win = iframe.contentWindow!;
    await waitUntil(() => upgradedIn(win), 'the widget', { timeout: 5000 });
    const height = () => Math.ceil(win.document.documentElement.getBoundingClientRect().height);
    await waitUntil(() => iframe.getAttribute('height') === String(height()), `height ${height()}`, { timeout: 3000 });
    const before = height();
    // Answer every question: the result screen (with its hotline card) is much taller.
    const quiz = win.document.querySelector('awas-risk-quiz')!;
    for (let i = 0; i < 20 && !quiz.shadowRoot!.querySelector('.result'); i++) {
      (quiz.shadowRoot!.querySelector('button.answer') as HTMLButtonElement).click();
      await (quiz as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    }
    expect(quiz.shadowRoot!.querySelector('.result')).to.exist;
    await waitUntil(() => height() > before + 200 && iframe.getAttribute('height') === String(height()), 'the frame grows with the result', { timeout: 3000 });
    expect(iframe.style.height, 'never a style').to.equal('');
    iframe.remove();
  });

  it('takes well-formed messages from Awas frames only, clamped to 120–5000 px', async () => {
    const changes: string[] = [];
    const send = async (path: string, messages: unknown[]) => {
      const iframe = document.createElement('iframe');
      iframe.height = '300';
      new MutationObserver(() => changes.push(`${path}:${iframe.getAttribute('height')}`)).observe(iframe, { attributes: true, attributeFilter: ['height'] });
      const done = new Promise<void>((resolve) =>
        window.addEventListener('message', (e) => {
          if (e.source === iframe.contentWindow && (e.data as { done?: string } | null)?.done) resolve();
        }),
      );
      iframe.src = `${path}#${encodeURIComponent(JSON.stringify(messages))}`;
      document.body.append(iframe);
      // Handled in order, each change recorded right after it: by the frame's last message, every change is in.
      await done;
      iframe.remove();
    };
    await send('/test/embed/fixtures/hotline-card.id.html', [
      { type: HEIGHT_MESSAGE, height: '900' },
      { type: HEIGHT_MESSAGE, height: Number.NaN },
      { type: HEIGHT_MESSAGE, height: Infinity },
      { type: 'awas-embed:heigh', height: 900 },
      { message: 'height', value: 900 },
      { type: HEIGHT_MESSAGE, height: 99999 },
      { type: HEIGHT_MESSAGE, height: 10 },
      { type: HEIGHT_MESSAGE, height: 432.2 },
    ]);
    await send('/test/embed/fixtures/not-an-embed.html', [{ type: HEIGHT_MESSAGE, height: 700 }]);
    expect(changes).to.deep.equal(['/test/embed/fixtures/hotline-card.id.html:5000', '/test/embed/fixtures/hotline-card.id.html:120', '/test/embed/fixtures/hotline-card.id.html:433']);
  });

  it('a message from the test page itself (not from the frame) changes nothing', async () => {
    const iframe = await frame('/test/embed/fixtures/not-an-embed.html');
    const awas = await frame('/test/embed/fixtures/hotline-card.id.html');
    window.postMessage({ type: HEIGHT_MESSAGE, height: 777 }, '*');
    // Messages to this window are handled in order: once a later one has arrived, the host has handled the first.
    await new Promise<void>((resolve) => {
      window.addEventListener('message', function later(e) {
        if (e.data !== 'after-777') return;
        window.removeEventListener('message', later);
        resolve();
      });
      window.postMessage('after-777', '*');
    });
    expect([iframe.getAttribute('height'), awas.getAttribute('height')]).to.deep.equal(['300', '300']);
    iframe.remove();
    awas.remove();
  });
});

describe('resizer: cross-origin and sandboxed frames', function () {
  this.timeout(30000);

  it('reaches the host from a sandboxed (origin "null") and a cross-origin frame; a sandbox="" frame keeps its fixed height', async () => {
    const id = await open(
      hostUrl(
        [
          { src: crossOrigin('/dist/embed/scam-carousel.id.html?frame=sandboxed'), sandbox: SANDBOX_SUGGESTED, name: 'sandboxed', height: 300 },
          { src: crossOrigin('/dist/embed/stats-ticker.id.html?frame=plain'), sandbox: null, name: 'plain', height: 300 },
          { src: '/dist/embed/hotline-card.id.html?frame=none', sandbox: SANDBOX_NONE, name: 'none', height: 300 },
        ],
        true,
      ),
    );
    try {
      for (const name of ['sandboxed', 'plain']) {
        await waitIn(id, `frame=${name}`, isUpgraded);
        const inner = await evalIn(id, `frame=${name}`, contentHeight);
        const outer = await waitIn(
          id,
          '',
          ({ name, inner }) => {
            const value = document.querySelector(`iframe[name="${name}"]`)!.getAttribute('height');
            return value === String(inner) ? value : '';
          },
          { name, inner },
        );
        expect(outer, name).to.equal(String(inner));
      }
      // Scripts never run in a sandbox="" frame, so no message can come from it: its height is still the page's.
      expect(await evalIn(id, '', () => document.querySelector('iframe[name="none"]')!.getAttribute('height'))).to.equal('300');

      // The carousel grows when its red flags are shown: the host follows.
      const before = await evalIn(id, 'frame=sandboxed', contentHeight);
      await click(id, 'frame=sandboxed', 'awas-scam-carousel .reveal button:visible');
      await waitIn(id, 'frame=sandboxed', (h) => Math.ceil(document.documentElement.getBoundingClientRect().height) > h, before);
      const after = await evalIn(id, 'frame=sandboxed', contentHeight);
      await waitIn(id, '', (h) => document.querySelector('iframe[name="sandboxed"]')!.getAttribute('height') === String(h), after);
      expect(problems(await takeLog(id))).to.deep.equal([]);
    } finally {
      await close(id);
    }
  });
});
