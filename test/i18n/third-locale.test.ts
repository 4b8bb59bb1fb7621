/**
 * A third language added as data only (./pseudo-locale.ts, registered at run time): every widget renders its own
 * words in it, and content without texts in it falls back to Indonesian.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { formatAmount } from '../../components/stats-ticker/format.js';
import { defineAll } from '../../src/define-all.js';
import { formatDate } from '../../src/i18n/format.js';
import { LANGS, registerLocale, type Locale } from '../../src/i18n/languages.js';
import { normaliseLang } from '../../src/i18n/lang.js';
import * as en from '../../src/i18n/locales/en.js';
import { inlinePack } from '../helpers/render.js';
import { PSEUDO, pseudo } from './pseudo-locale.js';

defineAll();

const SOURCE = { name: 'Sumber Contoh', url: 'https://example.org/artikel', date: '2025-04-10' };
const DATES = { checkedOn: '2026-11-23', reviewBy: '2099-01-01' };
const PACKS = {
  hotlines: [{ id: 'dinas', country: 'id', audience: { id: 1 }, channels: [{ type: 'phone', value: '0812-0000-1234' }], text: { id: { name: 'Dinas Contoh' }, en: { name: 'Example Office' } }, source: SOURCE, ...DATES }],
  questions: [{ id: 'gaji', weight: 1, risky: 'yes', text: { id: { question: 'Gajinya terlalu besar?', flag: 'Gaji besar', why: 'Umpan.' }, en: { question: 'Is the pay too high?', flag: 'Big pay', why: 'Bait.' } }, source: SOURCE, ...DATES }],
  examples: [{ id: 'iklan', kind: 'post', flags: [{ id: 'gaji', redFlag: 1, source: SOURCE }], text: { id: { title: 'Lowongan Contoh', sender: 'Akun (fiktif)', lines: [{ text: 'Kerja [[gaji|gaji besar]]' }], flags: { gaji: 'Umpan.' } }, en: { title: 'Example Vacancy', sender: 'Account (made up)', lines: [{ text: 'Work for [[gaji|big pay]]' }], flags: { gaji: 'Bait.' } } }, source: SOURCE, ...DATES }],
  stats: [{ id: 'kasus', value: 10000, qualifier: 'more-than', text: { id: { label: 'kasus contoh', unit: 'kasus' }, en: { label: 'example cases', unit: 'cases' } }, source: SOURCE, ...DATES }],
};

/** The widget in the pseudo-locale on its own content, once its shadow root shows `ready`. */
async function widget(tag: string, pack: object, ready: string): Promise<HTMLElement> {
  const el = await fixture<HTMLElement>(`<${tag} lang="${PSEUDO}">${inlinePack(pack)}</${tag}>`);
  await waitUntil(() => el.shadowRoot?.textContent?.includes(ready), `${tag} shows ${ready}`);
  return el;
}

describe('a third language as data', () => {
  it('is available by its code once registered, with its own dates and scale words', () => {
    expect(LANGS).to.include(PSEUDO);
    expect(normaliseLang('qps-PLOC')).to.deep.equal({ lang: PSEUDO, known: true });
    expect(normaliseLang('in')).to.deep.equal({ lang: 'id', known: true });
    expect(formatDate('2025-04-10', PSEUDO)).to.equal('10 April 2025');
    expect(formatAmount(359810000000000, PSEUDO, { currency: 'IDR', compact: false })).to.equal(`Rp359.81 ${pseudo('trillion')}`);
  });

  it('refuses a locale with a missing string, a taken code or a code that is not one', () => {
    const { riskQuiz, ...rest } = en;
    const partial = { ...rest, riskQuiz: { ...riskQuiz, heading: undefined } } as unknown as Locale;
    expect(() => registerLocale('qpt', partial)).to.throw(/riskQuiz\.heading/);
    expect(() => registerLocale(PSEUDO, { ...en })).to.throw(/registered already/);
    expect(() => registerLocale('en-GB', { ...en })).to.throw(/not a language code/);
    expect(LANGS).not.to.include('qpt');
  });

  it('awas-safe-exit says its label in it', async () => {
    const el = await fixture<HTMLElement>(`<awas-safe-exit lang="${PSEUDO}"></awas-safe-exit>`);
    await waitUntil(() => el.shadowRoot?.querySelector('button'));
    expect(el.shadowRoot!.textContent).to.contain(pseudo(en.safeExit.label));
  });

  it('awas-hotline-card: its words in it, the service name in Indonesian', async () => {
    const el = await widget('awas-hotline-card', { hotlines: PACKS.hotlines }, 'Dinas Contoh');
    expect(el.shadowRoot!.textContent).to.contain(pseudo(en.hotlineCard.heading)).and.not.contain('Example Office');
  });

  it('awas-risk-quiz: its words in it, the question in Indonesian', async () => {
    const el = await widget('awas-risk-quiz', { questions: PACKS.questions }, pseudo(en.riskQuiz.heading));
    await waitUntil(() => el.shadowRoot!.textContent!.includes('Gajinya terlalu besar?'), 'the Indonesian question');
    expect(el.shadowRoot!.textContent).to.contain(pseudo(en.riskQuiz.yes)).and.not.contain('Is the pay too high?');
  });

  it('awas-scam-carousel: its words in it, the example in Indonesian', async () => {
    const el = await widget('awas-scam-carousel', { examples: PACKS.examples }, 'Lowongan Contoh');
    expect(el.shadowRoot!.textContent).to.contain(pseudo(en.scamCarousel.badge)).and.not.contain('Example Vacancy');
  });

  it('awas-stats-ticker: its qualifier in it, the unit in Indonesian (marked lang="id")', async () => {
    const el = await widget('awas-stats-ticker', { stats: PACKS.stats }, pseudo(en.statsTicker['more-than']));
    expect(el.shadowRoot!.textContent).to.contain('kasus contoh').and.not.contain('example cases');
    expect(el.shadowRoot!.querySelector('[lang="id"]') !== null).to.equal(true);
  });

  it('a pack may carry texts in it (the schema takes any language code), and the widget shows them', async () => {
    const stat = { ...PACKS.stats[0], text: { ...PACKS.stats[0].text, [PSEUDO]: { label: 'ƥšéüðö çášéš', unit: 'çášéš' } } };
    const el = await widget('awas-stats-ticker', { stats: [stat] }, 'ƥšéüðö çášéš');
    expect(el.shadowRoot!.textContent).not.to.contain('kasus contoh');
  });
});
