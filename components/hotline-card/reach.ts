/**
 * Which hotlines and channels a reader can use from where they are (pure logic, no DOM).
 * Short codes (110, 129, 117) and domestic toll-free numbers (0800…) work only inside their country;
 * WhatsApp, web and e-mail work from anywhere; ordinary numbers are dialled in E.164 and work from anywhere.
 * Every number was already read against its own country (safety/phone): `from` decides only what is callable.
 */
import type { Hotline, HotlineChannel } from '../../src/content/hotlines.js';

export interface HotlineEntry {
  hotline: Hotline;
  /** The channels the reader can use from where they are. */
  channels: HotlineChannel[];
  /**
   * Numbers that work only inside their own country, which the page wrote itself or the author chose by id: shown
   * as text with a note, never as a link. Absent or empty for the default sets (there they are simply left out).
   */
  local?: HotlineChannel[];
}

export function isReachable(channel: HotlineChannel, hotline: Hotline, from: string): boolean {
  if (!channel.phone || channel.type === 'whatsapp') return true;
  // Ordinary numbers are dialled in E.164; an ambiguous one is offered exactly as its author wrote it.
  if (channel.phone.kind === 'ordinary' || channel.phone.kind === 'ambiguous') return true;
  return from === (channel.phone.country || hotline.country);
}

/** The country a domestic-only number can be dialled in. */
export function homeOf(channel: HotlineChannel, hotline: Hotline): string {
  return channel.phone?.country || hotline.country;
}

/** The audience key for a reader location: itself when some hotline lists it, else 'abroad' (outside Indonesia). */
export function audienceKey(all: Hotline[], from: string): string {
  return all.some((h) => from in h.audience) ? from : 'abroad';
}

export interface Selection {
  /** Entries with at least one channel the reader can use, in order. */
  entries: HotlineEntry[];
  /**
   * What the card shows, in order: `entries`, plus the chosen or page-written hotlines that have only numbers callable
   * inside their own country (their `channels` empty, their `local` numbers shown as text).
   */
  shown: HotlineEntry[];
  /** Ids chosen explicitly that have no channel reachable from `from`. */
  unreachable: string[];
}

/**
 * Entries to show. With `ids` (already checked by selectById; one no hotline has is passed over): those hotlines in
 * that order. Without: the hotlines whose audience includes the
 * reader's location, by rank (the page's own links first). Channels not reachable from `from` are removed from the
 * default sets; for hotlines chosen by id or written by the page they are kept aside as `local`, shown as text.
 */
export function selectHotlines(all: Hotline[], from: string, ids: string[]): Selection {
  const unreachable: string[] = [];
  let chosen: Hotline[] = [];
  for (const id of ids) {
    const found = all.find((h) => h.id === id);
    if (found) chosen.push(found);
  }
  const explicit = chosen.length > 0;
  if (!explicit) {
    const key = audienceKey(all, from);
    chosen = all
      .map((h, index) => ({ h, index, rank: h.fromPage ? 0 : h.audience[key] }))
      .filter((x) => x.rank !== undefined)
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((x) => x.h);
  }
  const entries: HotlineEntry[] = [];
  const shown: HotlineEntry[] = [];
  for (const hotline of chosen) {
    const channels = hotline.channels.filter((c) => isReachable(c, hotline, from));
    const local = explicit || hotline.fromPage ? hotline.channels.filter((c) => !isReachable(c, hotline, from)) : [];
    const entry: HotlineEntry = { hotline, channels, local };
    if (channels.length) entries.push(entry);
    else if (explicit) unreachable.push(hotline.id);
    if (channels.length || local.length) shown.push(entry);
  }
  return { entries, shown, unreachable };
}
