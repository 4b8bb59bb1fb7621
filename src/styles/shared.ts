/**
 * Styles every widget shares. `.root` re-declares everything a hostile host page could pass down by
 * inheritance (font-size: 0, text-transform, visibility, letter-spacing…), so a widget stays legible anywhere.
 */
import { css } from 'lit';
import { tokens } from './tokens.js';

const base = css`
  :host {
    display: block;
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .root {
    box-sizing: border-box;
    display: block;
    visibility: visible;
    opacity: 1;
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    font-weight: 400;
    font-style: normal;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    direction: ltr;
    cursor: auto;
    pointer-events: auto;
    user-select: text;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .btn {
    /* A <button>'s own default; a .btn <summary> (the readable copies' disclosures) needs it to be as tall. */
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_brand);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_brand);
    font-weight: 600;
    line-height: 1.2;
    text-decoration: none;
  }
  .btn-primary {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    .btn {
      border-color: ButtonText;
      forced-color-adjust: none;
      background: ButtonFace;
      color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    .no-print {
      display: none !important;
    }
  }
`;

export const sharedStyles = [...tokens, base];
