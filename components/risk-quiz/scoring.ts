/**
 * Risk-quiz scoring: a pure function, no DOM, no state. Answers go in, a band and the red flags that fired come out.
 *
 * - Each question names the answer that is the red flag (`risky`: "yes" or "no") and a weight.
 * - A flag fires on the risky answer, on "unknown" ("Tidak tahu": find out before you go) and on no answer.
 * - Score = sum of the weights of the fired flags; ratio = score / sum of all weights.
 * - Band: `tinggi` when a critical question got its risky answer (whatever the sum) or ratio ≥ 0.4;
 *   `waspada` when any weighted flag fired; `rendah` only when none did. `rendah` is shown as "no warning sign in
 *   your answers", so it must never sit beside a listed warning sign. An unknown answer to a critical question
 *   counts its weight but does not force `tinggi` by itself.
 */

export type Answer = 'yes' | 'no' | 'unknown';
export const ANSWERS: readonly Answer[] = ['yes', 'no', 'unknown'];

export type Band = 'rendah' | 'waspada' | 'tinggi';

/** Share of the total weight from which a result is `tinggi` (any weighted flag makes it at least `waspada`). */
export const THRESHOLDS = { tinggi: 0.4 } as const;

export interface ScoredQuestion {
  id: string;
  /** Non-negative weight; anything else (NaN, negative, Infinity) counts as 0. */
  weight: number;
  /** The answer that is the red flag. */
  risky: 'yes' | 'no';
  /** A risky answer forces `tinggi`. */
  critical?: boolean;
}

export interface Flag {
  id: string;
  weight: number;
  critical: boolean;
  /** True when the flag fired because the reader did not know (or did not answer). */
  unknown: boolean;
}

export interface QuizResult {
  band: Band;
  score: number;
  max: number;
  /** True when a critical flag decided the band. */
  forced: boolean;
  /** Fired flags, in question order. */
  flags: Flag[];
}

function safeWeight(weight: number): number {
  return weight > 0 && isFinite(weight) ? weight : 0;
}

/** Score a set of answers. `answers` maps question id → answer; a missing answer counts as "unknown". */
export function scoreQuiz(questions: readonly ScoredQuestion[], answers: ReadonlyMap<string, Answer>): QuizResult {
  let score = 0;
  let max = 0;
  let forced = false;
  const flags: Flag[] = [];
  for (const q of questions) {
    const weight = safeWeight(q.weight);
    const answer = answers.get(q.id);
    const unknown = answer !== 'yes' && answer !== 'no';
    max += weight;
    if (!unknown && answer !== q.risky) continue;
    score += weight;
    const critical = Boolean(q.critical);
    if (critical && !unknown) forced = true;
    flags.push({ id: q.id, weight, critical, unknown });
  }
  const ratio = max > 0 ? score / max : 0;
  const band: Band = forced || ratio >= THRESHOLDS.tinggi ? 'tinggi' : score > 0 ? 'waspada' : 'rendah';
  return { band, score, max, forced, flags };
}

/** A question with an optional place where the reader can check it themselves. */
export interface CheckableQuestion {
  id: string;
  check?: { url: string };
}

/**
 * The questions whose `check` links the result lists, one per address: those of the fired flags, or, when none of
 * them has one (or no flag fired), those of every question asked.
 */
export function checksFor<Q extends CheckableQuestion>(questions: readonly Q[], flags: readonly Pick<Flag, 'id'>[]): Q[] {
  const fired = flags.map((f) => questions.find((q) => q.id === f.id)).filter((q): q is Q => Boolean(q?.check));
  const pool = fired.length ? fired : questions.filter((q) => q.check);
  const seen = new Set<string>();
  return pool.filter((q) => !seen.has(q.check!.url) && Boolean(seen.add(q.check!.url)));
}
