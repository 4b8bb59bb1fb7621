/**
 * Every widget, and what the doors need to know of it besides its class (src/elements.ts) and its attribute defaults
 * (components/<name>/defaults.ts): the one list of widget names. No Lit, so the builder, the snippets, the hosted
 * pages, the WordPress packaging and the size script read it as they are.
 */
import type { CollectionKey } from './content/types.js';

export interface WidgetFacts {
  /** The content collection it shows, through content-src too (its default pack: src/content/packs/); null: none. */
  readonly collection: CollectionKey | null;
  /** Attributes besides lang that change its readable copy: the WordPress plugin packs one copy per value. */
  readonly copyAxes: readonly string[];
}

export const WIDGETS = {
  'hotline-card': { collection: 'hotlines', copyAxes: ['from', 'layout'] },
  // The quiz's result holds a compact hotline card for `from`.
  'risk-quiz': { collection: 'questions', copyAxes: ['from'] },
  'scam-carousel': { collection: 'examples', copyAxes: [] },
  'stats-ticker': { collection: 'stats', copyAxes: [] },
  'safe-exit': { collection: null, copyAxes: [] },
} as const satisfies Record<string, WidgetFacts>;

export type WidgetName = keyof typeof WIDGETS;
/** In the order the builder, the README and the WordPress block list them. */
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** The widgets that show content: each has a readable copy (rendered at build time) and a hosted page. */
export type ContentWidget = { [K in WidgetName]: (typeof WIDGETS)[K]['collection'] extends null ? never : K }[WidgetName];
export const CONTENT_WIDGETS = WIDGET_NAMES.filter((name) => WIDGETS[name].collection !== null) as ContentWidget[];
