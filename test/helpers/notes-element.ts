/** A tiny widget on top of ContentController, to test the loader exactly as widgets use it. */
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { ContentController } from '../../src/content/content-controller.js';
import { pickText } from '../../src/content/types.js';
import { cleanText } from '../../src/safety/text.js';
import { notesSpec, note, type Note } from './notes-spec.js';

export const DEFAULT_NOTES = { stats: [note('d1', 'Default one'), note('d2', 'Default two')] };

export class TestNotes extends AwasElement {
  @property({ attribute: 'content-src' }) contentSrc?: string;
  @property({ attribute: 'content-integrity' }) contentIntegrity?: string;

  readonly content = new ContentController<Note>(this, {
    spec: notesSpec,
    defaults: DEFAULT_NOTES,
    fromLightDom: (host) => {
      const items = Array.from(host.querySelectorAll('p.note')).map((p, i) => ({ id: `page-${i + 1}`, text: { id: { title: cleanText(p.textContent) } } }));
      return items.length ? items : null;
    },
  });

  override render() {
    return html`<ul>
      ${this.content.items.map((n) => html`<li data-id=${n.id}>${pickText(n.text, 'id').title}</li>`)}
    </ul>`;
  }
}
TestNotes.define('test-notes');

export function titles(el: TestNotes): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('li')).map((li) => li.textContent!.trim());
}
