import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';

export const safeExitStyles = [
  ...sharedStyles,
  css`
    .root {
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 4px;
      background: transparent;
      max-width: 100%;
    }
    /* Floating: the corner is chosen by the widget (the author's, or one out of the reader's way). */
    .floating {
      position: fixed;
      z-index: var(--awas-safe-exit-z-index, 2147483647);
      max-width: calc(100vw - 24px);
    }
    .top {
      top: var(--awas-safe-exit-offset, 12px);
    }
    .bottom {
      bottom: var(--awas-safe-exit-offset, 12px);
    }
    .left {
      left: var(--awas-safe-exit-offset, 12px);
    }
    .right {
      right: var(--awas-safe-exit-offset, 12px);
      align-items: flex-end;
    }
    .exit {
      background: var(--awas-safe-exit-background, var(--_brand));
      color: var(--awas-safe-exit-color, var(--_on-brand));
      border-color: var(--awas-safe-exit-background, var(--_brand));
      border-radius: var(--_radius);
      box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
      font-size: 1.0625em;
    }
    .exit:hover {
      text-decoration: underline;
    }
    .icon {
      width: 1.1em;
      height: 1.1em;
      flex: none;
    }
    .hint,
    .progress {
      font-size: 0.8125em;
      color: var(--_text);
      background: var(--_surface);
      padding: 0 6px;
      border-radius: 4px;
    }
    .note {
      max-width: 36em;
      margin: 4px 0 0;
      font-size: 0.875em;
      color: var(--_muted);
      background: var(--_surface);
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
