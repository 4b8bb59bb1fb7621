/**
 * From the builder's choices to what a snippet carries (pure, unit-tested): the widget's attributes in a fixed
 * order with defaults left out, the brand-colour style after a contrast check, the id lists, and the exit link of
 * the safe-exit mount. The live preview, the readable copy (./readable-copy.ts) and every snippet are made from the
 * same output, so they cannot disagree. What a reader sees is the widgets' to decide: nothing here renders it.
 */
import * as hotlineCard from '../components/hotline-card/defaults.js';
import { selectHotlines } from '../components/hotline-card/reach.js';
import * as riskQuiz from '../components/risk-quiz/defaults.js';
import * as safeExit from '../components/safe-exit/defaults.js';
import * as scamCarousel from '../components/scam-carousel/defaults.js';
import * as statsTicker from '../components/stats-ticker/defaults.js';
import { DEFAULT_THEME, type Theme } from '../src/base/theme.js';
import type { Hotline } from '../src/content/hotlines.js';
import type { AttributeList, AttributeValue, SnippetFallback, WidgetName } from '../src/embed/snippets.js';
import { DEFAULT_LANG, safeExitStrings, type Lang } from '../src/i18n/languages.js';
import { safeUrl } from '../src/safety/url.js';

export type { Lang };
export type { Theme };

/** One row of an orderable pick list. */
export interface ListChoice {
  id: string;
  on: boolean;
}

export type ListName = 'hotlines' | 'questions' | 'examples' | 'stats' | 'quizHotlines';

export interface Choices {
  widget: WidgetName;
  lang: Lang;
  theme: Theme;
  /** '' = the library's colour; else #rrggbb. */
  brand: string;
  /** Reader location of the hotline card, and of the quiz result's hotlines (two letters). */
  from: string;
  lists: Record<ListName, ListChoice[]>;
  layout: hotlineCard.Layout;
  /** How many services the hotline card leads with (the card's default is not written). */
  limit: string;
  heading: string;
  headingLevel: string;
  /** '' = the card's own choice (web links in a new tab). */
  linkTarget: '' | hotlineCard.LinkTarget;
  quizMode: riskQuiz.QuizMode;
  autoplay: boolean;
  carouselInterval: number;
  reveal: scamCarousel.Reveal;
  tickerMode: statsTicker.Mode;
  tickerInterval: number;
  animate: boolean;
  exitHref: string;
  position: safeExit.Position;
  showNote: boolean;
  noShortcut: boolean;
  /** Own content: the URL the author will upload the file to, and its integrity ('' when it cannot be computed). */
  ownContent: boolean;
  contentSrc: string;
  contentIntegrity: string;
}

export function initialChoices(widget: WidgetName = 'hotline-card'): Choices {
  return {
    widget,
    lang: DEFAULT_LANG,
    theme: DEFAULT_THEME,
    brand: '',
    from: hotlineCard.DEFAULT_FROM,
    lists: { hotlines: [], questions: [], examples: [], stats: [], quizHotlines: [] },
    layout: hotlineCard.DEFAULT_LAYOUT,
    limit: String(hotlineCard.DEFAULT_LIMIT),
    heading: '',
    headingLevel: hotlineCard.DEFAULT_HEADING_LEVEL,
    linkTarget: '',
    quizMode: riskQuiz.DEFAULT_MODE,
    autoplay: false,
    carouselInterval: scamCarousel.DEFAULT_INTERVAL,
    reveal: scamCarousel.DEFAULT_REVEAL,
    tickerMode: statsTicker.DEFAULT_MODE,
    tickerInterval: statsTicker.DEFAULT_INTERVAL,
    animate: false,
    exitHref: '',
    position: safeExit.DEFAULT_POSITION,
    showNote: false,
    noShortcut: false,
    ownContent: false,
    contentSrc: 'https://situs-anda.example/awas/konten-awas.json',
    contentIntegrity: '',
  };
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

/** Defaults of the id lists, for deciding which lists need an attribute. */
export interface ListDefaults {
  hotlines: string[];
  questions: string[];
  examples: string[];
  stats: string[];
  quizHotlines: string[];
}

export const HTTP_URL = /^https?:\/\//i;

/** The safe-exit destination if it is usable (http/https). */
export function usableExitHref(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return HTTP_URL.test(trimmed) ? safeUrl(trimmed, ['https:', 'http:']) : null;
}

/**
 * The widget's attributes, in the order the README documents them, without the values a widget has anyway.
 * `lang` is always written: it decides the language whatever the host page says.
 */
export function widgetAttributes(c: Choices, defaults: ListDefaults): AttributeList {
  const out: [string, AttributeValue][] = [];
  const add = (name: string, value: AttributeValue | undefined | false) => {
    if (value !== undefined && value !== false && value !== '') out.push([name, value]);
  };
  const heading = c.heading.trim();
  /** The value, unless the widget has it anyway. */
  const unless = <T>(value: T, fallback: T) => (value !== fallback ? value : undefined);
  switch (c.widget) {
    case 'hotline-card':
      add('from', unless(c.from, hotlineCard.DEFAULT_FROM));
      add('hotlines', idListValue(c.lists.hotlines, defaults.hotlines));
      add('layout', unless(c.layout, hotlineCard.DEFAULT_LAYOUT));
      add('limit', unless(c.limit, String(hotlineCard.DEFAULT_LIMIT)));
      add('heading', heading);
      add('heading-level', unless(c.headingLevel, hotlineCard.DEFAULT_HEADING_LEVEL));
      add('link-target', c.linkTarget);
      break;
    case 'risk-quiz':
      add('questions', idListValue(c.lists.questions, defaults.questions));
      add('mode', unless(c.quizMode, riskQuiz.DEFAULT_MODE));
      add('heading', heading);
      add('from', unless(c.from, riskQuiz.DEFAULT_FROM));
      add('hotlines', idListValue(c.lists.quizHotlines, defaults.quizHotlines));
      break;
    case 'scam-carousel':
      add('examples', idListValue(c.lists.examples, defaults.examples));
      add('autoplay', c.autoplay);
      add('interval', c.autoplay ? unless(String(c.carouselInterval), String(scamCarousel.DEFAULT_INTERVAL)) : undefined);
      add('reveal', unless(c.reveal, scamCarousel.DEFAULT_REVEAL));
      break;
    case 'stats-ticker':
      add('stats', idListValue(c.lists.stats, defaults.stats));
      add('mode', unless(c.tickerMode, statsTicker.DEFAULT_MODE));
      add('interval', c.tickerMode === 'rotate' ? unless(String(c.tickerInterval), String(statsTicker.DEFAULT_INTERVAL)) : undefined);
      add('animate', c.animate);
      break;
    case 'safe-exit':
      add('href', usableExitHref(c.exitHref) ?? undefined);
      add('position', unless(c.position, safeExit.DEFAULT_POSITION));
      add('show-note', c.showNote);
      add('no-shortcut', c.noShortcut);
      break;
  }
  if (c.widget !== 'safe-exit' && c.ownContent && usableContentSrc(c.contentSrc)) {
    add('content-src', c.contentSrc.trim());
    add('content-integrity', c.contentIntegrity);
  }
  add('lang', c.lang);
  add('theme', unless(c.theme, DEFAULT_THEME));
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
  return { href: usableExitHref(c.exitHref) ?? safeExit.DEFAULT_EXIT_HREF, label: safeExitStrings[c.lang].label };
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
