/**
 * The moving parts of the ticker as pure functions: which mode really runs, rotation index maths, count-up values.
 * The widget owns the timer and the animation frame; these decide what they show.
 */
export const MODES = ['static', 'rotate', 'marquee'] as const;
export type Mode = (typeof MODES)[number];

/** Seconds per figure in rotate mode. Below 5 s a figure cannot be read (and WCAG 2.2.2 starts at 5 s). */
export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 120;
export const DEFAULT_INTERVAL = 8;

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

/** Index after moving by `delta`, wrapping around both ends. */
export function wrapIndex(index: number, delta: number, count: number): number {
  return count > 0 ? (((index + delta) % count) + count) % count : 0;
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
