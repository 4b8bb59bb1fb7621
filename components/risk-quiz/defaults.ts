/**
 * The quiz's attribute defaults and allowed values, for the widget, the embed builder and the WordPress packaging.
 * No Lit, no DOM.
 */

export const MODES = ['step', 'list'] as const;
export type QuizMode = (typeof MODES)[number];
export const DEFAULT_MODE: QuizMode = 'step';

/** `from`: the result's hotline card takes the reader's location with the card's own default. */
export { DEFAULT_FROM } from '../hotline-card/defaults.js';
