/**
 * A fake clock for tests where time is the subject (rotation timers): the test moves time with `clock.tick(ms)`
 * instead of sleeping. Only the timers and Date are faked; animation frames, IntersectionObserver and media
 * queries stay real, so waiting on them uses `until()`, which polls on animation frames and measures with
 * performance.now() (neither is faked).
 */
import { nextFrame } from '@open-wc/testing';
import sinon from 'sinon';

export type Clock = sinon.SinonFakeTimers;

/** Install the fake clock at the real current time (content past its reviewBy date would warn otherwise). */
export function fakeClock(): Clock {
  return sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
}

/** Wait until `condition` holds, checking once a frame; fail after `timeout` ms of real time. */
export async function until(condition: () => unknown, message = 'condition not met', timeout = 5000): Promise<void> {
  const end = performance.now() + timeout;
  while (!condition()) {
    if (performance.now() > end) throw new Error(`until: ${message}`);
    await nextFrame();
  }
}
