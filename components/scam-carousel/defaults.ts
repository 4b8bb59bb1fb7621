/**
 * The carousel's attribute defaults and allowed values, for the widget, the embed builder and the WordPress
 * packaging. No Lit, no DOM.
 */
import type { WidgetOption } from '../../src/widgets.js';

/** Seconds per example while rotating: default, and the least a reader gets (WCAG 2.2.1/2.2.2). */
export const DEFAULT_INTERVAL = 10;
export const MIN_INTERVAL = 5;
export const MAX_INTERVAL = 600;

/** `tap`: a button reveals the red flags; `always`: shown from the start. */
export const REVEALS = ['tap', 'always'] as const;
export type Reveal = (typeof REVEALS)[number];
export const DEFAULT_REVEAL: Reveal = 'tap';

/** What the builder's form and the WordPress block offer, in the README's order (src/widgets.ts: WidgetOption). */
export const OPTIONS = [
  { attribute: 'examples', control: 'ids', collection: 'examples' },
  { attribute: 'autoplay', control: 'flag' },
  { attribute: 'interval', control: 'number', values: ['5', '8', '10', '15', '20', '30'], default: String(DEFAULT_INTERVAL), shownWhen: { attribute: 'autoplay', is: true } },
  { attribute: 'reveal', control: 'choice', values: REVEALS, default: DEFAULT_REVEAL },
] as const satisfies readonly WidgetOption[];
