/**
 * The hotline card in a sidebar (issue #15): it leads with the services that matter most for `from` (three, or
 * `limit`), each one full-width tap target; everything else folds into native disclosures. Measured in the browser
 * at the widths of real sidebars, with fixture content as long as the default content (test/fixtures/hotlines.json).
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { AwasHotlineCard } from '../../components/hotline-card/hotline-card.js';
import { resetLogged } from '../helpers/console.js';
import { fakeClock, until } from '../helpers/clock.js';
import { HOTLINES, hotlineCard } from '../helpers/fixtures.js';
import { render } from '../helpers/render.js';

AwasHotlineCard.define('awas-hotline-card');

type Card = AwasHotlineCard;

/** A card in a container of `width` px, as a sidebar holds it. */
async function inColumn(width: number, attributes: string): Promise<Card> {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width:${width}px"><awas-hotline-card ${attributes}>${HOTLINES}</awas-hotline-card></div>`);
  const el = wrapper.querySelector('awas-hotline-card') as Card;
  await el.updateComplete;
  return el;
}

const $$ = (el: Card, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];
/** The entries the card leads with (outside the "all services" disclosure). */
const leads = (el: Card) => $$(el, '.root > .entries > .entry');
const leadLinks = (el: Card) => leads(el).map((e) => e.querySelector('.name > .lead') as HTMLElement);
function openAll(el: Card): void {
  for (const d of $$(el, 'details')) (d as HTMLDetailsElement).open = true;
}

/** Where a text node's characters move to a new line: the character before each break. */
function charsBeforeBreaks(element: Element): string[] {
  const before: string[] = [];
  let lastTop: number | null = null;
  let last = '';
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getClientRects()[0];
      // The zero-width spaces after dots and slashes are the break opportunities themselves.
      if (!rect || node.data[i] === '\u200b') continue;
      if (lastTop !== null && rect.top > lastTop + 2) before.push(last);
      lastTop = rect.top;
      last = node.data[i];
    }
  }
  return before;
}

/** The services a reader in each place must see first (the order the content gives for that `from`). */
const FIRST: Record<string, string[]> = {
  id: ['tel:08001234', 'tel:1500', 'tel:112'],
  kh: ['tel:+85512555282', 'tel:119', 'tel:+622155501234'],
  my: ['tel:+6281255500027', 'tel:+622155501234'],
};

