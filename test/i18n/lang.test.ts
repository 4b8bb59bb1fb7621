import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { declaredLang, normaliseLang, resolveLang } from '../../src/i18n/lang.js';
import { format } from '../../src/i18n/strings.js';
import { formatDate, formatMonthYear, formatNumber } from '../../src/i18n/format.js';
import { AwasSafeExit } from '../../components/safe-exit/safe-exit.js';
import { captureConsole } from '../helpers/console.js';

AwasSafeExit.define('awas-safe-exit');

describe('i18n', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('normalises language tags', () => {
    expect(normaliseLang('id-ID')).to.deep.equal({ lang: 'id', known: true });
    expect(normaliseLang('in')).to.deep.equal({ lang: 'id', known: true });
    expect(normaliseLang('en-GB')).to.deep.equal({ lang: 'en', known: true });
    expect(normaliseLang('fr')).to.deep.equal({ lang: 'id', known: false });
    expect(normaliseLang('')).to.deep.equal({ lang: 'id', known: true });
  });

  it('resolves element → closest [lang] (across shadow roots) → <html lang> → id', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const outer = await fixture<HTMLDivElement>(html`<div lang="id"><span><i></i></span></div>`);
    expect(resolveLang(outer.querySelector('i')!)).to.equal('id');
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p lang="id"><b></b></p><u></u>';
    expect(resolveLang(root.querySelector('b')!)).to.equal('id');
    expect(declaredLang(root.querySelector('u')!)).to.equal('en');
    document.documentElement.removeAttribute('lang');
    expect(resolveLang(root.querySelector('u')!)).to.equal('id');
  });

  it('reports an unknown language once (console and awas-error unknown-lang) and falls back to id', async () => {
    const logs = captureConsole();
    const codes: string[] = [];
    try {
      const el = await fixture<AwasSafeExit>(html`<awas-safe-exit lang="xx-unknown" @awas-error=${(e: CustomEvent) => codes.push(e.detail.code)}></awas-safe-exit>`);
      expect(resolveLang(el)).to.equal('id');
      el.requestUpdate();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Keluar cepat');
    } finally {
      logs.restore();
    }
    expect(logs.warn.filter((m) => m.includes('xx-unknown'))).to.have.length(1);
    expect(codes).to.deep.equal(['unknown-lang']);
  });

  it('re-renders widgets when <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'id');
    const el = await fixture<AwasSafeExit>(html`<awas-safe-exit></awas-safe-exit>`);
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Keluar cepat');
    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => el.shadowRoot!.querySelector('button')!.textContent!.includes('Quick exit'));
    el.lang = 'id';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('button')!.textContent).to.contain('Keluar cepat');
  });

  it('formats placeholders, dates and numbers per language', () => {
    expect(format('{n} dari {total}', { n: 3, total: 10 })).to.equal('3 dari 10');
    expect(format('{x} stays', {})).to.equal('{x} stays');
    expect(formatMonthYear('2025-04-10', 'id')).to.equal('April 2025');
    expect(formatMonthYear('2025-08-10', 'id')).to.equal('Agustus 2025');
    expect(formatMonthYear('bad', 'en')).to.equal('');
    expect(formatDate('2025-04-10', 'en')).to.equal('10 April 2025');
    expect(formatDate('nope', 'en')).to.equal('');
    expect(formatNumber(1386, 'id')).to.equal('1.386');
    expect(formatNumber(1386, 'en')).to.equal('1,386');
  });
});
