import { expect } from '@open-wc/testing';
import { readCollection, type CollectionSpec, type ContentProblem } from '../../src/content/collection.js';
import { examplesSpec } from '../../src/content/examples.js';
import { hotlinesSpec } from '../../src/content/hotlines.js';
import { questionsSpec } from '../../src/content/questions.js';
import { statsSpec } from '../../src/content/stats.js';
import type { ContentItem } from '../../src/content/types.js';
import { normaliseSource, sourceNote } from '../../src/content/source.js';
import { validate } from '../../src/content/validate.js';
import { sourceSchema } from '../../src/content/schema/common.js';
import { formatDate, formatMonthYear } from '../../src/i18n/format.js';
import { isIsoDateOrMonth, todayIso } from '../../src/safety/date.js';

function hotline(extra: Record<string, unknown> = {}, channel: Record<string, unknown> = {}) {
  return {
    id: 'dinas',
    country: 'id',
    audience: { id: 1 },
    channels: [{ type: 'phone', value: '0812-0000-1234', ...channel }],
    text: { id: { name: 'Dinas Contoh' } },
    source: { name: 'Situs dinas', url: 'https://example.org/kontak', date: '2026-10' },
    checkedOn: '2026-11-30',
    reviewBy: '2099-01-01',
    ...extra,
  };
}

function read(pack: unknown) {
  const problems: ContentProblem[] = [];
  return { items: readCollection(hotlinesSpec, pack, 'content-src', problems).items ?? [], problems };
}

