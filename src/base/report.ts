/**
 * The one way Awas tells a page author about a problem: a console message once per page, and an `awas-error` event
 * `{code, message}` that bubbles out of shadow roots (a listener on document hears every one).
 * - reportProblem(): on the element it concerns (a widget, a mount), every time; the widget's own method
 *   (AwasElement.reportProblem) keeps it to once per element.
 * - reportPageProblem(): a problem of the whole page (two versions of the script, an embed page without its widget),
 *   once per page for each code (whatever the message: three copies of the script are one conflict), on document.
 */
import { pageRegistry } from './registry.js';

/** Write `message` to the console unless the same `key` was written already (by any copy of Awas). */
function logOnce(key: string, message: string): boolean {
  const { logged } = pageRegistry();
  if (logged.has(key)) return false;
  logged.add(key);
  console.warn(`[awas] ${message}`);
  return true;
}

function awasError(target: EventTarget, code: string, message: string): void {
  target.dispatchEvent(new CustomEvent('awas-error', { detail: { code, message }, bubbles: true, composed: true }));
}

/** `where` starts the console line (e.g. "<awas-hotline-card>: "); the event's message is `message` alone. */
export function reportProblem(target: EventTarget, code: string, message: string, where = ''): void {
  logOnce(`${code}:${message}`, `${where}${message}`);
  awasError(target, code, message);
}

export function reportPageProblem(code: string, message: string): void {
  if (logOnce(`page:${code}`, message)) awasError(document, code, message);
}
