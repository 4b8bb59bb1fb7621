/**
 * The safe exit's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging (its no-JavaScript exit link). No Lit, no DOM.
 */
import type { WidgetOption } from '../../src/widgets.js';
import { CORNERS } from './placement.js';

/** Where the reader goes: an innocuous weather search that says nothing about this page. */
export const DEFAULT_EXIT_HREF = 'https://www.google.com/search?q=cuaca+hari+ini';

/** `inline` in the page's flow, or floating in one corner. */
export const POSITIONS = ['inline', ...CORNERS] as const;
export type Position = (typeof POSITIONS)[number];
export const DEFAULT_POSITION: Position = 'inline';

/** What the builder's form and the WordPress block offer, in the README's order (src/widgets.ts: WidgetOption). */
export const OPTIONS = [
  // Empty or unusable: DEFAULT_EXIT_HREF.
  { attribute: 'href', control: 'url' },
  { attribute: 'position', control: 'choice', values: POSITIONS, default: DEFAULT_POSITION },
  { attribute: 'show-note', control: 'flag' },
  { attribute: 'no-shortcut', control: 'flag' },
] as const satisfies readonly WidgetOption[];
