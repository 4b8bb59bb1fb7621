import { expect, fixture, waitUntil } from '@open-wc/testing';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { AwasSafeExit } from '../../components/safe-exit/safe-exit.js';
import { pageRegistry } from '../../src/base/registry.js';
import { dropIn } from '../../src/drop-in.js';
import { upgradeMount, upgradeMounts } from '../../src/mount/mount.js';
import { captureConsole, resetLogged } from '../helpers/console.js';

// The path dist/awas.js takes: define the tags, register their mount names, watch the page for mounts.
dropIn({ 'awas-hotline-card': AwasHotlineCard, 'awas-safe-exit': AwasSafeExit });
const registry = pageRegistry().mounts;

function widgetOf(mount: Element): HTMLElement {
  return mount.shadowRoot!.firstElementChild as HTMLElement;
}

describe('data-awas-widget mounts', () => {
  beforeEach(() => resetLogged());

  it('maps names to tags', () => {
    expect(registry).to.deep.equal({ 'hotline-card': 'awas-hotline-card', 'safe-exit': 'awas-safe-exit' });
  });

  it('renders the widget in the mount with its data-* attributes, keeping the fallback untouched', async () => {
    const mount = await fixture<HTMLDivElement>(`<div data-awas-widget="hotline-card" data-from="kh" data-lang="en" data-layout="compact">
      <a href="tel:08001000">KP2MI 0800-1000</a></div>`);
    await waitUntil(() => mount.shadowRoot?.firstElementChild);
    const widget = widgetOf(mount);
    expect(widget.localName).to.equal('awas-hotline-card');
    // Upgraded once: asking again finds nothing to do.
    expect(upgradeMounts(registry, mount.parentElement!).length).to.equal(0);
    expect(widget.getAttribute('from')).to.equal('kh');
    expect(widget.getAttribute('lang')).to.equal('en');
    const card = widget as AwasHotlineCard;
    await card.updateComplete;
    // The mount's fallback is not the card's content: the full Cambodia set is shown.
    const links = Array.from(card.shadowRoot!.querySelectorAll('a.action')).map((a) => a.getAttribute('href'));
    expect(links).to.include('tel:+85512813282');
    expect(mount.querySelector('a')!.getAttribute('href')).to.equal('tel:08001000');
    expect(mount.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
    await expect(mount).to.be.accessible();
  });

  it('keeps data-* in sync when the page changes them', async () => {
    const mount = await fixture<HTMLDivElement>(`<div data-awas-widget="safe-exit" data-lang="id"></div>`);
    await waitUntil(() => mount.shadowRoot?.firstElementChild);
    const widget = widgetOf(mount);
    mount.setAttribute('data-lang', 'en');
    await waitUntil(() => widget.getAttribute('lang') === 'en');
    mount.removeAttribute('data-lang');
    await waitUntil(() => !widget.hasAttribute('lang'));
  });

  it('never turns data-on* or unknown data-* into attributes, and says so', async () => {
    const logs = captureConsole();
    const codes: string[] = [];
    const listener = (e: Event) => codes.push((e as CustomEvent).detail.code);
    // The page watcher upgrades the mount as soon as it is added: listen first.
    document.addEventListener('awas-error', listener);
    const mount = await fixture<HTMLDivElement>(`<div data-awas-widget="safe-exit" data-onclick="alert(1)" data-style="display:none" data-href="https://example.org/"></div>`);
    await waitUntil(() => mount.shadowRoot?.firstElementChild);
    const widget = widgetOf(mount);
    document.removeEventListener('awas-error', listener);
    logs.restore();
    expect(widget.hasAttribute('onclick')).to.equal(false);
    expect(widget.hasAttribute('style')).to.equal(false);
    expect(widget.getAttribute('href')).to.equal('https://example.org/');
    expect(codes).to.deep.equal(['bad-attribute', 'bad-attribute']);
  });

  it('explains unknown widget names and leaves the fallback visible', async () => {
    const logs = captureConsole();
    const problems: { code: string; message: string }[] = [];
    const listener = (e: Event) => problems.push((e as CustomEvent).detail);
    document.addEventListener('awas-error', listener);
    const mount = await fixture<HTMLDivElement>(`<div data-awas-widget="hotline"><a href="tel:110">Polisi 110</a></div>`);
    // An <a> cannot have a shadow root: the mount is refused with a clear message.
    const onLink = await fixture<HTMLAnchorElement>(`<a href="/" data-awas-widget="safe-exit">Keluar</a>`);
    const said = () => problems.map((p) => p.message).join('\n');
    await waitUntil(() => said().includes('is not a widget') && said().includes('cannot hold a widget'));
    document.removeEventListener('awas-error', listener);
    expect(upgradeMount(mount, registry) === null).to.equal(true);
    expect(upgradeMount(onLink, registry) === null).to.equal(true);
    logs.restore();
    expect(new Set(problems.map((p) => p.code))).to.deep.equal(new Set(['bad-attribute']));
    expect(mount.shadowRoot === null).to.equal(true);
    expect(logs.warn.join('\n')).to.contain('is not a widget');
    expect(logs.warn.join('\n')).to.contain('cannot hold a widget');
  });

  it('upgrades each mount once, including mounts added later', async () => {
    const host = await fixture<HTMLDivElement>(`<div></div>`);
    const later = document.createElement('div');
    later.setAttribute('data-awas-widget', 'safe-exit');
    host.append(later);
    await waitUntil(() => later.shadowRoot?.firstElementChild?.localName === 'awas-safe-exit');
    expect(upgradeMounts(registry, host).length).to.equal(0);
  });
});
