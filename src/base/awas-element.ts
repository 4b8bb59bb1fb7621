/**
 * AwasElement: the base class of every widget.
 * - guarded, versioned static define()
 * - emit(): typed, bubbling, composed events
 * - reportProblem(): one console message per page + an awas-error event on this element
 * - `theme` attribute shared by all widgets
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { VERSION } from '../version.js';
import { defineElement } from './define.js';
import type { AwasEventMap, AwasEventName } from './events.js';
import { reportProblem } from './report.js';
import type { Theme } from './theme.js';

/** Outside the class so the manifest analyzer does not list a bogus event named "name". */
function awasEvent<K extends AwasEventName>(name: K, detail: AwasEventMap[K], cancelable: boolean): CustomEvent {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable });
}

export class AwasElement extends LitElement {
  /** Version of the library that defined this element (compared when a second copy loads). */
  static readonly version = VERSION;

  /** Define `tag` with this class unless it is defined already (never throws on a second load). */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** The language of the widget (`id` or `en`). Falls back to the closest `lang` on the page, then `id`. */
  // No initial value on purpose: an unset lang must not reflect lang="" onto the page.
  @property({ reflect: true }) override lang!: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the reader's system setting). */
  @property({ reflect: true }) theme?: Theme;

  /** Dispatch a public Awas event from this element. Returns false if a listener called preventDefault(). */
  protected emit<K extends AwasEventName>(name: K, detail: AwasEventMap[K], cancelable = false): boolean {
    return this.dispatchEvent(awasEvent(name, detail, cancelable));
  }

  /**
   * Explain a problem to the page author: once per page in the console, and once per element as an
   * `awas-error` event. The widget keeps rendering whatever is still valid.
   */
  reportProblem(code: string, message: string): void {
    const key = `${code}:${message}`;
    if (this.reportedProblems.has(key)) return;
    this.reportedProblems.add(key);
    reportProblem(this, code, message, `<${this.localName}>: `);
  }

  /** Problems this element already reported (re-renders must not repeat the same event). */
  private readonly reportedProblems = new Set<string>();
}
