/**
 * The embed builder page (dist/builder/index.html): choose a widget and its options, see the real widget from
 * ../awas.js update in the preview frame, copy the snippet for any of the four doors, and optionally make an own
 * content file. The page makes no request of its own: the preview loads awas.js, and nothing else is fetched.
 */
import { DEFAULT_THEME, THEMES } from '../src/base/theme.js';
import type { Hotline } from '../src/content/hotlines.js';
import type { CollectionKey } from '../src/content/types.js';
import { allSnippets, baseFolder, EMBED_PATHS, frameDropped, WIDGET_NAMES, type EmbedPath, type ReadableCopy, type SnippetOptions, type WidgetName } from '../src/embed/snippets.js';
import { DEFAULT_LANG, editorWords, LANG_NAMES, LANGS, langOfCode } from '../src/i18n/languages.js';
import { optionsOf, type WidgetOption } from '../src/widgets.js';
import { DEFAULT_PACKS, effectiveItems, itemName, WIDGET_COLLECTION } from './collections.js';
import { domId, h, keepFocus, replaceChildren } from './dom.js';
import { ContentEditor } from './editor.js';
import {
  checkBrand,
  contentSrcProblem,
  defaultHotlineIds,
  exitFallback,
  initialChoices,
  locationOf,
  moveChoice,
  optionShown,
  reachableFrom,
  syncList,
  usableHref,
  widgetAttributes,
  type Choices,
  type Lang,
  type ListDefaults,
  type OptionValue,
} from './options.js';
import { renderCopy, type CopyRequest } from './readable-copy.js';
import { ratio, STRINGS, t, type StringKey } from './strings.js';

declare const __AWAS_BUILD__: { version: string; integrity: string; bytes: number };
const BUILD = __AWAS_BUILD__;

const DEFAULT_BASE = 'https://situs-anda.example/awas/';

/** An option that picks ids from a collection: one pick list each (the quiz has two: questions, result hotlines). */
type IdsOption = Extract<WidgetOption, { control: 'ids' }>;
function idsOptions(widget: WidgetName): IdsOption[] {
  return optionsOf(widget).filter((o): o is IdsOption => o.control === 'ids');
}

const params = new URLSearchParams(location.search);
let ui: Lang = langOfCode(params.get('ui') ?? '') ?? DEFAULT_LANG;
const choices: Choices = initialChoices();
let embedPath: EmbedPath = 'script';
let base = DEFAULT_BASE;
/** "Remove integrity and crossorigin" is ticked (applies only while awas.js is on a host named in full). */
let unpinned = false;
/** The form field last edited: "Kembali ke isian" returns there from the preview. */
let lastField: HTMLElement | null = null;
/** "Use my own brand colour" is ticked; choices.brand holds what was typed. */
let brandOn = false;
let listDefaults: ListDefaults = {};

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const tr = (key: StringKey, vars?: Record<string, string | number>) => t(ui, key, vars);

/** What the form calls a widget's option, in the builder's language (src/i18n/locales: editor). */
interface OptionWords {
  label: string;
  help?: string;
  values?: Record<string, string>;
}
function optionWords(widget: WidgetName, attribute: string): OptionWords {
  return (editorWords[ui][widget].options as Record<string, OptionWords | undefined>)[attribute] ?? { label: attribute };
}

/** A country's name (step 2), with its code; a code the builder has no name for shows as itself. */
function countryName(code: string): string {
  const key = `country.${code}` as StringKey;
  return key in STRINGS[ui] ? `${tr(key)} (${code})` : code;
}

function announce(message: string): void {
  const region = $('announce');
  region.textContent = '';
  // A fresh text node so screen readers announce the same sentence twice in a row too.
  window.setTimeout(() => (region.textContent = message), 30);
}

const editor = new ContentEditor({
  lang: () => ui,
  changed: () => {
    if (choices.ownContent) {
      syncLists();
      renderListsIfIdle();
      update();
    }
  },
  announce,
  fileName: () => {
    // The last part of the content-src address, so the downloaded file already has the name it is uploaded under.
    let name = '';
    try {
      name = new URL(choices.contentSrc.trim(), 'https://situs-anda.invalid/').pathname.split('/').pop() ?? '';
    } catch {
      name = '';
    }
    return /^[A-Za-z0-9._-]{1,80}\.json$/.test(name) ? name : 'konten-awas.json';
  },
});

// ---- Content lists ----------------------------------------------------------------------------------------------

/** The own pack when it applies to this collection: the author's file for the widget's own collection. */
function ownPackFor(widget: WidgetName, key: CollectionKey): unknown {
  return choices.ownContent && widget === choices.widget && WIDGET_COLLECTION[widget] === key && editor.collection === key ? editor.pack : undefined;
}

