import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { resetLogged } from '../helpers/console.js';
import { hotlineCard, hotlinesFixture } from '../helpers/fixtures.js';
import { render } from '../helpers/render.js';

AwasHotlineCard.define('awas-hotline-card');

type Card = AwasHotlineCard;

function entries(el: Card): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('.entry .name .service')).map((n) => n.textContent!.trim());
}
function hrefs(el: Card): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('a.action')).map((a) => a.getAttribute('href')!);
}
/** What a screen reader announces: the link's name, then its description. */
function spoken(link: Element): { name: string; description: string } {
  const id = link.getAttribute('aria-describedby');
  const root = link.getRootNode() as ShadowRoot;
  return {
    name: link.textContent!.replace(/\s+/g, ' ').trim(),
    description: id ? root.getElementById(id)!.textContent! : '',
  };
}
function action(el: Card, href: string): HTMLAnchorElement {
  return el.shadowRoot!.querySelector(`a.action[href="${href}"]`) as HTMLAnchorElement;
}

/** The shared render(), typed for the card. */
const renderCard = (template: ReturnType<typeof html> | string) => render<Card>(template);
/** A card on the fixture content (test/fixtures/hotlines.json): `attributes` as written in the tag. */
const onFixture = (attributes = '') => renderCard(hotlineCard(attributes));
/** The card with no content of its own: what the bundled defaults give (test/content/ checks what they are). */
const onDefaults = () => renderCard(html`<awas-hotline-card></awas-hotline-card>`);

function pack(hotlines: unknown[]) {
  return `<script type="application/json">${JSON.stringify({ hotlines })}</script>`;
}
function hotline(id: string, channels: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id,
    country: 'id',
    audience: { id: 1 },
    channels,
    text: { id: { name: `Layanan ${id}` }, en: { name: `Service ${id}` } },
    source: { name: 'Dinas', url: 'https://example.org/', date: '2026-01-01' },
    checkedOn: '2026-11-01',
    reviewBy: '2099-01-01',
    ...extra,
  };
}

describe('awas-hotline-card: a location the content lists nothing for', () => {
  it('reports it once (no-local-hotlines) and shows the services for abroad; from="zz" asks for exactly that', async () => {
    resetLogged();
    const abroad = await onFixture('from="my"');
    expect(abroad.codes).to.deep.equal(['no-local-hotlines']);
    expect(abroad.problems[0].message).to.contain('from="my"');
    const zz = await onFixture('from="zz"');
    expect(zz.codes, 'from="zz"').to.deep.equal([]);
    expect(entries(zz.el), 'the same set').to.deep.equal(entries(abroad.el));
    const home = await onFixture('from="kh"');
    expect(home.codes, 'a listed country').to.deep.equal([]);
  });

  it('waits for content-src before judging: a file that lists the country is no problem', async () => {
    const malaysia = { hotlines: [{ ...hotlinesFixture.hotlines[0], audience: { my: 1 } }] };
    const src = `/__test/echo?body=${encodeURIComponent(JSON.stringify(malaysia))}`;
    const { el, codes } = await renderCard(`<awas-hotline-card from="my" content-src="${src}"></awas-hotline-card>`);
    await waitUntil(() => entries(el).length === 1, 'the file is shown');
    expect(codes, 'nothing reported while the file was on its way, nor after').to.deep.equal([]);
  });
});

