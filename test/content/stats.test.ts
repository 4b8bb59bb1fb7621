import { expect } from '@open-wc/testing';
import defaultPack from '../../src/content/packs/stats.json';
import { contentPackSchema } from '../../src/content/all-collections.js';
import { readCollection, type ContentProblem } from '../../src/content/collection.js';
import { statsSpec, type Stat } from '../../src/content/stats.js';
import { validate } from '../../src/content/validate.js';

function read(pack: unknown) {
  const problems: ContentProblem[] = [];
  const layer = readCollection(statsSpec, pack, 'test', problems);
  return { items: layer.items ?? [], problems };
}

function item(extra: Record<string, unknown> = {}) {
  return {
    id: 'x',
    value: 12,
    source: { name: 'Dinas', url: 'https://example.org/', date: '2026-10-01' },
    checkedOn: '2026-11-23',
    reviewBy: '2027-11-23',
    text: { id: { label: 'warga' } },
    ...extra,
  };
}

describe('content/stats', () => {
  it('the default pack validates with zero problems', () => {
    const { items, problems } = read(defaultPack);
    expect(problems).to.deep.equal([]);
    expect(items).to.have.length(defaultPack.stats.length);
    expect(validate(defaultPack, contentPackSchema())).to.deep.equal([]);
  });

  it('every default figure is sourced, dated, checked and due for review in the future', () => {
    const { items } = read(defaultPack);
    for (const s of items) {
      expect(s.source.url, s.id).to.match(/^https:\/\//);
      expect(s.source.name, s.id).to.not.equal('');
      expect(s.checkedOn, s.id).to.equal('2026-12-01');
      expect(Date.parse(s.reviewBy), s.id).to.be.greaterThan(Date.parse('2026-11-23'));
      expect(s.text.id?.label, s.id).to.be.a('string');
      expect(s.text.en?.label, s.id).to.be.a('string');
    }
  });

  it('ships the figures of content-facts.md §4 exactly, with conflicts resolved as that file says', () => {
    const byId = new Map<string, Stat>(read(defaultPack).items.map((s) => [s.id, s]));
    const facts: Record<string, [number, string?]> = {
      'kemlu-online-scam': [10000, 'more-than'], // Kemlu 2020–Oct 2025: ">10,000"
      'kbri-phnom-penh-2025': [5088], // KBRI Phnom Penh 2025 full year
      // Not shipped: 'kemlu-cambodia' (2,962, cumulative to Nov 2024) read as a comparison beside KBRI's 2025 figure;
      // 'polri-tppo-2024' (2,179): no page states it, and Polri's year-end statement gives other figures.
      'ohchr-cambodia': [100000, 'about'], // OHCHR 2023: "about 100,000" in Cambodia
      'myawaddy-2025': [699], // 46 + 84 + 569, not the partial 554
      'imigrasi-delayed-2025': [5000], // Jan–Apr 2025, non-procedural migrant workers
      'ppatk-gambling-2024': [359810000000000], // PPATK 2024 = Rp359,81 triliun (never Rp238T)
    };
    expect([...byId.keys()].sort()).to.deep.equal(Object.keys(facts).sort());
    for (const [id, [value, qualifier]] of Object.entries(facts)) {
      expect(byId.get(id)!.value, id).to.equal(value);
      expect(byId.get(id)!.qualifier, id).to.equal(qualifier);
    }
    const text = JSON.stringify(defaultPack);
    expect(text).not.to.contain('2321');
    expect(text).not.to.contain('2.321');
    expect(text).not.to.contain('238');
    expect(byId.get('ppatk-gambling-2024')!.currency).to.equal('IDR');
  });

  it('skips a statistic without a source, with a reason', () => {
    const noSource: Record<string, unknown> = item();
    delete noSource.source;
    const { items, problems } = read({ stats: [noSource, item({ id: 'ok' })] });
    expect(items.map((s) => s.id)).to.deep.equal(['ok']);
    expect(problems[0].code).to.equal('content-invalid');
    expect(problems[0].message).to.contain('stats[0].source is required');
  });

  it('skips non-numeric, negative and too large values', () => {
    const { items, problems } = read({ stats: [item({ value: 'banyak' }), item({ id: 'b', value: '1386' }), item({ id: 'c', value: -1 }), item({ id: 'd', value: 1e17 })] });
    expect(items).to.deep.equal([]);
    expect(problems.map((p) => p.message).join('\n')).to.contain('stats[0].value must be a number, got "banyak"');
    expect(problems).to.have.length(4);
  });

  it('keeps a figure whose source link is unusable without the link (the one rule for sources), and drops one without a source name', () => {
    const { items, problems } = read({ stats: [item({ source: { name: 'Kemlu', url: 'https://kemlu.go.id@evil.example/', date: '2025-01-01' } })] });
    expect(items.map((s) => s.source)).to.deep.equal([{ name: 'Kemlu', url: '', date: '2025-01-01' }]);
    expect(problems[0].message).to.contain('source.url "https://kemlu.go.id@evil.example/" is not a usable http(s) link');
    const blank = read({ stats: [item({ source: { name: '\u202e\u200b', url: 'https://example.org/', date: '2025-01-01' } })] });
    expect(blank.items).to.deep.equal([]);
    expect(blank.problems[0].message).to.contain('source.name has no readable text: nothing may be shown as sourced by it, so this statistic is skipped.');
  });

  it('refuses other link schemes and unknown fields through the schema', () => {
    const { problems } = read({ stats: [item({ source: { name: 'X', url: 'javascript:alert(1)', date: '2025-01-01' } }), item({ id: 'y', qualifier: 'roughly' }), item({ id: 'z', color: 'red' })] });
    expect(problems).to.have.length(3);
  });

  it('cleans texts, keeps only languages with a label, and drops empty optional texts', () => {
    const { items, problems } = read({
      stats: [
        item({ text: { id: { label: ' warga \u202e desa ', unit: ' ', period: '2026', note: '' }, en: { label: '\u200b' } } }),
        item({ id: 'nolabel', text: { en: { label: '\u200b\u200b' } } }),
      ],
    });
    expect(items).to.have.length(1);
    expect(items[0].text).to.deep.equal({ id: { label: 'warga desa', unit: undefined, period: '2026', note: undefined } });
    expect(problems[0].message).to.contain('has no label');
  });

  it('is published in the content-pack schema', () => {
    const schema = contentPackSchema() as { properties: Record<string, unknown> };
    expect(schema.properties.stats).to.be.an('object');
  });
});