/** What a pick list chooses from. The quiz's result hotlines are the built-in ones (its content-src carries questions). */
function itemsFor(widget: WidgetName, option: IdsOption) {
  return effectiveItems(option.collection, ownPackFor(widget, option.collection));
}

/** What a list shows without its attribute: the card's own selection for hotlines, else every item in order. */
function defaultIds(widget: WidgetName, option: IdsOption): string[] {
  const items = itemsFor(widget, option);
  return option.collection === 'hotlines' ? defaultHotlineIds(items as Hotline[], locationOf(choices, widget)) : items.map((i) => i.id);
}

function syncLists(): void {
  const next: ListDefaults = {};
  for (const widget of WIDGET_NAMES) {
    const defaults: Record<string, string[]> = (next[widget] = {});
    for (const option of idsOptions(widget)) {
      const name = option.attribute;
      const items = itemsFor(widget, option);
      defaults[name] = defaultIds(widget, option);
      let list = syncList(choices.lists[widget][name] ?? [], items.map((i) => i.id), listDefaults[widget]?.[name] ?? [], defaults[name]);
      if (option.collection === 'hotlines') {
        const from = locationOf(choices, widget);
        list = list.map((c) => (c.on && !reachableFrom(items as Hotline[], c.id, from) ? { ...c, on: false } : c));
      }
      choices.lists[widget][name] = list;
    }
  }
  listDefaults = next;
}

let listsTimer = 0;
/** Re-render the lists after typing in the editor stops (ids and names may have changed). */
function renderListsIfIdle(): void {
  window.clearTimeout(listsTimer);
  listsTimer = window.setTimeout(() => keepFocus(renderLists), 400);
}

function renderLists(): void {
  const section = $('step-lists');
  const lists = idsOptions(choices.widget);
  replaceChildren(section, h('legend', {}, tr('stepContent')), lists.length ? lists.map(renderList) : h('p', { class: 'hint' }, tr('noList')));
}

function renderList(option: IdsOption): HTMLElement {
  const widget = choices.widget;
  const name = option.attribute;
  const items = itemsFor(widget, option);
  const collection = option.collection;
  const lists = choices.lists[widget];
  const list = lists[name];
  const hotlines = collection === 'hotlines' ? (items as Hotline[]) : [];
  const from = locationOf(choices, widget);
  const helpId = `pick-${name}-help`;
  const statusId = `pick-${name}-status`;
  const nameOf = (id: string) => {
    const item = items.find((i) => i.id === id);
    return item ? itemName(collection, item, ui) : id;
  };
  return h(
    'fieldset',
    { class: 'pick-list', 'data-list': name, 'aria-describedby': `${helpId} ${statusId}` },
    h('legend', {}, optionWords(widget, name).label),
    h('p', { class: 'hint', id: helpId }, tr('listHelp')),
    h(
      'ol',
      {},
      list.map((choice, index) => {
        const label = nameOf(choice.id);
        const reachable = collection !== 'hotlines' || reachableFrom(hotlines, choice.id, from);
        const boxId = domId('pick', `${name}-${choice.id}`);
        const move = (delta: -1 | 1) => () => {
          const moved = moveChoice(lists[name], index, delta);
          if (moved.index === index) return;
          lists[name] = moved.list;
          const focusId = domId('pick', `${name}-${choice.id}-${delta < 0 ? 'up' : 'down'}`);
          renderLists();
          $(focusId)?.focus();
          announce(tr('moved', { name: label, pos: moved.index + 1, n: moved.list.length }));
          update();
        };
        return h(
          'li',
          { class: reachable ? '' : 'unreachable' },
          h(
            'div',
            { class: 'pick' },
            h('input', {
              type: 'checkbox',
              id: boxId,
              checked: choice.on && reachable,
              disabled: !reachable,
              'data-id': choice.id,
              onchange: (e: Event) => {
                lists[name] = lists[name].map((c) => (c.id === choice.id ? { ...c, on: (e.target as HTMLInputElement).checked } : c));
                updateListStatus(name);
                update();
              },
            }),
            h('label', { for: boxId }, label, h('span', { class: 'id' }, ` (${choice.id})`), reachable ? null : h('span', { class: 'note' }, ` · ${tr('unreachable')}`)),
          ),
          h(
            'div',
            { class: 'move' },
            h('button', { type: 'button', class: 'small secondary', id: domId('pick', `${name}-${choice.id}-up`), 'aria-label': tr('moveUpLabel', { name: label }), 'aria-disabled': index === 0 ? 'true' : undefined, onclick: move(-1) }, h('span', { 'aria-hidden': 'true' }, '↑'), tr('moveUp')),
            h('button', { type: 'button', class: 'small secondary', id: domId('pick', `${name}-${choice.id}-down`), 'aria-label': tr('moveDownLabel', { name: label }), 'aria-disabled': index === list.length - 1 ? 'true' : undefined, onclick: move(1) }, h('span', { 'aria-hidden': 'true' }, '↓'), tr('moveDown')),
          ),
        );
      }),
    ),
    h('p', { class: 'hint', id: statusId }, ''),
    h(
      'button',
      {
        type: 'button',
        class: 'small secondary',
        id: `pick-${name}-reset`,
        onclick: () => {
          lists[name] = [];
          syncLists();
          keepFocus(renderLists);
          update();
        },
      },
      tr('resetList'),
    ),
  );
}

