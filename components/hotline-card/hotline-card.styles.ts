import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';

export const hotlineCardStyles = [
  ...sharedStyles,
  css`
    .root {
      border: 2px solid var(--awas-hotline-card-border-color, var(--_brand));
      border-radius: var(--_radius);
      padding: var(--awas-hotline-card-padding, var(--_space));
      max-width: var(--awas-hotline-card-max-width, 44rem);
      /* the numbers size themselves to the card (below) */
      container-type: inline-size;
    }
    .heading {
      margin: 0 0 4px;
      font-size: 1.25em;
      line-height: 1.3;
      font-weight: 700;
      color: var(--_brand);
    }
    .intro {
      margin: 0 0 12px;
      color: var(--_text);
    }
    .entries {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
      align-items: start;
      /* side by side where the card is wide, one column in a sidebar or on a phone */
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 13rem), 1fr));
    }
    .entry {
      min-width: 0;
      /* the lead's number sizes itself to its own column (below) */
      container: entry / inline-size;
    }
    .name {
      margin: 0;
    }
    .description {
      color: var(--_muted);
      font-size: 0.9375em;
    }
    .channels {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 8px;
    }
    .channel {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
    }
    /* .number: a number that works only inside its own country, text in the same box as a link, not a button */
    .action,
    .number {
      display: inline-flex;
      align-items: center;
      gap: 10px;
      min-height: 48px;
      padding: 6px 14px 6px 10px;
      border-radius: 12px;
      border: 2px solid var(--_brand);
      background: var(--_surface);
      color: var(--_text);
      text-decoration: none;
      max-width: 100%;
      flex: 1 1 12rem;
    }
    .action.phone,
    .action.sms {
      background: var(--_brand);
      border-color: var(--_brand);
      color: var(--_on-brand);
    }
    .action.whatsapp {
      border-color: var(--awas-hotline-card-whatsapp-color, #1a7f45);
    }
    .action:hover .value {
      text-decoration: underline;
    }
    .number {
      border: 2px dashed var(--_border);
      flex: 0 1 auto;
    }
    /* the lead: one full-width tap target, service and way on top, the number large below, then its marks */
    .lead {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
      width: 100%;
      padding: 8px 12px;
      line-height: 1.25;
    }
    .top {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 8px;
    }
    .service {
      font-weight: 700;
    }
    .lead .value {
      font-size: 1.375em;
    }
    .marks {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .note {
      font-size: 0.8125em;
      font-weight: 600;
      color: var(--_muted);
    }
    .icon {
      width: 22px;
      height: 22px;
      flex: none;
    }
    .whatsapp .icon {
      color: var(--awas-hotline-card-whatsapp-color, #1a7f45);
    }
    .texts {
      display: flex;
      flex-direction: column;
      line-height: 1.2;
      min-width: 0;
    }
    .kind {
      font-size: 0.8125em;
      font-weight: 600;
    }
    .value {
      font-size: 1.125em;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    /* a number never breaks; a web address only where <wbr> stands, after a dot or a slash */
    .phone .value,
    .sms .value,
    .whatsapp .value,
    .number .value {
      white-space: nowrap;
    }
    .web .value,
    .email .value {
      font-size: 1em;
      color: var(--_link);
      text-decoration: underline;
      overflow-wrap: normal;
      word-break: normal;
    }
    /* a narrow column (a 270 px sidebar, a phone): smaller steps so the longest number keeps one line */
    @container entry (max-width: 300px) {
      .lead .value {
        font-size: 1.25em;
      }
      .action,
      .number {
        gap: 6px;
        padding-inline: 8px;
      }
      .channel .value {
        font-size: 1em;
      }
    }
    @container entry (max-width: 250px) {
      .lead .value {
        font-size: 1.125em;
      }
      /* inside a disclosure the kind ("WhatsApp", "Situs web") names the way in: the icon's room goes to the number */
      .channel .icon {
        display: none;
      }
    }
    @container entry (max-width: 220px) {
      .lead .value {
        font-size: 1em;
      }
    }
    /* the disclosures: native <details>, so they open with Enter or Space and in the copy without JavaScript */
    /* a <details>' children inherit through its own shadow slot, which our '*' rule does not reach */
    details > * {
      box-sizing: border-box;
    }
    summary {
      min-height: 44px;
      padding: 10px 4px;
      cursor: pointer;
      color: var(--_link);
      font-weight: 600;
      line-height: 1.3;
    }
    .more > summary {
      font-size: 0.875em;
      padding-block: 12px;
    }
    /* what an entry folds away hangs under its summary, so it reads as that service's */
    .more-body {
      display: grid;
      gap: 8px;
      grid-template-columns: minmax(0, 1fr);
      margin-left: 5px;
      padding: 0 0 4px 10px;
      border-left: 3px solid var(--_border);
    }
    .more-body > p {
      margin: 0;
    }
    .fullname {
      font-weight: 700;
    }
    .all {
      margin-top: 12px;
      border-top: 1px solid var(--_border);
    }
    .all > .entries {
      margin-top: 4px;
    }
    .badge {
      display: inline-block;
      padding: 2px 8px;
      border-radius: 999px;
      font-size: 0.8125em;
      font-weight: 700;
      background: var(--_ok-bg);
      color: var(--_ok);
      border: 1px solid currentColor;
    }
    .langs {
      font-size: 0.8125em;
      color: var(--_muted);
    }
    .called {
      flex-basis: 100%;
      font-size: 0.8125em;
      font-weight: 700;
      color: var(--_ok);
    }
    .lead-more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px 8px;
    }
    .copy {
      min-height: 44px;
      padding: 4px 12px;
      border: 1px solid var(--_border);
      border-radius: 10px;
      background: var(--_surface-alt);
      color: var(--_text);
      font-size: 0.875em;
    }
    .copy.done {
      background: var(--_ok-bg);
      color: var(--_ok);
      border-color: currentColor;
      font-weight: 700;
    }
    .meta {
      margin: 0;
      font-size: 0.8125em;
      color: var(--_muted);
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 12px;
    }
    .meta a {
      color: var(--_muted);
    }
    .save {
      min-height: 44px;
      /* inside .meta (0.8125em): 14 px at a 16 px base, never under 12 px */
      font-size: 1.0625em;
      padding: 4px 12px;
    }
    /* compact: for the quiz result and sidebars */
    .root.compact {
      padding: 12px;
      border-width: 1px;
    }
    .compact .heading {
      font-size: 1.0625em;
    }
    .compact .entries {
      gap: 8px;
    }
    .compact .lead .value {
      font-size: 1.125em;
    }
    .compact .channels {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
    }
    .compact .channel .action {
      flex: 0 1 auto;
      min-height: 44px;
      padding: 4px 10px;
    }
    .compact .channel .value {
      font-size: 1em;
    }
    .compact .channel .number {
      min-height: 44px;
      padding: 4px 10px;
    }
    @media (forced-colors: active) {
      .action {
        border: 2px solid LinkText;
        forced-color-adjust: auto;
      }
      .badge {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .root {
        border: 1px solid #000;
        color: #000;
        background: #fff;
      }
      .action {
        border: 0;
        padding: 0;
        min-height: 0;
        background: none !important;
        color: #000 !important;
      }
      .icon,
      .copy,
      .save,
      summary {
        display: none !important;
      }
      /* on paper every number and source is printed, folded or not */
      details::details-content {
        content-visibility: visible;
        display: contents;
      }
      a.web::after,
      .meta a::after {
        content: ' (' attr(href) ')';
        font-weight: 400;
      }
    }
  `,
];
