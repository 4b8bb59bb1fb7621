/** Markup that more than one widget says, built from the shared strings (src/i18n/locales/<code>.ts, `shared`). */
import { html } from 'lit';
import { sharedStrings, type Lang } from './languages.js';

/** The words a link that opens a new tab ends with, for screen readers (the visible text stays as it is). */
export function newTabNote(lang: Lang) {
  return html`<span class="visually-hidden"> ${sharedStrings[lang].opensNewTab}</span>`;
}
