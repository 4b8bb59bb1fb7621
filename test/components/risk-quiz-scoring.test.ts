import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ANSWERS, scoreQuiz, THRESHOLDS, type Answer, type Band, type ScoredQuestion } from '../../components/risk-quiz/scoring.js';
// The shipped pack on purpose (not test/fixtures/): DEFAULTS checks the shipped questions' verdicts.
import pack from '../../src/content/packs/questions.json';

const RANK: Record<Band, number> = { rendah: 0, waspada: 1, tinggi: 2 };
type Given = Answer | undefined;
const GIVEN: Given[] = [...ANSWERS, undefined];

function answersOf(questions: readonly ScoredQuestion[], given: Given[]): Map<string, Answer> {
  const map = new Map<string, Answer>();
  questions.forEach((q, i) => given[i] !== undefined && map.set(q.id, given[i] as Answer));
  return map;
}

/** A second, deliberately plain reading of the rules in scoring.ts, to check every combination against. */
function oracle(questions: readonly ScoredQuestion[], given: Given[]) {
  let score = 0;
  let max = 0;
  let critical = false;
  const flags: string[] = [];
  questions.forEach((q, i) => {
    const w = Number.isFinite(q.weight) && q.weight > 0 ? q.weight : 0;
    max += w;
    const a = given[i];
    const fired = a === undefined || a === 'unknown' || a === q.risky;
    if (!fired) return;
    flags.push(q.id);
    score += w;
    if (q.critical && a === q.risky) critical = true;
  });
  const ratio = max === 0 ? 0 : score / max;
  const band: Band = critical ? 'tinggi' : ratio >= 0.4 ? 'tinggi' : score > 0 ? 'waspada' : 'rendah';
  return { band, score, max, flags, forced: critical };
}

function* combinations(n: number): Generator<Given[]> {
  const total = GIVEN.length ** n;
  for (let k = 0; k < total; k++) {
    const combo: Given[] = [];
    let rest = k;
    for (let i = 0; i < n; i++) {
      combo.push(GIVEN[rest % GIVEN.length]);
      rest = Math.floor(rest / GIVEN.length);
    }
    yield combo;
  }
}

const SMALL: ScoredQuestion[] = [
  { id: 'visa', weight: 3, risky: 'yes', critical: true },
  { id: 'contract', weight: 2, risky: 'no' },
  { id: 'chat', weight: 1, risky: 'yes' },
  { id: 'orientation', weight: 4, risky: 'no' },
  { id: 'zero', weight: 0, risky: 'yes', critical: true },
];

const DEFAULTS: ScoredQuestion[] = pack.questions.map((q) => ({ id: q.id, weight: q.weight, risky: q.risky as 'yes' | 'no', critical: 'critical' in q && q.critical === true }));

