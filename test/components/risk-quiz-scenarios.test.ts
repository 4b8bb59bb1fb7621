/**
 * The verdicts a reader who has been lied to gets. Each recruitment pattern of content-facts §5 is answered three
 * ways with the shipped questions: (a) truthfully, with the facts of the case; (b) by a seeker who believes every
 * claim of the recruiter; (c) unsure throughout. None may end in `rendah`. A legitimate placement must.
 *
 * The believer (b) is the worst case on purpose: every question that a recruiter's word can answer gets the safe
 * answer ("no, it is Thailand", "no fee", "nobody keeps my passport"). Only what the seeker must have seen or done
 * themselves (found the company in SISKOP2MI, a work visa in the passport, a contract signed before an officer,
 * an OPP booking) cannot be answered by believing: a believer has not done it, so answers "no".
 */
import { expect } from '@open-wc/testing';
import { checksFor, scoreQuiz, type Answer, type Band } from '../../components/risk-quiz/scoring.js';
// The shipped pack on purpose (not test/fixtures/): these are the verdicts of the shipped questions.
import pack from '../../src/content/packs/questions.json';

const QUESTIONS = pack.questions.map((q) => ({ id: q.id, weight: q.weight, risky: q.risky as 'yes' | 'no', critical: 'critical' in q && q.critical === true }));
const SELF_CHECKS = ['cek-siskop2mi', 'visa-kerja', 'perjanjian-kerja', 'opp'];
const safe = (q: (typeof QUESTIONS)[number]): Answer => (q.risky === 'yes' ? 'no' : 'yes');

type Answers = Record<string, Answer>;
function band(answers: Answers): Band {
  const missing = QUESTIONS.filter((q) => !(q.id in answers)).map((q) => q.id);
  expect(missing, 'a scenario answers every question').to.deep.equal([]);
  return scoreQuiz(QUESTIONS, new Map(Object.entries(answers))).band;
}

const believer = (): Answers => Object.fromEntries(QUESTIONS.map((q) => [q.id, SELF_CHECKS.includes(q.id) ? 'no' : safe(q)]));
const unsure = (): Answers => Object.fromEntries(QUESTIONS.map((q) => [q.id, 'unknown' as Answer]));
/** The facts of a case that a scam never has: no listing, no work visa, no contract before an officer, no OPP. */
const scamBasics: Answers = { 'cek-siskop2mi': 'no', 'visa-kerja': 'no', 'perjanjian-kerja': 'no', opp: 'no' };

/** content-facts §5, answered with what really happened in each case. */
const PATTERNS: Record<string, Answers> = {
  // 1. "Customer Service / Admin — Kamboja/Thailand, Rp 7–18 juta, tanpa pengalaman, mess + tiket gratis" (Tempo, kumparan)
  'customer service in Cambodia': { ...scamBasics, 'negara-tujuan': 'yes', 'diminta-berbohong': 'no', biaya: 'no', 'syarat-mudah': 'yes', 'kerja-chat': 'yes', 'lewat-medsos': 'yes', rute: 'yes', paspor: 'no' },
  // 2. "Staf dapur restoran di Thailand, USD 900": Facebook, flown to Ho Chi Minh City, driven into Cambodia (Puspa)
  'kitchen job in Thailand': { ...scamBasics, 'negara-tujuan': 'yes', 'diminta-berbohong': 'no', biaya: 'no', 'syarat-mudah': 'no', 'kerja-chat': 'yes', 'lewat-medsos': 'yes', rute: 'yes', paspor: 'no' },
  // 3. "Pabrik di Vietnam, Rp15 juta": a recruiter met in person, ended in Bavet, Cambodia, no contract
  'factory in Vietnam': { ...scamBasics, 'negara-tujuan': 'yes', 'diminta-berbohong': 'no', biaya: 'no', 'syarat-mudah': 'yes', 'kerja-chat': 'yes', 'lewat-medsos': 'no', rute: 'yes', paspor: 'no' },
  // 4. "CS/operator, USD 1,000–1,500": Facebook, Indonesian middlemen, no written contract (Migrant Care)
  'operator via middlemen': { ...scamBasics, 'negara-tujuan': 'yes', 'diminta-berbohong': 'no', biaya: 'no', 'syarat-mudah': 'yes', 'kerja-chat': 'yes', 'lewat-medsos': 'yes', rute: 'no', paspor: 'no' },
  // 5. "Kerja online di Kamboja, gaji dolar — ajak teman": a friend already there
  'a friend invites you': { ...scamBasics, 'negara-tujuan': 'yes', 'diminta-berbohong': 'no', biaya: 'no', 'syarat-mudah': 'yes', 'kerja-chat': 'unknown', 'lewat-medsos': 'yes', rute: 'unknown', paspor: 'no' },
  // 6. Transit trick: "pakai visa turis dulu", fly to Bangkok or Kuala Lumpur, then overland; "say you are on holiday"
  'tourist visa and transit': { ...scamBasics, 'negara-tujuan': 'unknown', 'diminta-berbohong': 'yes', biaya: 'no', 'syarat-mudah': 'unknown', 'kerja-chat': 'unknown', 'lewat-medsos': 'yes', rute: 'yes', paspor: 'no' },
};

describe('risk-quiz verdicts for the documented scams (content-facts §5)', () => {
  for (const [name, truth] of Object.entries(PATTERNS)) {
    it(`${name}: truthful, believing and unsure answers never read "rendah"`, () => {
      expect(band(truth), 'truthful').not.to.equal('rendah');
      expect(band(believer()), 'believes the recruiter').not.to.equal('rendah');
      expect(band(unsure()), 'unsure throughout').not.to.equal('rendah');
    });
  }

  it('the believer who would have scored 1 of 20 before (#16) now gets a warning, and every unsure answer counts', () => {
    expect(band(believer())).to.equal('waspada');
    expect(band(unsure())).to.equal('tinggi');
    // Cambodia named, even by a seeker who believes everything else: a critical flag.
    expect(band({ ...believer(), 'negara-tujuan': 'yes' })).to.equal('tinggi');
  });

  it('a legitimate placement (licensed P3MI found in SISKOP2MI, work visa, contract, OPP, no fees) is rendah', () => {
    const legit = Object.fromEntries(QUESTIONS.map((q) => [q.id, safe(q)]));
    expect(band(legit)).to.equal('rendah');
    // Any warning sign, even a light one (found through a Facebook ad), or a self check not done yet: waspada.
    expect(band({ ...legit, 'lewat-medsos': 'yes' })).to.equal('waspada');
    for (const id of SELF_CHECKS) expect(band({ ...legit, [id]: 'no' }), id).to.equal('waspada');
  });

  it('the result lists the places to check: the fired flags’ links, or (no flag) every question’s', () => {
    const questions = pack.questions as { id: string; check?: { url: string } }[];
    expect(checksFor(questions, []).map((q) => q.check!.url)).to.deep.equal(['https://siskop2mi.bp2mi.go.id/']);
    expect(checksFor(questions, [{ id: 'cek-siskop2mi' }]).map((q) => q.id)).to.deep.equal(['cek-siskop2mi']);
    expect(checksFor(questions, [{ id: 'paspor' }]).map((q) => q.id)).to.deep.equal(['cek-siskop2mi']);
    const twice = [{ id: 'a', check: { url: 'https://example.org/' } }, { id: 'b', check: { url: 'https://example.org/' } }];
    expect(checksFor(twice, [{ id: 'a' }, { id: 'b' }]).map((q) => q.id)).to.deep.equal(['a']);
  });
});
