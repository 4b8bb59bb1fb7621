/**
 * Phone numbers: parse what people write ("0-800-1000", "+855 12 813 282", "08111-129-129"),
 * produce the tel: value a phone can dial, a readable display and the digits for wa.me links.
 *
 * - Ordinary numbers are dialled in E.164 ("+6281180800141") so they work from any country.
 * - Short codes (110, 129, 117) and domestic toll-free numbers (0800…) are kept as dialled locally:
 *   they cannot be reached in international format.
 * - A number is read against ITS OWN country (the `home` argument: the country of the hotline, or of the link), never
 *   the reader's. A number written with + carries its country. One written without + must fit the numbering plan of
 *   its country (fitsPlan); when it does not (012 813 282 read as Indonesian: no area code starts with 1), nobody can
 *   tell which country it belongs to: it is 'ambiguous', kept exactly as written and never prefixed with a country code.
 */

export type PhoneKind = 'short' | 'toll-free' | 'ordinary' | 'ambiguous';

export interface Phone {
  kind: PhoneKind;
  /** ISO country the number belongs to, when known ('id', 'kh'); '' for an ambiguous number. */
  country: string;
  /** Value for a tel:/sms: link. */
  dial: string;
  /** Readable form for readers in the number's own country ("0800-1000", "0811-8080-141"). */
  national: string;
  /** Readable form for readers elsewhere ("+62 811-8080-141"); equals national for local-only numbers. */
  international: string;
  /** Digits for https://wa.me/<digits>; empty for numbers WhatsApp cannot reach. */
  whatsapp: string;
}

/** Calling codes of the countries the default content covers. Others still parse (written with +), grouped generically. */
const CALLING_CODES: Record<string, string> = { id: '62', kh: '855' };
const SEPARATORS = /[\s\u00A0().\-/]/g;

/** Short codes: 110, 112, 129, 1500 (Indonesia); 117, 118, 119, 1288 (Cambodia). Dialled only inside their country. */
const SHORT_CODE = /^\d{3,5}$/;

/**
 * National numbering plans (numbers as dialled inside the country, trunk 0 included), for the countries whose
 * calling code is known. Indonesia: toll-free 0800 + 4–7 digits, mobile 08 + 8–11 digits, landline 0 + an area code
 * starting 2–9 (never 1, 0 or the mobile 8) + subscriber. Cambodia: 0 + 8–9 digits.
 */
const NATIONAL_PLANS: Record<string, RegExp[]> = {
  id: [/^0800\d{4,7}$/, /^08\d{8,11}$/, /^0[2-79]\d{6,10}$/],
  kh: [/^0[1-9]\d{7,8}$/],
};

/**
 * Whether a number written without + ("0800-1000", "012 813 282", "110") fits the numbering plan of `country`.
 * Short codes fit every country. Other numbers fit only a country whose plan is known (id, kh): elsewhere the card
 * cannot turn them into an international number, so they are written with + and the country code.
 */
export function fitsPlan(raw: string, country: string): boolean {
  const digits = raw.trim().replace(/^tel:/i, '').replace(SEPARATORS, '');
  if (SHORT_CODE.test(digits)) return true;
  return (NATIONAL_PLANS[country] ?? []).some((plan) => plan.test(digits));
}

function countryOfCallingCode(digits: string): { country: string; code: string } {
  for (const country of Object.keys(CALLING_CODES)) {
    const code = CALLING_CODES[country];
    if (digits.startsWith(code)) return { country, code };
  }
  // Unknown country: treat the first 2 digits as the code for grouping purposes only.
  return { country: '', code: digits.slice(0, 2) };
}

function groups(digits: string, sizes: number[], sep: string): string {
  const parts: string[] = [];
  let i = 0;
  for (const size of sizes) {
    if (i >= digits.length) break;
    parts.push(digits.slice(i, i + size));
    i += size;
  }
  if (i < digits.length) parts.push(digits.slice(i));
  return parts.join(sep);
}

