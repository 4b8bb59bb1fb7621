/** The `theme` attribute every widget takes: its values and default, for the widgets, the builder and the packaging. */
export const THEMES = ['light', 'dark', 'auto'] as const;
export type Theme = (typeof THEMES)[number];
/** What a widget without `theme` looks like. */
export const DEFAULT_THEME: Theme = 'light';
