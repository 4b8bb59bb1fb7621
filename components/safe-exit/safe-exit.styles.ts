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
    :host([position]:not([position='inline'])) .root {
      position: fixed;
      z-index: var(--awas-safe-exit-z-index, 2147483647);
      max-width: calc(100vw - 24px);
    }
    :host([position='top-right']) .root {
      top: var(--awas-safe-exit-offset, 12px);
      right: var(--awas-safe-exit-offset, 12px);
      align-items: flex-end;
    }
    :host([position='top-left']) .root {
      top: var(--awas-safe-exit-offset, 12px);
      left: var(--awas-safe-exit-offset, 12px);
    }
    :host([position='bottom-right']) .root {
      bottom: var(--awas-safe-exit-offset, 12px);
      right: var(--awas-safe-exit-offset, 12px);
      align-items: flex-end;
    }
    :host([position='bottom-left']) .root {
      bottom: var(--awas-safe-exit-offset, 12px);
      left: var(--awas-safe-exit-offset, 12px);
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
    .progress:empty {
      display: none;
    }
    .note {
      max-width: 36em;
      margin: 4px 0 0;
      font-size: 0.875em;
      color: var(--_muted);
      background: var(--_surface);
    }
    /* Phones have no Shift key: a floating button there stays as small as it can over the page. */
    @media (hover: none) and (pointer: coarse) {
      :host([position]:not([position='inline'])) .hint {
        display: none;
      }
    }
    @media print {
      :host {
        display: none !important;
      }
    }
  `,
];
