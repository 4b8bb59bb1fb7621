/**
 * A fake clock for tests where time is the subject (rotation timers): the test moves time with `clock.tick(ms)`
 * instead of sleeping. Only the timers and Date are faked; animation frames, IntersectionObserver and media
 * queries stay real, so waiting on them uses `until()` (./wait.ts), which checks once an animation frame and
 * measures with performance.now() (neither is faked).
 */
import sinon from 'sinon';

export { until } from './wait.js';

export type Clock = sinon.SinonFakeTimers;

/** Install the fake clock at the real current time (content past its reviewBy date would warn otherwise). */
export function fakeClock(): Clock {
  return sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}
