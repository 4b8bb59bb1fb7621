/**
 * builder/readable-copy: the copy comes from the widget's own rendering, for the chosen attributes and content.
 * Here the widgets run as any test page loads them (lit's browser build); the built builder renders them with
 * isServer true (scripts/build-builder.mjs), which builder.e2e.test.ts checks. The hotline card has no such branch,
 * so its copy is the same in both.
 */
import { expect } from '@open-wc/testing';
import { copyCss, renderCopy, serializeShadow } from '../../builder/readable-copy.js';
import { mountSnippet, scriptSnippet, type AttributeList, type SnippetOptions } from '../../src/embed/snippets.js';
import { cleanRendered } from '../../src/prerender/markup.js';
import { contentVersion } from '../../src/prerender/version.js';
import { HOTLINES, hotlinesFixture } from '../helpers/fixtures.js';

const INTEGRITY = 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn';

/** Rendered on the fixture content (test/fixtures/hotlines.json), as an author's own pack: the copy is the widget's. */
const onFixture = (attributes: AttributeList) => renderCopy({ widget: 'hotline-card', attributes, pack: hotlinesFixture, inlineJson: JSON.stringify(hotlinesFixture) });

async function snippets(attributes: AttributeList, extra: Partial<SnippetOptions> = {}) {
  const copy = await onFixture(attributes);
  const options: SnippetOptions = { widget: 'hotline-card', attributes, base: '/awas/', version: '0.1.0', integrity: INTEGRITY, copy, ...extra };
  return { copy, script: scriptSnippet(options), mount: mountSnippet(options) };
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
}

const tels = (root: ParentNode) => Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'), (a) => a.getAttribute('href'));

describe('builder/readable-copy', () => {
  it('renders the hotline card for readers in Indonesia, in Indonesian, into both snippets', async () => {
    const { copy, script, mount } = await snippets([['lang', 'id']]);
    expect(copy.version).to.equal(contentVersion(hotlinesFixture));
    for (const code of [script, mount]) {
      const doc = parse(code);
      const wrapper = doc.querySelector('.awas-pre.awas-pre-hotline-card')!;
      expect(wrapper.getAttribute('data-awas-content')).to.equal(copy.version);
      expect(wrapper.getAttribute('data-lang')).to.equal('id');
      expect(wrapper.textContent).to.contain('Butuh bantuan? Hubungi layanan resmi');
      expect(tels(wrapper)).to.include('tel:08001234');
      // Buttons need the script: disabled in the copy, and no template markers or styles of the shadow root.
      expect(Array.from(wrapper.querySelectorAll('button')).every((b) => b.disabled)).to.equal(true);
      expect(wrapper.querySelector('style, template, slot')).to.equal(null);
      expect(code).not.to.contain('<!--?lit');
    }
    expect(parse(script).querySelector('style')!.textContent).to.equal(copy.css);
    expect(parse(mount).querySelector('style')).to.equal(null);
    expect(parse(script).querySelector('awas-hotline-card')!.getAttribute('data-awas-content')).to.equal(copy.version);
  });

  it('renders the numbers a reader in Cambodia can call, in English, and no number that only works in Indonesia', async () => {
    const { script, mount } = await snippets([['from', 'kh'], ['layout', 'compact'], ['lang', 'en']]);
    for (const code of [script, mount]) {
      const wrapper = parse(code).querySelector('.awas-pre-hotline-card')!;
      expect(wrapper.getAttribute('data-layout')).to.equal('compact');
      expect(wrapper.textContent).to.contain('Need help? Contact an official service');
      expect(tels(wrapper)).to.include('tel:+85512555282');
      expect(tels(wrapper)).not.to.include('tel:08001234');
    }
  });

  it('shows the author’s own content when there is some, and records its version', async () => {
    const own = {
      merge: true,
      hotlines: [
        {
          id: 'dinsos-contoh',
          country: 'id',
          audience: { id: 1 },
          text: { id: { name: 'Dinas Sosial Contoh' } },
          channels: [{ type: 'phone', value: '0370-000000' }],
          source: { name: 'Situs Dinas Sosial Contoh', url: 'https://dinsos.contoh.invalid/', date: '2026-11-01' },
          checkedOn: '2026-11-20',
          reviewBy: '2027-05-20',
        },
      ],
    };
    const attributes: AttributeList = [['hotlines', 'dinsos-contoh,kp2mi'], ['content-src', 'https://situs.example/k.json'], ['lang', 'id']];
    const copy = await renderCopy({ widget: 'hotline-card', attributes, pack: own, inlineJson: JSON.stringify(own) });
    expect(copy.version).to.equal(contentVersion(own));
    const wrapper = parse(copy.html).querySelector('.awas-pre')!;
    expect(wrapper.textContent).to.contain('Dinas Sosial Contoh');
    expect(tels(wrapper)[0]).to.equal('tel:+62370000000');
    // Where the content comes from is the snippet's business: the copy is rendered without any request.
    expect(wrapper.hasAttribute('data-content-src')).to.equal(false);
  });

  it('writes a widget inside a widget as a wrapper of its own, and takes the stylesheet from the widget class', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>Before</p><div class="box"><awas-hotline-card from="kh" layout="compact" lang="id">${HOTLINES}</awas-hotline-card></div>`;
    const card = root.querySelector('awas-hotline-card') as HTMLElement & { updateComplete: Promise<boolean> };
    await card.updateComplete;
    const widgets = new Set<string>();
    const html = cleanRendered(serializeShadow(root, widgets));
    host.remove();
    expect([...widgets]).to.deep.equal(['hotline-card']);
    const doc = parse(html);
    const nested = doc.querySelector('.box > .awas-pre.awas-pre-hotline-card')!;
    expect(nested.getAttribute('data-from')).to.equal('kh');
    expect(tels(nested)).to.include('tel:+85512555282');
    expect(doc.querySelector('awas-hotline-card')).to.equal(null);
    expect(copyCss('hotline-card')).to.match(/^\.awas-pre-hotline-card /);
    expect(copyCss('hotline-card')).to.contain(".awas-pre-hotline-card[data-theme='dark']");
  });

  it('leaves nothing behind on the page', async () => {
    await onFixture([['lang', 'id']]);
    expect(document.getElementById('copy-stage')!.children).to.have.length(0);
  });
});
