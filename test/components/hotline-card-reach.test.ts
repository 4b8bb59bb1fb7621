/**
 * "Reach is one rule": a number is read against its own country (light-DOM links, inline JSON, defaults), never the
 * reader's; `from` decides only what is callable. Numbers callable only inside their country that the page wrote or
 * the author chose are shown as text with a note; numbers that fit no plan are shown and linked exactly as written.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { resetLogged } from '../helpers/console.js';
import { hotlineCard } from '../helpers/fixtures.js';
import { render } from '../helpers/render.js';

AwasHotlineCard.define('awas-hotline-card');

type Card = AwasHotlineCard;

function entries(el: Card): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('.entry .name .service')).map((n) => n.textContent!.trim());
}
function hrefs(el: Card): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('a[href^="tel:"], a[href^="sms:"]')).map((a) => a.getAttribute('href')!);
}
/** The numbers shown as text (not callable from here), each with its note. */
function local(el: Card): { value: string; note: string }[] {
  return Array.from(el.shadowRoot!.querySelectorAll('.channel.local, .number.lead')).map((li) => ({
    value: li.querySelector('.value')!.textContent!,
    note: li.querySelector('.note')!.textContent!,
  }));
}
function value(el: Card, href: string): string {
  return el.shadowRoot!.querySelector(`a.action[href="${href}"] .value`)!.textContent!;
}

/** The shared render(), typed for the card. */
const renderCard = (template: ReturnType<typeof html> | string) => render<Card>(template);

/** Set an attribute and wait for the card to render it. */
async function set(el: Card, name: string, value: string) {
  el.setAttribute(name, value);
  await el.updateComplete;
}

const SHORT_CODES = `<ul>
  <li>KP2MI: <a href="tel:08001000">0800-1000</a></li>
  <li><a href="tel:110">Polisi 110</a></li>
  <li><a href="tel:129">SAPA 129</a></li>
</ul>`;

