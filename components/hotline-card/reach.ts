/**
 * Which hotlines and channels a reader can use from where they are (pure logic, no DOM).
 * Short codes (110, 129, 117) and domestic toll-free numbers (0800…) work only inside their country;
 * WhatsApp, web and e-mail work from anywhere; ordinary numbers are dialled in E.164 and work from anywhere.
 */
import type { Hotline, HotlineChannel } from '../../src/content/hotlines.js';

export interface HotlineEntry {
  hotline: Hotline;
  channels: HotlineChannel[];
}

export function isReachable(channel: HotlineChannel, hotline: Hotline, from: string): boolean {
  if (!channel.phone || channel.type === 'whatsapp') return true;
  if (channel.phone.kind === 'ordinary') return true;
  return from === (channel.phone.country || hotline.country);
}

/** The audience key for a reader location: itself when some hotline lists it, else 'abroad' (outside Indonesia). */
export function audienceKey(all: Hotline[], from: string): string {
  return all.some((h) => from in h.audience) ? from : 'abroad';
}

export interface Selection {
  entries: HotlineEntry[];
  /** Ids from the attribute that no hotline has. */
  unknown: string[];
  /** Ids chosen explicitly that have no channel reachable from `from`. */
  unreachable: string[];
}

/**
 * Entries to show. With `ids`: those hotlines in that order. Without: the hotlines whose audience includes the
 * reader's location, by rank. Channels not reachable from `from` are removed; entries left empty are dropped.
 */
export function selectHotlines(all: Hotline[], from: string, ids: string[]): Selection {
  const unknown: string[] = [];
  const unreachable: string[] = [];
  let chosen: Hotline[];
  if (ids.length) {
    chosen = [];
    for (const id of ids) {
      const found = all.find((h) => h.id === id);
      if (found) chosen.push(found);
      else unknown.push(id);
    }
  } else chosen = [];
  if (!chosen.length) {
    const key = audienceKey(all, from);
    chosen = all
      .map((h, index) => ({ h, index, rank: h.fromPage ? 0 : h.audience[key] }))
      .filter((x) => x.rank !== undefined)
      .sort((a, b) => a.rank - b.rank || a.index - b.index)
      .map((x) => x.h);
  }
  const entries: HotlineEntry[] = [];
  for (const hotline of chosen) {
    const channels = hotline.channels.filter((c) => isReachable(c, hotline, from));
    if (channels.length) entries.push({ hotline, channels });
    else if (ids.includes(hotline.id)) unreachable.push(hotline.id);
  }
  return { entries, unknown, unreachable };
}
