/**
 * Text hygiene for every outside string (attributes, JSON, light DOM).
 * Content is always rendered as text by Lit, so this is not about HTML escaping:
 * it removes characters that can spoof what a reader sees (bidi overrides, NULs,
 * other control characters) and caps length so a hostile page cannot freeze a phone.
 */

/** Default cap for one text field (a question, a chat bubble, an explanation). */
export const MAX_TEXT = 2000;
/** Cap for short labels: names, units, ids. */
export const MAX_LABEL = 200;

// C0/C1 controls except tab/newline, bidi marks (LRM, RLM, ALM), embeddings/overrides/isolates, zero-width joiners
// used for spoofing.
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Clean a text value: strip control and bidi-override characters, collapse runs of spaces, cap length. */
export function cleanText(value: unknown, max: number = MAX_TEXT): string {
  if (typeof value !== 'string') return '';
  const cleaned = value.replace(UNSAFE_CHARS, '').replace(/[ \t]+/g, ' ').trim();
  return cleaned.length > max ? cleaned.slice(0, max - 1).trimEnd() + '…' : cleaned;
}

/** A country code, as `from`, a number's data-country and a pack's `country` take it: two letters (the one home). */
export const COUNTRY_SOURCE = '[a-z]{2}';
const COUNTRY = new RegExp(`^${COUNTRY_SOURCE}$`);

/** The country code `value` names (trimmed, lower-cased), or null when it is not two letters. */
export function countryCode(value: string | null | undefined): string | null {
  const code = (value ?? '').trim().toLowerCase();
  return COUNTRY.test(code) ? code : null;
}

/** The id rule of every content item and id list: lower-case letters, digits and hyphens, up to 64 (the one home). */
export const ID_SOURCE = '[a-z0-9][a-z0-9-]{0,63}';
const ID_PATTERN = new RegExp(`^${ID_SOURCE}$`);

/** True for ids used in attributes like hotlines="kp2mi,sapa129". */
export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

/** Split an id list attribute ("kp2mi, sapa129") into clean ids plus the entries that were not ids. */
export function parseIdList(value: string | null | undefined): { ids: string[]; invalid: string[] } {
  const ids: string[] = [];
  const invalid: string[] = [];
  for (const raw of (value ?? '').split(',')) {
    const id = raw.trim().toLowerCase();
    if (!id) continue;
    if (isId(id)) {
      if (!ids.includes(id)) ids.push(id);
    } else invalid.push(cleanText(raw, 40));
  }
  return { ids, invalid };
}
