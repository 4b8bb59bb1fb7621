/**
 * The safe exit's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging (its no-JavaScript exit link). No Lit, no DOM.
 */
import { CORNERS } from './placement.js';

/** Where the reader goes: an innocuous weather search that says nothing about this page. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/search?q=cuaca+hari+ini';

/** `inline` in the page's flow, or floating in one corner. */
export const POSITIONS = ['inline', ...CORNERS] as const;
export type Position = (typeof POSITIONS)[number];
export const DEFAULT_POSITION: Position = 'inline';
