/** Render a widget with its awas-error codes and console output collected from before the upgrade. */
import { fixture, type html } from '@open-wc/testing';
import { captureConsole } from './console.js';

type Template = ReturnType<typeof html> | string;
type Updating = HTMLElement & { updateComplete: Promise<unknown> };

export async function renderCollecting<T extends Updating>(template: Template) {
  const codes: string[] = [];
  const problems: { code: string; message: string }[] = [];
  const listener = (e: Event) => {
    const { code, message } = (e as CustomEvent).detail;
    codes.push(code);
    problems.push({ code, message });
  };
  document.addEventListener('awas-error', listener);
  const logs = captureConsole();
  try {
    const el = await fixture<T>(template);
    await el.updateComplete;
    return { el, codes, problems, logs };
  } finally {
    logs.restore();
    document.removeEventListener('awas-error', listener);
  }
}

/** The shared name: `const { el, codes, logs } = await render<AwasHotlineCard>(html\`…\`)`. */
export const render = renderCollecting;

/** A pack as the inline `<script type="application/json">` child the widgets read (src/content/inline.ts). */
export function inlinePack(pack: unknown): string {
  // "</" would end the script element early; JSON allows "<\/" for it.
  return `<script type="application/json">${JSON.stringify(pack).replace(/<\//g, '<\\/')}</script>`;
}
