import { defineElement } from './base/define.js';
import { ELEMENTS } from './elements.js';

/** Register every tag (guarded: never throws if a tag is taken already). */
export function defineAll(): void {
  for (const [tag, ctor] of Object.entries(ELEMENTS)) defineElement(tag, ctor);
}
