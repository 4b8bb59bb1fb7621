/**
 * The version of a content pack: a short hash of its JSON. Pre-rendered HTML records it, so a widget can tell that
 * the snippet on the page was made from other content than the script now carries (./stale.ts).
 */
export function contentVersion(pack: unknown): string {
  const text = JSON.stringify(pack) ?? '';
  // FNV-1a, 32 bit: stable, tiny, and enough to tell two packs apart (not a security check).
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
