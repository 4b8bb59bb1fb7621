/**
 * The ticker's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging. No Lit, no DOM.
 */
import type { WidgetOption } from '../../src/widgets.js';

export const MODES = ['static', 'rotate', 'marquee'] as const;
export type Mode = (typeof MODES)[number];
export const DEFAULT_MODE: Mode = 'static';

/** Seconds per figure in rotate mode. Below 5 s a figure cannot be read (and WCAG 2.2.2 starts at 5 s). */
export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 120;
export const DEFAULT_INTERVAL = 8;

/** What the builder's form and the WordPress block offer, in the README's order (src/widgets.ts: WidgetOption). */
export const OPTIONS = [
  { attribute: 'stats', control: 'ids', collection: 'stats' },
  { attribute: 'mode', control: 'choice', values: MODES, default: DEFAULT_MODE },
  { attribute: 'interval', control: 'number', values: ['5', '8', '10', '15', '20', '30', '60'], default: String(DEFAULT_INTERVAL), shownWhen: { attribute: 'mode', is: 'rotate' } },
  { attribute: 'animate', control: 'flag' },
] as const satisfies readonly WidgetOption[];
