/**
 * Waiting in tests: on a condition, never on a duration. Neither helper uses a timer, so both work under the fake
 * clock (test/helpers/clock.ts) and on a busy machine (which makes them later, never out of order).
 */
import { nextFrame } from '@open-wc/testing';

/**
 * Check `check` (sync or async) once an animation frame until it returns a truthy value, and return it; throw after
 * `timeout` ms of real time with `what`. The timeout is a ceiling for a broken page, not a duration a test relies on.
 */
export async function until<T>(check: () => T | Promise<T>, what = 'condition not met', timeout = 5000): Promise<NonNullable<T>> {
  const end = performance.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await nextFrame();
  }
}

/**
 * After what the steps before queued as tasks (a securitypolicyviolation or unhandledrejection event, a
 * MutationObserver's work, a promise chain): a message to ourselves is handled after the tasks already queued, and
 * the frame after it follows them too. An order, not a duration.
 */
export async function nextTask(): Promise<void> {
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
  await nextFrame();
}
