/**
 * The one rule for a `source` in every collection (item sources, channel sources, red-flag sources):
 * - its name is what a reader checks: a source whose name is empty once cleaned (only spaces, control or bidi
 *   characters) vouches for nothing, so what it sources (an item, a channel, a red flag) is skipped, as the schema
 *   skips an item without a source; the caller drops it when normaliseSource() returns null;
 * - its link passes the http(s) allowlist: an unusable link is dropped, the source stays with its name and date;
 * - a source with neither a link nor a note stays too: readers must be able to check, or be told why not.
 * Each is reported as content-invalid at the path of the source, in the same words in every collection.
 */
import type { NormaliseContext } from './collection.js';
import { pickText, type Source, type Texts } from './types.js';
import type { Lang } from '../i18n/lang.js';
import { cleanText, MAX_LABEL } from '../safety/text.js';
import { safeUrl } from '../safety/url.js';

interface RawSource {
  name: string;
  url?: string;
  date: string;
  note?: Record<string, string>;
}

/** Per-language short texts, cleaned; undefined when none is left. */
export function cleanLabels(raw: unknown, max = MAX_LABEL): Texts<string> | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const out: Texts<string> = {};
  for (const [lang, value] of Object.entries(raw as Record<string, unknown>)) {
    const label = cleanText(value, max);
    if (label) out[lang] = label;
  }
  return Object.keys(out).length ? out : undefined;
}

/**
 * A schema-valid source through safety/, reporting (at `where`) what had to be left out. null: the source has no
 * readable name, reported with `skipped` ("this item", "this channel"), and the caller must not show what it sources.
 */
export function normaliseSource(raw: unknown, ctx: Pick<NormaliseContext, 'problem'>, where = 'source', skipped = 'this item'): Source | null {
  const source = raw as RawSource;
  const name = cleanText(source.name, MAX_LABEL);
  if (!name) {
    ctx.problem(`${where}.name has no readable text: nothing may be shown as sourced by it, so ${skipped} is skipped.`);
    return null;
  }
  const note = cleanLabels(source.note, 300);
  let url = '';
  if (source.url !== undefined) {
    url = safeUrl(source.url, ['https:', 'http:']) ?? '';
    if (!url) ctx.problem(`${where}.url "${cleanText(source.url, 80)}" is not a usable http(s) link; the source is shown without it.`);
  } else if (!note) {
    ctx.problem(`${where} has no url: link the page that states the fact, or add ${where}.note saying why there is none.`);
  }
  const clean: Source = { name, url, date: source.date };
  if (note) clean.note = note;
  return clean;
}

/** The note of a source in the reader's language, without its closing full stop (it is shown in brackets); '' if none. */
export function sourceNote(source: Source | undefined, lang: Lang): string {
  return source?.note ? pickText(source.note, lang).replace(/\.$/, '') : '';
}