function updateListStatus(name: string): void {
  const status = document.getElementById(`pick-${name}-status`);
  if (!status) return;
  const ticked = (choices.lists[choices.widget][name] ?? []).filter((c) => c.on).length;
  const attr = widgetAttributes(choices, listDefaults).some(([n]) => n === name);
  status.textContent = !ticked ? tr('listIsEmpty') : attr ? '' : tr('listIsDefault');
}

// ---- Form ----------------------------------------------------------------------------------------------------

function radios<T extends string>(name: string, legend: string, values: readonly T[], current: T, label: (v: T) => string, onChange: (v: T) => void, help?: (v: T) => string, groupHelp?: string): HTMLElement {
  return h(
    'fieldset',
    { class: 'radios', id: `${name}-group`, 'aria-describedby': groupHelp ? `${name}-group-help` : undefined },
    h('legend', {}, legend),
    groupHelp ? h('p', { class: 'hint', id: `${name}-group-help` }, groupHelp) : null,
    values.map((value) => {
      const id = `${name}-${value || 'default'}`;
      const helpText = help?.(value);
      return h(
        'div',
        { class: 'choice' },
        h('input', { type: 'radio', name, id, value, checked: value === current, 'aria-describedby': helpText ? `${id}-help` : undefined, onchange: () => onChange(value) }),
        h('label', { for: id }, label(value)),
        helpText ? h('p', { class: 'hint', id: `${id}-help` }, helpText) : null,
      );
    }),
  );
}

function select<T extends string>(id: string, labelText: string, values: readonly T[], current: T, label: (v: T) => string, onChange: (v: T) => void, help?: string): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, labelText),
    help ? h('p', { class: 'hint', id: `${id}-help` }, help) : null,
    h(
      'select',
      { id, 'aria-describedby': help ? `${id}-help` : undefined, onchange: (e: Event) => onChange((e.target as HTMLSelectElement).value as T) },
      values.map((v) => h('option', { value: v, selected: v === current }, label(v))),
    ),
  );
}

function checkbox(id: string, labelText: string, checked: boolean, onChange: (v: boolean) => void): HTMLElement {
  return h('div', { class: 'field check' }, h('input', { type: 'checkbox', id, checked, onchange: (e: Event) => onChange((e.target as HTMLInputElement).checked) }), h('label', { for: id }, labelText));
}

function textInput(id: string, labelText: string, value: string, onInput: (v: string) => void, opts: { help?: string; inputmode?: string; message?: boolean } = {}): HTMLElement {
  const describedBy = [opts.help ? `${id}-help` : '', opts.message ? `${id}-message` : ''].filter(Boolean).join(' ');
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, labelText),
    opts.help ? h('p', { class: 'hint', id: `${id}-help` }, opts.help) : null,
    h('input', { type: 'text', id, value, autocomplete: 'off', spellcheck: opts.inputmode === 'url' ? 'false' : undefined, inputmode: opts.inputmode, 'aria-describedby': describedBy || undefined, oninput: (e: Event) => onInput((e.target as HTMLInputElement).value) }),
    opts.message ? h('p', { class: 'message', id: `${id}-message` }) : null,
  );
}

/** Set a choice and refresh what depends on it. */
function choose<K extends keyof Choices>(key: K, value: Choices[K], rerender = false): void {
  choices[key] = value;
  if (rerender) keepFocus(renderForm);
  update();
}

function renderWidgetStep(): HTMLElement {
  return radios(
    'widget',
    tr('stepWidget'),
    WIDGET_NAMES,
    choices.widget,
    (w) => editorWords[ui][w].name,
    (w) => {
      choices.widget = w;
      const collection = WIDGET_COLLECTION[w];
      if (collection) editor.setCollection(collection);
      syncLists();
      keepFocus(renderForm);
      update();
    },
    (w) => editorWords[ui][w].help,
  );
}

