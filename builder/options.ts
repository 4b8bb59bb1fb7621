/**
 * From the builder's choices to what a snippet carries (pure, unit-tested): the widget's attributes in a fixed
 * order with defaults left out, the brand-colour style after a contrast check, the id lists, and the exit link of
 * the safe-exit mount. The live preview, the readable copy (./readable-copy.ts) and every snippet are made from the
 * same output, so they cannot disagree. What a reader sees is the widgets' to decide: nothing here renders it.
 */
import { selectHotlines } from '../components/hotline-card/reach.js';
import { DEFAULT_EXIT_HREF } from '../components/safe-exit/defaults.js';
import { DEFAULT_THEME, type Theme } from '../src/base/theme.js';
import type { Hotline } from '../src/content/hotlines.js';
import type { AttributeList, AttributeValue, SnippetFallback } from '../src/embed/snippets.js';
import { DEFAULT_LANG, wordsOf, type Lang } from '../src/i18n/languages.js';
import { safeUrl } from '../src/safety/url.js';
import { optionsOf, WIDGET_NAMES, WIDGETS, type WidgetName, type WidgetOption } from '../src/widgets.js';

export type { Lang };
export type { Theme };

/** One row of an orderable pick list. */
export interface ListChoice {
  id: string;
  on: boolean;
}

/** A form value: text for choices, numbers, locations, text and addresses; true/false for flags. */
export type OptionValue = string | boolean;

export interface Choices {
  widget: WidgetName;
  lang: Lang;
  theme: Theme;
  /** '' = the library's colour; else #rrggbb. */
  brand: string;
  /** Each widget's options (its OPTIONS, components/<name>/defaults.ts) by attribute; kept when the widget changes. */
  values: Record<WidgetName, Record<string, OptionValue>>;
  /** Each widget's id lists (options with control 'ids') by attribute. */
  lists: Record<WidgetName, Record<string, ListChoice[]>>;
  /** Own content: the URL the author will upload the file to, and its integrity ('' when it cannot be computed). */
  ownContent: boolean;
  contentSrc: string;
  contentIntegrity: string;
}

/** An option's value before the author touches it: what the widget does without the attribute. */
function startValue(option: WidgetOption): OptionValue {
  if (option.control === 'flag') return false;
  return 'default' in option ? option.default : '';
}

export function initialChoices(widget: WidgetName = 'hotline-card'): Choices {
  const values = {} as Choices['values'];
  const lists = {} as Choices['lists'];
  for (const name of WIDGET_NAMES) {
    values[name] = Object.fromEntries(optionsOf(name).filter((o) => o.control !== 'ids').map((o) => [o.attribute, startValue(o)]));
    lists[name] = Object.fromEntries(optionsOf(name).filter((o) => o.control === 'ids').map((o) => [o.attribute, []]));
  }
  return {
    widget,
    lang: DEFAULT_LANG,
    theme: DEFAULT_THEME,
    brand: '',
    values,
    lists,
    ownContent: false,
    contentSrc: 'https://situs-anda.example/awas/konten-awas.json',
    contentIntegrity: '',
  };
}

/** Whether the option applies with these values (an interval only while rotating). */
export function optionShown(option: WidgetOption, values: Record<string, OptionValue>): boolean {
  return !option.shownWhen || values[option.shownWhen.attribute] === option.shownWhen.is;
}

/** The reader's location the widget's hotline lists follow (its `from` option; the card's default without one). */
export function locationOf(c: Choices, widget: WidgetName = c.widget): string {
  const location = optionsOf(widget).find((o) => o.control === 'location');
  return location ? String(c.values[widget][location.attribute]) : '';
}

/** Ticked ids in list order. */
export function chosenIds(list: readonly ListChoice[]): string[] {
  return list.filter((c) => c.on).map((c) => c.id);
}

