/**
 * The `hotlines` collection: institutions and their contact channels.
 * Facts (numbers, URLs, reach) are language-neutral; names and descriptions sit under text.<lang>.
 * Every number is parsed by safety/phone, every URL checked by safety/url, before it can reach a link.
 */
import type { CollectionSpec, NormaliseContext } from './collection.js';
import { dateSchema, labelsSchema, sourceSchema, sourcedItemSchema, text, textsSchema } from './schema/common.js';
import type { Schema } from './schema-types.js';
import { cleanLabels, normaliseSource } from './source.js';
import type { ContentItem, Source, Texts } from './types.js';
import { parseIsoDate } from '../safety/date.js';
import { acceptDisplay, parsePhone, type Phone } from '../safety/phone.js';
import { cleanText, COUNTRY_SOURCE, MAX_LABEL } from '../safety/text.js';
import { safeUrl } from '../safety/url.js';

export const CHANNEL_TYPES = ['phone', 'whatsapp', 'sms', 'web', 'email'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export interface HotlineChannel {
  type: ChannelType;
  /** Parsed number for phone / whatsapp / sms. */
  phone?: Phone;
  /** Checked URL for web / email (mailto:). */
  url?: string;
  /** Author-supplied display form, accepted only if it is the same number. */
  display?: string;
  /** The content wrote the number with + (e.g. the "from abroad" line): always show it in international form. */
  international: boolean;
  free: boolean;
  hours24: boolean;
  languages: string[];
  label?: Texts<string>;
  source?: Source;
  /** A call that reached the service: who dialled this number, and on which day. */
  call?: { on: string; by: string };
}

export interface HotlineTexts {
  name: string;
  description?: string;
  whatsappMessage?: string;
}

export interface Hotline extends ContentItem {
  /** Country the service is based in ('id', 'kh'). Short codes and toll-free numbers work only there. */
  country: string;
  /** Reader locations this entry is shown for by default, with its rank there (1 = first). 'abroad' = any other country. */
  audience: Record<string, number>;
  channels: HotlineChannel[];
  text: Texts<HotlineTexts>;
  /** Written by the page itself as plain links (no source or verification date). */
  fromPage?: boolean;
}

const LOCATION = `^(${COUNTRY_SOURCE}|abroad)$`;

const channelSchema: Schema = {
  type: 'object',
  required: ['type', 'value'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: CHANNEL_TYPES },
    value: { type: 'string', minLength: 1, maxLength: 300, description: 'Number as published ("0-800-1000", "+855 12 813 282"), web address, or e-mail address.' },
    display: { type: 'string', maxLength: 40, description: 'Optional display form of the same number ("08111-129-129").' },
    free: { type: 'boolean', description: 'Free of charge for the caller (shows "Gratis").' },
    hours24: { type: 'boolean', description: 'Answered 24 hours a day (shows "24 jam").' },
    languages: { type: 'array', maxItems: 10, items: { type: 'string', pattern: '^[a-z]{2,3}$' } },
    label: labelsSchema(MAX_LABEL),
    source: sourceSchema,
    calledOn: { ...dateSchema, description: 'The day someone dialled this number and the service answered. Only for calls that got through.' },
    calledBy: { ...text(120), description: 'Who made that call (a name or a team), shown with the date.' },
  },
};

export const hotlineSchema: Schema = sourcedItemSchema(
  'A service readers can contact, with its channels.',
  {
    country: { type: 'string', pattern: `^${COUNTRY_SOURCE}$`, description: 'Country the service is based in ("id", "kh").' },
    audience: {
      type: 'object',
      description: 'Where readers are when this entry is shown by default, with its rank there: {"id": 1, "abroad": 2}.',
      propertyNames: { pattern: LOCATION },
      additionalProperties: { type: 'integer', minimum: 1, maximum: 99 },
    },
    channels: { type: 'array', minItems: 1, maxItems: 12, items: channelSchema },
    text: textsSchema({ name: text(MAX_LABEL), description: text(400, 0), whatsappMessage: text(300, 0) }, ['name']),
  },
  ['country', 'audience', 'channels'],
);

const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[a-z]{2,}$/i;

