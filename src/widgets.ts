/**
 * Every widget, and what the doors need to know of it besides its class (src/elements.ts): the one list of widget
 * names, the content it shows, what changes its readable copy, and the attributes a form door offers (its OPTIONS in
 * components/<name>/defaults.ts). No Lit, so the builder, the snippets, the hosted pages, the WordPress packaging and
 * the size script read it as they are.
 */
import * as hotlineCard from '../components/hotline-card/defaults.js';
import * as riskQuiz from '../components/risk-quiz/defaults.js';
import * as safeExit from '../components/safe-exit/defaults.js';
import * as scamCarousel from '../components/scam-carousel/defaults.js';
import * as statsTicker from '../components/stats-ticker/defaults.js';
import type { CollectionKey } from './content/types.js';

/** Show an option only while another option of the same widget has this value (an interval only while rotating). */
export interface ShownWhen {
  readonly attribute: string;
  readonly is: string | boolean;
}

/**
 * One attribute as a form door offers it (the builder's form, the WordPress block's controls), in the order the
 * README documents them. Its words (label, help, value names) are `editor` in src/i18n/locales/<lang>.ts.
 *   choice    one of `values` (an enumeration the attribute documents); `default` is what the widget does anyway
 *   number    a whole number; `values` are the ones offered, the attribute takes others in its range
 *   location  the reader's country (two letters): decides which hotlines lead
 *   ids       an ordered pick from a content collection; by default what the widget shows without the attribute
 *   flag      a boolean attribute, off by default
 *   text      free text; empty means the widget's own
 *   url       an http(s) address; an unusable one is left out of the snippet
 */
export type WidgetOption =
  | { readonly attribute: string; readonly control: 'choice' | 'number' | 'location'; readonly values: readonly string[]; readonly default: string; readonly shownWhen?: ShownWhen }
  | { readonly attribute: string; readonly control: 'ids'; readonly collection: CollectionKey; readonly shownWhen?: ShownWhen }
  | { readonly attribute: string; readonly control: 'flag' | 'text' | 'url'; readonly shownWhen?: ShownWhen };

export interface WidgetFacts {
  /** The content collection it shows, through content-src too (its default pack: src/content/packs/); null: none. */
  readonly collection: CollectionKey | null;
  /** Attributes besides lang that change its readable copy: the WordPress plugin packs one copy per value. */
  readonly copyAxes: readonly string[];
  /** What a form door offers (lang, theme and content-src are every widget's and the doors' own). */
  readonly options: readonly WidgetOption[];
}

export const WIDGETS = {
  'hotline-card': { collection: 'hotlines', copyAxes: ['from', 'layout'], options: hotlineCard.OPTIONS },
  // The quiz's result holds a compact hotline card for `from`.
  'risk-quiz': { collection: 'questions', copyAxes: ['from'], options: riskQuiz.OPTIONS },
  'scam-carousel': { collection: 'examples', copyAxes: [], options: scamCarousel.OPTIONS },
  'stats-ticker': { collection: 'stats', copyAxes: [], options: statsTicker.OPTIONS },
  'safe-exit': { collection: null, copyAxes: [], options: safeExit.OPTIONS },
} as const satisfies Record<string, WidgetFacts>;

export type WidgetName = keyof typeof WIDGETS;
/** In the order the builder, the README and the WordPress block list them. */
export const WIDGET_NAMES = Object.keys(WIDGETS) as WidgetName[];

/** The widgets that show content: each has a readable copy (rendered at build time) and a hosted page. */
export type ContentWidget = { [K in WidgetName]: (typeof WIDGETS)[K]['collection'] extends null ? never : K }[WidgetName];
export const CONTENT_WIDGETS = WIDGET_NAMES.filter((name) => WIDGETS[name].collection !== null) as ContentWidget[];

/** A widget's options, typed as the general shape (the registry's literal types are narrower). */
export function optionsOf(widget: WidgetName): readonly WidgetOption[] {
  return WIDGETS[widget].options;
}