/** The id-list attribute value, or undefined when nothing is ticked or the choice equals the widget's default. */
export function idListValue(list: readonly ListChoice[], defaults: readonly string[]): string | undefined {
  const ids = chosenIds(list);
  if (!ids.length) return undefined;
  if (ids.length === defaults.length && ids.every((id, i) => id === defaults[i])) return undefined;
  return ids.join(',');
}

/** A list with the default ids ticked first (in default order), then every other id unticked. */
export function defaultList(allIds: readonly string[], defaults: readonly string[]): ListChoice[] {
  const known = defaults.filter((id) => allIds.includes(id));
  return [...known.map((id) => ({ id, on: true })), ...allIds.filter((id) => !known.includes(id)).map((id) => ({ id, on: false }))];
}

/** Move row `index` by `delta` (−1 up, +1 down); returns a new list and the new index. */
export function moveChoice(list: readonly ListChoice[], index: number, delta: -1 | 1): { list: ListChoice[]; index: number } {
  const target = index + delta;
  const copy = list.slice();
  if (target < 0 || target >= copy.length) return { list: copy, index };
  [copy[index], copy[target]] = [copy[target], copy[index]];
  return { list: copy, index: target };
}

/** The hotline card's default ids for a location: the widget's own selection rule. */
export function defaultHotlineIds(items: Hotline[], from: string): string[] {
  return selectHotlines(items, from, []).entries.map((e) => e.hotline.id);
}

/** Whether any channel of this hotline can be reached from `from` (short codes and 0800 work only at home). */
export function reachableFrom(items: Hotline[], id: string, from: string): boolean {
  return selectHotlines(items, from, [id]).entries.length > 0;
}

/** What each id list shows without its attribute, by widget and attribute: for deciding which lists need one. */
export type ListDefaults = Partial<Record<WidgetName, Record<string, string[]>>>;

export const HTTP_URL = /^https?:\/\//i;

/** An address option's value if it is usable (http/https). */
export function usableHref(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return HTTP_URL.test(trimmed) ? safeUrl(trimmed, ['https:', 'http:']) : null;
}

/** One option's attribute value, or undefined when the widget has it anyway (or it does not apply). */
function optionAttribute(option: WidgetOption, c: Choices, defaults: ListDefaults): AttributeValue | undefined {
  const values = c.values[c.widget];
  if (!optionShown(option, values)) return undefined;
  const value = values[option.attribute];
  switch (option.control) {
    case 'ids':
      return idListValue(c.lists[c.widget][option.attribute] ?? [], defaults[c.widget]?.[option.attribute] ?? []);
    case 'flag':
      return value === true ? true : undefined;
    case 'text':
      return String(value ?? '').trim() || undefined;
    case 'url':
      return usableHref(String(value ?? '')) ?? undefined;
    default:
      return value !== option.default && value !== '' ? String(value) : undefined;
  }
}

/**
 * The widget's attributes, in the order the README documents them (its OPTIONS), without the values a widget has
 * anyway. `lang` is always written: it decides the language whatever the host page says.
 */
export function widgetAttributes(c: Choices, defaults: ListDefaults): AttributeList {
  const out: [string, AttributeValue][] = [];
  const add = (name: string, value: AttributeValue | undefined) => {
    if (value !== undefined && value !== '') out.push([name, value]);
  };
  for (const option of optionsOf(c.widget)) add(option.attribute, optionAttribute(option, c, defaults));
  if (c.ownContent && WIDGETS[c.widget].collection !== null && usableContentSrc(c.contentSrc)) {
    add('content-src', c.contentSrc.trim());
    add('content-integrity', c.contentIntegrity || undefined);
  }
  add('lang', c.lang);
  add('theme', c.theme !== DEFAULT_THEME ? c.theme : undefined);
  return out;
}

/** Whether the address can go into the snippet (plain http only works on the same site: a warning, not a stop). */
export function usableContentSrc(value: string): boolean {
  const problem = contentSrcProblem(value);
  return problem === null || problem === 'http';
}

