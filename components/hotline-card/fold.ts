/**
 * How much of the card shows before a reader opens anything (pure logic, no DOM). The card leads with the first
 * `limit` entries in the order the content defines for the reader's `from` (reach.ts); the rest wait behind one
 * "Semua layanan (N)" disclosure. A narrow sidebar then holds every service that matters most without scrolling.
 */
import { DEFAULT_LIMIT } from './defaults.js';
import type { HotlineEntry } from './reach.js';

/** `limit` as written → a whole number ≥ 1, or null when it is garbage, 0 or negative (then DEFAULT_LIMIT applies). */
export function parseLimit(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return DEFAULT_LIMIT;
  const text = String(value).trim();
  if (!/^\d{1,4}$/.test(text)) return null;
  const limit = Number(text);
  return limit >= 1 ? limit : null;
}

/** The entries the card leads with, and those behind the "all services" disclosure. */
export function splitEntries(entries: HotlineEntry[], limit: number): { lead: HotlineEntry[]; rest: HotlineEntry[] } {
  return { lead: entries.slice(0, limit), rest: entries.slice(limit) };
}

/** A web address as text, with break opportunities after its dots and slashes only (never inside a word). */
export function urlParts(text: string): string[] {
  // No lookbehind: old Android WebViews cannot even parse it.
  return text.match(/[^./@]*[./@]+|[^./@]+$/g) ?? [text];
}
