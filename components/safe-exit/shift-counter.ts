/**
 * Counting Shift presses for the quick-exit shortcut (the GOV.UK "Exit this page" interaction):
 * Shift pressed `needed` times within `windowMs`, with no other key in between (so typing capitals never triggers it).
 */
export interface ShiftCounter {
  /** Feed a keydown; returns how many presses are still needed (0 = trigger now). */
  press(key: string, repeat: boolean, now: number): number;
  reset(): void;
}

/** The shortcut: this many Shift presses… */
export const SHIFT_PRESSES = 3;
/** …within this many milliseconds (the "press again" hint clears after the same time). */
export const SHIFT_WINDOW_MS = 5000;

export function createShiftCounter(needed = SHIFT_PRESSES, windowMs = SHIFT_WINDOW_MS): ShiftCounter {
  let count = 0;
  let started = 0;
  return {
    press(key, repeat, now) {
      if (key !== 'Shift') {
        count = 0;
        return needed;
      }
      if (repeat) return needed - count;
      if (count === 0 || now - started > windowMs) {
        count = 0;
        started = now;
      }
      count += 1;
      const left = needed - count;
      if (left <= 0) count = 0;
      return Math.max(left, 0);
    },
    reset() {
      count = 0;
    },
  };
}
