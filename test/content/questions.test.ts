import { expect } from '@open-wc/testing';
import { COLLECTION_SCHEMAS, contentPackSchema } from '../../src/content/all-collections.js';
import { normaliseItem, readCollection, type ContentProblem } from '../../src/content/collection.js';
import pack from '../../src/content/packs/questions.json';
import { questionSchema, questionsSpec } from '../../src/content/questions.js';
import { packSchema } from '../../src/content/schema/pack.js';
import { validate } from '../../src/content/validate.js';

function raw(extra: Record<string, unknown> = {}) {
  return {
    id: 'tes',
    source: { name: 'Sumber', url: 'https://example.org/a', date: '2025-01-01' },
    checkedOn: '2026-11-23',
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

  it('asks what the seeker saw or checked: each question maps to a red flag of content-facts §2–§3, in Indonesian and English', () => {
    expect(pack.questions.length).to.be.within(10, 12);
    expect(pack.questions.map((q) => q.id)).to.deep.equal([
      'negara-tujuan', // §2 #9 not a placement country
      'cek-siskop2mi', // §2 #8 found in SISKOP2MI by the seeker, not a screenshot
      'visa-kerja', // §2 #3 tourist visa; §3 Pasal 13 work visa seen in the passport
      'diminta-berbohong', // §2 #10 false data at departure (and the "say you are on holiday" trick)
      'perjanjian-kerja', // §2 #7 contract signed before an officer; §3 Pasal 15
      'opp', // §3 pre-departure orientation
      'biaya', // §2 #11 up-front fees; §3 Pasal 30
      'syarat-mudah', // §2 #1 and #12: no qualifications, only typing and a passport
      'kerja-chat', // §2 #13 jobs that are scamming
      'lewat-medsos', // §2 #2 social media / chat
      'rute', // §2 #4 a ticket to another country
      'paspor', // §2 #6 passport asked for
    ]);
    for (const q of pack.questions) {
      for (const lang of ['id', 'en'] as const) {
        const t = (q.text as Record<string, { question: string; flag: string; why: string }>)[lang];
        expect(t, `${q.id}.${lang}`).to.exist;
        expect(t.question.endsWith('?'), `${q.id}.${lang} is a question`).to.equal(true);
        expect(t.why.length, `${q.id}.${lang} why is short`).to.be.at.most(260);
      }
    }
  });

  it('a question never asks for the recruiter’s claim or for a judgement of the pay', () => {
    for (const q of pack.questions) {
      const question = q.text.id.question;
      expect(question, q.id).not.to.match(/punya izin|sangat tinggi|terlalu tinggi|masuk akal/i);
    }
    // The checks only the seeker can do are asked as "have you yourself …", with "no" as the red flag.
    const risky = Object.fromEntries(pack.questions.map((q) => [q.id, q.risky]));
    for (const id of ['cek-siskop2mi', 'visa-kerja', 'perjanjian-kerja', 'opp']) expect(risky[id], id).to.equal('no');
    const check = pack.questions.find((q) => q.id === 'cek-siskop2mi')!;
    expect(check.text.id.question).to.contain('sendiri').and.contain('tangkapan layar');
    expect(check.check!.url).to.equal('https://siskop2mi.bp2mi.go.id/');
  });

  it('weights and critical flags: destination, being told to lie and the passport are critical', () => {
    const critical = pack.questions.filter((q) => 'critical' in q && q.critical).map((q) => q.id);
    expect(critical).to.deep.equal(['negara-tujuan', 'diminta-berbohong', 'paspor']);
    for (const q of pack.questions) expect(q.weight, q.id).to.be.within(1, 3);
    const risky = Object.fromEntries(pack.questions.map((q) => [q.id, q.risky]));
    expect(risky.paspor).to.equal('yes');
    expect(risky.biaya).to.equal('yes');
  });

  it('normalise keeps a usable check link and drops an unusable one with a problem', () => {
    const problems: string[] = [];
    const ctx = { path: 'questions[0]', problem: (m: string) => problems.push(m) };
    const label = { id: 'Cek sendiri di', en: 'Check yourself at' };
    const ok = normaliseItem(questionsSpec, raw({ check: { url: 'https://example.org/cek', label } }), ctx)!;
    expect(ok.check).to.deep.equal({ url: 'https://example.org/cek', label });
    expect(problems).to.deep.equal([]);
    const bad = normaliseItem(questionsSpec, raw({ check: { url: 'https://user:pw@example.org/', label } }), ctx)!;
    expect(bad.check).to.equal(undefined);
    expect(problems[0]).to.contain('check needs a usable http(s) url');
  });

  it('normalise cleans texts, keeps a source without an unusable link, and drops languages without text', () => {
    const problems: string[] = [];
    const ctx = { path: 'questions[0]', problem: (m: string) => problems.push(m) };
    const item = normaliseItem(questionsSpec, 
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
    expect(problems[0]).to.contain('not a usable http(s) link');

    const none = normaliseItem(questionsSpec, raw({ text: { id: { question: '\u200B', flag: '\u200B', why: '\u200B' } } }), ctx);
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
