/** A vCard 3.0 for one hotline, so a phone can save it as a contact (pure logic, no DOM). */
import type { HotlineChannel } from '../../src/content/hotlines.js';

/**
 * Escape a vCard text value (RFC 6350 §3.4): backslash, comma, semicolon, and every line break (CRLF, LF, and a lone
 * CR, which some phones also read as a new line: "KP2MI\rTEL:+1900…" must not add a number to the contact).
 */
export function escapeVcard(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n?|\n/g, '\\n');
}

export function buildVcard(name: string, channels: HotlineChannel[], note: string): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeVcard(name)}`, `ORG:${escapeVcard(name)}`];
  for (const c of channels) {
    if (c.phone && (c.type === 'phone' || c.type === 'sms')) lines.push(`TEL;TYPE=VOICE:${c.phone.dial}`);
    if (c.phone && c.type === 'whatsapp') lines.push(`TEL;TYPE=CELL:${c.phone.dial}`);
    if (c.url && c.type === 'web') lines.push(`URL:${c.url}`);
    if (c.url && c.type === 'email') lines.push(`EMAIL:${c.url.replace(/^mailto:/, '')}`);
  }
  if (note) lines.push(`NOTE:${escapeVcard(note)}`);
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}
