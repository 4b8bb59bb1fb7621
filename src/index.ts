/**
 * Side-effect-free exports for npm users: classes, types, helpers and the version.
 * Importing this file defines no tags; use `awas-widgets/define` (all tags) or `Class.define('my-tag')`.
 */
export { VERSION } from './version.js';
export { AwasElement } from './base/awas-element.js';
export type { AwasEventMap, AwasEventName, AwasErrorDetail } from './base/events.js';
// Every widget class and ELEMENTS (tag → class): a new widget is added there, not here.
export * from './elements.js';
export { DEFAULT_EXIT_HREF } from '../components/safe-exit/defaults.js';
export { parsePhone, safeUrl, cleanText } from './safety/index.js';
export type { Phone } from './safety/index.js';
export { validate } from './content/validate.js';
export type { Schema } from './content/schema-types.js';
export { contentPackSchema } from './content/all-collections.js';
