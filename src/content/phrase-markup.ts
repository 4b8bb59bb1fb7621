/**
 * The tiny markup that marks red-flag phrases in example texts:
 * "Gaji [[gaji|Rp15 juta per bulan]] tanpa pengalaman" →
 * [{text: 'Gaji '}, {flag: 'gaji', text: 'Rp15 juta per bulan'}, {text: ' tanpa pengalaman'}].
 * Segments are rendered with Lit text bindings, never as HTML. Anything that is not a well-formed
 * marker ("[[", an id that is not lower-case, a missing "|" or "]]") stays literal text.
 */
import { ID_SOURCE } from '../safety/text.js';

export interface Segment {
  text: string;
  /** Id of the red flag this phrase shows (one of the example's `flags`). */
  flag?: string;
}

// [[id|phrase]]: the id follows the content id rule; the phrase cannot contain "]".
const MARKER = new RegExp(`\\[\\[(${ID_SOURCE})\\|([^\\]]+)\\]\\]`, 'g');

/** Split one line of example text into plain and flagged segments. */
export function parsePhrases(line: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
    if (m.index > last) segments.push({ text: line.slice(last, m.index) });
    const text = m[2].trim();
    segments.push(text ? { text, flag: m[1] } : { text: m[0] });
    last = MARKER.lastIndex;
  }
  if (last < line.length) segments.push({ text: line.slice(last) });
  return segments;
}

/** The flag ids marked in some lines, in order of first appearance. */
export function markedFlags(lines: Segment[][]): string[] {
  const ids: string[] = [];
  for (const line of lines) for (const s of line) if (s.flag && !ids.includes(s.flag)) ids.push(s.flag);
  return ids;
}

/** Turn markers whose id is not in `known` into plain text; returns the ids that were unknown. */
export function keepKnownFlags(lines: Segment[][], known: readonly string[]): string[] {
  const unknown: string[] = [];
  for (const line of lines) {
    for (const s of line) {
      if (s.flag && !known.includes(s.flag)) {
        if (!unknown.includes(s.flag)) unknown.push(s.flag);
        delete s.flag;
      }
    }
  }
  return unknown;
}

/** The first phrase marked with `flag`, for quoting it next to its explanation. */
export function phraseOf(lines: Segment[][], flag: string): string {
  for (const line of lines) for (const s of line) if (s.flag === flag) return s.text;
  return '';
}
