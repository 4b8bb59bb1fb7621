/**
 * The resizer's TypeScript sources, run in the test page itself (the built copies are tested in resizer.test.ts):
 * src/embed/frame.ts on a same-origin frame's window, src/awas-embed-host.ts imported as a module. No build needed.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/awas-embed-host.js';
import { contentHeight, HEIGHT_MESSAGE, PING_MESSAGE, startFrame } from '../../src/embed/frame.js';
import { frameQuiet } from './helpers.js';

function blankFrame(hash = ''): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.src = `about:blank${hash}`;
  iframe.style.width = '300px';
  document.body.append(iframe);
  return new Promise((resolve) => {
    // about:blank is ready at once in some engines and fires load in others.
    if (iframe.contentDocument?.readyState === 'complete') resolve(iframe);
    iframe.onload = () => resolve(iframe);
  });
}

function collect(): { list: Record<string, unknown>[]; stop(): void } {
  const list: Record<string, unknown>[] = [];
  const onMessage = (e: MessageEvent) => {
    if (e.data && typeof e.data === 'object' && ('type' in e.data || 'message' in e.data)) list.push(e.data as Record<string, unknown>);
  };
  window.addEventListener('message', onMessage);
  return { list, stop: () => window.removeEventListener('message', onMessage) };
}

describe('src/embed/frame.ts', () => {
  it('posts the height when it starts, when the content grows, and when pinged; stops cleanly', async () => {
    const iframe = await blankFrame();
    const win = iframe.contentWindow!;
    const doc = win.document;
    doc.body.style.margin = '0';
    doc.body.innerText = 'x';
    const messages = collect();
    const resizer = startFrame('test-page', win);
    expect(resizer.secret).to.equal('');
    await waitUntil(() => messages.list.length > 0, 'first height', { timeout: 2000 });
    expect(messages.list[0]).to.deep.equal({ type: HEIGHT_MESSAGE, height: contentHeight(doc), page: 'test-page' });

    const block = doc.createElement('div');
    block.style.height = '500px';
    doc.body.append(block);
    await waitUntil(() => messages.list.some((m) => m.height === contentHeight(doc) && contentHeight(doc) >= 500), 'grown height', { timeout: 2000 });

    messages.list.length = 0;
    win.postMessage({ type: PING_MESSAGE }, '*');
    await waitUntil(() => messages.list.length > 0, 'answer to ping', { timeout: 2000 });
    expect(messages.list).to.deep.equal([{ type: HEIGHT_MESSAGE, height: contentHeight(doc), page: 'test-page' }]);

    resizer.stop();
    messages.list.length = 0;
    block.style.height = '700px';
    win.postMessage({ type: PING_MESSAGE }, '*');
    await frameQuiet(win);
    expect(messages.list, 'nothing after stop()').to.deep.equal([]);
    messages.stop();
    iframe.remove();
  });

  it('speaks WordPress’s dialect only with the secret from its address', async () => {
    const iframe = await blankFrame('#?secret=Ab3dE6gH9j');
    const win = iframe.contentWindow!;
    const messages = collect();
    const resizer = startFrame('wp', win);
    expect(resizer.secret).to.equal('Ab3dE6gH9j');
    await waitUntil(() => messages.list.some((m) => m.message === 'height'), 'WordPress height', { timeout: 2000 });
    expect(messages.list.find((m) => m.message === 'height')).to.deep.equal({ message: 'height', value: contentHeight(win.document), secret: 'Ab3dE6gH9j' });
    messages.list.length = 0;
    win.postMessage({ message: 'ready', secret: 'someoneelse' }, '*');
    win.postMessage('ready', '*');
    win.postMessage(null, '*');
    await frameQuiet(win);
    expect(messages.list).to.deep.equal([]);
    win.postMessage({ message: 'ready', secret: 'Ab3dE6gH9j' }, '*');
    await waitUntil(() => messages.list.length === 2, 'both dialects again', { timeout: 2000 });
    resizer.stop();
    messages.stop();
    iframe.remove();
  });

  it('does nothing in a page that is not framed', () => {
    const messages = collect();
    const resizer = startFrame('top', window);
    resizer.post();
    resizer.stop();
    messages.stop();
    expect(messages.list).to.deep.equal([]);
  });
});

describe('src/awas-embed-host.ts', () => {
  it('sets the height of Awas frames from well-formed messages, clamped; ignores other frames', async () => {
    const changes: string[] = [];
    const send = async (path: string, messages: unknown[]) => {
      const iframe = document.createElement('iframe');
      iframe.height = '300';
      new MutationObserver(() => changes.push(`${path.split('/').pop()}:${iframe.getAttribute('height')}`)).observe(iframe, { attributes: true, attributeFilter: ['height'] });
      const done = new Promise<void>((resolve) =>
        window.addEventListener('message', (e) => {
          if (e.source === iframe.contentWindow && (e.data as { done?: string } | null)?.done) resolve();
        }),
      );
      iframe.src = `${path}#${encodeURIComponent(JSON.stringify(messages))}`;
      document.body.append(iframe);
      // The host handles the frame's messages in order, each change's MutationObserver record right after it: by
      // the frame's last message ("done"), every height change is recorded.
      await done;
      iframe.remove();
    };
    await send('/test/embed/fixtures/hotline-card.id.html', [
      null,
      'awas-embed:height',
      { type: HEIGHT_MESSAGE, height: '900' },
      { type: HEIGHT_MESSAGE },
      { type: HEIGHT_MESSAGE, height: 640 },
      { type: HEIGHT_MESSAGE, height: 640 },
      { type: HEIGHT_MESSAGE, height: 0 },
    ]);
    await send('/test/embed/fixtures/not-an-embed.html', [{ type: HEIGHT_MESSAGE, height: 700 }]);
    expect(changes).to.deep.equal(['hotline-card.id.html:640', 'hotline-card.id.html:120']);
  });

  it('loads once: a second copy adds no second listener', async () => {
    // The module ran at import; importing again (or the built script) is a no-op guarded by a window flag.
    expect((window as unknown as Record<string, unknown>).__awasEmbedHost).to.equal(true);
  });
});