describe('awas-hotline-card', () => {
  beforeEach(() => resetLogged());
  afterEach(() => emulateMedia({ media: 'screen' }));

  describe('readers in Indonesia (default)', () => {
    it('lists the national services in order, with local dialling for short and toll-free numbers', async () => {
      const { el, codes } = await onFixture('lang="id"');
      expect(codes).to.deep.equal([]);
      expect(entries(el).map((n) => n.split(' (')[0])).to.deep.equal(['PCMI', 'Layanan 1500', 'Darurat', 'Konsuler']);
      const links = hrefs(el);
      expect(links).to.include.members(['tel:08001234', 'tel:+622155501234', 'tel:1500', 'tel:112', 'tel:+6281255500027', 'https://pusat.example.org/', 'https://wni.example.org/']);
      expect(links.find((h) => h.startsWith('https://wa.me/628123456789?text='))).to.be.a('string');
      expect(links.find((h) => h.startsWith('https://wa.me/628111500150'))).to.be.a('string');
      await expect(el).to.be.accessible();
    });

    it('shows readable numbers and a spoken accessible name', async () => {
      const { el } = await onFixture('lang="id"');
      const tollFree = action(el, 'tel:08001234');
      expect(tollFree.querySelector('.value')!.textContent).to.equal('0800-1234');
      // The lead: its visible text is its name (service, way, number, marks); the number digit by digit as description.
      expect(spoken(tollFree)).to.deep.equal({ name: 'PCMI Call center (bebas pulsa) 0800-1234 Gratis', description: '0 8 0 0, 1 2 3 4' });
      // Inside the disclosure: the hidden service name first, then the visible text.
      expect(spoken(action(el, 'tel:+622155501234'))).to.deep.equal({ name: 'Telepon PCMI, Dari luar negeri (berbayar) +62 21 5550 1234', description: 'plus 6 2, 2 1, 5 5 5 0, 1 2 3 4' });
      expect(action(el, 'tel:+622155501234').querySelector('.value')!.textContent).to.equal('+62 21 5550 1234');
      // The pack's own display form of a WhatsApp number is kept.
      const whatsapp = el.shadowRoot!.querySelector('a.action.whatsapp[href^="https://wa.me/628111500150"]')!;
      expect(whatsapp.querySelector('.value')!.textContent).to.equal('08111-500-150');
      expect(spoken(action(el, 'tel:112'))).to.deep.equal({ name: 'Darurat Telepon 112 Gratis 24 jam', description: '1 1 2' });
      const badges = Array.from(el.shadowRoot!.querySelectorAll('.badge')).map((b) => b.textContent);
      expect(badges).to.include.members(['Gratis', '24 jam']);
    });

    it('says the day its source was read, never "verified" for a number nobody called, and links the article', async () => {
      const { el } = await onFixture('lang="id" hotlines="pusat"');
      const meta = el.shadowRoot!.querySelector('.meta')!;
      expect(meta.textContent).to.contain('Sumber dicek 15 November 2026');
      expect(el.shadowRoot!.textContent).not.to.match(/Terverifikasi|Ditelepon/);
      const source = meta.querySelector('a')!;
      expect(source.href).to.equal('https://news.example.org/pusat-contoh');
      expect(source.rel).to.equal('noopener noreferrer');
      expect(source.textContent).to.contain('Sumber: Koran Contoh: Kepala Pusat, 10 April 2025');
    });

    it('shows a recorded call on its number ("Ditelepon … — tersambung"), and a source note where there is no link', async () => {
      const pack = {
        hotlines: [
          {
            id: 'dinas',
            country: 'id',
            audience: { id: 1 },
            channels: [{ type: 'phone', value: '0812-0000-1234', calledOn: '2026-11-25', calledBy: 'Tim Desa Contoh' }, { type: 'phone', value: '0812-0000-5678' }],
            text: { id: { name: 'Dinas Contoh' } },
            source: { name: 'Papan pengumuman kantor', date: '2026-11', note: { id: 'Tidak ada versi daring.' } },
            checkedOn: '2026-11-30',
            reviewBy: '2099-01-01',
          },
        ],
      };
      const { el } = await renderCard(`<awas-hotline-card lang="id"><script type="application/json">${JSON.stringify(pack)}</script></awas-hotline-card>`);
      // The call to the lead number is told inside the entry's disclosure, beside its copy button; the other number has none.
      const called = Array.from(el.shadowRoot!.querySelectorAll('.called'));
      expect(called.map((c) => c.textContent)).to.deep.equal(['Ditelepon 25 November 2026 oleh Tim Desa Contoh — tersambung']);
      expect(called[0].closest('.lead-more')!.querySelector('.copy')!.textContent).to.contain('0812-0000-1234');
      expect(el.shadowRoot!.querySelector('.channel')!.querySelector('.called')).to.equal(null);
      const meta = el.shadowRoot!.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ');
      expect(meta).to.contain('Sumber dicek 30 November 2026').and.contain('Sumber: Papan pengumuman kantor, November 2026 (Tidak ada versi daring)');
    });
  });

  describe('from', () => {
    it('kh: the Cambodian services first, then Indonesian numbers reachable from abroad only', async () => {
      const { el } = await onFixture('from="kh" lang="id"');
      expect(entries(el).map((n) => n.split(' (')[0])).to.deep.equal(['Kedutaan Contoh', 'Polisi Kamboja 119', 'PCMI', 'Konsuler']);
      const links = hrefs(el);
      expect(links).to.include.members(['tel:+85512555282', 'tel:+85561555661', 'tel:119', 'tel:+622155501234']);
      for (const local of ['tel:08001234', 'tel:112', 'tel:1500']) expect(links).not.to.include(local);
      expect(action(el, 'tel:+85512555282').querySelector('.value')!.textContent).to.equal('+855 12 555 282');
      expect(el.shadowRoot!.querySelector('.intro')!.textContent).to.contain('luar negeri');
      expect(el.shadowRoot!.textContent).to.contain('Bahasa:');
      await expect(el).to.be.accessible();
    });

    it('another country: services reachable from abroad, the consular service first, reported once (no-local-hotlines)', async () => {
      const { el, codes } = await onFixture('from="my" lang="en"');
      expect(entries(el).map((n) => n.split(' (')[0])).to.deep.equal(['Consular', 'PCMI']);
      expect(hrefs(el)).not.to.include('tel:08001234');
      expect(action(el, 'tel:+628123456789') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector('a.whatsapp .value')!.textContent).to.equal('+62 812-3456-789');
      expect(codes).to.deep.equal(['no-local-hotlines']);
    });

    it('an invalid from falls back to Indonesia and says so', async () => {
      const { el, codes } = await onFixture('from="Kamboja!"');
      expect(codes).to.deep.equal(['bad-attribute']);
      expect(hrefs(el)).to.include('tel:08001234');
    });
  });

  describe('hotlines, layout, heading, link-target', () => {
    it('chooses and orders entries by id', async () => {
      const { el } = await onFixture('hotlines="layanan1500, pusat" lang="id"');
      expect(entries(el).map((n) => n.split(' (')[0])).to.deep.equal(['Layanan 1500', 'PCMI']);
    });

    it('reports unknown ids and keeps the known ones; only unknown ids → the set for `from`', async () => {
      const some = await onFixture('hotlines="pusat,nope,&lt;b&gt;"');
      expect(entries(some.el)).to.have.length(1);
      expect(some.codes).to.have.members(['unknown-id', 'bad-attribute']);
      const none = await onFixture('hotlines="nope"');
      expect(entries(none.el)).to.deep.equal(entries((await onFixture()).el));
      expect(none.codes).to.deep.equal(['unknown-id']);
    });

    it('a chosen hotline unreachable from the reader falls back to what is reachable, and stays as text with a note', async () => {
      const { el, codes } = await onFixture('hotlines="darurat112" from="kh"');
      expect(codes).to.deep.equal(['bad-attribute']);
      expect(entries(el)[0]).to.contain('Kedutaan Contoh');
      // The chosen entry comes after what the reader can call: 112 as text, never a link, never +855/+62-prefixed.
      expect(entries(el)[entries(el).length - 1]).to.equal('Darurat');
      expect(hrefs(el).filter((h) => /(^tel:|\+855|\+62)112$/.test(h))).to.deep.equal([]);
      const local = el.shadowRoot!.querySelector('.number.lead')!;
      expect(local.querySelector('.value')!.textContent).to.equal('112');
      expect(local.querySelector('.note')!.textContent).to.equal('Hanya bisa ditelepon dari Indonesia');
    });

    it('compact layout: names and call buttons only', async () => {
      const { el } = await onFixture('layout="compact" hotlines="pusat,layanan1500" heading="Hubungi segera" lang="id"');
      expect(el.shadowRoot!.querySelector('.root')!.classList.contains('compact')).to.equal(true);
      expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Hubungi segera');
      expect(el.shadowRoot!.querySelector('.copy')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.description')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.save')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.contain('Sumber dicek');
      await expect(el).to.be.accessible();
    });

    it('validates layout, heading-level and link-target', async () => {
      const { el, codes } = await onFixture('layout="huge" heading-level="9" link-target="_evil"');
      expect(codes).to.deep.equal(['bad-attribute', 'bad-attribute', 'bad-attribute']);
      expect(el.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).to.equal('2');
      expect(el.shadowRoot!.querySelector('.copy')).not.to.equal(null);
      const ok = await onFixture('heading-level="3" link-target="_top"');
      expect(ok.el.shadowRoot!.querySelector('.heading')!.getAttribute('aria-level')).to.equal('3');
      expect(ok.el.shadowRoot!.querySelector('.entry .name')!.getAttribute('aria-level')).to.equal('4');
      expect(action(ok.el, 'tel:08001234').target).to.equal('_top');
    });

    it('speaks English with lang="en"', async () => {
      const { el } = await onFixture('lang="en" hotlines="pusat"');
      expect(el.shadowRoot!.querySelector('.heading')!.textContent).to.equal('Need help? Contact an official service');
      expect(spoken(action(el, 'tel:08001234'))).to.deep.equal({ name: 'PCMI Call centre (toll-free) 0800-1234 Free', description: '0 8 0 0, 1 2 3 4' });
      expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.contain('Source checked 15 November 2026');
      expect(el.shadowRoot!.querySelector('.badge')!.textContent).to.equal('Free');
      const wa = el.shadowRoot!.querySelector('a.whatsapp') as HTMLAnchorElement;
      expect(decodeURIComponent(wa.href)).to.contain('I would like to ask about a job offer');
    });

    it('works in dark theme', async () => {
      const { el } = await onFixture('theme="dark"');
      await expect(el).to.be.accessible();
    });
  });

  describe('light DOM (progressive enhancement)', () => {
    it('builds the card from the page links, grouping links that share a parent', async () => {
      const { el, codes } = await renderCard(`<awas-hotline-card lang="id">
        <ul>
          <li>KP2MI: <a href="tel:08001000" data-free>0800-1000</a> <a href="https://wa.me/628118080141">WhatsApp</a></li>
          <li><a href="tel:110">Polisi 110</a></li>
        </ul>
      </awas-hotline-card>`);
      expect(codes).to.deep.equal([]);
      expect(entries(el)).to.deep.equal(['KP2MI', 'Polisi']);
      expect(hrefs(el)).to.deep.equal(['tel:08001000', 'https://wa.me/628118080141', 'tel:110']);
      expect(el.shadowRoot!.querySelector('.badge')!.textContent).to.equal('Gratis');
      expect(el.shadowRoot!.querySelector('.meta')!.textContent).to.contain('Nomor dari situs ini');
      await expect(el).to.be.accessible();
    });

    it('reads direct-child links, sms, mailto and web links', async () => {
      const { el } = await renderCard(`<awas-hotline-card lang="id">
        <a href="tel:+62%2021%2029244800">KP2MI dari luar negeri</a>
        <a href="sms:129">SMS 129</a>
        <a href="mailto:pengaduan@example.go.id">Email dinas</a>
        <a href="https://example.go.id/lapor">Lapor online</a>
      </awas-hotline-card>`);
      expect(hrefs(el)).to.deep.equal(['tel:+622129244800', 'sms:129', 'mailto:pengaduan@example.go.id', 'https://example.go.id/lapor']);
      expect(entries(el)).to.deep.equal(['KP2MI dari luar negeri', 'SMS', 'Email dinas', 'Lapor online']);
    });

    it('ignores javascript: links, keeps the defaults and explains', async () => {
      const { el, codes, logs } = await renderCard(`<awas-hotline-card><a href="javascript:alert(1)">Klik</a><a href="tel:abc">Telepon</a></awas-hotline-card>`);
      const defaults = entries((await onDefaults()).el);
      expect(defaults).not.to.deep.equal([]);
      expect(entries(el)).to.deep.equal(defaults);
      expect(codes).to.have.members(['content-invalid', 'content-invalid']);
      expect(logs.warn.join('\n')).to.contain('not a tel:, sms:, WhatsApp, mailto: or web link');
      expect(el.shadowRoot!.querySelectorAll('a[href^="javascript"]')).to.have.length(0);
    });

    it('picks up links added after the upgrade (script in <head>)', async () => {
      const { el } = await renderCard(html`<awas-hotline-card></awas-hotline-card>`);
      const a = document.createElement('a');
      a.href = 'tel:110';
      a.textContent = 'Polisi 110';
      el.append(a);
      await waitUntil(() => entries(el).length === 1);
      expect(hrefs(el)).to.deep.equal(['tel:110']);
    });
  });

  describe('content and bad input', () => {
    it('uses inline JSON, dropping bad channels and dangerous links with precise messages', async () => {
      const content = pack([
        hotline('dinas', [
          { type: 'phone', value: '(0274) 123456' },
          { type: 'phone', value: 'call us' },
          { type: 'web', value: 'javascript:alert(1)' },
          { type: 'web', value: 'data:text/html,x' },
          { type: 'whatsapp', value: '110' },
          { type: 'email', value: 'not-an-email' },
          { type: 'phone', value: '08111129129', display: '0800-999' },
        ]),
        hotline('kosong', [{ type: 'web', value: 'vbscript:x' }]),
      ]);
      const { el, codes, logs } = await renderCard(`<awas-hotline-card lang="id">${content}</awas-hotline-card>`);
      expect(entries(el)).to.deep.equal(['Layanan dinas']);
      expect(hrefs(el)).to.deep.equal(['tel:+62274123456', 'tel:+628111129129']);
      expect(action(el, 'tel:+628111129129').querySelector('.value')!.textContent).to.equal('0811-1129-129');
      expect(codes.every((c) => c === 'content-invalid')).to.equal(true);
      const text = logs.warn.join('\n');
      expect(text).to.contain('hotlines[0] channels[1].value "call us" is not a phone number');
      expect(text).to.contain('channels[2].value "javascript:alert(1)" is not a usable http(s) address');
      expect(text).to.contain('cannot be a WhatsApp number');
      expect(text).to.contain('is not a usable e-mail address');
      expect(text).to.contain('display "0800-999" is not the same number');
      expect(text).to.contain('hotlines[1] has no usable channel');
    });

    it('an empty list or an unknown field keeps the national defaults', async () => {
      const defaults = entries((await onDefaults()).el);
      expect(defaults).not.to.deep.equal([]);
      const empty = await renderCard(`<awas-hotline-card><script type="application/json">{"hotlines": []}</script></awas-hotline-card>`);
      expect(entries(empty.el)).to.deep.equal(defaults);
      expect(empty.codes).to.deep.equal(['content-empty']);
      const typo = await renderCard(`<awas-hotline-card>${pack([{ ...hotline('x', [{ type: 'phone', value: '110' }]), phone: '110' }])}</awas-hotline-card>`);
      expect(entries(typo.el)).to.deep.equal(defaults);
      expect(typo.logs.warn.join('\n')).to.contain('hotlines[0].phone is not a known field');
    });

    it('keeps showing an entry past reviewBy and warns once', async () => {
      const { el, codes, logs } = await renderCard(`<awas-hotline-card>${pack([hotline('lama', [{ type: 'phone', value: '110' }], { reviewBy: '2024-01-01' })])}</awas-hotline-card>`);
      expect(entries(el)).to.deep.equal(['Layanan lama']);
      expect(codes).to.deep.equal(['stale-content']);
      el.requestUpdate();
      await el.updateComplete;
      expect(codes).to.deep.equal(['stale-content']);
      expect(logs.warn.filter((m) => m.includes('due for review'))).to.have.length(1);
    });
  });

  describe('copy, save contact, events, print', () => {
    it('copies the number and announces it politely', async () => {
      const { el } = await onFixture('hotlines="pusat" lang="id"');
      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
      const events: unknown[] = [];
      el.addEventListener('awas-contact', (e) => events.push((e as CustomEvent).detail));
      try {
        (el.shadowRoot!.querySelector('.copy') as HTMLButtonElement).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('disalin'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
      expect(written).to.deep.equal(['0800-1234']);
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Nomor 0800-1234 disalin');
      expect(events).to.deep.equal([{ hotlineId: 'pusat', channel: 'copy' }]);
    });

    it('without the Clipboard API, selects the number instead', async () => {
      const { el } = await onFixture('hotlines="darurat112" lang="id"');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('insecure')) } });
      try {
        (el.shadowRoot!.querySelector('.copy') as HTMLButtonElement).click();
        await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.includes('112'));
      } finally {
        delete (navigator as unknown as Record<string, unknown>).clipboard;
      }
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(/Nomor 112 (disalin|sudah dipilih)/);
    });

    it('saves a vCard the phone can import', async () => {
      const { el } = await onFixture('hotlines="pusat" lang="id"');
      const blobs: Blob[] = [];
      const create = URL.createObjectURL;
      URL.createObjectURL = (b: Blob) => (blobs.push(b), 'about:blank');
      const clicks: string[] = [];
      const click = HTMLAnchorElement.prototype.click;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        clicks.push(this.download);
      };
      try {
        (el.shadowRoot!.querySelector('.save') as HTMLButtonElement).click();
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(clicks).to.deep.equal(['pusat.vcf']);
      const card = await blobs[0].text();
      expect(card).to.contain('BEGIN:VCARD');
      expect(card).to.contain('FN:PCMI (Kementerian Contoh Pelindungan Pekerja Migran Indonesia)');
      expect(card).to.contain('TEL;TYPE=VOICE:08001234');
      expect(card).to.contain('TEL;TYPE=CELL:+628123456789');
      expect(card).to.contain('URL:https://pusat.example.org/');
      expect(card).to.contain('NOTE:Sumber: Koran Contoh: Kepala Pusat\\, 10 April 2025');
    });

    it('fires awas-contact with the hotline and channel, never reader data', async () => {
      const { el } = await onFixture('hotlines="pusat"');
      const events: unknown[] = [];
      const onContact = (e: Event) => events.push((e as CustomEvent).detail);
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('awas-contact', onContact);
      document.addEventListener('click', stop);
      try {
        action(el, 'tel:08001234').click();
        (el.shadowRoot!.querySelector('a.whatsapp') as HTMLAnchorElement).click();
      } finally {
        document.removeEventListener('awas-contact', onContact);
        document.removeEventListener('click', stop);
      }
      expect(events).to.deep.equal([
        { hotlineId: 'pusat', channel: 'phone' },
        { hotlineId: 'pusat', channel: 'whatsapp' },
      ]);
    });

    it('prints every number in full, without buttons', async () => {
      const { el } = await onFixture('hotlines="pusat"');
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(el.shadowRoot!.querySelector('.copy')!).display).to.equal('none');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.save')!).display).to.equal('none');
      const web = el.shadowRoot!.querySelector('a.web')!;
      expect(getComputedStyle(web, '::after').content).to.contain('https://pusat.example.org/');
      expect(getComputedStyle(el.shadowRoot!.querySelector('a.action .value')!).display).not.to.equal('none');
    });
  });
});
