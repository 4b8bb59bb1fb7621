import { expect } from '@open-wc/testing';
import { AwasScamCarousel } from '../../components/scam-carousel/scam-carousel.js';
import { readCollection, type ContentProblem } from '../../src/content/collection.js';
import { contentPackSchema } from '../../src/content/all-collections.js';
import { examplesSpec, type Example } from '../../src/content/examples.js';
import pack from '../../src/content/packs/examples.json';
import { validate } from '../../src/content/validate.js';
import { resetLogged } from '../helpers/console.js';
import { render } from '../helpers/render.js';

AwasScamCarousel.define('awas-scam-carousel');

const SOURCE = { name: 'Tempo', url: 'https://www.tempo.co/', date: '2025-04-06' };

/** A minimal valid example; `extra` overrides fields. */
function example(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    kind: 'post',
    source: SOURCE,
    checkedOn: '2026-11-23',
    reviewBy: '2099-01-01',
    flags: [{ id: 'gaji', redFlag: 1, source: SOURCE }],
    text: { id: { title: `Judul ${id}`, sender: 'Akun (fiktif)', lines: [{ text: 'Kerja [[gaji|gaji besar]]' }], flags: { gaji: 'Umpan.' } } },
    ...extra,
  };
}

function read(items: unknown[]) {
  const problems: ContentProblem[] = [];
  const layer = readCollection(examplesSpec, { examples: items }, 'test', problems);
  return { items: layer.items as Example[], problems: problems.map((p) => p.message) };
}