describe('awas-hotline-card in a sidebar', () => {
  for (const from of ['id', 'kh', 'my']) {
    for (const width of [270, 360]) {
      it(`from=${from} at ${width} px: at most 800 px tall, full-width leads, numbers on one line`, async () => {
        const el = await inColumn(width, `from="${from}" lang="id"`);
        const height = el.getBoundingClientRect().height;
        expect(height, `card height at ${width} px`).to.be.at.most(800);
        expect($$(el, 'details').every((d) => !(d as HTMLDetailsElement).open), 'every disclosure closed').to.equal(true);

        const links = leadLinks(el);
        expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(FIRST[from]);
        const column = el.shadowRoot!.querySelector('.root > .entries')!.getBoundingClientRect();
        for (const link of links) {
          const box = link.getBoundingClientRect();
          expect(box.width, `${link.getAttribute('href')} spans the column`).to.be.closeTo(column.width, 1);
          expect(box.height, `${link.getAttribute('href')} tap target`).to.be.at.least(44);
          const value = link.querySelector('.value') as HTMLElement;
          const lineBox = parseFloat(getComputedStyle(value).lineHeight);
          expect(value.getBoundingClientRect().height, `${value.textContent} on one line`).to.be.below(lineBox * 1.5);
          expect(value.getBoundingClientRect().right, `${value.textContent} inside its link`).to.be.at.most(box.right);
          expect(parseFloat(getComputedStyle(value).fontSize), 'number ≥ 16 px').to.be.at.least(16);
          // The service and its free / 24 h marks are part of the one target.
          expect(link.querySelector('.service')?.textContent?.trim()).to.not.equal('');
        }
      });
    }
  }

  // 240 px: the card inside a 270 px sidebar whose box has its own padding (OpenSID Natra, 12–15 px a side).
  for (const width of [240, 270]) {
    it(`at ${width} px, opened: the longest default numbers stay on one line inside their box, nothing sticks out of the card`, async () => {
      const el = await inColumn(width, 'hotlines="konsuler,pusat,kedutaan-kh" from="my" lang="id"');
      openAll(el);
      await el.updateComplete;
      for (const value of $$(el, '.phone .value, .whatsapp .value, .sms .value')) {
        const box = value.closest('a, .number')!.getBoundingClientRect();
        const rect = value.getBoundingClientRect();
        expect(rect.height, `${value.textContent} on one line`).to.be.below(parseFloat(getComputedStyle(value).lineHeight) * 1.5);
        expect(rect.right, `${value.textContent} inside its box`).to.be.at.most(box.right);
      }
      const card = el.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
      for (const node of $$(el, '.root *:not(.visually-hidden):not(.visually-hidden *)')) {
        const rect = node.getBoundingClientRect();
        if (rect.width) expect(rect.right, `${node.className || node.tagName} inside the card`).to.be.at.most(card.right + 0.5);
      }
    });
  }

  it('web addresses break only after a dot or a slash, at every width down to 160 px', async () => {
    for (const width of [160, 200, 270]) {
      const el = await inColumn(width, 'lang="id"');
      openAll(el);
      await el.updateComplete;
      const values = $$(el, '.web .value');
      expect(values.length).to.be.greaterThan(0);
      for (const value of values) {
        for (const before of charsBeforeBreaks(value)) expect('./@', `${value.textContent} at ${width} px breaks after "${before}"`).to.contain(before);
      }
    }
  });

  it('no text under 12 px and no number under 16 px, inside the folded parts too', async () => {
    for (const width of [270, 360]) {
      const el = await inColumn(width, 'from="kh" lang="id"');
      openAll(el);
      await el.updateComplete;
      const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent!.trim() || node.parentElement!.closest('.visually-hidden, [hidden]')) continue;
        const size = parseFloat(getComputedStyle(node.parentElement!).fontSize);
        expect(size, `"${node.textContent!.trim()}" at ${width} px`).to.be.at.least(12);
      }
      for (const value of $$(el, '.phone .value, .whatsapp .value, .number .value')) expect(parseFloat(getComputedStyle(value).fontSize)).to.be.at.least(16);
    }
  });

  it('wide: the leads sit side by side', async () => {
    const el = await inColumn(1280, 'lang="id"');
    const tops = leadLinks(el).map((a) => Math.round(a.getBoundingClientRect().top));
    expect(new Set(tops).size, `tops ${tops.join(', ')}`).to.equal(1);
  });
});

describe('limit and the "Semua layanan (N)" disclosure', () => {
  beforeEach(() => resetLogged());

  it('three by default; the rest behind one disclosure that counts every service', async () => {
    const el = await inColumn(360, 'lang="id"');
    expect(leads(el).length).to.equal(3);
    const all = el.shadowRoot!.querySelector('details.all') as HTMLDetailsElement;
    expect(all.querySelector('summary')!.textContent!.trim()).to.equal('Semua layanan (4)');
    expect(all.querySelectorAll('.entry').length).to.equal(1);
    expect(all.querySelector('.lead')!.getAttribute('href')).to.equal('tel:+6281255500027');
  });

  it('limit="2" leads with two; limit="5" shows all four and no disclosure', async () => {
    const two = await inColumn(360, 'limit="2" lang="en"');
    expect(leads(two).length).to.equal(2);
    expect(two.shadowRoot!.querySelector('details.all summary')!.textContent!.trim()).to.equal('All services (4)');
    expect(two.shadowRoot!.querySelectorAll('details.all .entry').length).to.equal(2);
    const five = await inColumn(360, 'limit="5"');
    expect(leads(five).length).to.equal(4);
    expect(five.shadowRoot!.querySelector('details.all')).to.equal(null);
  });

  for (const bad of ['abc', '0', '-2', '2.5', '']) {
    it(`limit="${bad}": three, with one console message and an awas-error`, async () => {
      const { el, codes, logs } = await render<Card>(hotlineCard(`limit="${bad}"`));
      expect(leads(el).length).to.equal(3);
      expect(codes).to.deep.equal(['bad-attribute']);
      expect(logs.warn.join('\n')).to.contain(`limit="${bad}"`);
    });
  }

  it('a limit changed later re-folds the card', async () => {
    const el = await inColumn(360, '');
    el.setAttribute('limit', '1');
    await el.updateComplete;
    expect(leads(el).length).to.equal(1);
    expect(el.shadowRoot!.querySelector('details.all summary')!.textContent!.trim()).to.equal('Semua layanan (4)');
  });

  it('the disclosures open and close from the keyboard (Enter, Space)', async () => {
    const el = await inColumn(360, 'lang="id"');
    const all = el.shadowRoot!.querySelector('details.all') as HTMLDetailsElement;
    (all.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => all.open, 'Enter opens "Semua layanan"');
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !all.open, 'Space closes it');
    const more = leads(el)[0].querySelector('details.more') as HTMLDetailsElement;
    (more.querySelector('summary') as HTMLElement).focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => more.open, 'Space opens an entry');
    // Inside: the full name, copy for the lead number, the other ways in, save contact, the source.
    expect(more.querySelector('.fullname')!.textContent).to.equal('PCMI (Kementerian Contoh Pelindungan Pekerja Migran Indonesia)');
    expect(more.querySelector('.lead-more .copy')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Salin nomor 0800-1234');
    expect(Array.from(more.querySelectorAll('a.action')).map((a) => a.getAttribute('href')!.split('?')[0])).to.deep.equal([
      'tel:+622155501234',
      'https://wa.me/628123456789',
      'https://pusat.example.org/',
      'https://izin-agensi.contoh.example.org/',
    ]);
    expect(more.querySelector('.save')).to.exist;
    expect(more.querySelector('.meta a')!.getAttribute('href')).to.equal('https://news.example.org/pusat-contoh');
  });

  it('the number stays a tel: link outside the folded part, one tap away', async () => {
    const el = await inColumn(270, 'from="kh"');
    for (const entry of leads(el)) {
      const link = entry.querySelector('.name > a.lead')!;
      expect(link.closest('details'), 'not inside a disclosure').to.equal(null);
      expect(link.getAttribute('href')).to.match(/^tel:/);
    }
  });
});