describe('risk-quiz scoring (pure)', () => {
  it('matches the rules for every combination of answers on a small set (4^5 = 1024 cases)', () => {
    let count = 0;
    const bands = new Set<Band>();
    for (const given of combinations(SMALL.length)) {
      const result = scoreQuiz(SMALL, answersOf(SMALL, given));
      const expected = oracle(SMALL, given);
      const label = JSON.stringify(given);
      expect(result.band, label).to.equal(expected.band);
      expect(result.score, label).to.equal(expected.score);
      expect(result.max, label).to.equal(10);
      expect(result.forced, label).to.equal(expected.forced);
      expect(result.flags.map((f) => f.id), label).to.deep.equal(expected.flags);
      for (const flag of result.flags) {
        const i = SMALL.findIndex((q) => q.id === flag.id);
        expect(flag.unknown, label).to.equal(given[i] !== 'yes' && given[i] !== 'no');
        expect(flag.critical, label).to.equal(Boolean(SMALL[i].critical));
      }
      bands.add(result.band);
      count++;
    }
    expect(count).to.equal(1024);
    expect(Array.from(bands).sort()).to.deep.equal(['rendah', 'tinggi', 'waspada']);
  });

  it('uses the documented thresholds: any weighted flag for waspada, 40% of the weight for tinggi', () => {
    const qs: ScoredQuestion[] = Array.from({ length: 25 }, (_, i) => ({ id: `q${i}`, weight: 1, risky: 'yes' }));
    const band = (risky: number) => scoreQuiz(qs, new Map(qs.map((q, i) => [q.id, (i < risky ? 'yes' : 'no') as Answer]))).band;
    expect(THRESHOLDS).to.deep.equal({ tinggi: 0.4 });
    expect([0, 1, 2, 9, 10, 25].map(band)).to.deep.equal(['rendah', 'waspada', 'waspada', 'waspada', 'tinggi', 'tinggi']);
  });

  it('a critical red flag forces tinggi; an unknown critical answer only adds its weight', () => {
    const qs: ScoredQuestion[] = [
      { id: 'passport', weight: 1, risky: 'yes', critical: true },
      ...Array.from({ length: 30 }, (_, i) => ({ id: `q${i}`, weight: 1, risky: 'yes' as const })),
    ];
    const safe = new Map<string, Answer>(qs.map((q) => [q.id, 'no']));
    expect(scoreQuiz(qs, new Map(safe).set('passport', 'yes'))).to.deep.include({ band: 'tinggi', forced: true, score: 1 });
    expect(scoreQuiz(qs, new Map(safe).set('passport', 'unknown'))).to.deep.include({ band: 'waspada', forced: false, score: 1 });
  });

  it('treats unusable weights as 0 and an empty or weightless set as rendah', () => {
    const qs: ScoredQuestion[] = [
      { id: 'nan', weight: NaN, risky: 'yes' },
      { id: 'neg', weight: -5, risky: 'yes' },
      { id: 'inf', weight: Infinity, risky: 'yes' },
    ];
    const all = new Map<string, Answer>(qs.map((q) => [q.id, 'yes']));
    expect(scoreQuiz(qs, all)).to.deep.include({ band: 'rendah', score: 0, max: 0 });
    expect(scoreQuiz(qs, all).flags).to.have.length(3);
    expect(scoreQuiz([], new Map())).to.deep.equal({ band: 'rendah', score: 0, max: 0, forced: false, flags: [] });
  });

  describe('properties on the default questions', () => {
    const answerArb = fc.array(fc.constantFrom<Given>(...GIVEN), { minLength: DEFAULTS.length, maxLength: DEFAULTS.length });

    it('agrees with the plain reading of the rules', () => {
      fc.assert(
        fc.property(answerArb, (given) => {
          const r = scoreQuiz(DEFAULTS, answersOf(DEFAULTS, given));
          const o = oracle(DEFAULTS, given);
          return r.band === o.band && r.score === o.score && r.flags.map((f) => f.id).join() === o.flags.join();
        }),
        { numRuns: 2000 },
      );
    });

    it('never lowers the band when a safe answer becomes risky or unknown', () => {
      fc.assert(
        fc.property(answerArb, fc.nat(DEFAULTS.length - 1), fc.constantFrom<Given>('unknown', undefined, 'risky' as Given), (given, i, change) => {
          const q = DEFAULTS[i];
          const safe: Answer = q.risky === 'yes' ? 'no' : 'yes';
          const before = [...given];
          before[i] = safe;
          const after = [...given];
          after[i] = change === ('risky' as Given) ? q.risky : change;
          const a = scoreQuiz(DEFAULTS, answersOf(DEFAULTS, before));
          const b = scoreQuiz(DEFAULTS, answersOf(DEFAULTS, after));
          return RANK[b.band] >= RANK[a.band] && b.score >= a.score && b.flags.length === a.flags.length + 1;
        }),
        { numRuns: 2000 },
      );
    });

    it('does not depend on the order of the questions', () => {
      fc.assert(
        fc.property(answerArb, fc.array(fc.nat(), { minLength: DEFAULTS.length, maxLength: DEFAULTS.length }), (given, keys) => {
          const answers = answersOf(DEFAULTS, given);
          const shuffled = DEFAULTS.map((q, i) => ({ q, k: keys[i] })).sort((x, y) => x.k - y.k).map((x) => x.q);
          const a = scoreQuiz(DEFAULTS, answers);
          const b = scoreQuiz(shuffled, answers);
          return a.band === b.band && a.score === b.score && a.flags.length === b.flags.length;
        }),
      );
    });

    it('any critical red flag gives tinggi; all safe gives rendah with no flag; all unknown gives tinggi', () => {
      const critical = DEFAULTS.filter((q) => q.critical);
      expect(critical.map((q) => q.id)).to.deep.equal(['negara-tujuan', 'diminta-berbohong', 'paspor']);
      fc.assert(
        fc.property(answerArb, fc.constantFrom(...critical), (given, q) => {
          const answers = answersOf(DEFAULTS, given).set(q.id, q.risky);
          return scoreQuiz(DEFAULTS, answers).band === 'tinggi';
        }),
      );
      const safe = new Map<string, Answer>(DEFAULTS.map((q) => [q.id, q.risky === 'yes' ? 'no' : 'yes']));
      expect(scoreQuiz(DEFAULTS, safe)).to.deep.equal({ band: 'rendah', score: 0, max: 30, forced: false, flags: [] });
      const unknown = scoreQuiz(DEFAULTS, new Map());
      expect(unknown).to.deep.include({ band: 'tinggi', score: 30, forced: false });
      expect(unknown.flags.every((f) => f.unknown)).to.equal(true);
    });

    it('one non-critical flag alone is waspada: "no warning sign" is never shown beside a warning sign', () => {
      const safe = new Map<string, Answer>(DEFAULTS.map((q) => [q.id, q.risky === 'yes' ? 'no' : 'yes']));
      for (const q of DEFAULTS.filter((d) => !d.critical)) {
        const result = scoreQuiz(DEFAULTS, new Map(safe).set(q.id, q.risky));
        expect(result.band, q.id).to.equal('waspada');
        expect(result.flags, q.id).to.have.length(1);
      }
    });
  });
});