/** Why a content-src address cannot be used ('' address, not http(s), plain http), or null when it can. */
export function contentSrcProblem(value: string): 'empty' | 'not-url' | 'http' | null {
  const trimmed = value.trim();
  if (!trimmed) return 'empty';
  if (trimmed.startsWith('/') && !trimmed.startsWith('//')) return null; // same site
  if (!HTTP_URL.test(trimmed) || !safeUrl(trimmed, ['https:', 'http:'])) return 'not-url';
  return /^http:/i.test(trimmed) ? 'http' : null;
}

// ---- Colour -------------------------------------------------------------------------------------------------

const HEX = /^#([0-9a-f]{6})$/i;

/** Relative luminance (WCAG 2.x) of #rrggbb. */
export function luminance(hex: string): number {
  const m = HEX.exec(hex);
  if (!m) return NaN;
  const channel = (i: number) => {
    const v = parseInt(m[1].slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Surfaces the brand colour sits on as text (src/styles/tokens.ts: surface, surface-alt) and the two text colours it can carry. */
export const SURFACES: Record<'light' | 'dark', string[]> = { light: ['#ffffff', '#f6f2ee'], dark: ['#1f1d1c', '#2b2826'] };
export const ON_BRAND = ['#ffffff', '#1d1b1a'];
export const MIN_CONTRAST = 4.5;

export type BrandCheck =
  | { ok: true; style: Record<string, string>; ratio: number; onBrand: string }
  | { ok: false; reason: 'none' | 'format' | 'auto' | 'contrast'; ratio?: number };

/**
 * The style for a brand colour: `--awas-color-brand` and a readable `--awas-color-on-brand`, only when the colour
 * reads as text on the theme's surfaces and under button text (≥ 4.5:1). One colour cannot do both themes at once,
 * so `auto` has no own colour.
 */
export function checkBrand(brand: string, theme: Theme): BrandCheck {
  const value = brand.trim().toLowerCase();
  if (!value) return { ok: false, reason: 'none' };
  if (!HEX.test(value)) return { ok: false, reason: 'format' };
  if (theme === 'auto') return { ok: false, reason: 'auto' };
  const onBrand = ON_BRAND.reduce((best, c) => (contrast(value, c) > contrast(value, best) ? c : best));
  const ratio = Math.min(contrast(value, onBrand), ...SURFACES[theme].map((s) => contrast(value, s)));
  if (ratio < MIN_CONTRAST) return { ok: false, reason: 'contrast', ratio };
  return { ok: true, style: { '--awas-color-brand': value, '--awas-color-on-brand': onBrand }, ratio, onBrand };
}

// ---- Safe-exit mount -----------------------------------------------------------------------------------------

/**
 * What the safe-exit mount shows where the script never runs: a plain link to where the button would go, labelled
 * with the button's own words. (Its readable copy would be the button, which needs the script.)
 */
export function exitFallback(c: Choices): SnippetFallback {
  return { href: usableHref(String(c.values['safe-exit'].href ?? '')) ?? DEFAULT_EXIT_HREF, label: wordsOf('safeExit')[c.lang].label };
}

/**
 * Keep a pick list in step with the items (own content added or removed some): a list still at its default follows
 * the new default; otherwise the author's order stays, gone ids leave and new ids join at the end (ticked when they
 * belong to the default).
 */
export function syncList(list: readonly ListChoice[], allIds: readonly string[], oldDefaults: readonly string[], newDefaults: readonly string[]): ListChoice[] {
  const atDefault = !list.length || idListValue(list, oldDefaults) === undefined;
  if (atDefault) return defaultList(allIds, newDefaults);
  const kept = list.filter((c) => allIds.includes(c.id));
  const added = allIds.filter((id) => !kept.some((c) => c.id === id)).map((id) => ({ id, on: newDefaults.includes(id) }));
  return [...kept, ...added];
}
