import { expect, waitUntil } from '@open-wc/testing';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { AwasRiskQuiz } from '../../components/risk-quiz/risk-quiz.js';
import { AwasScamCarousel } from '../../components/scam-carousel/scam-carousel.js';
import { AwasStatsTicker } from '../../components/stats-ticker/stats-ticker.js';
import { clearContentCache } from '../../src/content/fetch.js';
import { selectById } from '../../src/content/select.js';
import { resetLogged } from '../helpers/console.js';
import { render } from '../helpers/render.js';

AwasHotlineCard.define('awas-hotline-card');
AwasRiskQuiz.define('awas-risk-quiz');
AwasScamCarousel.define('awas-scam-carousel');
AwasStatsTicker.define('awas-stats-ticker');

const items = ['a', 'b', 'c'].map((id) => ({ id }));

function pick(value: string | undefined, loading = false) {
  const problems: { code: string; message: string }[] = [];
  const host = { reportProblem: (code: string, message: string) => problems.push({ code, message }) };
  const { chosen, shown } = selectById(items, value, { attribute: 'things', loading, fallback: 'showing every thing' }, host);
  return { chosen: chosen.map((i) => i.id), shown: shown.map((i) => i.id), problems };
}

describe('content/select: the one id-list check', () => {
  it('keeps the page’s order, once per id; unset or empty: every item, nothing to report', () => {
    expect(pick('c, A,c')).to.deep.equal({ chosen: ['c', 'a'], shown: ['c', 'a'], problems: [] });
    expect(pick(undefined)).to.deep.equal({ chosen: [], shown: ['a', 'b', 'c'], problems: [] });
    expect(pick(' , ')).to.deep.equal({ chosen: [], shown: ['a', 'b', 'c'], problems: [] });
  });

  it('reports entries that are not ids, then unknown ids with what is known', () => {
    const { shown, problems } = pick('b, Bad Id!, nope');
    expect(shown).to.deep.equal(['b']);
    expect(problems).to.deep.equal([
      { code: 'bad-attribute', message: 'things: "Bad Id!" is not an id (lower-case letters, digits and hyphens); ignored.' },
      { code: 'unknown-id', message: 'things names unknown ids: nope. Known: a, b, c.' },
    ]);
  });

  it('never blanks: a list naming no item shows every item and says so', () => {
    const { chosen, shown, problems } = pick('x, y');
    expect(chosen).to.deep.equal([]);
    expect(shown).to.deep.equal(['a', 'b', 'c']);
    expect(problems.map((p) => p.message)).to.deep.equal(['things names unknown ids: x, y; showing every thing instead. Known: a, b, c.']);
  });

  it('while content-src loads, unknown ids wait (they may be in the file); malformed ones do not', () => {
    const { shown, problems } = pick('nope, Bad!', true);
    expect(shown).to.deep.equal(['a', 'b', 'c']);
    expect(problems.map((p) => p.code)).to.deep.equal(['bad-attribute']);
  });
});

const SOURCE = { name: 'Dinas Contoh', url: 'https://example.org/a', date: '2026-01-01' };
const DATES = { source: SOURCE, checkedOn: '2026-11-01', reviewBy: '2099-01-01' };
const MINE = 'Milik kami';

/** Per widget, a small item only the content-src file has (id "my-own", shown as "Milik kami"). */
const WIDGETS = [
  {
    tag: 'awas-hotline-card',
    attribute: 'hotlines',
    key: 'hotlines',
    item: { id: 'my-own', country: 'id', audience: { id: 1 }, channels: [{ type: 'phone', value: '0812-0000-1234' }], text: { id: { name: MINE } }, ...DATES },
  },
  { tag: 'awas-risk-quiz', attribute: 'questions', key: 'questions', item: { id: 'my-own', weight: 2, risky: 'no', text: { id: { question: `${MINE}?`, flag: 'Tanda', why: 'Alasan.' } }, ...DATES } },
  {
    tag: 'awas-scam-carousel',
    attribute: 'examples',
    key: 'examples',
    item: {
      id: 'my-own',
      kind: 'post',
      flags: [{ id: 'gaji', redFlag: 1, source: SOURCE }],
      text: { id: { title: MINE, sender: 'Akun (fiktif)', lines: [{ text: 'Kerja [[gaji|gaji besar]]' }], flags: { gaji: 'Umpan.' } } },
      ...DATES,
    },
  },
  { tag: 'awas-stats-ticker', attribute: 'stats', key: 'stats', item: { id: 'my-own', value: 12, text: { id: { label: MINE } }, ...DATES } },
];

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

/** Render `tag` with its awas-error events collected from before the upgrade (the first update judges ids) until done(). */
const renderWith = (tag: string, attributes: string) => render<Widget>(`<${tag} ${attributes}></${tag}>`, { until: 'done' });

describe('id lists and content-src: judged once the file has arrived', () => {
  beforeEach(() => {
    clearContentCache();
    resetLogged();
  });

  for (const { tag, attribute, key, item } of WIDGETS) {
    it(`<${tag} ${attribute}="my-own" content-src>: no unknown-id while loading, none once the file brings it`, async () => {
      // The server holds the answer back: the first updates run while content-src is still loading.
      const src = `/__test/slow?ms=400&body=${encodeURIComponent(JSON.stringify({ merge: true, [key]: [item] }))}`;
      const { el, problems, done } = await renderWith(tag, `${attribute}="my-own" content-src="${src}" lang="id"`);
      const text = () => el.shadowRoot!.textContent!;
      try {
        expect(text()).not.to.contain(MINE);
        expect(problems).to.deep.equal([]);
        await waitUntil(() => text().includes(MINE), 'the file was not shown', { timeout: 5000 });
        await el.updateComplete;
        expect(problems).to.deep.equal([]);
      } finally {
        done();
      }
    });

    it(`<${tag} ${attribute}="nope" content-src> that fails: one unknown-id, after the failure`, async () => {
      const { el, problems, done } = await renderWith(tag, `${attribute}="nope" content-src="/__test/status/404"`);
      try {
        await waitUntil(() => problems.some((p) => p.code === 'content-http'), 'the failure was not reported', { timeout: 5000 });
        await el.updateComplete;
        // Never before the failure: the one unknown-id comes after content-http.
        expect(problems.map((p) => p.code)).to.deep.equal(['content-http', 'unknown-id']);
        expect(problems[1].message).to.contain(`${attribute} names unknown ids: nope;`);
      } finally {
        done();
      }
    });
  }
});
