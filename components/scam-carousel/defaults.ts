/**
 * The carousel's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging. No Lit, no DOM.
 */

/** Seconds per example while rotating: default, and the least a reader gets (WCAG 2.2.1/2.2.2). */
export const DEFAULT_INTERVAL = 10;
export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 600;

/** `tap`: a button reveals the red flags; `always`: shown from the start. */
export const REVEALS = ['tap', 'always'] as const;
export type Reveal = (typeof REVEALS)[number];
export const DEFAULT_REVEAL: Reveal = 'tap';
