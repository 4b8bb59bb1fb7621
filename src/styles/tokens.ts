/**
 * Design tokens. Public knobs are --awas-<category>-<name> custom properties, always read with a fallback,
 * mapped once to private --_x variables that the widgets use. Never unprefixed: host pages leak variables.
 * Light by default; theme="dark" or theme="auto" (system setting). Forced colours use system colours.
 */
import { css } from 'lit';

export const tokens = css`
  :host {
    --_brand: var(--awas-color-brand, #a4161a);
    --_on-brand: var(--awas-color-on-brand, #ffffff);
    --_text: var(--awas-color-text, #1d1b1a);
    --_muted: var(--awas-color-muted, #57524e);
    --_surface: var(--awas-color-surface, #ffffff);
    --_surface-alt: var(--awas-color-surface-alt, #f6f2ee);
    --_border: var(--awas-color-border, #cfc6be);
    --_focus: var(--awas-color-focus, #0b57d0);
    --_link: var(--awas-color-link, #0b57d0);
    --_ok: var(--awas-color-ok, #1e6b34);
    --_warn: var(--awas-color-warn, #8a5300);
    --_danger: var(--awas-color-danger, #a4161a);
    --_ok-bg: var(--awas-color-ok-bg, #e3f2e6);
    --_warn-bg: var(--awas-color-warn-bg, #fdf0d5);
    --_danger-bg: var(--awas-color-danger-bg, #fbe3e3);
    --_radius: var(--awas-radius, 12px);
    --_space: var(--awas-space, 16px);
    --_font: var(--awas-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-size: var(--awas-font-size, 16px);
  }
  :host([theme='dark']) {
    --_brand: var(--awas-color-brand, #ff8a80);
    --_on-brand: var(--awas-color-on-brand, #1d1b1a);
    --_text: var(--awas-color-text, #f2eeea);
    --_muted: var(--awas-color-muted, #c9c1ba);
    --_surface: var(--awas-color-surface, #1f1d1c);
    --_surface-alt: var(--awas-color-surface-alt, #2b2826);
    --_border: var(--awas-color-border, #5a534e);
    --_focus: var(--awas-color-focus, #8ab4f8);
    --_link: var(--awas-color-link, #8ab4f8);
    --_ok: var(--awas-color-ok, #8fd19e);
    --_warn: var(--awas-color-warn, #f6c76b);
    --_danger: var(--awas-color-danger, #ff8a80);
    --_ok-bg: var(--awas-color-ok-bg, #1e3524);
    --_warn-bg: var(--awas-color-warn-bg, #3b2d12);
    --_danger-bg: var(--awas-color-danger-bg, #3d1c1c);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_brand: var(--awas-color-brand, #ff8a80);
      --_on-brand: var(--awas-color-on-brand, #1d1b1a);
      --_text: var(--awas-color-text, #f2eeea);
      --_muted: var(--awas-color-muted, #c9c1ba);
      --_surface: var(--awas-color-surface, #1f1d1c);
      --_surface-alt: var(--awas-color-surface-alt, #2b2826);
      --_border: var(--awas-color-border, #5a534e);
      --_focus: var(--awas-color-focus, #8ab4f8);
      --_link: var(--awas-color-link, #8ab4f8);
      --_ok: var(--awas-color-ok, #8fd19e);
      --_warn: var(--awas-color-warn, #f6c76b);
      --_danger: var(--awas-color-danger, #ff8a80);
      --_ok-bg: var(--awas-color-ok-bg, #1e3524);
      --_warn-bg: var(--awas-color-warn-bg, #3b2d12);
      --_danger-bg: var(--awas-color-danger-bg, #3d1c1c);
    }
  }
`;
