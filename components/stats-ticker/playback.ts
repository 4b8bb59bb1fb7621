/**
 * What the ticker plays, as pure functions: which mode really runs, the marquee's speed, count-up values. The
 * rotation timer and its pauses are src/controllers/motion.ts (shared with the carousel); the widget owns the
 * count-up's animation frame.
 */
import { MODES, type Mode } from './defaults.js';

/** Marquee speed: seconds each figure takes to cross, so longer lists do not scroll faster. */
export const MARQUEE_SECONDS_PER_FIGURE = 7;

/** Length of the count-up. */
export const COUNT_MS = 1200;

/** Read the mode attribute: a known mode, or null when it is not one. */
export function parseMode(value: unknown): Mode | null {
  const mode = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return (MODES as readonly string[]).includes(mode) ? (mode as Mode) : null;
}

/** The mode actually shown: motion falls back to static under reduced motion, or with fewer than two figures. */
export function effectiveMode(mode: Mode, reducedMotion: boolean, count: number): Mode {
  return reducedMotion || count < 2 ? 'static' : mode;
}

/** Ease-out cubic: fast start, gentle landing on the final value. */
export function easeOut(progress: number): number {
  const p = Math.min(1, Math.max(0, progress));
  return 1 - Math.pow(1 - p, 3);
}

/** The value shown at `progress` (0…1) of a count-up. Whole numbers stay whole; progress 1 is exactly the final value. */
export function countValue(final: number, progress: number): number {
  if (progress >= 1) return final;
  const value = final * easeOut(progress);
  return Number.isInteger(final) ? Math.round(value) : value;
}
