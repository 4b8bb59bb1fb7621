/**
 * The own-content file, as pure functions: an empty item from the real item schema, the pack and its exact bytes,
 * the problems the widget's loader would find (the same validate() and normalise() the widget runs), and the
 * content-integrity of those bytes.
 */
import type { CollectionKey } from '../src/content/types.js';
import { LANG_KEY_PATTERN } from '../src/content/schema/common.js';
import type { Schema } from '../src/content/schema-types.js';
import { validate } from '../src/content/validate.js';
import { normaliseItem } from '../src/content/collection.js';
import { SPECS } from './collections.js';
import type { Lang } from './options.js';
import { t, type StringKey } from './strings.js';

export type Json = Record<string, unknown>;

export interface PackProblem {
  /** Path in the validator's notation: "hotlines[0].channels[1].value" (or "hotlines" for the list). */
  path: string;
  /** The loader's own words (what the widget reports in the console). */
  reason: string;
  /** Index of the item, or -1 for the whole list. */
  item: number;
}

/** A value for a fresh field: required parts present and empty, optional parts absent. */
export function emptyFor(schema: Schema): unknown {
  if (schema.type === 'object') {
    if (schema.properties) {
      const out: Json = {};
      for (const key of schema.required ?? []) {
        const value = schema.properties[key] ? emptyFor(schema.properties[key]) : undefined;
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    const values = schema.additionalProperties;
    if (schema.propertyNames?.pattern === LANG_KEY_PATTERN && typeof values === 'object' && values.type === 'object') return { id: emptyFor(values) };
    return {};
  }
  if (schema.type === 'array') return schema.minItems && schema.items ? [emptyFor(schema.items)] : [];
  if (schema.type === 'string') return schema.enum ? String(schema.enum[0]) : '';
  return undefined;
}

/** Sensible starting values on top of the empty item. */
const PRESETS: Partial<Record<CollectionKey, Json>> = {
  hotlines: { country: 'id', audience: { id: 1 } },
  questions: { weight: 1 },
};

export function emptyItem(key: CollectionKey): Json {
  const item = emptyFor(SPECS[key].itemSchema) as Json;
  return { ...item, ...(PRESETS[key] ? JSON.parse(JSON.stringify(PRESETS[key])) : {}) };
}

/** The pack object: `{"merge": true, "<key>": [...]}` or `{"<key>": [...]}`. */
export function packObject(key: CollectionKey, merge: boolean, items: Json[]): Json {
  return merge ? { merge: true, [key]: items } : { [key]: items };
}

/** The exact text of the file (UTF-8): what is downloaded, hashed, and put into the preview. */
export function packText(pack: Json): string {
  return JSON.stringify(pack, null, 2) + '\n';
}

/**
 * Everything the widget's loader would complain about, item by item: schema problems (every one, with its path),
 * duplicate ids, and — for schema-valid items — what normalise() reports (a number that is not a phone number…).
 */
export function packProblems(key: CollectionKey, items: Json[]): PackProblem[] {
  const spec = SPECS[key];
  const problems: PackProblem[] = [];
  if (!items.length) problems.push({ path: key, reason: 'has no items', item: -1 });
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const at = `${key}[${index}]`;
    const found = validate(item, spec.itemSchema, at);
    found.forEach((p) => problems.push({ path: p.path, reason: p.reason, item: index }));
    const id = typeof item.id === 'string' ? item.id : '';
    if (id && seen.has(id)) problems.push({ path: `${at}.id`, reason: `"${id}" is used twice`, item: index });
    if (id) seen.add(id);
    if (found.length) return;
    normaliseItem(spec, JSON.parse(JSON.stringify(item)) as Json, {
      path: at,
      problem(message) {
        // normalise() messages start with the field they are about: "channels[0].value "x" is not a phone number…"
        const match = /^([a-zA-Z]+(?:\[\d+\])?(?:\.[a-zA-Z]+(?:\[\d+\])?)*)\s/.exec(message);
        const field = match && (/[.[]/.test(match[1]) || match[1] in (spec.itemSchema.properties ?? {})) ? match : null;
        problems.push({ path: field ? `${at}.${field[1]}` : at, reason: field ? message.slice(field[0].length) : message, item: index });
      },
    });
  });
  return problems;
}

/** Items whose reviewBy date has passed (still shown by the widget, with a warning). */
export function staleItems(items: Json[], today = new Date().toISOString().slice(0, 10)): { id: string; date: string }[] {
  return items
    .filter((item) => typeof item.reviewBy === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(item.reviewBy) && item.reviewBy < today)
    .map((item) => ({ id: String(item.id ?? ''), date: item.reviewBy as string }));
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  new Uint8Array(bytes).forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}

/** `sha384-<base64>` of the UTF-8 bytes of `text`, or null where the browser offers no hashing (plain http). */
export async function integrityOf(text: string): Promise<string | null> {
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!subtle) return null;
  return `sha384-${toBase64(await subtle.digest('SHA-384', new TextEncoder().encode(text)))}`;
}

const REASONS: [RegExp, StringKey, (m: RegExpExecArray) => Record<string, string>][] = [
  [/^is required$/, 'reason.required', () => ({})],
  [/^must not be empty$/, 'reason.empty', () => ({})],
  [/^must be at most (\d+) characters \(has (\d+)\)$/, 'reason.max', (m) => ({ max: m[1], has: m[2] })],
  [/^must be at least (\d+) characters$/, 'reason.min', (m) => ({ min: m[1] })],
  [/^must be a date written YYYY-MM-DD/, 'reason.date', () => ({})],
  [/^must be one of (.+), got /, 'reason.enum', (m) => ({ list: m[1] })],
  [/^must be a whole number/, 'reason.integer', () => ({})],
  [/^must be a number/, 'reason.number', () => ({})],
  [/^must be ≥ (\S+),/, 'reason.minimum', (m) => ({ n: m[1] })],
  [/^must be ≤ (\S+),/, 'reason.maximum', (m) => ({ n: m[1] })],
  [/^is not an allowed name here$/, 'reason.name', () => ({})],
  [/^must have at least (\d+) items$/, 'reason.items', (m) => ({ n: m[1] })],
  [/^is not a known field/, 'reason.unknown', () => ({})],
  [/is not a phone number|cannot be a WhatsApp number/, 'reason.phone', () => ({})],
  [/is not a usable/, 'reason.address', () => ({})],
  [/^has no items$/, 'reason.noItems', () => ({})],
  [/^"(.+)" is used twice$/, 'reason.duplicate', (m) => ({ id: m[1] })],
];

/** The language the content loader writes its reasons in. */
const LOADER_LANG: Lang = 'en';

/** The loader's reason in plain Indonesian (English: the loader's own words). Unknown reasons stay as they are. */
export function explainReason(lang: Lang, problem: Pick<PackProblem, 'path' | 'reason'>): string {
  if (lang === LOADER_LANG) return problem.reason;
  // An empty field fails its pattern or date format: say it is empty, not that its format is wrong.
  if (/(format|YYYY-MM-DD), got ""$|format: ""$/.test(problem.reason)) return t(lang, 'reason.empty');
  if (/^has an invalid format/.test(problem.reason)) return t(lang, /(^|\.)id$/.test(problem.path) ? 'reason.idPattern' : 'reason.format');
  for (const [pattern, key, vars] of REASONS) {
    const match = pattern.exec(problem.reason);
    if (match) return t(lang, key, vars(match));
  }
  return problem.reason;
}
