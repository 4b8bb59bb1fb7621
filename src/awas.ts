/**
 * The drop-in entry, built to dist/awas.js: one classic script (also fine as type="module") with every widget and
 * the default content. Loading it twice, or next to dist/awas-hotline-card.js, is harmless.
 */
import { dropIn } from './drop-in.js';
import { ELEMENTS } from './elements.js';

dropIn(ELEMENTS);