/** A value's name, marked "(bawaan)" when it is what the widget does without the attribute. */
function markDefault(label: string, isDefault: boolean): string {
  return isDefault ? tr('defaultMark', { label }) : label;
}

/** Set an option of the current widget; the form is drawn again when another option shows only for some values. */
function setOption(option: WidgetOption, value: OptionValue): void {
  choices.values[choices.widget][option.attribute] = value;
  if (optionsOf(choices.widget).some((o) => o.shownWhen?.attribute === option.attribute)) keepFocus(renderForm);
  update();
}

/**
 * The field for one option of the current widget (components/<name>/defaults.ts: OPTIONS), labelled by its words in
 * the locale files. Ids are the attribute's name (one widget's form is on the page at a time). Id lists are step 3.
 */
function renderOption(option: WidgetOption): HTMLElement | null {
  const widget = choices.widget;
  const values = choices.values[widget];
  if (option.control === 'ids' || !optionShown(option, values)) return null;
  const { label, help, values: names = {} } = optionWords(widget, option.attribute);
  const id = option.attribute;
  const value = values[id];
  switch (option.control) {
    case 'flag':
      return checkbox(id, label, value === true, (v) => setOption(option, v));
    case 'text':
      return textInput(id, label, String(value), (v) => setOption(option, v), { help });
    case 'url':
      return textInput(id, label, String(value), (v) => setOption(option, v), { help, inputmode: 'url', message: true });
    case 'location':
      return select(
        id,
        label,
        option.values,
        String(value),
        countryName,
        (v) => {
          values[id] = v;
          syncLists();
          keepFocus(renderLists);
          announce(tr('listFromReset'));
          update();
        },
        help,
      );
    case 'choice':
    case 'number': {
      const name = (v: string) => markDefault(names[v] ?? v, v === option.default);
      // A few values side by side as radios; longer lists as a drop-down.
      return option.values.length <= 3
        ? radios(id, label, option.values, String(value), name, (v) => setOption(option, v), undefined, help)
        : select(id, label, option.values, String(value), name, (v) => setOption(option, v), help);
    }
  }
}

function renderLangStep(): HTMLElement {
  return h(
    'fieldset',
    { class: 'step' },
    h('legend', {}, tr('stepLang')),
    radios('lang', tr('langLegend'), LANGS, choices.lang, (l) => LANG_NAMES[l], (l) => choose('lang', l)),
    optionsOf(choices.widget)
      .filter((o) => o.control === 'location')
      .map(renderOption),
  );
}

