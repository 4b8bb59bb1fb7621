/**
 * Guarded custom-element definition: loading Awas twice (same or different version) never throws.
 * A different version already on the page gets one console warning; the first copy keeps working.
 */
import { VERSION } from '../version.js';
import { logOnce } from './log.js';

interface Versioned {
  version?: string;
}

export function defineElement(tag: string, ctor: CustomElementConstructor & Versioned): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & Versioned) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  const other = existing.version ?? 'unknown';
  if (other !== VERSION) {
    logOnce(
      'warn',
      'version-conflict',
      `Two versions of Awas are on this page (${other} is used, ${VERSION} is ignored). Remove one of the script tags.`,
    );
  }
}
