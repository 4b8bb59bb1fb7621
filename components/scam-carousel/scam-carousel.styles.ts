import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';

export const scamCarouselStyles = [
  ...sharedStyles,
  css`
    .root {
      max-width: var(--awas-scam-carousel-max-width, 40rem);
      container-type: inline-size;
    }
    p,
    ol,
    ul {
      margin: 0;
    }
    svg {
      width: 1.25em;
      height: 1.25em;
      flex: none;
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-bottom: 12px;
    }
    .step {
      padding: 0;
      width: 44px;
    }
    .picker {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .dot {
      width: 44px;
      height: 44px;
      padding: 0;
      border: 2px solid var(--_border);
      border-radius: 50%;
      background: var(--_surface);
      font-weight: 600;
    }
    .dot[aria-current='true'] {
      border-color: var(--_brand);
      background: var(--_brand);
      color: var(--_on-brand);
    }
    /* As tall as the tallest example (a flex row's own height): a change of slide, by the reader or by rotation,
       never moves the page below, and the readable copy before the script is the same height as the widget. */
    .track {
      position: relative;
      display: flex;
      align-items: flex-start;
      overflow-x: auto;
      overflow-y: hidden;
      overscroll-behavior-x: contain;
      scroll-snap-type: x mandatory;
      scrollbar-width: none;
      border-radius: var(--_radius);
    }
    .track::-webkit-scrollbar {
      display: none;
    }
    .slide {
      flex: 0 0 100%;
      min-width: 0;
      scroll-snap-align: start;
      scroll-snap-stop: always;
      display: grid;
      gap: 12px;
      padding: 2px;
    }
    .slide:focus-visible {
      outline-offset: -3px;
    }
    .title {
      font-weight: 700;
      font-size: 1.125em;
      line-height: 1.3;
    }
    .mock {
      display: grid;
      gap: 10px;
      padding: 14px;
      border: 2px dashed var(--_danger);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    /* The red pills: the "scam example" badge and the numbers that tie a marked phrase to its flag. */
    .badge,
    sup,
    .num {
      border-radius: 999px;
      background: var(--_danger);
      color: var(--_on-brand);
      font-weight: 700;
    }
    .badge {
      justify-self: start;
      padding: 2px 10px;
      font-size: 0.875em;
    }
    .head {
      display: flex;
      align-items: center;
      gap: 10px;
      line-height: 1.3;
    }
    .head small {
      color: var(--_muted);
    }
    .avatar {
      display: grid;
      place-items: center;
      flex: none;
      width: 40px;
      height: 40px;
      border-radius: 50%;
      background: var(--_border);
      font-weight: 700;
      font-size: 0.875em;
    }
    .job {
      font-weight: 700;
      font-size: 1.125em;
    }
    .ad ul {
      padding-inline-start: 1.25em;
    }
    .fake {
      color: var(--_muted);
      font-size: 0.875em;
      border-top: 1px solid var(--_border);
      padding-top: 8px;
    }
    .ad .fake {
      justify-self: start;
      border: 2px solid var(--_muted);
      border-radius: 999px;
      padding: 4px 14px;
    }
    .bubbles {
      list-style: none;
      padding: 10px;
      display: grid;
      gap: 8px;
      border-radius: 8px;
      background: var(--_surface-alt);
    }
    .bubbles li {
      max-width: 85%;
      padding: 8px 12px;
      border-radius: 12px 12px 12px 2px;
      background: var(--_surface);
      border: 1px solid var(--_border);
      justify-self: start;
    }
    .bubbles .me {
      justify-self: end;
      border-radius: 12px 12px 2px 12px;
      background: var(--_ok-bg);
    }
    /* A sidebar (270-330 px): the nested frames give their width back to the text, so a chat is not twice as tall. */
    @container (max-width: 340px) {
      .mock {
        padding: 10px;
      }
      .bubbles {
        padding: 6px;
      }
      .bubbles li {
        max-width: 92%;
        padding: 6px 10px;
      }
    }
    img {
      display: block;
      max-width: 100%;
      height: auto;
      border-radius: 8px;
    }
    mark {
      color: inherit;
      background: var(--awas-scam-carousel-mark, var(--_warn-bg));
      box-shadow: inset 0 -3px var(--_warn);
    }
    sup,
    .num {
      padding: 0.1em 0.45em;
      font-size: 0.75em;
      line-height: 1;
      margin-inline-start: 2px;
    }
    .reveal {
      display: grid;
      gap: 8px;
      justify-items: start;
    }
    .hint {
      font-weight: 600;
    }
    .flags {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 10px;
    }
    .flags[hidden] {
      display: none;
    }
    .flags li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
    }
    .flags .num {
      flex: none;
      display: grid;
      place-items: center;
      min-width: 1.6em;
      height: 1.6em;
      padding: 0;
      font-size: 0.875em;
      margin: 2px 0 0;
    }
    .flags q {
      font-weight: 700;
    }
    .flags small,
    .pattern {
      display: block;
      color: var(--_muted);
      font-size: 0.875em;
    }
    @media (forced-colors: active) {
      /* Not forced-color-adjust on .mock: it is inherited, and would leave the bubbles' own colours under system text. */
      .mock {
        border-color: CanvasText;
      }
      .badge,
      .dot[aria-current='true'] {
        forced-color-adjust: none;
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .dot[aria-current='true'] {
        background: Highlight;
        color: HighlightText;
      }
      mark {
        background: Mark;
        color: MarkText;
        forced-color-adjust: none;
      }
      sup,
      .num {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .track {
        display: block;
        overflow: visible;
        height: auto !important;
      }
      .slide {
        break-inside: avoid;
        margin-bottom: 24px;
      }
      .flags[hidden] {
        display: grid;
      }
    }
  `,
];