/** Parse one channel through the safety module; null (with a problem) when it cannot be used. */
export function normaliseChannel(raw: Record<string, unknown>, home: string, where: string, ctx: Pick<NormaliseContext, 'problem'>): HotlineChannel | null {
  const type = raw.type as ChannelType;
  const value = raw.value as string;
  const source = raw.source === undefined ? undefined : normaliseSource(raw.source, ctx, `${where}.source`, 'this channel');
  if (source === null) return null;
  const base = {
    type,
    free: raw.free === true,
    hours24: raw.hours24 === true,
    languages: (raw.languages as string[] | undefined) ?? [],
    label: cleanLabels(raw.label),
    source,
  };
  if (type === 'web' || type === 'email') {
    const url = type === 'web' ? safeUrl(value, ['https:', 'http:']) : EMAIL.test(value.trim()) ? safeUrl(`mailto:${value.trim()}`, ['mailto:']) : null;
    if (!url) {
      ctx.problem(`${where}.value "${cleanText(value, 60)}" is not a usable ${type === 'web' ? 'http(s) address' : 'e-mail address'}; this channel is skipped.`);
      return null;
    }
    return { ...base, url, international: false };
  }
  const phone = parsePhone(value, home);
  if (!phone) {
    ctx.problem(`${where}.value "${cleanText(value, 60)}" is not a phone number; this channel is skipped.`);
    return null;
  }
  if (type === 'whatsapp' && !phone.whatsapp) {
    ctx.problem(`${where}.value "${cleanText(value, 60)}" cannot be a WhatsApp number (short codes and toll-free numbers have no WhatsApp); skipped.`);
    return null;
  }
  let display: string | undefined;
  if (raw.display !== undefined) {
    display = acceptDisplay(phone, raw.display) ?? undefined;
    if (!display) ctx.problem(`${where}.display "${cleanText(raw.display, 40)}" is not the same number as value; the computed form is shown.`);
  }
  return { ...base, phone, display, international: value.trim().startsWith('+'), call: readCall(raw, where, ctx) };
}

/** calledOn + calledBy: both, and not in the future, or the call is not shown (a claim nobody can stand behind). */
function readCall(raw: Record<string, unknown>, where: string, ctx: Pick<NormaliseContext, 'problem'>): HotlineChannel['call'] {
  const on = raw.calledOn as string | undefined;
  const by = cleanText(raw.calledBy, 120);
  if (on === undefined && !by) return undefined;
  const day = parseIsoDate(on);
  if (!on || !by) ctx.problem(`${where} needs both calledOn (the day) and calledBy (who called) to show a call; it is not shown.`);
  // A day of slack: "today" east of UTC (WIB is UTC+7) is still tomorrow in UTC.
  else if (!day || day.getTime() > Date.now() + 86400000) ctx.problem(`${where}.calledOn "${cleanText(on, 20)}" is in the future; the call is not shown.`);
  else return { on, by };
  return undefined;
}

function cleanTexts(raw: Record<string, Record<string, string>>): Texts<HotlineTexts> {
  const out: Texts<HotlineTexts> = {};
  for (const [lang, t] of Object.entries(raw)) {
    out[lang] = {
      name: cleanText(t.name, MAX_LABEL),
      description: t.description ? cleanText(t.description, 400) : undefined,
      whatsappMessage: t.whatsappMessage ? cleanText(t.whatsappMessage, 300) : undefined,
    };
  }
  return out;
}

export const hotlinesSpec: CollectionSpec<Hotline> = {
  key: 'hotlines', noun: 'hotline', itemSchema: hotlineSchema,
  normalise(raw, ctx) {
    const country = raw.country as string;
    const channels = (raw.channels as Record<string, unknown>[])
      .map((c, i) => normaliseChannel(c, country, `channels[${i}]`, ctx))
      .filter((c): c is HotlineChannel => c !== null);
    if (!channels.length) {
      ctx.problem('has no usable channel; this hotline is skipped.');
      return null;
    }
    const texts = cleanTexts(raw.text as Record<string, Record<string, string>>);
    if (!Object.keys(texts).length) {
      ctx.problem('has no texts (add text.id.name); this hotline is skipped.');
      return null;
    }
    return {
      id: raw.id as string,
      source: ctx.source,
      checkedOn: raw.checkedOn as string,
      reviewBy: raw.reviewBy as string,
      country,
      audience: raw.audience as Record<string, number>,
      channels,
      text: texts,
    };
  },
};
