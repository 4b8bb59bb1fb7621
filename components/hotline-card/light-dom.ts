/**
 * Progressive enhancement: build hotlines from plain links the page wrote inside the card, e.g.
 *   <awas-hotline-card><a href="tel:08001000">KP2MI 0800-1000</a></awas-hotline-card>
 * Without JavaScript the links stay readable and callable; with it, they become the card (validated like JSON content).
 * Links that share a parent (<li>KP2MI: <a href="tel:…">…</a> <a href="https://wa.me/…">WhatsApp</a></li>) form one entry.
 *
 * A number is read against its own country, never the reader's (`from` plays no part here): one written with +
 * carries its country; one without belongs to the country named by the nearest data-country="xx" on the link or an
 * ancestor inside the card, else to `home` (Indonesia on the card: these are Indonesian sites).
 *   <ul data-country="kh"><li>KBRI Phnom Penh: <a href="tel:012813282">012 813 282</a></li><li><a href="tel:117">Polisi 117</a></li></ul>
 */
import type { ContentProblem } from '../../src/content/collection.js';
import { normaliseChannel, type Hotline, type HotlineChannel } from '../../src/content/hotlines.js';
import { cleanText, countryCode, MAX_LABEL } from '../../src/safety/text.js';

const NUMBER_LIKE = /\+?\d[\d\s().-]*\d/g;

/** decodeURIComponent that never throws: a malformed escape ("tel:%E0%A4%A") stays as written, and is then refused. */
function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The country a number on this link belongs to: the nearest valid data-country on the link or inside the card, else `home`. */
function countryOf(link: HTMLAnchorElement, host: HTMLElement, home: string, problems: ContentProblem[]): string {
  for (let el: Element | null = link; el && el !== host; el = el.parentElement) {
    const value = el.getAttribute('data-country');
    if (value === null) continue;
    const country = countryCode(value);
    if (country) return country;
    problems.push({
      code: 'content-invalid',
      message: `the links inside the element: data-country="${cleanText(value, 40)}" is not a two-letter country code (id, kh, …); it is ignored.`,
    });
  }
  return home;
}

function channelFromLink(link: HTMLAnchorElement, home: string, problems: ContentProblem[]): HotlineChannel | null {
  const href = (link.getAttribute('href') ?? '').trim();
  const where = `link "${cleanText(link.textContent, 40)}"`;
  const problem = (message: string) => problems.push({ code: 'content-invalid', message: `the links inside the element: ${message}` });
  const flags = { free: link.hasAttribute('data-free'), hours24: link.hasAttribute('data-hours24') };
  const scheme = /^([a-z]+):/i.exec(href)?.[1].toLowerCase();
  let raw: Record<string, unknown> | null = null;
  if (scheme === 'tel') raw = { type: 'phone', value: decode(href.slice(4)) };
  else if (scheme === 'sms') raw = { type: 'sms', value: decode(href.slice(4).split('?')[0]) };
  else if (scheme === 'mailto') raw = { type: 'email', value: decode(href.slice(7).split('?')[0]) };
  else if (scheme === 'http' || scheme === 'https') {
    const wa = /^https?:\/\/(?:wa\.me\/|api\.whatsapp\.com\/send\/?\?phone=)\+?(\d{6,15})/i.exec(href);
    raw = wa ? { type: 'whatsapp', value: `+${wa[1]}` } : { type: 'web', value: href };
  }
  if (!raw) {
    problem(`${where} is not a tel:, sms:, WhatsApp, mailto: or web link; it is ignored.`);
    return null;
  }
  return normaliseChannel({ ...raw, ...flags }, home, where, { problem });
}

function withoutNumbers(text: string): string {
  return cleanText(text.replace(NUMBER_LIKE, ' '), MAX_LABEL).replace(/^[\s:–—-]+|[\s:–—-]+$/g, '');
}

/** The entry's name: the parent's text around the links, else the link text, without the numbers. */
function nameOf(group: HTMLAnchorElement[], parent: Element | null): string {
  const around = parent
    ? Array.from(parent.childNodes)
        .filter((n) => !group.includes(n as HTMLAnchorElement))
        .map((n) => n.textContent ?? '')
        .join(' ')
    : '';
  const linkText = group[0].textContent ?? '';
  return withoutNumbers(around) || withoutNumbers(linkText) || cleanText(linkText, MAX_LABEL);
}

/** `home`: the country of numbers written without + where no data-country says otherwise. */
export function hotlinesFromLightDom(host: HTMLElement, home: string, problems: ContentProblem[]): Hotline[] | null {
  // The readable copy of a snippet (.awas-pre) is the defaults of its day, not links the author wrote.
  const links = (Array.from(host.querySelectorAll('a[href]')) as HTMLAnchorElement[]).filter((a) => !a.closest('.awas-pre'));
  if (!links.length) return null;
  const groups = new Map<Element | HTMLAnchorElement, HTMLAnchorElement[]>();
  for (const link of links) {
    const key = link.parentElement && link.parentElement !== host ? link.parentElement : link;
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  const hotlines: Hotline[] = [];
  groups.forEach((group, key) => {
    const countries = group.map((l) => countryOf(l, host, home, problems));
    const channels = group.map((l, i) => channelFromLink(l, countries[i], problems)).filter((c): c is HotlineChannel => c !== null);
    if (!channels.length) return;
    const name = nameOf(group, key === group[0] ? null : key);
    hotlines.push({ id: `page-${hotlines.length + 1}`, country: countries[0], audience: {}, channels, text: { id: { name }, en: { name } }, fromPage: true });
  });
  return hotlines.length ? hotlines : null;
}