/** Readable grouping of an Indonesian subscriber number written without the trunk 0 ("8118080141", "2129244800"). */
function groupIndonesian(rest: string, international: boolean): string {
  if (rest.startsWith('8')) {
    // Mobile: 0811-8080-141 / +62 811-8080-141
    return international ? groups(rest, [3, 4], '-') : groups('0' + rest, [4, 4], '-');
  }
  // Landline: 2-digit area code for Jakarta (21) and other big cities, 3 digits elsewhere.
  const area = /^(21|22|24|31|61)/.test(rest) ? 2 : 3;
  const subscriber = rest.slice(area);
  const local = groups(subscriber, [subscriber.length >= 8 ? 4 : 3], international ? ' ' : '-');
  return international ? `${rest.slice(0, area)} ${local}` : `(0${rest.slice(0, area)}) ${local}`;
}

/**
 * Parse a phone number. `home` is the country a number without a + belongs to (default 'id'): the country of the
 * service or of the link that wrote it, never the reader's location.
 * Returns null for anything that is not a plausible phone number. A number in national form (trunk 0, no +) that
 * does not fit the plan of `home` comes back as kind 'ambiguous': dial, national and international are the number
 * exactly as written (no country code added), whatsapp is empty.
 */
export function parsePhone(raw: unknown, home = 'id'): Phone | null {
  if (typeof raw !== 'string' || raw.length > 40) return null;
  const compact = raw.trim().replace(/^tel:/i, '').replace(SEPARATORS, '');
  if (!/^\+?\d{3,15}$/.test(compact)) return null;
  const plus = compact.startsWith('+');
  const digits = plus ? compact.slice(1) : compact;

  if (!plus && SHORT_CODE.test(digits)) {
    return { kind: 'short', country: home, dial: digits, national: digits, international: digits, whatsapp: '' };
  }
  if (!plus && home === 'id' && /^0800\d{4,7}$/.test(digits)) {
    const rest = digits.slice(4);
    const display = '0800-' + (rest.length <= 4 ? rest : groups(rest, [rest.length % 3 || 3, 3], '-'));
    return { kind: 'toll-free', country: 'id', dial: digits, national: display, international: display, whatsapp: '' };
  }

  let e164: string;
  if (plus) e164 = digits;
  else if (!digits.startsWith('0')) return null; // no trunk 0 and no +: not a number anyone can dial as written
  else if (!fitsPlan(digits, home) || !CALLING_CODES[home]) {
    // A national number that is not one of `home`'s: keep it as the author wrote it rather than guess its country.
    const written = raw.trim().replace(/^tel:/i, '').replace(/\s+/g, ' ');
    return { kind: 'ambiguous', country: '', dial: digits, national: written, international: written, whatsapp: '' };
  } else e164 = CALLING_CODES[home] + digits.slice(1);
  if (e164.length < 8 || e164.length > 15 || e164.startsWith('0')) return null;

  const { country, code } = countryOfCallingCode(e164);
  const rest = e164.slice(code.length);
  let national: string;
  let international: string;
  if (country === 'id') {
    national = groupIndonesian(rest, false);
    international = `+62 ${groupIndonesian(rest, true)}`;
  } else {
    // Cambodia and generic: "+855 12 813 282", nationally "012 813 282".
    const grouped = groups(rest, [2, 3], ' ');
    international = `+${code} ${grouped}`;
    national = country ? `0${grouped}` : international;
  }
  return { kind: 'ordinary', country, dial: '+' + e164, national, international, whatsapp: e164 };
}

/** Digits only, for comparing two writings of the same number. */
export function phoneDigits(value: string): string {
  return value.replace(/\D/g, '');
}

/**
 * A display string an author supplied is accepted only when it is the same number
 * (same digits as one of our computed forms): a display text can never show a number other than the one dialled.
 */
export function acceptDisplay(phone: Phone, display: unknown): string | null {
  if (typeof display !== 'string' || display.length > 40) return null;
  const d = phoneDigits(display);
  return d === phoneDigits(phone.national) || d === phoneDigits(phone.international) ? display.trim() : null;
}

/**
 * Spell a number digit by digit for screen readers: "0800-1000" → "0 8 0 0, 1 0 0 0".
 * Screen readers otherwise read "08001000" as "eight million one thousand".
 */
export function spokenNumber(display: string): string {
  return display
    .replace(/[()]/g, '')
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((group) => (group.startsWith('+') ? 'plus ' : '') + group.replace('+', '').split('').join(' '))
    .join(', ');
}
