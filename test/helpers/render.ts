/** Render a widget with its awas-error codes and console output collected from before the upgrade. */
import { fixture, type html } from '@open-wc/testing';
import { captureConsole } from './console.js';

export async function renderCollecting<T extends HTMLElement & { updateComplete: Promise<unknown> }>(template: ReturnType<typeof html> | string) {
  const codes: string[] = [];
  const listener = (e: Event) => codes.push((e as CustomEvent).detail.code);
  document.addEventListener('awas-error', listener);
  const logs = captureConsole();
  try {
    const el = await fixture<T>(template);
    await el.updateComplete;
    return { el, codes, logs };
  } finally {
    logs.restore();
    document.removeEventListener('awas-error', listener);
  }
}