describe('content/source: one rule for every source', () => {
  it('accepts a month-only publication date and shows it as month and year, never with an invented day', () => {
    expect(isIsoDateOrMonth('2022-12')).to.equal(true);
    expect(isIsoDateOrMonth('2022-13')).to.equal(false);
    expect(isIsoDateOrMonth('2025-02-30')).to.equal(false);
    expect(formatDate('2022-12', 'id')).to.equal('Desember 2022');
    expect(formatDate('2022-12-05', 'id')).to.equal('5 Desember 2022');
    expect(formatMonthYear('2022-12-05', 'en')).to.equal('December 2022');
    expect(validate({ name: 'X', url: 'https://example.org/a', date: '2022-12' }, sourceSchema)).to.deep.equal([]);
    expect(validate({ name: 'X', url: 'https://example.org/a', date: '2022' }, sourceSchema).map((p) => p.reason)[0]).to.contain('YYYY-MM');
  });

  it('keeps a source whose link is unusable without the link; asks for a note when there is no link at all; refuses one without a name', () => {
    const problems: string[] = [];
    const ctx = { problem: (m: string) => problems.push(m) };
    expect(normaliseSource({ name: 'A\u202e', url: 'https://user:pw@example.org/x', date: '2025-01-02' }, ctx)).to.deep.equal({ name: 'A', url: '', date: '2025-01-02' });
    expect(problems[0]).to.contain('source.url "https://user:pw@example.org/x" is not a usable http(s) link');
    expect(normaliseSource({ name: 'B', date: '2025-01' }, ctx, 'flags.x.source')).to.deep.equal({ name: 'B', url: '', date: '2025-01' });
    expect(problems[1]).to.contain('flags.x.source has no url');
    const noted = normaliseSource({ name: 'C', date: '2025-01', note: { id: 'Arsip tidak ada', en: '' } }, ctx)!;
    expect(problems).to.have.length(2);
    expect(sourceNote(noted, 'en')).to.equal('Arsip tidak ada');
    expect(sourceNote(undefined, 'id')).to.equal('');
    expect(normaliseSource({ name: '\u202e\u0000 ', url: 'https://example.org/', date: '2025-01' }, ctx, 'channels[0].source', 'this channel') === null).to.equal(true);
    expect(problems[2]).to.equal('channels[0].source.name has no readable text: nothing may be shown as sourced by it, so this channel is skipped.');
  });

  it('the same rule and the same words in every collection: no readable name → skipped, bad link → kept without it', () => {
    const BLANK = { name: '\u202e\u200b ', url: 'https://example.org/a', date: '2025-01-01' };
    const TRAP = { name: 'Kemlu', url: 'https://kemlu.go.id@evil.example/', date: '2025-01-01' };
    const dates = { checkedOn: '2026-11-01', reviewBy: '2099-01-01' };
    const example = (id: string, source: unknown) => ({
      id,
      kind: 'post',
      source,
      flags: [{ id: 'gaji', redFlag: 1, source: { name: 'Tempo', url: 'https://www.tempo.co/a', date: '2025-04-06' } }],
      text: { id: { title: 'Judul', sender: 'Akun', lines: [{ text: 'Kerja [[gaji|gaji besar]]' }], flags: { gaji: 'Umpan.' } } },
      ...dates,
    });
    const items: Record<string, (id: string, source: unknown) => unknown> = {
      hotlines: (id, source) => hotline({ id, source }),
      questions: (id, source) => ({ id, source, weight: 2, risky: 'no', text: { id: { question: 'Tanya?', flag: 'Tanda', why: 'Alasan.' } }, ...dates }),
      examples: (id, source) => example(id, source),
      stats: (id, source) => ({ id, source, value: 12, text: { id: { label: 'warga' } }, ...dates }),
    };
    const nouns: Record<string, string> = { hotlines: 'hotline', questions: 'question', examples: 'example', stats: 'statistic' };
    for (const spec of [hotlinesSpec, questionsSpec, examplesSpec, statsSpec] as CollectionSpec<ContentItem>[]) {
      const problems: ContentProblem[] = [];
      const make = items[spec.key];
      const layer = readCollection(spec, { [spec.key]: [make('blank', BLANK), make('trap', TRAP)] }, 'content-src', problems);
      expect(layer.items!.map((i) => [i.id, i.source]), spec.key).to.deep.equal([['trap', { name: 'Kemlu', url: '', date: '2025-01-01' }]]);
      expect(problems, spec.key).to.deep.equal([
        { code: 'content-invalid', message: `content-src: ${spec.key}[0] source.name has no readable text: nothing may be shown as sourced by it, so this ${nouns[spec.key]} is skipped.` },
        { code: 'content-invalid', message: `content-src: ${spec.key}[1] source.url "https://kemlu.go.id@evil.example/" is not a usable http(s) link; the source is shown without it.` },
      ]);
    }
  });

  it('a channel or a red flag whose source has no readable name is left out, the rest of the item stays', () => {
    const { items, problems } = read({ hotlines: [hotline({ channels: [{ type: 'phone', value: '0812-0000-1234', source: { name: '\u200b', date: '2025-01' } }, { type: 'phone', value: '0812-0000-5678' }] })] });
    expect(items[0].channels.map((c) => c.phone!.national)).to.have.length(1);
    expect(problems.map((p) => p.message)).to.deep.equal(['content-src: hotlines[0] channels[0].source.name has no readable text: nothing may be shown as sourced by it, so this channel is skipped.']);
    const SOURCE = { name: 'Tempo', url: 'https://www.tempo.co/a', date: '2025-04-06' };
    const flags = [
      { id: 'gaji', redFlag: 1, source: SOURCE },
      { id: 'visa', redFlag: 2, source: { ...SOURCE, name: '\u202e' } },
    ];
    const text = { id: { title: 'Judul', sender: 'Akun', lines: [{ text: 'Kerja [[gaji|gaji besar]], [[visa|visa turis]]' }], flags: { gaji: 'Umpan.', visa: 'Bukan visa kerja.' } } };
    const found: ContentProblem[] = [];
    const [shown] = readCollection(examplesSpec, { examples: [{ id: 'contoh', kind: 'post', source: SOURCE, flags, text, checkedOn: '2026-11-01', reviewBy: '2099-01-01' }] }, 'inline JSON', found).items!;
    expect(shown.flags.map((f) => f.id)).to.deep.equal(['gaji']);
    expect(found[0].message).to.equal('inline JSON: examples[0] flags.visa.source.name has no readable text: nothing may be shown as sourced by it, so this flag is skipped.');
    // Its phrase is shown, unmarked: never as a red flag without a source.
    expect(found[1].message).to.contain('[[visa|…]] but flags has no such id');
  });

  it('reads an old file’s verifiedOn as checkedOn, with one clear message for the whole file', () => {
    const old = { hotlines: [hotline({ checkedOn: undefined, verifiedOn: '2026-11-01' }), hotline({ id: 'dua', checkedOn: undefined, verifiedOn: '2026-11-02' })] };
    const { items, problems } = read(old);
    expect(items.map((h) => h.checkedOn)).to.deep.equal(['2026-11-01', '2026-11-02']);
    expect(problems).to.have.length(1);
    expect(problems[0].code).to.equal('content-migrated');
    expect(problems[0].message).to.contain('"verifiedOn" is now "checkedOn"').and.contain('2 hotlines').and.contain('calledOn');
    // The author's object is left as it was.
    expect((old.hotlines[0] as Record<string, unknown>).verifiedOn).to.equal('2026-11-01');
  });

  it('shows a call only with its day and who called; a future or half-recorded call is refused', () => {
    const ok = read({ hotlines: [hotline({}, { calledOn: '2026-11-25', calledBy: 'Tim Desa Contoh' })] });
    expect(ok.problems).to.deep.equal([]);
    expect(ok.items[0].channels[0].call).to.deep.equal({ on: '2026-11-25', by: 'Tim Desa Contoh' });
    const half = read({ hotlines: [hotline({}, { calledOn: '2026-11-25' })] });
    expect(half.items[0].channels[0].call).to.equal(undefined);
    expect(half.problems[0].message).to.contain('needs both calledOn');
    const tomorrow = new Date(Date.now() + 2 * 86400000);
    const future = read({ hotlines: [hotline({}, { calledOn: todayIso(tomorrow), calledBy: 'X' })] });
    expect(future.items[0].channels[0].call).to.equal(undefined);
    expect(future.problems[0].message).to.contain('in the future');
  });
});
