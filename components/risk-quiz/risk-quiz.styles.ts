import { css } from 'lit';
import { sharedStyles } from '../../src/styles/shared.js';

export const riskQuizStyles = [
  ...sharedStyles,
  css`
    .root {
      max-width: var(--awas-risk-quiz-max-width, 42rem);
      padding: var(--_space);
      border: 1px solid var(--awas-risk-quiz-border-color, var(--_border));
      border-radius: var(--_radius);
    }
    h2,
    h3,
    h4,
    p,
    ol,
    ul {
      margin: 0 0 0.75em;
    }
    h2 {
      font-size: 1.375em;
      line-height: 1.25;
      color: var(--_brand);
    }
    h3 {
      font-size: 1.1875em;
      line-height: 1.35;
    }
    h4 {
      font-size: 1.0625em;
      margin-top: 1.25em;
    }
    [tabindex='-1']:focus:not(:focus-visible) {
      outline: none;
    }
    .intro,
    .progress,
    .source,
    .privacy {
      color: var(--_muted);
    }
    .progress {
      margin-bottom: 0.25em;
      font-weight: 600;
    }
    .bar {
      display: flex;
      gap: 3px;
      margin-bottom: 1em;
    }
    .bar span {
      flex: 1;
      height: 6px;
      border-radius: 3px;
      background: var(--_border);
    }
    .bar .done {
      background: var(--_brand);
    }
    .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 1em;
    }
    .answer {
      /* Three in a row when there is room (about 24em), otherwise one under the other: never a lone third button. */
      flex: 1 1 calc((24em - 100%) * 999);
      border-radius: var(--_radius);
    }
    .answer[aria-pressed='true'],
    .listen[aria-pressed='true'] {
      background: var(--_brand);
      color: var(--_on-brand);
    }
    .answer[aria-pressed='true']::before {
      content: '✓ ';
      /* Decoration: not part of the button's name (aria-pressed says it); the first line for old browsers. */
      content: '✓ ' / '';
    }
    .listen {
      margin-bottom: 0.75em;
      border-color: var(--_muted);
      color: var(--_text);
      font-weight: 400;
    }
    .back {
      border-color: transparent;
      padding-inline: 0.5em;
    }
    .list {
      padding-inline-start: 1.5em;
    }
    .item {
      padding: 0.5em 0 0.25em;
      border-bottom: 1px solid var(--_border);
    }
    .item:last-child {
      border-bottom: 0;
    }
    .unanswered,
    .error {
      color: var(--_danger);
      font-weight: 600;
    }
    .missing .answers {
      padding-inline-start: 10px;
      border-inline-start: 4px solid var(--_danger);
    }
    .error:empty {
      display: none;
    }
    .submit {
      margin-bottom: 0.75em;
    }
    .icon {
      width: 1.25em;
      height: 1.25em;
      flex: none;
    }
    .privacy {
      display: flex;
      gap: 0.4em;
      align-items: flex-start;
      margin: 1em 0 0;
      font-size: 0.875em;
    }
    .verdict {
      padding: 0.75em 1em;
      margin-bottom: 1em;
      border: 2px solid var(--_band);
      border-inline-start-width: 8px;
      border-radius: var(--_radius);
      background: var(--_band-bg);
    }
    .verdict h3 {
      display: flex;
      gap: 0.4em;
      align-items: center;
      font-size: 1.5em;
      color: var(--_band);
    }
    .verdict p {
      margin: 0;
    }
    .label {
      font-size: 0.7em;
      font-weight: 600;
      color: var(--_text);
    }
    .band-tinggi {
      --_band: var(--_danger);
      --_band-bg: var(--_danger-bg);
    }
    .band-waspada {
      --_band: var(--_warn);
      --_band-bg: var(--_warn-bg);
    }
    .band-rendah {
      --_band: var(--_ok);
      --_band-bg: var(--_ok-bg);
    }
    .flags {
      padding: 0;
      list-style: none;
    }
    .flag {
      padding: 0.75em 1em;
      margin-bottom: 0.75em;
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_warn);
      border-radius: 8px;
      background: var(--_surface-alt);
    }
    .flag.critical {
      border-inline-start-color: var(--_danger);
    }
    .flag p {
      margin: 0 0 0.4em;
    }
    .flag .source {
      margin: 0;
      font-size: 0.875em;
    }
    .tag {
      display: inline-block;
      padding: 0 0.5em;
      border: 1px solid var(--_danger);
      border-radius: 999px;
      color: var(--_danger);
      font-size: 0.8125em;
      font-weight: 600;
      white-space: nowrap;
    }
    .unknown {
      display: inline-block;
      padding: 0.1em 0.5em;
      border-radius: 4px;
      background: var(--_warn-bg);
    }
    .steps {
      padding-inline-start: 1.5em;
    }
    .steps li {
      margin-bottom: 0.4em;
    }
    .tel {
      font-weight: 600;
      white-space: nowrap;
    }
    awas-hotline-card {
      margin: 1em 0;
    }
    /* Every question at once, under the first one (in the readable copy: the self-check, renderSelfCheck). */
    .all-at-once {
      margin-top: 1em;
    }
    .all-at-once > summary {
      cursor: pointer;
      font-weight: 600;
      color: var(--_link);
      padding: 0.5em 0;
    }
    .self-check {
      padding-left: 1.5em;
    }
    .self-check li + li {
      margin-top: 0.5em;
    }
    .self-check summary {
      cursor: pointer;
      font-weight: 600;
    }
    .self-check details[open] {
      padding-bottom: 0.5em;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-top: 1em;
    }
    @media (forced-colors: active) {
      .bar .done,
      .answer[aria-pressed='true'],
      .listen[aria-pressed='true'] {
        background: Highlight;
        color: HighlightText;
      }
      .bar span {
        border: 1px solid CanvasText;
      }
    }
    @media print {
      .root {
        border: 0;
        padding: 0;
      }
      .bar {
        display: none;
      }
    }
  `,
];
