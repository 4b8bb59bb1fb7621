import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import { upgradeMount } from '../../src/mount/mount.js';
import { contentVersion } from '../../src/prerender/version.js';
import { captureConsole, resetLogged } from '../helpers/console.js';
import { render } from '../helpers/render.js';

AwasHotlineCard.define('awas-hotline-card');

const CURRENT = contentVersion(hotlinesPack);

/** A number of the built-in content, as the card links and shows it (which one does not matter: test/content/ checks them). */
let KEPT = { href: '', text: '' };
before(async () => {
  const el = await fixture<AwasHotlineCard>(html`<awas-hotline-card lang="id"></awas-hotline-card>`);
  const link = el.shadowRoot!.querySelector('a.action[href^="tel:"]')!;
  KEPT = { href: link.getAttribute('href')!, text: link.querySelector('.value')!.textContent! };
});

/** A readable copy as a snippet made from other content would carry it: one number that is no longer in the pack. */
function copy(version: string): string {
  return `<div class="awas-pre awas-pre-hotline-card" data-awas-content="${version}"><ul><li class="entry">Layanan <a href="tel:08009999">0800-9999</a> <a href="${KEPT.href}">${KEPT.text}</a></li></ul></div>`;
}

/** The card of `markup` (an <awas-hotline-card> tag), with its awas-error problems and console output. */
async function card(markup: string) {
  resetLogged();
  const { el, problems: codes, logs } = await render<AwasHotlineCard>(markup);
  return { el, codes, logs };
}

const shown = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('a.action')).map((a) => a.getAttribute('href')!);

describe('readable copy inside the tag', () => {
  it('is not read as links the author wrote: the card shows its built-in entries', async () => {
    const { el } = await card(`<awas-hotline-card lang="id" data-awas-content="${CURRENT}">${copy(CURRENT)}</awas-hotline-card>`);
    expect(shown(el)).to.include(KEPT.href);
    expect(shown(el)).not.to.include('tel:08009999');
    expect(el.shadowRoot!.textContent).not.to.contain('Nomor dari situs ini');
  });

  it('of this content: no message', async () => {
    const { codes } = await card(`<awas-hotline-card lang="id" data-awas-content="${CURRENT}">${copy(CURRENT)}</awas-hotline-card>`);
    expect(codes.map((c) => c.code)).not.to.include('stale-snippet');
  });

  it('of older content: the newer numbers, and once which numbers changed', async () => {
    const { el, codes, logs } = await card(`<awas-hotline-card lang="id" data-awas-content="old1">${copy('old1')}</awas-hotline-card>`);
    expect(shown(el)).not.to.include('tel:08009999');
    const stale = codes.filter((c) => c.code === 'stale-snippet');
    expect(stale).to.have.length(1);
    expect(stale[0].message).to.contain('this snippet is out of date').and.to.contain('tel:08009999');
    expect(stale[0].message).not.to.contain(`${KEPT.href} are no longer`);
    expect(logs.warn.filter((w) => w.includes('out of date'))).to.have.length(1);
    el.setAttribute('from', 'kh');
    await el.updateComplete;
    expect(codes.filter((c) => c.code === 'stale-snippet')).to.have.length(1);
  });

  it('links the author added next to the copy still win over the defaults', async () => {
    const { el } = await card(`<awas-hotline-card lang="id" data-awas-content="${CURRENT}">${copy(CURRENT)}<p>Posko desa <a href="tel:081234567890">0812-3456-7890</a></p></awas-hotline-card>`);
    expect(shown(el)).to.deep.equal(['tel:+6281234567890']);
  });
});

describe('readable copy inside a data-awas-widget mount', () => {
  it('stays in the light DOM, the widget takes its place, and an old copy is reported', async () => {
    resetLogged();
    const codes: string[] = [];
    const listener = (e: Event) => codes.push((e as CustomEvent).detail.code);
    document.addEventListener('awas-error', listener);
    const logs = captureConsole();
    try {
      const mount = await fixture<HTMLElement>(`<div data-awas-widget="hotline-card" data-lang="id">${copy('old2')}</div>`);
      const widget = upgradeMount(mount, { 'hotline-card': 'awas-hotline-card' }) as AwasHotlineCard;
      await widget.updateComplete;
      await waitUntil(() => codes.includes('stale-snippet'), 'the stale copy is reported');
      expect(mount.querySelector('.awas-pre')).to.exist;
      expect(mount.querySelector('.awas-pre')!.getBoundingClientRect().height).to.equal(0);
      expect(shown(widget)).to.include(KEPT.href);
    } finally {
      logs.restore();
      document.removeEventListener('awas-error', listener);
    }
  });
});
