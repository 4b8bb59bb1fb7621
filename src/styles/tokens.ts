/**
 * Design tokens. Public knobs are --awas-<category>-<name> custom properties, always read with a fallback,
 * mapped once to private --_x variables that the widgets use. Never unprefixed: host pages leak variables.
 * Light by default; theme="dark" or theme="auto" (system setting). Forced colours use system colours.
 */
import { css, unsafeCSS } from 'lit';

/** Each colour once, light and dark side by side: --_<name> reads --awas-color-<name>, else the theme's value. */
const COLOURS: Record<string, [light: string, dark: string]> = {
  brand: ['#a4161a', '#ff8a80'],
  'on-brand': ['#ffffff', '#1d1b1a'],
  text: ['#1d1b1a', '#f2eeea'],
  muted: ['#57524e', '#c9c1ba'],
  surface: ['#ffffff', '#1f1d1c'],
  'surface-alt': ['#f6f2ee', '#2b2826'],
  border: ['#cfc6be', '#5a534e'],
  focus: ['#0b57d0', '#8ab4f8'],
  link: ['#0b57d0', '#8ab4f8'],
  ok: ['#1e6b34', '#8fd19e'],
  warn: ['#8a5300', '#f6c76b'],
  danger: ['#a4161a', '#ff8a80'],
  'ok-bg': ['#e3f2e6', '#1e3524'],
  'warn-bg': ['#fdf0d5', '#3b2d12'],
  'danger-bg': ['#fbe3e3', '#3d1c1c'],
};

/** The theme's colour declarations (a static table, never page input: safe for unsafeCSS). */
const palette = (theme: 0 | 1) =>
  Object.entries(COLOURS)
    .map(([name, values]) => `--_${name}: var(--awas-color-${name}, ${values[theme]});`)
    .join('');

/** Light by default; the dark palette for theme="dark", and for theme="auto" on a dark system. */
const colours = unsafeCSS(
  `:host{${palette(0)}}:host([theme='dark']){${palette(1)}}@media (prefers-color-scheme: dark){:host([theme='auto']){${palette(1)}}}`,
);

const metrics = css`
  :host {
    --_radius: var(--awas-radius, 12px);
    --_space: var(--awas-space, 16px);
    --_font: var(--awas-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-size: var(--awas-font-size, 16px);
  }
`;

export const tokens = [colours, metrics];
