/** UI strings that more than one widget says, each in one place. */
import { html } from 'lit';
import type { Lang } from './lang.js';
import { defineStrings } from './strings.js';

export const sharedStrings = defineStrings({
  id: {
    opensNewTab: '(membuka tab baru)',
  },
  en: {
    opensNewTab: '(opens in a new tab)',
  },
});

/** The words a link that opens a new tab ends with, for screen readers (the visible text stays as it is). */
export function newTabNote(lang: Lang) {
  return html`<span class="visually-hidden"> ${sharedStrings[lang].opensNewTab}</span>`;
}