function renderLookStep(): HTMLElement {
  const c = choices;
  const parts = optionsOf(c.widget)
    .filter((o) => o.control !== 'location')
    .map(renderOption);
  return h(
    'fieldset',
    { class: 'step' },
    h('legend', {}, tr('stepLook')),
    parts,
    radios('theme', tr('themeLegend'), THEMES, c.theme, (v) => markDefault(tr(`theme.${v}`), v === DEFAULT_THEME), (v) => choose('theme', v)),
    checkbox('brand-use', tr('brandUse'), brandOn, (v) => {
      brandOn = v;
      if (v && !c.brand) c.brand = '#0b5394';
      keepFocus(renderForm);
      update();
    }),
    brandOn
      ? h(
          'div',
          { class: 'brand' },
          h('p', { class: 'hint', id: 'brand-help' }, tr('brandHelp')),
          h(
            'div',
            { class: 'inline' },
            h('div', { class: 'field' }, h('label', { for: 'brand-color' }, tr('brandLabel')), h('input', { type: 'color', id: 'brand-color', value: /^#[0-9a-f]{6}$/i.test(c.brand) ? c.brand.toLowerCase() : '#0b5394', 'aria-describedby': 'brand-help brand-message', oninput: (e: Event) => setBrand((e.target as HTMLInputElement).value, 'brand-text') })),
            h('div', { class: 'field' }, h('label', { for: 'brand-text' }, tr('brandTextLabel')), h('input', { type: 'text', id: 'brand-text', value: c.brand, spellcheck: 'false', autocomplete: 'off', size: 9, 'aria-describedby': 'brand-message', oninput: (e: Event) => setBrand((e.target as HTMLInputElement).value, 'brand-color') })),
          ),
          h('p', { class: 'message', id: 'brand-message', role: 'status' }),
        )
      : null,
  );
}

function brandCheck() {
  return checkBrand(brandOn ? choices.brand : '', choices.theme);
}

function setBrand(value: string, other: string): void {
  choices.brand = value.trim();
  const twin = document.getElementById(other) as HTMLInputElement | null;
  if (twin && /^#[0-9a-f]{6}$/i.test(value.trim())) twin.value = value.trim().toLowerCase();
  update();
}

function renderOwnStep(): HTMLElement {
  if (!WIDGET_COLLECTION[choices.widget]) return h('fieldset', { class: 'step' }, h('legend', {}, tr('stepOwn')), h('p', { class: 'hint' }, tr('ownNone')));
  return h(
    'fieldset',
    { class: 'step' },
    h('legend', {}, tr('stepOwn')),
    h('p', { class: 'hint', id: 'own-help' }, tr('ownHelp')),
    h(
      'div',
      { class: 'field check' },
      h('input', {
        type: 'checkbox',
        id: 'own-use',
        checked: choices.ownContent,
        'aria-describedby': 'own-help',
        onchange: (e: Event) => {
          choices.ownContent = (e.target as HTMLInputElement).checked;
          syncLists();
          keepFocus(renderForm);
          update();
        },
      }),
      h('label', { for: 'own-use' }, tr('ownUse')),
    ),
    choices.ownContent ? [textInput('content-src', tr('contentSrcLabel'), choices.contentSrc, (v) => choose('contentSrc', v), { help: tr('contentSrcHelp'), inputmode: 'url', message: true }), editor.root] : null,
  );
}

function renderWhereStep(): HTMLElement {
  return h('fieldset', { class: 'step' }, h('legend', {}, tr('stepWhere')), textInput('base', tr('baseLabel'), base, (v) => ((base = v), update()), { help: tr('baseHelp', { src: `${baseFolder(usableBase())}awas.js` }), inputmode: 'url', message: true }));
}

function renderForm(): void {
  const form = $('form');
  replaceChildren(form, renderWidgetStep(), renderLangStep(), h('fieldset', { class: 'step', id: 'step-lists' }), renderLookStep(), renderOwnStep(), renderWhereStep());
  renderLists();
  if (choices.ownContent && WIDGET_COLLECTION[choices.widget]) editor.render();
}

// ---- Outputs -------------------------------------------------------------------------------------------------

function usableBase(): string {
  const value = base.trim();
  return /^https?:\/\/[^/\s]+/i.test(value) || (/^\/(?!\/)/.test(value) && !/\s/.test(value)) ? value : DEFAULT_BASE;
}

/** The snippets that hold the Awas folder's address (the data- mount and the shortcode do not). */
const PATHS_WITH_BASE: readonly EmbedPath[] = ['script', 'iframe'];

/** The example address is still the Awas folder (nothing, or nothing usable, was typed). */
function exampleBase(): boolean {
  return usableBase() === DEFAULT_BASE;
}

/** The code on screen would send readers to the example address. */
function holdsExample(): boolean {
  return exampleBase() && PATHS_WITH_BASE.includes(embedPath);
}

/**
 * The host awas.js comes from when the folder is a full address (not the example): the page it is pasted into may
 * be on another host, and a crossorigin script then needs CORS headers from it. null for a path (/awas/): same site.
 */
function scriptHost(): string | null {
  const value = usableBase();
  if (value === DEFAULT_BASE || !/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).host;
  } catch {
    return null;
  }
}

function snippetOptions(): SnippetOptions {
  if (choices.ownContent && WIDGET_COLLECTION[choices.widget]) choices.contentIntegrity = editor.integrity ?? '';
  const brand = brandCheck();
  const attributes = widgetAttributes(choices, listDefaults);
  return {
    widget: choices.widget,
    attributes,
    style: brand.ok ? brand.style : undefined,
    base: usableBase(),
    version: BUILD.version,
    integrity: BUILD.integrity,
    pin: !(unpinned && scriptHost() !== null),
    copy: readableCopy(attributes),
    fallback: choices.widget === 'safe-exit' ? exitFallback(choices) : undefined,
  };
}

// ---- Readable copy -------------------------------------------------------------------------------------------

/** The copy for the current choices once rendered; `key` says which choices it is for. */
let copy: { key: string; value?: ReadableCopy } = { key: '' };

/**
 * What the copy is rendered from: the widget's attributes and the content it shows (the own file when the author
 * made one, else the built-in pack). null for safe-exit: its copy would be a button that needs the script; the mount
 * keeps a plain exit link instead.
 */
function copyRequest(attributes: SnippetOptions['attributes']): CopyRequest | null {
  const collection = WIDGET_COLLECTION[choices.widget];
  if (!collection) return null;
  const own = choices.ownContent && editor.collection === collection;
  return { widget: choices.widget, attributes, pack: own ? editor.pack : DEFAULT_PACKS[collection], inlineJson: own ? editor.fileText : undefined };
}

/**
 * The copy for these attributes if it is ready; else undefined, and it is rendered now: the snippet shows without a
 * copy for that moment and is drawn again when the copy arrives (a later choice wins over an earlier render).
 */
function readableCopy(attributes: SnippetOptions['attributes']): ReadableCopy | undefined {
  const request = copyRequest(attributes);
  const key = request ? JSON.stringify([request.widget, request.attributes, request.inlineJson ?? null]) : '';
  if (key === copy.key) return copy.value;
  copy = { key };
  if (!request) return undefined;
  const pending = copy;
  renderCopy(request).then(
    (value) => {
      if (copy !== pending) return;
      pending.value = value;
      renderCode();
    },
    (error: unknown) => {
      // The snippet stays usable without a copy (the widget still arrives with the script); say so for developers.
      if (copy === pending) console.warn('Awas builder: the readable copy could not be made.', error);
    },
  );
  return undefined;
}

function setMessage(id: string, text: string, kind: 'error' | 'ok' | 'warn' | '' = ''): void {
  const el = document.getElementById(id);
  if (!el) return;
  if (el.textContent !== text) el.textContent = text;
  el.className = `message ${kind}`;
  const input = document.getElementById(id.replace(/-message$/, ''));
  if (input) {
    if (kind === 'error') input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
}

function updateMessages(): void {
  const brand = brandCheck();
  if (brandOn) {
    if (brand.ok) setMessage('brand-message', tr('brandOk', { ratio: ratio(ui, brand.ratio), on: tr(`onBrand.${brand.onBrand}` as StringKey) }), 'ok');
    else if (brand.reason === 'format' || brand.reason === 'none') setMessage('brand-message', tr('brandBad'), 'error');
    else if (brand.reason === 'auto') setMessage('brand-message', tr('brandAuto'), 'warn');
    else if (brand.reason === 'contrast') setMessage('brand-message', tr('brandContrast', { ratio: ratio(ui, brand.ratio ?? 0) }), 'error');
  }
  for (const option of optionsOf(choices.widget).filter((o) => o.control === 'url')) {
    const typed = String(choices.values[choices.widget][option.attribute]).trim();
    const bad = typed !== '' && !usableHref(typed);
    setMessage(`${option.attribute}-message`, bad ? tr('urlBad') : '', bad ? 'error' : '');
  }
  const src = contentSrcProblem(choices.contentSrc);
  setMessage('content-src-message', src ? tr(`contentSrc.${src}`) : '', src === 'http' ? 'warn' : src ? 'error' : '');
  setMessage('base-message', usableBase() === base.trim() ? '' : tr('baseBad'), usableBase() === base.trim() ? '' : 'error');
  const baseHelp = document.getElementById('base-help');
  if (baseHelp) baseHelp.textContent = tr('baseHelp', { src: `${baseFolder(usableBase())}awas.js` });
  for (const option of idsOptions(choices.widget)) updateListStatus(option.attribute);
}

let current: ReturnType<typeof allSnippets> | null = null;

function renderCode(): void {
  const options = snippetOptions();
  current = allSnippets(options);
  const code = current[embedPath];
  $('snippet-code').textContent = code ?? '';
  $('snippet-block').hidden = code === null;
  $('snippet-none').hidden = code !== null;
  $('snippet-none').textContent = code === null ? tr('iframeNone') : '';
  ($('copy') as HTMLButtonElement).disabled = code === null;
  $('path-help').textContent = tr(`pathHelp.${embedPath}` as StringKey);
  const notes: string[] = [];
  if (holdsExample()) notes.push(tr('placeholderNote', { host: new URL(DEFAULT_BASE).host }));
  if (brandCheck().ok && (embedPath === 'iframe' || embedPath === 'shortcode')) notes.push(tr('brandOnlySome'));
  if (brandCheck().ok && embedPath === 'mount') notes.push(tr('brandMountStyle'));
  const dropped = embedPath === 'iframe' ? frameDropped(options.widget, options.attributes) : [];
  if (dropped.length) notes.push(tr('frameDropped', { list: dropped.join(', ') }));
  $('path-note').textContent = notes.join(' ');
  renderCors();
  if (!holdsExample()) $('copy-check').hidden = true;
  const withCopy = Boolean(options.copy) && (embedPath === 'script' || embedPath === 'mount');
  $('copy-note').hidden = !withCopy;
  $('snippet').setAttribute('data-widget', choices.widget);
  // For tests and tools: "ready" once the snippet holds the copy it will keep for these choices.
  $('snippet').setAttribute('data-copy', options.copy ? 'ready' : copyRequest(options.attributes) ? 'pending' : 'none');
}

/** The CORS note and the explicit choice to drop integrity + crossorigin: the script door with awas.js on a named host. */
function renderCors(): void {
  const host = scriptHost();
  const shown = embedPath === 'script' && host !== null;
  $('cors').hidden = !shown;
  if (!shown) return;
  $('cors-text').textContent = tr('corsNote', { host });
  $('unpin-label').textContent = tr('unpinLabel', { host });
  $('unpin-help').textContent = tr('unpinHelp', { host });
  ($('unpin') as HTMLInputElement).checked = unpinned;
}

function update(): void {
  updateMessages();
  renderCode();
  schedulePreview();
}

// ---- Preview -------------------------------------------------------------------------------------------------

const frame = () => $('preview') as HTMLIFrameElement;
let previewTimer = 0;
let previewReady = false;
let previewMessages: string[] = [];

function schedulePreview(): void {
  window.clearTimeout(previewTimer);
  previewTimer = window.setTimeout(renderPreview, 120);
}

function renderPreview(): void {
  const doc = frame().contentDocument;
  const win = frame().contentWindow as (Window & typeof globalThis) | null;
  if (!previewReady || !doc || !win) return;
  const stage = doc.getElementById('stage');
  if (!stage) return;
  const options = snippetOptions();
  const tag = `awas-${options.widget}`;
  if (!win.customElements.get(tag)) {
    $('preview-failed').hidden = false;
    return;
  }
  $('preview-failed').hidden = true;
  $('preview-exit').hidden = true;
  doc.documentElement.style.removeProperty('display');
  doc.documentElement.lang = choices.lang;
  doc.body.setAttribute('data-theme', choices.theme);
  while (stage.firstChild) stage.removeChild(stage.firstChild);
  previewMessages = [];
  renderPreviewMessages();
  const el = doc.createElement(tag);
  for (const [name, value] of options.attributes) {
    // The preview shows the editor's content inline; the snippet points at the file the author uploads.
    if (name === 'content-src' || name === 'content-integrity') continue;
    el.setAttribute(name, value === true ? '' : value);
  }
  for (const [name, value] of Object.entries(options.style ?? {})) el.style.setProperty(name, value);
  if (choices.ownContent && WIDGET_COLLECTION[choices.widget]) {
    const json = doc.createElement('script');
    json.setAttribute('type', 'application/json');
    json.textContent = editor.fileText;
    el.appendChild(json);
  }
  el.addEventListener('awas-error', (event) => {
    const message = (event as CustomEvent<{ message: string }>).detail?.message;
    if (message && !previewMessages.includes(message)) {
      previewMessages.push(message);
      renderPreviewMessages();
    }
  });
  if (tag === 'awas-safe-exit') {
    // The real button, except the last step: the preview shows where it would go instead of going there.
    (el as unknown as { navigate: (href: string) => void }).navigate = (href: string) => {
      doc.documentElement.style.removeProperty('display');
      replaceChildren($('preview-exit-text'), tr('previewExit', { href }));
      $('preview-exit').hidden = false;
      ($('preview-restart') as HTMLButtonElement).focus();
    };
  }
  stage.appendChild(el);
  $('preview-own').hidden = !(choices.ownContent && WIDGET_COLLECTION[choices.widget]);
}

function renderPreviewMessages(): void {
  const box = $('preview-messages');
  box.hidden = previewMessages.length === 0;
  replaceChildren(box, h('p', {}, tr('previewMessages')), h('ul', {}, previewMessages.map((m) => h('li', {}, m))));
}

function watchPreviewSize(): void {
  const doc = frame().contentDocument;
  if (!doc) return;
  // Two columns: at most about half the window, so the code stays in view next to the form (the frame scrolls).
  // One column: the whole widget, the page scrolls.
  const wide = matchMedia('(min-width: 960px)');
  const fit = () => {
    // The body's own height (the document's scrollHeight never drops below the frame, so it could only grow).
    const height = Math.max(160, Math.ceil(doc.body.getBoundingClientRect().height));
    const cap = wide.matches ? Math.max(320, Math.round(innerHeight * 0.55)) : 6000;
    frame().style.height = `${Math.min(height, cap)}px`;
  };
  new ResizeObserver(fit).observe(doc.body);
  wide.addEventListener('change', fit);
  fit();
}

// ---- Copy ----------------------------------------------------------------------------------------------------

/**
 * Copy, unless the code still holds the example address: then say so at the button and offer the fix or a second,
 * deliberate "copy the example anyway" (no window.confirm: the choice stays on the page, next to the code).
 */
function onCopy(): void {
  if (!holdsExample()) {
    void copySnippet(false);
    return;
  }
  $('copy-status').textContent = '';
  $('copy-check').hidden = false;
  $('copy-check-text').textContent = tr('copyCheck', { host: new URL(DEFAULT_BASE).host });
}

async function copySnippet(example: boolean): Promise<void> {
  const text = current?.[embedPath];
  if (!text) return;
  const status = $('copy-status');
  status.textContent = '';
  $('copy-check').hidden = true;
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = example ? tr('copiedExample', { base: DEFAULT_BASE }) : tr('copied');
  } catch {
    const range = document.createRange();
    range.selectNodeContents($('snippet-code'));
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    status.textContent = tr('copyFailed');
  }
}

/** Put the focus on a field with it in view (above the narrow screens' preview bar: scroll-padding). */
function goToField(field: HTMLElement): void {
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

/** Narrow screens: the preview below the form is one tap away ("Lihat pratinjau"), and the way back returns to the field. */
function wireJumps(): void {
  $('form').addEventListener('focusin', (e) => {
    if (e.target instanceof HTMLElement && e.target.matches('input, select, textarea, button')) lastField = e.target;
  });
  $('to-preview').addEventListener('click', (e) => {
    e.preventDefault();
    $('side').scrollIntoView({ block: 'start' });
    $('side').focus({ preventScroll: true });
  });
  $('back-to-form').addEventListener('click', (e) => {
    e.preventDefault();
    const field = lastField?.isConnected ? lastField : $('form').querySelector<HTMLElement>('input, select, textarea');
    if (field) goToField(field);
  });
}

// ---- Static texts and language -------------------------------------------------------------------------------

function renderStatic(): void {
  document.documentElement.lang = ui;
  document.title = tr('pageTitle');
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => (el.textContent = tr(el.getAttribute('data-i18n') as StringKey)));
  document.querySelectorAll<HTMLElement>('[data-ui]').forEach((el) => (el.hidden = el.getAttribute('data-ui') !== ui));
  const switcher = $('ui-switch');
  // The switch leads to the next language, named and labelled in that language.
  const next = nextUi();
  switcher.textContent = LANG_NAMES[next];
  switcher.setAttribute('lang', next);
  switcher.setAttribute('aria-label', t(next, 'uiSwitchLabel'));
  frame().title = tr('previewFrameTitle');
  replaceChildren($('paths'), h('legend', {}, tr('pathLegend')), EMBED_PATHS.map((p) => h('div', { class: 'choice' }, h('input', { type: 'radio', name: 'path', id: `path-${p}`, value: p, checked: p === embedPath, 'aria-describedby': 'path-help path-note', onchange: () => ((embedPath = p), renderCode()) }), h('label', { for: `path-${p}` }, tr(`path.${p}` as StringKey)))));
  replaceChildren($('version-info'), tr('versionInfo', { version: BUILD.version, kb: (BUILD.bytes / 1024).toFixed(1) }), h('code', { id: 'sri' }, BUILD.integrity));
}

function nextUi(): Lang {
  return LANGS[(LANGS.indexOf(ui) + 1) % LANGS.length];
}

function switchLanguage(): void {
  ui = nextUi();
  const url = new URL(location.href);
  if (ui !== DEFAULT_LANG) url.searchParams.set('ui', ui);
  else url.searchParams.delete('ui');
  history.replaceState(null, '', url.href);
  renderStatic();
  keepFocus(renderForm);
  update();
  $('ui-switch').focus();
}

function init(): void {
  const collection = WIDGET_COLLECTION[choices.widget];
  if (collection) editor.setCollection(collection);
  syncLists();
  renderStatic();
  renderForm();
  $('ui-switch').addEventListener('click', switchLanguage);
  $('copy').addEventListener('click', onCopy);
  $('copy-anyway').addEventListener('click', () => void copySnippet(true));
  $('copy-fix').addEventListener('click', () => {
    $('copy-check').hidden = true;
    goToField($('base'));
  });
  $('unpin').addEventListener('change', (e) => {
    unpinned = (e.target as HTMLInputElement).checked;
    renderCode();
  });
  wireJumps();
  $('preview-restart').addEventListener('click', () => {
    renderPreview();
    frame().focus();
  });
  const onFrameLoad = () => {
    previewReady = true;
    watchPreviewSize();
    renderPreview();
    document.documentElement.setAttribute('data-ready', 'true');
  };
  const doc = frame().contentDocument;
  if (doc && doc.readyState === 'complete' && doc.getElementById('stage')) onFrameLoad();
  else frame().addEventListener('load', onFrameLoad, { once: true });
  update();
}

init();
