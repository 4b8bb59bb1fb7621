/**
 * The ticker's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging. No Lit, no DOM.
 */

export const MODES = ['static', 'rotate', 'marquee'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_MODE: Mode = 'static';

/** Seconds per figure in rotate mode. Below 5 s a figure cannot be read (and WCAG 2.2.2 starts at 5 s). */
export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 120;
export const DEFAULT_INTERVAL = 8;