describe('copy feedback at the button', () => {
  it('"Tersalin" on the button, a status message, then "Salin" again', async () => {
    const el = await inColumn(360, 'hotlines="darurat112" lang="id"');
    const written: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    const button = () => el.shadowRoot!.querySelector('.lead-more .copy') as HTMLButtonElement;
    const label = () => button().textContent!.replace(/\s+/g, ' ').trim();
    // Time is the subject: a fake clock moves it (the clipboard promise and Lit's updates are microtasks, not timers).
    const clock = fakeClock();
    try {
      button().click();
      await until(() => label() === 'Tersalin', 'visible feedback');
      expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Nomor 112 disalin');
      expect(written).to.deep.equal(['112']);
      clock.tick(1000);
      await el.updateComplete;
      expect(label(), 'still "Tersalin" a second later').to.equal('Tersalin');
      clock.tick(4000);
      await el.updateComplete;
      expect(label(), 'back to "Salin" within five seconds').to.equal('Salin nomor 112');
    } finally {
      clock.restore();
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
  });
});

interface AxNode {
  role: string;
  name: string;
  children?: AxNode[];
}
function axNodes(node: AxNode): AxNode[] {
  return [node, ...(node.children ?? []).flatMap(axNodes)];
}
/** The text a sighted reader sees on an element: its text without the visually hidden parts. */
function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden, [hidden]').forEach((n) => n.remove());
  return clone.textContent!.replace(/\s+/g, ' ').trim();
}

describe('names that hold what they show', () => {
  for (const lang of ['en', 'id']) {
    it(`lang="${lang}": buttons and links are named by their visible text; links to a new tab say so`, async () => {
      const el = await inColumn(360, `lang="${lang}" limit="9" id="names-${lang}"`);
      openAll(el);
      await el.updateComplete;
      const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
      const names = axNodes(snapshot)
        .filter((n) => n.role === 'button' || n.role === 'link')
        .map((n) => n.name);
      const newTab = lang === 'en' ? '(opens in a new tab)' : '(membuka tab baru)';
      const controls = $$(el, 'button, a[href]');
      expect(controls.length).to.be.greaterThan(20);
      for (const control of controls) {
        const visible = visibleText(control);
        const matching = names.filter((n) => n.includes(visible));
        expect(matching.length, `a control named with its visible text "${visible}"`).to.be.greaterThan(0);
        if (control.getAttribute('target') === '_blank') {
          const name = control.textContent!.replace(/\s+/g, ' ').trim();
          expect(name, `${control.getAttribute('href')} opens a new tab and says so`).to.contain(newTab);
        }
      }
      const saves = $$(el, '.save');
      expect(saves.length).to.equal(4);
      for (const save of saves) expect(names.some((n) => n.startsWith(visibleText(save)) && n.length > visibleText(save).length)).to.equal(true);
    });
  }
});