describe('awas-hotline-card: reach is one rule', () => {
  beforeEach(() => resetLogged());

  describe('light-DOM numbers are read against their own country, not the reader\'s', () => {
    it('from="kh": a toll-free Indonesian number is never prefixed with +855; it is text with a note', async () => {
      const { el, codes } = await renderCard(`<awas-hotline-card from="kh" lang="id"><a href="tel:08001000">KP2MI 0800-1000</a></awas-hotline-card>`);
      expect(codes).to.deep.equal([]);
      // No link to the toll-free number at all: neither re-prefixed (tel:+8558001000) nor as written.
      expect(el.shadowRoot!.querySelector('a[href*="8001000"]')).to.equal(null);
      expect(el.shadowRoot!.innerHTML).not.to.match(/\+855\s?8001000|\+855 800/);
      expect(local(el)).to.deep.equal([{ value: '0800-1000', note: 'Hanya bisa ditelepon dari Indonesia' }]);
      // Never blank: what the built-in content offers a reader in Cambodia comes first (test/content/ checks what
      // that is); the only +855 numbers are those, none made from the page's number.
      const defaults = (await renderCard(html`<awas-hotline-card from="kh" lang="id"></awas-hotline-card>`)).el;
      const cambodian = (card: Card) => hrefs(card).filter((h) => h.startsWith('tel:+855'));
      expect(cambodian(defaults)).not.to.deep.equal([]);
      expect(cambodian(el)).to.deep.equal(cambodian(defaults));
      expect(entries(el)).to.deep.equal([...entries(defaults), 'KP2MI']);
      await expect(el).to.be.accessible();
    });

    it('from="kh": 110 and 129 written in the tag are not offered as callable; the note speaks the page language', async () => {
      const { el } = await renderCard(`<awas-hotline-card from="kh" lang="en">${SHORT_CODES}</awas-hotline-card>`);
      for (const href of ['tel:08001000', 'tel:110', 'tel:129']) expect(hrefs(el)).not.to.include(href);
      expect(local(el)).to.deep.equal([
        { value: '0800-1000', note: 'Only callable from within Indonesia' },
        { value: '110', note: 'Only callable from within Indonesia' },
        { value: '129', note: 'Only callable from within Indonesia' },
      ]);
      // The number is spelled out for screen readers, the visible form is not read twice.
      const li = el.shadowRoot!.querySelectorAll('.channel.local, .number.lead')[0];
      expect(li.querySelector('.visually-hidden')!.textContent).to.equal('0 8 0 0, 1 0 0 0');
      await expect(el).to.be.accessible();
    });

    it('from="id": the same tag is callable as written', async () => {
      const { el, codes } = await renderCard(`<awas-hotline-card from="id" lang="id">${SHORT_CODES}</awas-hotline-card>`);
      expect(codes).to.deep.equal([]);
      expect(hrefs(el)).to.deep.equal(['tel:08001000', 'tel:110', 'tel:129']);
      expect(entries(el)).to.deep.equal(['KP2MI', 'Polisi', 'SAPA']);
      expect(local(el)).to.deep.equal([]);
      expect(value(el, 'tel:08001000')).to.equal('0800-1000');
    });

    it('data-country="kh" places a number without + in Cambodia, reachable from Indonesia and from Cambodia', async () => {
      for (const from of ['id', 'kh']) {
        const { el, codes } = await renderCard(`<awas-hotline-card from="${from}" lang="id"><a href="tel:012813282" data-country="kh">KBRI Phnom Penh</a></awas-hotline-card>`);
        expect(codes, from).to.deep.equal([]);
        expect(hrefs(el), from).to.deep.equal(['tel:+85512813282']);
        expect(value(el, 'tel:+85512813282'), from).to.equal(from === 'kh' ? '012 813 282' : '+855 12 813 282');
        expect(entries(el), from).to.deep.equal(['KBRI Phnom Penh']);
      }
    });

    it('data-country on an ancestor inside the card: Cambodian short codes are local to Cambodia', async () => {
      const template = (from: string) => `<awas-hotline-card from="${from}" lang="en">
        <ul data-country="kh">
          <li>Polisi Kamboja: <a href="tel:117">117</a></li>
          <li>KBRI: <a href="tel:023 210 177">023 210 177</a></li>
        </ul>
        <p><a href="tel:129">SAPA 129</a></p>
      </awas-hotline-card>`;
      const inKh = await renderCard(template('kh'));
      expect(hrefs(inKh.el)).to.deep.equal(['tel:117', 'tel:+85523210177']);
      expect(local(inKh.el)).to.deep.equal([{ value: '129', note: 'Only callable from within Indonesia' }]);
      const inId = await renderCard(template('id'));
      expect(hrefs(inId.el)).to.deep.equal(['tel:+85523210177', 'tel:129']);
      expect(local(inId.el)).to.deep.equal([{ value: '117', note: 'Only callable from within Cambodia' }]);
      const idLang = await renderCard(template('id').replace('lang="en"', 'lang="id"'));
      expect(local(idLang.el)[0].note).to.equal('Hanya bisa ditelepon dari Kamboja');
    });

    it('a number that fits no plan of its country is shown and linked exactly as written, with one warning', async () => {
      const { el, codes, logs } = await renderCard(`<awas-hotline-card lang="id"><a href="tel:012813282">KBRI 012813282</a></awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:012813282']);
      expect(value(el, 'tel:012813282')).to.equal('012813282');
      expect(el.shadowRoot!.innerHTML).not.to.match(/\+62\s?12|6212813282/);
      expect(codes).to.deep.equal(['ambiguous-number']);
      const warnings = logs.warn.filter((m) => m.includes('012813282'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('with + and the country code').and.contain('data-country');
      el.requestUpdate();
      await el.updateComplete;
      expect(codes).to.deep.equal(['ambiguous-number']);
      // Read against Cambodia, the same ambiguous number is still offered as written (nobody knows where it is).
      await set(el, 'from', 'kh');
      expect(hrefs(el)).to.include('tel:012813282');
    });

    it('an ambiguous number in inline JSON is kept as written too, and the author is told how to fix it', async () => {
      const pack = {
        hotlines: [
          {
            id: 'dinas',
            country: 'id',
            audience: { id: 1 },
            channels: [{ type: 'phone', value: '012 813 282' }],
            text: { id: { name: 'Dinas' } },
            source: { name: 'Dinas', url: 'https://example.org/', date: '2026-01-01' },
            checkedOn: '2026-11-01',
            reviewBy: '2099-01-01',
          },
        ],
      };
      const { el, codes, logs } = await renderCard(`<awas-hotline-card lang="id"><script type="application/json">${JSON.stringify(pack)}</script></awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:012813282']);
      expect(value(el, 'tel:012813282')).to.equal('012 813 282');
      expect(codes).to.deep.equal(['ambiguous-number']);
      expect(logs.warn.join('\n')).to.contain('"012 813 282"').and.contain('country');
    });

    it('+855 23 210 177 style numbers work anywhere, shown in international form', async () => {
      for (const from of ['id', 'kh', 'my']) {
        const { el, codes } = await renderCard(`<awas-hotline-card from="${from}" lang="id"><a href="tel:+855 23 210 177">KBRI Phnom Penh</a> <a href="tel:+62%2021%2029244800">KP2MI</a></awas-hotline-card>`);
        expect(codes, from).to.deep.equal([]);
        expect(hrefs(el), from).to.deep.equal(['tel:+85523210177', 'tel:+622129244800']);
        expect(value(el, 'tel:+85523210177'), from).to.equal('+855 23 210 177');
        expect(local(el), from).to.deep.equal([]);
      }
    });

    it('an invalid data-country is reported and ignored', async () => {
      const { el, codes, logs } = await renderCard(`<awas-hotline-card lang="id"><a href="tel:08001000" data-country="Kamboja">KP2MI</a></awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:08001000']);
      expect(codes).to.deep.equal(['content-invalid']);
      expect(logs.warn.join('\n')).to.contain('data-country="Kamboja" is not a two-letter country code');
    });
  });

  describe('after load, everything is derived again', () => {
    it('from id → kh: no stale +62/+855 prefix, toll-free and short codes become text; back to id: callable again', async () => {
      const { el } = await renderCard(`<awas-hotline-card from="id" lang="id">
        <ul>
          <li>KP2MI: <a href="tel:08001000">0800-1000</a> <a href="https://wa.me/628118080141">WhatsApp</a></li>
          <li><a href="tel:110">Polisi 110</a></li>
          <li>Dinas: <a href="tel:0274123456">0274 123456</a></li>
        </ul>
      </awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:08001000', 'tel:110', 'tel:+62274123456']);
      await set(el, 'from', 'kh');
      const html = el.shadowRoot!.innerHTML;
      expect(html).not.to.contain('tel:+855');
      expect(hrefs(el)).to.include('tel:+62274123456');
      for (const href of ['tel:08001000', 'tel:110']) expect(hrefs(el)).not.to.include(href);
      expect(el.shadowRoot!.querySelector('a[href="tel:+628001000"], a[href="tel:+8558001000"]')).to.equal(null);
      expect(local(el)).to.deep.equal([
        { value: '0800-1000', note: 'Hanya bisa ditelepon dari Indonesia' },
        { value: '110', note: 'Hanya bisa ditelepon dari Indonesia' },
      ]);
      // The WhatsApp link still reaches KP2MI from Cambodia; the Indonesian landline shows its international form.
      expect(el.shadowRoot!.querySelector('a.whatsapp[href="https://wa.me/628118080141"]')).not.to.equal(null);
      expect(value(el, 'tel:+62274123456')).to.equal('+62 274 123 456');
      await set(el, 'lang', 'en');
      expect(local(el).map((l) => l.note)).to.deep.equal(['Only callable from within Indonesia', 'Only callable from within Indonesia']);
      await set(el, 'from', 'id');
      expect(hrefs(el)).to.deep.equal(['tel:08001000', 'tel:110', 'tel:+62274123456']);
      expect(local(el)).to.deep.equal([]);
      expect(value(el, 'tel:+62274123456')).to.equal('(0274) 123-456');
    });

    it('links changed after load are read again against their own country', async () => {
      const { el } = await renderCard(`<awas-hotline-card from="kh" lang="id"><a href="tel:012813282" data-country="kh">KBRI</a></awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:+85512813282']);
      el.querySelector('a')!.setAttribute('href', 'tel:08001000');
      el.querySelector('a')!.removeAttribute('data-country');
      // The href change triggers the re-read; the number is now Indonesian toll-free, not callable from Cambodia.
      await waitUntil(() => local(el).length === 1);
      expect(local(el)).to.deep.equal([{ value: '0800-1000', note: 'Hanya bisa ditelepon dari Indonesia' }]);
      expect(el.shadowRoot!.innerHTML).not.to.contain('+8558001000');
    });
  });

  describe('hotlines chosen by id', () => {
    it('a chosen hotline keeps its domestic numbers as text with the note, beside what the reader can call', async () => {
      const { el, codes } = await renderCard(hotlineCard('hotlines="pusat" from="kh" lang="id"'));
      expect(codes).to.deep.equal([]);
      expect(entries(el).map((n) => n.split(' (')[0])).to.deep.equal(['PCMI']);
      expect(hrefs(el)).to.deep.equal(['tel:+622155501234']);
      expect(local(el)).to.deep.equal([{ value: '0800-1234', note: 'Hanya bisa ditelepon dari Indonesia' }]);
      await expect(el).to.be.accessible();
    });

    it('the default set for a location still leaves domestic numbers of other countries out', async () => {
      const { el } = await renderCard(hotlineCard('from="kh" lang="id"'));
      expect(local(el)).to.deep.equal([]);
      expect(hrefs(el)).not.to.include('tel:08001234');
      expect(hrefs(el)).to.include('tel:+622155501234');
    });
  });
});
