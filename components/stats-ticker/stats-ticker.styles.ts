import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';

export const statsTickerStyles = [
  ...sharedStyles,
  css`
    .root {
      /* The page shows between the cards; text outside a card sits on its own surface (controls). */
      background: transparent;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    p {
      margin: 0;
    }
    .grid {
      display: grid;
      gap: var(--awas-stats-ticker-gap, 12px);
      grid-template-columns: 1fr;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15em), 1fr));
    }
    .card {
      display: flex;
      flex-direction: column;
      gap: 4px;
      padding: 12px 16px 14px;
      background: var(--awas-stats-ticker-card-background, var(--_surface-alt));
      border-left: 4px solid var(--awas-stats-ticker-accent, var(--_brand));
      border-radius: var(--_radius);
    }
    .fig {
      color: var(--awas-stats-ticker-accent, var(--_brand));
      font-weight: 700;
      line-height: 1.15;
    }
    .qual {
      display: block;
      font-size: 0.875em;
      font-weight: 600;
    }
    .num {
      font-size: 2em;
      font-size: clamp(1.5em, 10vw, 2em);
      font-variant-numeric: tabular-nums;
      /* Never split a number ("10.0|00"); money breaks only at its space ("Rp359,81 | triliun"). */
      overflow-wrap: normal;
    }
    .unit {
      font-size: 1.125em;
    }
    .label {
      font-weight: 600;
    }
    .meta {
      font-size: 0.875em;
      color: var(--_muted);
    }
    .note {
      font-size: 0.9375em;
    }
    .src {
      margin-top: auto;
      padding-top: 4px;
    }
    /* Count-up: the real figure keeps its place (and its text) but is not painted; the moving digits are drawn over it. */
    .counting {
      position: relative;
      color: transparent;
    }
    .count::before {
      content: attr(data-shown);
      position: absolute;
      top: 0;
      left: 0;
      white-space: nowrap;
      color: var(--awas-stats-ticker-accent, var(--_brand));
    }
    .controls {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin-bottom: 8px;
    }
    .nav {
      display: flex;
      align-items: center;
      flex-wrap: wrap;
      gap: 4px;
      white-space: nowrap;
    }
    .nav span {
      padding: 0 4px;
      border-radius: 4px;
      background: var(--_surface);
    }
    .prev svg {
      transform: scaleX(-1);
    }
    .btn svg {
      width: 1.25em;
      height: 1.25em;
      flex: none;
      fill: currentColor;
    }
    .icon {
      padding: 0;
    }
    .slides {
      display: grid;
    }
    .slide {
      grid-area: 1 / 1;
    }
    .slide:not(.current) {
      visibility: hidden;
    }
    .viewport {
      overflow: hidden;
    }
    .user-paused .viewport {
      overflow-x: auto;
    }
    .track {
      display: flex;
      width: max-content;
      animation: awas-marquee linear infinite;
    }
    .track.paused {
      animation-play-state: paused;
    }
    .row {
      display: flex;
      gap: var(--awas-stats-ticker-gap, 12px);
      padding-right: var(--awas-stats-ticker-gap, 12px);
    }
    .row .card {
      flex: none;
      width: 17em;
      max-width: 80vw;
    }
    @media (max-width: 20em) {
      .card {
        padding: 10px 10px 12px;
      }
    }
    @keyframes awas-marquee {
      to {
        transform: translateX(-50%);
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .track {
        animation: none;
      }
    }
    @media (forced-colors: active) {
      /* System colours paint every text: no decoration over the real figure. */
      .count {
        display: none;
      }
      .card {
        border: 1px solid CanvasText;
        border-left-width: 4px;
      }
      .btn svg {
        fill: ButtonText;
      }
    }
    @media print {
      .controls,
      .row[aria-hidden],
      .count {
        display: none;
      }
      .counting {
        color: inherit;
      }
      .slides,
      .track,
      .row {
        display: grid;
        width: auto;
        animation: none;
      }
      .slide:not(.current) {
        visibility: visible;
      }
      .slide,
      .row .card {
        grid-area: auto;
        width: auto;
        max-width: none;
      }
      .card {
        break-inside: avoid;
      }
    }
  `,
];
