/**
 * Source-level tests for the bugs the hostile suite found in src/ and components/ (the suite itself runs against
 * the bundle; these pin each fix to its module).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { hotlinesFromLightDom } from '../../components/hotline-card/light-dom.js';
import { buildVcard, escapeVcard } from '../../components/hotline-card/vcard.js';
import type { ContentProblem } from '../../src/content/collection.js';
import { readCollection } from '../../src/content/collection.js';
import { hotlinesSpec } from '../../src/content/hotlines.js';
import { InViewController } from '../../src/controllers/in-view.js';
import { cleanText } from '../../src/safety/text.js';
import { LitElement } from 'lit';

describe('hostile fixes', () => {
  it('light DOM: a tel:/sms:/mailto: link with a malformed %-escape is refused, not thrown', () => {
    const host = document.createElement('div');
    for (const href of ['tel:%E0%A4%A', 'sms:%', 'mailto:%zz@x.invalid', 'tel:08001000']) {
      const a = document.createElement('a');
      a.setAttribute('href', href);
      a.textContent = 'Layanan';
      host.append(a);
    }
    const problems: ContentProblem[] = [];
    const hotlines = hotlinesFromLightDom(host, 'id', problems);
    // The phone and SMS links are refused; the e-mail address is kept as written (still a valid mailto: link).
    expect(hotlines!.flatMap((h) => h.channels.map((c) => c.phone?.dial ?? c.url))).to.deep.equal(['mailto:%zz@x.invalid', '08001000']);
    expect(problems.map((p) => p.code)).to.deep.equal(['content-invalid', 'content-invalid']);
  });

  it('cleanText removes the Arabic letter mark (U+061C) like the other bidi marks', () => {
    expect(cleanText('\u061Csapa\u200F129\u202E')).to.equal('sapa129');
  });

  it('channel labels and source names are cleaned text', () => {
    const problems: ContentProblem[] = [];
    const item = {
      id: 'uji',
      country: 'id',
      audience: { id: 1 },
      channels: [{ type: 'phone', value: '129', label: { id: '\u0001Telepon\u202E', en: '\u0000' }, source: { name: '\u202ESumber', url: 'https://example.org/', date: '2025-01-01' } }],
      text: { id: { name: 'Uji' } },
      source: { name: 'Nama\u0007 sumber', url: 'https://example.org/', date: '2025-01-01' },
      checkedOn: '2025-01-01',
      reviewBy: '2099-01-01',
    };
    const [hotline] = readCollection(hotlinesSpec, { hotlines: [item] }, 'test', problems).items!;
    expect(hotline.channels[0].label).to.deep.equal({ id: 'Telepon' });
    expect(hotline.channels[0].source!.name).to.equal('Sumber');
    expect(hotline.source!.name).to.equal('Nama sumber');
  });

  it('vCard values escape a lone CR as well as CRLF and LF', () => {
    expect(escapeVcard('a\rb\r\nc\nd')).to.equal('a\\nb\\nc\\nd');
    const card = buildVcard('KP2MI\rTEL:+19005550100', [], 'catatan\rEMAIL:x@y.z');
    expect(card.split('\r\n').filter((l) => /^(TEL|EMAIL)/.test(l))).to.deep.equal([]);
  });

  it('InViewController: a disconnected host is not in view', async () => {
    class ViewHost extends LitElement {
      view = new InViewController(this);
    }
    customElements.define('hostile-view-host', ViewHost);
    const el = await fixture<ViewHost>(html`<hostile-view-host style="display:block;height:20px"></hostile-view-host>`);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    expect(el.view.inView).to.equal(true);
    el.remove();
    expect(el.view.inView).to.equal(false);
  });
});
