import { expect } from '@open-wc/testing';
import { COLLECTION_SCHEMAS, contentPackSchema } from '../../src/content/all-collections.js';
import { readCollection, type ContentProblem } from '../../src/content/collection.js';
import pack from '../../src/content/packs/questions.json';
import { questionSchema, questionsSpec } from '../../src/content/questions.js';
import { packSchema } from '../../src/content/schema/pack.js';
import { validate } from '../../src/content/validate.js';
import { parseIsoDate } from '../../src/safety/date.js';

function raw(extra: Record<string, unknown> = {}) {
  return {
    id: 'tes',
    source: { name: 'Sumber', url: 'https://example.org/a', date: '2025-01-01' },
    verifiedOn: '2026-11-23',
    reviewBy: '2099-01-01',
    weight: 2,
    risky: 'no',
    text: { id: { question: 'Tanya?', flag: 'Tanda', why: 'Alasan.' } },
    ...extra,
  };
}

describe('content/questions', () => {
  it('the default pack validates against the published schema with zero problems', () => {
    expect(validate(pack, packSchema({ questions: questionSchema }))).to.deep.equal([]);
    expect(validate(pack, contentPackSchema() as never)).to.deep.equal([]);
    const problems: ContentProblem[] = [];
    const layer = readCollection(questionsSpec, pack, 'built-in content', problems);
    expect(problems).to.deep.equal([]);
    expect(layer.items).to.have.length(pack.questions.length);
  });

  it('is registered for dist/awas-content.schema.json', () => {
    expect(COLLECTION_SCHEMAS.questions).to.equal(questionSchema);
    expect((contentPackSchema().properties as Record<string, unknown>).questions).to.exist;
  });

  it('has 10–12 questions, each mapped to a red flag of content-facts §2–§3, in Indonesian and English', () => {
    expect(pack.questions.length).to.be.within(10, 12);
    expect(pack.questions.map((q) => q.id)).to.deep.equal([
      'negara-tujuan', // §2 #9 not a placement country
      'gaji-tinggi', // §2 #1 fantastic salary for easy work
      'lewat-medsos', // §2 #2 social media / chat
      'tiket-gratis', // §2 #5 free tickets and housing
      'visa-turis', // §2 #3 tourist visa; §3 Pasal 13 work visa
      'transit', // §2 #4 third-country route
      'kontrak', // §2 #7 no written contract; §3 Pasal 15
      'izin-p3mi', // §2 #8 licence / SISKOP2MI
      'paspor', // §2 #6 passport taken
      'opp', // §3 pre-departure orientation
    ]);
    for (const q of pack.questions) {
      for (const lang of ['id', 'en'] as const) {
        const t = (q.text as Record<string, { question: string; flag: string; why: string }>)[lang];
        expect(t, `${q.id}.${lang}`).to.exist;
        expect(t.question.endsWith('?'), `${q.id}.${lang} is a question`).to.equal(true);
        expect(t.why.length, `${q.id}.${lang} why is short`).to.be.at.most(160);
      }
    }
  });

  it('every item carries its source, the day it was verified and a future review date', () => {
    const today = Date.now();
    for (const q of pack.questions) {
      expect(q.verifiedOn, q.id).to.equal('2026-11-23');
      expect(parseIsoDate(q.reviewBy)!.getTime(), q.id).to.be.greaterThan(today);
      expect(parseIsoDate(q.source.date)!.getTime(), q.id).to.be.at.most(parseIsoDate(q.verifiedOn)!.getTime());
      const url = new URL(q.source.url);
      expect(url.protocol, q.id).to.equal('https:');
      // content-facts.md names outlets, not article addresses: only homepages are cited, never invented paths.
      expect(url.pathname, q.id).to.equal('/');
      expect(q.source.name.length, q.id).to.be.greaterThan(3);
    }
  });

  it('weights and critical flags follow the issue: tourist visa, passport and destination are critical', () => {
    const critical = pack.questions.filter((q) => 'critical' in q && q.critical).map((q) => q.id);
    expect(critical).to.deep.equal(['negara-tujuan', 'visa-turis', 'paspor']);
    for (const q of pack.questions) expect(q.weight, q.id).to.be.within(1, 3);
    const risky = Object.fromEntries(pack.questions.map((q) => [q.id, q.risky]));
    expect(risky.kontrak).to.equal('no');
    expect(risky['izin-p3mi']).to.equal('no');
    expect(risky.opp).to.equal('no');
    expect(risky.paspor).to.equal('yes');
  });

  it('normalise cleans texts, keeps a source without an unusable link, and drops languages without text', () => {
    const problems: string[] = [];
    const ctx = { path: 'questions[0]', problem: (m: string) => problems.push(m) };
    const item = questionsSpec.normalise(
      raw({
        source: { name: 'Sumber\u202E', url: 'https://user:pw@example.org/', date: '2025-01-01' },
        text: { id: { question: ' Tanya\u0000 ?', flag: 'Tanda', why: 'Alasan.' }, en: { question: '\u200B', flag: 'x', why: 'y' } },
      }),
      ctx,
    )!;
    expect(item.source).to.deep.equal({ name: 'Sumber', url: '', date: '2025-01-01' });
    expect(item.text).to.deep.equal({ id: { question: 'Tanya ?', flag: 'Tanda', why: 'Alasan.' } });
    expect(item.critical).to.equal(false);
    expect(item.risky).to.equal('no');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.contain('not a usable link');

    const none = questionsSpec.normalise(raw({ text: { id: { question: '\u200B', flag: '\u200B', why: '\u200B' } } }), ctx);
    expect(none).to.equal(null);
    expect(problems[1]).to.contain('no usable text');
  });

  it('the schema refuses weights that are not numbers, unknown risky answers and missing texts', () => {
    const reasons = (value: unknown) => validate(value, questionSchema, 'q').map((p) => `${p.path} ${p.reason}`);
    expect(reasons(raw({ weight: '3' }))).to.include('q.weight must be a number, got "3"');
    expect(reasons(raw({ weight: 11 }))).to.include('q.weight must be ≤ 10, got 11');
    expect(reasons(raw({ risky: 'maybe' }))).to.include('q.risky must be one of yes, no, got "maybe"');
    expect(reasons(raw({ text: { id: { question: 'Tanya?' } } }))).to.include('q.text.id.flag is required');
    expect(reasons(raw({ weight: undefined }))).to.include('q.weight is required');
    expect(reasons(raw())).to.deep.equal([]);
  });
});
