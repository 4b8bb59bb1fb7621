/**
 * Guarded custom-element definition: loading Awas twice (same or different version) never throws.
 * A different version already on the page is reported once (console + awas-error on document); the first copy keeps
 * working.
 */
import { VERSION } from '../version.js';
import { reportPageProblem } from './report.js';

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
  reportVersionConflict(existing.version ?? 'unknown');
}

/** Another copy of Awas came first: say so once (its definitions stay in use), unless it is this very version. */
export function reportVersionConflict(other: string): void {
  if (other === VERSION) return;
  reportPageProblem('version-conflict', `Two versions of Awas are on this page (${other} is used, ${VERSION} is ignored). Remove one of the script tags.`);
}
