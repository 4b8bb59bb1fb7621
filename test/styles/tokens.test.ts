/**
 * The dark palette is written once in tokens.ts and used twice: theme="dark", and theme="auto" under a dark system
 * setting. Compares computed values, so a change in either use (or a lost rule) shows here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { tokens } from '../../src/styles/tokens.js';

class TokensProbe extends LitElement {
  static override styles = tokens;
  static override properties = { theme: { reflect: true } };
}
customElements.define('tokens-probe', TokensProbe);

const NAMES = ['--_brand', '--_on-brand', '--_text', '--_muted', '--_surface', '--_surface-alt', '--_border', '--_focus', '--_link', '--_ok', '--_warn', '--_danger', '--_ok-bg', '--_warn-bg', '--_danger-bg'];

async function palette(theme?: string): Promise<Record<string, string>> {
  const el = await fixture(theme ? html`<tokens-probe theme=${theme}></tokens-probe>` : html`<tokens-probe></tokens-probe>`);
  const style = getComputedStyle(el);
  return Object.fromEntries(NAMES.map((n) => [n, style.getPropertyValue(n).trim()]));
}

describe('tokens: one dark palette for theme="dark" and theme="auto"', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('dark differs from light in every colour', async () => {
    const light = await palette();
    const dark = await palette('dark');
    for (const n of NAMES) expect(dark[n], n).to.not.equal(light[n]);
    expect(dark['--_surface']).to.contain('#1f1d1c');
  });

  it('theme="auto" is the dark palette under a dark system setting, and light otherwise', async () => {
    const light = await palette();
    const dark = await palette('dark');
    expect(await palette('auto')).to.deep.equal(light);
    await emulateMedia({ colorScheme: 'dark' });
    expect(await palette('auto')).to.deep.equal(dark);
    // Without theme, a dark system setting changes nothing (light by default).
    expect(await palette()).to.deep.equal(light);
  });
});