describe('content/examples: the default pack', () => {
  const { items, problems } = read((pack as { examples: unknown[] }).examples);

  it('validates against the published schema and normalises with zero problems', () => {
    expect(validate(pack, contentPackSchema())).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    expect(items.map((e) => e.id)).to.deep.equal(['cs-kamboja', 'dapur-thailand', 'pabrik-vietnam', 'ajak-teman', 'visa-turis', 'portal-cs']);
  });

  it('has Indonesian and English for every example, each flag marked and explained in both', () => {
    for (const e of items) {
      expect(Object.keys(e.text), e.id).to.deep.equal(['id', 'en']);
      for (const lang of ['id', 'en']) {
        const t = e.text[lang]!;
        const marked = new Set(t.lines.flatMap((l) => l.segments.filter((s) => s.flag).map((s) => s.flag)));
        expect([...marked].sort(), `${e.id} ${lang}`).to.deep.equal(e.flags.map((f) => f.id).sort());
        for (const f of e.flags) expect(t.flags[f.id], `${e.id} ${lang} ${f.id}`).to.have.length.greaterThan(10);
      }
    }
  });

  it('maps every flag to a red flag of the research list (1-13) with a dated source; review dates are ahead', () => {
    for (const e of items) {
      expect(e.checkedOn).to.equal('2026-12-01');
      expect(e.reviewBy! > '2027-01-01').to.equal(true);
      expect(e.source!.url).to.match(/^https:\/\//);
      for (const f of e.flags) {
        expect(f.redFlag).to.be.within(1, 13);
        expect(f.source.url).to.match(/^https:\/\//);
        expect(f.source.date).to.match(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
  });

  it('uses only fictional contacts: every phone-like number is of the 0812-0000-xxxx kind', () => {
    const all = JSON.stringify(pack);
    const phones = all.match(/\b0\d{2,3}[- ]?\d{3,4}[- ]?[\dx]{3,4}\b/g) ?? [];
    expect(phones.length).to.be.greaterThan(0);
    for (const p of phones) expect(p).to.equal('0812-0000-xxxx');
    expect(all).to.contain('fiktif');
  });
});

// The carousel's own tests run on fixture examples (test/fixtures/examples.json); these are about the shipped six.
describe('content/examples: the default pack in <awas-scam-carousel>', () => {
  beforeEach(() => resetLogged());

  it('a carousel without content of its own shows the six shipped examples, in order, each with its red-flag count', async () => {
    const { el, codes } = await render<AwasScamCarousel>('<awas-scam-carousel></awas-scam-carousel>');
    expect(codes).to.deep.equal([]);
    const slides = Array.from(el.shadowRoot!.querySelectorAll('.slide'));
    expect(slides.map((s) => s.getAttribute('aria-label'))).to.deep.equal([
      'Contoh 1 dari 6: Lowongan admin di grup Facebook',
      'Contoh 2 dari 6: Chat kerja dapur di Thailand',
      'Contoh 3 dari 6: Lowongan pabrik di kanal Telegram',
      'Contoh 4 dari 6: Ajakan dari teman lama',
      'Contoh 5 dari 6: Disuruh pakai visa turis',
      'Contoh 6 dari 6: Iklan di situs lowongan kerja',
    ]);
    expect(slides.map((s) => s.querySelector('.hint')!.textContent)).to.deep.equal(
      [5, 3, 4, 4, 3, 4].map((n) => `Ada ${n} tanda bahaya. Bisakah Anda menemukannya?`),
    );
    expect(slides.map((s) => s.querySelector('.mock')!.className)).to.deep.equal(['mock post', 'mock chat', 'mock post', 'mock chat', 'mock chat', 'mock ad']);
    expect(slides[1].querySelector('.bubbles .visually-hidden')!.textContent).to.equal('Mbak Rina (nama fiktif):');
  });

  it('names the shipped examples by id in `examples` (visa-turis, cs-kamboja, portal-cs)', async () => {
    const { el, codes } = await render<AwasScamCarousel>('<awas-scam-carousel examples="visa-turis, CS-KAMBOJA, portal-cs"></awas-scam-carousel>');
    expect(codes).to.deep.equal([]);
    const titles = Array.from(el.shadowRoot!.querySelectorAll('.slide .title')).map((t) => t.textContent);
    expect(titles).to.deep.equal(['Disuruh pakai visa turis', 'Lowongan admin di grup Facebook', 'Iklan di situs lowongan kerja']);
  });
});

describe('content/examples: bad input', () => {
  it('drops an example without flags or without texts, keeps the valid ones', () => {
    const { items, problems } = read([example('ok'), example('no-flags', { flags: [] }), example('no-text', { text: {} }), { id: 'bare', kind: 'ad' }]);
    expect(items.map((e) => e.id)).to.deep.equal(['ok']);
    expect(problems.join('\n')).to.contain('examples[1].flags must not be empty');
    expect(problems.join('\n')).to.contain('examples[2] has no usable text');
    expect(problems.join('\n')).to.contain('examples[3].source is required');
  });

  it('unmarks unknown flag ids and skips a language whose flags are not marked or explained', () => {
    const { items, problems } = read([
      example('ghost', {
        text: {
          id: { title: 'T', sender: 'S', lines: [{ text: '[[gaji|besar]] dan [[hantu|misteri]]' }], flags: { gaji: 'Umpan.' } },
          en: { title: 'T', sender: 'S', lines: [{ text: 'no marker here' }], flags: { gaji: 'Bait.' } },
          fr: { title: 'T', sender: 'S', lines: [{ text: '[[gaji|gros]]' }], flags: {} },
        },
      }),
    ]);
    expect(Object.keys(items[0].text)).to.deep.equal(['id']);
    expect(items[0].text.id!.lines[0].segments).to.deep.equal([{ flag: 'gaji', text: 'besar' }, { text: ' dan ' }, { text: 'misteri' }]);
    expect(problems).to.have.length(3);
    expect(problems[0]).to.contain('text.id marks [[hantu|…]] but flags has no such id');
    expect(problems[1]).to.contain('text.en has no marked phrase for gaji');
    expect(problems[2]).to.contain('text.fr has no explanation for gaji');
  });

  it('ignores a flag listed twice', () => {
    const { items, problems } = read([example('twice', { flags: [{ id: 'gaji', redFlag: 1, source: SOURCE }, { id: 'gaji', redFlag: 2, source: SOURCE }] })]);
    expect(items[0].flags).to.have.length(1);
    expect(problems[0]).to.contain('flag "gaji" is listed twice');
  });

  it('keeps an image only with an http(s) src and alt text', () => {
    const { items, problems } = read([
      example('good', { image: { src: '/poster.png', alt: { id: 'Poster lowongan', en: 'Job poster' } } }),
      example('no-alt', { image: { src: 'https://example.org/a.png' } }),
      example('empty-alt', { image: { src: 'https://example.org/a.png', alt: { id: '  ' } } }),
      example('script', { image: { src: 'javascript:alert(1)', alt: { id: 'x' } } }),
    ]);
    expect(items.map((e) => e.id)).to.deep.equal(['good', 'no-alt', 'empty-alt', 'script']);
    expect(items[0].image).to.deep.equal({ src: new URL('/poster.png', document.baseURI).href, alt: { id: 'Poster lowongan', en: 'Job poster' } });
    expect(items.slice(1).map((e) => e.image)).to.deep.equal([undefined, undefined, undefined]);
    expect(problems[0]).to.contain('image has no alt text');
    expect(problems[1]).to.contain('image has no alt text');
    expect(problems[2]).to.contain('is not an http(s) address');
  });

  it('cleans texts and refuses unsafe source links', () => {
    const { items } = read([example('dirty', { source: { ...SOURCE, name: 'Te\u202Empo' }, text: { id: { title: ' Judul\u0000 ', sender: 'S', lines: [{ text: 'A\u200B [[gaji|b]]', me: true }], flags: { gaji: 'x' } } } })]);
    expect(items[0].source!.name).to.equal('Tempo');
    expect(items[0].text.id!.title).to.equal('Judul');
    expect(items[0].text.id!.lines[0]).to.deep.equal({ me: true, segments: [{ text: 'A ' }, { flag: 'gaji', text: 'b' }] });
  });
});
