/**
 * The quiz's attribute defaults and allowed values, for the widget, the embed builder and the WordPress packaging.
 * No Lit, no DOM.
 */
import type { WidgetOption } from '../../src/widgets.js';
import { DEFAULT_FROM, OFFERED_LOCATIONS } from '../hotline-card/defaults.js';

export const MODES = ['step', 'list'] as const;
export type QuizMode = (typeof MODES)[number];
export const DEFAULT_MODE: QuizMode = 'step';

/** `from`: the result's hotline card takes the reader's location with the card's own default. */
export { DEFAULT_FROM } from '../hotline-card/defaults.js';

/** What the builder's form and the WordPress block offer, in the README's order (src/widgets.ts: WidgetOption). */
export const OPTIONS = [
  { attribute: 'questions', control: 'ids', collection: 'questions' },
  { attribute: 'mode', control: 'choice', values: MODES, default: DEFAULT_MODE },
  { attribute: 'heading', control: 'text' },
  { attribute: 'from', control: 'location', values: OFFERED_LOCATIONS, default: DEFAULT_FROM },
  // The result card's services (the quiz's content-src carries questions, so these are the built-in hotlines).
  { attribute: 'hotlines', control: 'ids', collection: 'hotlines' },
] as const satisfies readonly WidgetOption[];
