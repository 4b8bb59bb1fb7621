/**
 * The hotline card's attribute defaults and allowed values: the widget, the embed builder, the embed pages and the
 * WordPress packaging all read them here. No Lit, no DOM, so Node scripts and the builder bundle import it freely.
 */
import type { WidgetOption } from '../../src/widgets.js';

/** `from`: where the reader is, a two-letter country code; Indonesia unless the page says otherwise. */
export const DEFAULT_FROM = 'id';
/** `from="zz"`: abroad, no country in particular (ISO 3166's code for "unknown"): the services reachable from abroad. */
export const FROM_ABROAD = 'zz';
/** Locations a form door offers for `from` (any two-letter code works): home, and where seekers are taken to. */
export const OFFERED_LOCATIONS = ['id', 'kh', 'mm', 'la', 'th', 'my', 'vn', 'ph'] as const;

export const LAYOUTS = ['full', 'compact'] as const;
export type Layout = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: Layout = 'full';

/** How many services the card leads with when the page does not say (`limit`). */
export const DEFAULT_LIMIT = 3;

export const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;
export const DEFAULT_HEADING_LEVEL = '2';

/** `link-target` values offered and documented; without one, web links open in a new tab. */
export const LINK_TARGETS = ['_blank', '_top', '_self'] as const;
export type LinkTarget = (typeof LINK_TARGETS)[number];
/** Also taken, though not offered: `_parent` (the same as `_top` one frame deep). */
export const ACCEPTED_LINK_TARGETS: readonly string[] = [...LINK_TARGETS, '_parent'];

/** What the builder's form and the WordPress block offer, in the README's order (src/widgets.ts: WidgetOption). */
export const OPTIONS = [
  { attribute: 'from', control: 'location', values: OFFERED_LOCATIONS, default: DEFAULT_FROM },
  { attribute: 'hotlines', control: 'ids', collection: 'hotlines' },
  { attribute: 'layout', control: 'choice', values: LAYOUTS, default: DEFAULT_LAYOUT },
  { attribute: 'limit', control: 'number', values: ['1', '2', '3', '4', '5'], default: String(DEFAULT_LIMIT) },
  { attribute: 'heading', control: 'text' },
  { attribute: 'heading-level', control: 'choice', values: HEADING_LEVELS, default: DEFAULT_HEADING_LEVEL },
  // '' (no attribute): web links in a new tab, phone links in place.
  { attribute: 'link-target', control: 'choice', values: ['', ...LINK_TARGETS], default: '' },
] as const satisfies readonly WidgetOption[];
