/**
 * The own-content editor: a form generated from the real item schema of the collection (so every field the widget
 * accepts can be entered, and every problem path of the validator has a field to point at), checked as the author
 * types with the widget's own validate() and normalise(), and a download of the exact bytes with their
 * content-integrity.
 */
import { LANG_KEY_PATTERN } from '../src/content/schema/common.js';
import type { Schema } from '../src/content/schema-types.js';
import type { CollectionKey } from '../src/content/types.js';
import { DEFAULT_LANG, LANGS } from '../src/i18n/languages.js';
import { todayIso } from '../src/safety/date.js';
import { defaultRawItems, SPECS } from './collections.js';
import { emptyFor, emptyItem, explainReason, integrityOf, packObject, packProblems, packText, staleItems, type Json, type PackProblem } from './content-pack.js';
import { domId, h, keepFocus, replaceChildren } from './dom.js';
import { enumLabel, fieldHelp, fieldLabel } from './fields.js';
import type { Lang } from './options.js';
import { t } from './strings.js';

type Seg = string | number;

interface CollectionState {
  merge: boolean;
  items: Json[];
  confirmed: boolean;
  open: Set<number>;
}

export interface EditorHost {
  lang(): Lang;
  /** The file changed (text, problems, or — a moment later — its integrity). */
  changed(): void;
  announce(message: string): void;
  /** The download's file name (taken from the content-src address). */
  fileName(): string;
}

/** "hotlines[0].channels[1].value": the validator's notation. */
export function pathString(segs: readonly Seg[]): string {
  let out = '';
  for (const s of segs) out = typeof s === 'number' ? `${out}[${s}]` : out ? `${out}.${s}` : s;
  return out;
}

function join(a: string, b: string): string {
  return a ? `${a}.${b}` : b;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short name of a raw item for headings. */
export function rawItemName(key: CollectionKey, item: Json, lang: Lang): string {
  const texts = isObject(item.text) ? item.text : {};
  const text = (isObject(texts[lang]) ? texts[lang] : isObject(texts.id) ? texts.id : {}) as Json;
  const field = { hotlines: 'name', questions: 'question', examples: 'title', stats: 'label' }[key];
  const name = typeof text[field] === 'string' ? (text[field] as string).trim() : '';
  const id = typeof item.id === 'string' ? item.id.trim() : '';
  return name || id;
}

export class ContentEditor {
  readonly root = h('div', { class: 'editor' });
  private readonly states = new Map<CollectionKey, CollectionState>();
  private key: CollectionKey = 'hotlines';
  private touched = new Set<string>();
  private problems: PackProblem[] = [];
  private text = '';
  private integrityValue: string | null = null;
  private integrityFor = '';
  private blobUrl = '';
  private readonly status = h('div', { class: 'editor-status' });
  private readonly list = h('div', { class: 'editor-items' });

  constructor(private readonly host: EditorHost) {}

  private get lang(): Lang {
    return this.host.lang();
  }

  private get state(): CollectionState {
    let state = this.states.get(this.key);
    if (!state) {
      state = { merge: true, items: [], confirmed: false, open: new Set() };
      this.states.set(this.key, state);
    }
    return state;
  }

  /** The collection being edited (follows the chosen widget). */
  setCollection(key: CollectionKey): void {
    if (key === this.key && this.states.has(key)) return;
    this.key = key;
    this.touched.clear();
    this.recompute();
  }

  get collection(): CollectionKey {
    return this.key;
  }

  /** The pack object (for the preview's lists). */
  get pack(): Json {
    return packObject(this.key, this.state.merge, this.state.items);
  }

  /** The exact file text. */
  get fileText(): string {
    return this.text;
  }

  /** content-integrity of fileText; null while computing or where hashing is unavailable. */
  get integrity(): string | null {
    return this.integrityFor === this.text ? this.integrityValue : null;
  }

  /** No problems and the author confirmed the check. */
  get ready(): boolean {
    return this.problems.length === 0 && this.state.confirmed;
  }

  get problemList(): readonly PackProblem[] {
    return this.problems;
  }

  private get(segs: readonly Seg[]): unknown {
    let node: unknown = { [this.key]: this.state.items };
    for (const s of segs) {
      if (node === null || typeof node !== 'object') return undefined;
      node = (node as Record<string, unknown>)[s as string];
    }
    return node;
  }

  private set(segs: readonly Seg[], value: unknown): void {
    let node = { [this.key]: this.state.items } as Record<string, unknown>;
    for (let i = 0; i < segs.length - 1; i++) {
      const s = segs[i];
      if (node[s as string] === null || typeof node[s as string] !== 'object') node[s as string] = typeof segs[i + 1] === 'number' ? [] : {};
      node = node[s as string] as Record<string, unknown>;
    }
    const last = segs[segs.length - 1] as string;
    if (value === undefined) {
      if (Array.isArray(node)) node.splice(Number(last), 1);
      else delete node[last];
    } else node[last] = value;
  }

  // ---- Model changes ----------------------------------------------------------------------------------------

  private recompute(): void {
    const state = this.state;
    this.text = packText(this.pack);
    this.problems = packProblems(this.key, state.items);
    const text = this.text;
    if (this.integrityFor !== text) {
      void integrityOf(text).then((value) => {
        if (this.text !== text) return;
        this.integrityValue = value;
        this.integrityFor = text;
        this.renderStatus();
        this.host.changed();
      });
    }
    this.host.changed();
  }

  /** A field's value changed (no structure change): check, show, tell the page. */
  private edited(segs: readonly Seg[], itemIndex: number): void {
    this.touched.add(pathString(segs));
    this.recompute();
    this.showFieldProblems();
    this.renderStatus();
    const summary = this.root.querySelector(`#${domId('ed-name', String(itemIndex))}`);
    if (summary) summary.textContent = rawItemName(this.key, this.state.items[itemIndex], this.lang) || t(this.lang, 'newItem');
  }

  /** A structural change: rebuild the form, then focus `focusId` (or keep the focus where it was). */
  private restructure(focusId?: string): void {
    this.recompute();
    if (focusId) {
      this.render();
      (document.getElementById(focusId) as HTMLElement | null)?.focus();
    } else keepFocus(() => this.render());
  }

  addItem(item: Json = emptyItem(this.key)): void {
    const state = this.state;
    state.items.push(item);
    state.open.add(state.items.length - 1);
    this.restructure();
    const first = this.list.querySelector<HTMLElement>(`[data-item="${state.items.length - 1}"] input, [data-item="${state.items.length - 1}"] select, [data-item="${state.items.length - 1}"] textarea`);
    first?.focus();
    this.host.announce(t(this.lang, 'itemAdded'));
  }

  private removeItem(index: number): void {
    const state = this.state;
    const name = rawItemName(this.key, state.items[index], this.lang) || t(this.lang, 'newItem');
    state.items.splice(index, 1);
    state.open = new Set(Array.from(state.open).filter((i) => i !== index).map((i) => (i > index ? i - 1 : i)));
    this.touched.clear();
    this.restructure('ed-add-item');
    this.host.announce(t(this.lang, 'itemRemoved', { name }));
  }

  /** Load a pack (pasted or from a file). */
  load(source: string): string {
    let pack: unknown;
    try {
      pack = JSON.parse(source);
    } catch (error) {
      return t(this.lang, 'importBad', { detail: error instanceof Error ? error.message.slice(0, 100) : '' });
    }
    if (!isObject(pack) || !Array.isArray(pack[this.key])) return t(this.lang, 'importNone', { key: this.key });
    const state = this.state;
    state.items = (pack[this.key] as unknown[]).filter(isObject).map((item) => JSON.parse(JSON.stringify(item)) as Json);
    state.merge = pack.merge === true;
    state.open = new Set();
    state.confirmed = false;
    this.touched.clear();
    this.restructure();
    return t(this.lang, 'importDone', { n: state.items.length });
  }

  // ---- Rendering ------------------------------------------------------------------------------------------

  render(): void {
    const lang = this.lang;
    const state = this.state;
    const defaults = defaultRawItems(this.key);
    const copySelect = h(
      'select',
      { id: 'ed-copy-select' },
      defaults.map((item, i) => h('option', { value: String(i) }, rawItemName(this.key, item, lang))),
    );
    const importArea = h('textarea', { id: 'ed-import', rows: 4, spellcheck: 'false' });
    const importStatus = h('p', { class: 'hint', role: 'status', id: 'ed-import-status' });
    const fileInput = h('input', {
      type: 'file',
      id: 'ed-import-file',
      accept: 'application/json,.json',
      onchange: () => {
        const file = fileInput.files?.[0];
        if (!file) return;
        void file.text().then((text) => {
          importArea.value = text;
          importStatus.textContent = this.load(text);
        });
      },
    });
    replaceChildren(
      this.root,
      h('h3', {}, t(lang, 'editorHeading')),
      h(
        'fieldset',
        { class: 'choices-row' },
        h('legend', {}, t(lang, 'mergeLegend')),
        (['true', 'false'] as const).map((value) =>
          h(
            'label',
            { class: 'choice' },
            h('input', {
              type: 'radio',
              name: 'ed-merge',
              id: `ed-merge-${value}`,
              value,
              checked: String(state.merge) === value,
              onchange: () => {
                state.merge = value === 'true';
                this.restructure();
              },
            }),
            ' ',
            t(lang, `merge.${value}`),
          ),
        ),
      ),
      this.list,
      h(
        'div',
        { class: 'editor-add' },
        h('button', { type: 'button', id: 'ed-add-item', class: 'secondary', onclick: () => this.addItem() }, t(lang, 'addItem')),
        h(
          'div',
          { class: 'copy-from' },
          h('label', { for: 'ed-copy-select' }, t(lang, 'copyFrom')),
          h(
            'div',
            { class: 'inline' },
            copySelect,
            h(
              'button',
              {
                type: 'button',
                class: 'secondary',
                id: 'ed-copy-button',
                onclick: () => this.addItem(JSON.parse(JSON.stringify(defaults[Number(copySelect.value)])) as Json),
              },
              t(lang, 'copyFromButton'),
            ),
          ),
        ),
      ),
      h(
        'details',
        { class: 'import' },
        h('summary', {}, t(lang, 'importSummary')),
        h('label', { for: 'ed-import' }, t(lang, 'importLabel')),
        importArea,
        h('div', { class: 'inline' }, h('button', { type: 'button', class: 'secondary', id: 'ed-import-button', onclick: () => (importStatus.textContent = this.load(importArea.value)) }, t(lang, 'importButton'))),
        h('label', { for: 'ed-import-file' }, t(lang, 'importFile')),
        fileInput,
        importStatus,
      ),
      this.status,
    );
    this.renderItems();
    this.renderStatus();
  }

  private renderItems(): void {
    const lang = this.lang;
    const state = this.state;
    const defaultIds = new Set(defaultRawItems(this.key).map((item) => item.id));
    const schema = SPECS[this.key].itemSchema;
    replaceChildren(
      this.list,
      state.items.length
        ? state.items.map((item, index) => {
            const name = rawItemName(this.key, item, lang) || t(lang, 'newItem');
            const details = h(
              'details',
              { class: 'item', 'data-item': String(index), open: state.open.has(index) },
              h('summary', {}, h('span', { id: domId('ed-name', String(index)) }, name)),
              state.merge && typeof item.id === 'string' && defaultIds.has(item.id) ? h('p', { class: 'hint' }, t(lang, 'replacesDefault')) : null,
              this.objectFields(schema, [this.key, index], ''),
              h('button', { type: 'button', class: 'danger', id: `ed-remove-${index}`, 'aria-label': t(lang, 'removeItemLabel', { name }), onclick: () => this.removeItem(index) }, t(lang, 'removeItem')),
            );
            details.addEventListener('toggle', () => (details.open ? state.open.add(index) : state.open.delete(index)));
            return details;
          })
        : h('p', { class: 'hint' }, t(lang, 'itemsEmpty')),
    );
    this.showFieldProblems();
  }

  /** The properties of an object schema, each as a field. */
  private objectFields(schema: Schema, segs: Seg[], labelPath: string): HTMLElement[] {
    return Object.entries(schema.properties ?? {}).map(([prop, child]) => this.field(child, [...segs, prop], join(labelPath, prop), (schema.required ?? []).includes(prop)));
  }

  private label(labelPath: string, required: boolean): string {
    const text = fieldLabel(this.key, labelPath, this.lang);
    return required ? `${text} (${t(this.lang, 'required')})` : text;
  }

  private field(schema: Schema, segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    if (schema.type === 'object' && schema.properties) return this.objectField(schema, segs, labelPath, required);
    if (schema.type === 'object') return this.mapField(schema, segs, labelPath, required);
    if (schema.type === 'array' && schema.items?.type === 'object') return this.arrayField(schema, segs, labelPath, required);
    if (schema.type === 'array') return this.wordsField(segs, labelPath, required);
    return this.leaf(schema, segs, labelPath, required);
  }

  private objectField(schema: Schema, segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    const path = pathString(segs);
    const label = this.label(labelPath, required);
    if (this.get(segs) === undefined && !required) {
      return h(
        'div',
        { class: 'optional', 'data-path': path, 'data-label': label },
        h('button', { type: 'button', class: 'secondary', id: domId('ed-add', path), onclick: () => this.addOptional(segs, schema) }, t(this.lang, 'addOptional', { name: label.toLowerCase() })),
      );
    }
    return h(
      'fieldset',
      { class: 'group', 'data-path': path, 'data-label': label },
      h('legend', {}, label),
      this.errorSlot(path),
      this.objectFields(schema, segs, labelPath),
      required ? null : h('button', { type: 'button', class: 'danger small', id: domId('ed-del', path), onclick: () => this.removeOptional(segs) }, t(this.lang, 'removeOptional', { name: label.toLowerCase() })),
    );
  }

  private addOptional(segs: Seg[], schema: Schema): void {
    this.set(segs, emptyFor(schema));
    this.restructure();
    (this.root.querySelector(`[data-path="${pathString(segs)}"] input, [data-path="${pathString(segs)}"] select`) as HTMLElement | null)?.focus();
  }

  private removeOptional(segs: Seg[]): void {
    this.set(segs, undefined);
    this.restructure(domId('ed-add', pathString(segs)));
  }

  /** Maps: per-language texts (fixed id + en sections) or key → value rows (audience, flag explanations). */
  private mapField(schema: Schema, segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    const path = pathString(segs);
    const label = this.label(labelPath, required);
    const values = schema.additionalProperties;
    const current = isObject(this.get(segs)) ? (this.get(segs) as Json) : {};
    if (schema.propertyNames?.pattern === LANG_KEY_PATTERN && typeof values === 'object') {
      const langs = Array.from(new Set([...LANGS, ...Object.keys(current)]));
      if (values.type === 'object') {
        return h(
          'fieldset',
          { class: 'group texts', 'data-path': path, 'data-label': label },
          h('legend', {}, label),
          this.errorSlot(path),
          langs.map((lang) =>
            h(
              'fieldset',
              { class: 'group lang', lang, 'data-path': pathString([...segs, lang]), 'data-label': fieldLabel(this.key, `lang.${lang}`, this.lang) },
              h('legend', {}, fieldLabel(this.key, `lang.${lang}`, this.lang)),
              this.errorSlot(pathString([...segs, lang])),
              Object.entries(values.properties ?? {}).map(([prop, child]) =>
                this.field(child, [...segs, lang, prop], join(labelPath, prop), lang === DEFAULT_LANG && (values.required ?? []).includes(prop)),
              ),
            ),
          ),
        );
      }
      return h(
        'fieldset',
        { class: 'group', 'data-path': path, 'data-label': label },
        h('legend', {}, label),
        this.errorSlot(path),
        langs.map((lang) => this.leaf(values, [...segs, lang], `lang.${lang}`, false)),
      );
    }
    // key → value rows
    const entries = Object.entries(current);
    const valueSchema = typeof values === 'object' ? values : { type: 'string' as const };
    const keyLabel = fieldLabel(this.key, join(labelPath, 'key'), this.lang);
    const valueLabel = fieldLabel(this.key, join(labelPath, 'value'), this.lang);
    const help = fieldHelp(this.key, labelPath, this.lang);
    const helpId = domId('ed-help', path);
    const writeRows = (rows: [string, unknown][]) => {
      const next: Json = {};
      for (const [k, v] of rows) next[k] = v;
      this.set(segs, next);
    };
    const rowsFromDom = (container: HTMLElement): [string, unknown][] =>
      Array.from(container.querySelectorAll<HTMLElement>('.map-row')).map((row) => {
        const k = (row.querySelector('.map-key') as HTMLInputElement).value.trim();
        const raw = (row.querySelector('.map-value') as HTMLInputElement | HTMLTextAreaElement).value;
        return [k, parseValue(valueSchema, raw, true)];
      });
    const container: HTMLElement = h(
      'fieldset',
      { class: 'group', 'data-path': path, 'data-label': label, 'aria-describedby': help ? helpId : undefined },
      h('legend', {}, label),
      help ? h('p', { class: 'hint', id: helpId }, help) : null,
      this.errorSlot(path),
      entries.map(([k, v], i) => {
        const rowPath = pathString([...segs, k]);
        const keyId = domId('ed-key', `${path}-${i}`);
        const valueId = domId('ed-val', `${path}-${i}`);
        const onInput = () => {
          const rows = rowsFromDom(container);
          writeRows(rows);
          const row = container.querySelectorAll<HTMLElement>('.map-row')[i];
          row.setAttribute('data-path', pathString([...segs, rows[i][0]]));
          this.edited([...segs, rows[i][0]], segs[1] as number);
        };
        const long = valueSchema.type === 'string' && (valueSchema.maxLength ?? 0) > 200;
        return h(
          'div',
          { class: 'map-row', 'data-path': rowPath, 'data-label': `${label}: ${k}` },
          h('div', { class: 'field' }, h('label', { for: keyId }, keyLabel), h('input', { type: 'text', id: keyId, class: 'map-key', value: k, autocomplete: 'off', oninput: onInput })),
          h(
            'div',
            { class: 'field grow' },
            h('label', { for: valueId }, valueLabel),
            long
              ? h('textarea', { id: valueId, class: 'map-value', rows: 2, value: v === undefined ? '' : String(v), oninput: onInput })
              : h('input', { type: 'text', id: valueId, class: 'map-value', value: v === undefined ? '' : String(v), inputmode: valueSchema.type === 'integer' ? 'numeric' : undefined, oninput: onInput }),
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'danger small',
              'aria-label': `${t(this.lang, 'removeRow')}: ${keyLabel} ${k}`,
              onclick: () => {
                const rows = rowsFromDom(container).filter((_, j) => j !== i);
                writeRows(rows);
                this.restructure(domId('ed-add', path));
              },
            },
            t(this.lang, 'removeRow'),
          ),
          this.errorSlot(rowPath),
        );
      }),
      h(
        'button',
        {
          type: 'button',
          class: 'secondary small',
          id: domId('ed-add', path),
          onclick: () => {
            const rows = rowsFromDom(container);
            // A row without a name yet: the validator reports it until it gets one.
            rows.push(['', valueSchema.type === 'string' ? '' : undefined]);
            writeRows(rows);
            this.restructure();
            const keys = this.root.querySelectorAll<HTMLInputElement>(`fieldset[data-path="${CSS.escape(path)}"] .map-key`);
            keys[keys.length - 1]?.focus();
          },
        },
        `${t(this.lang, 'addRow')}: ${keyLabel.toLowerCase()}`,
      ),
    );
    return container;
  }

  private arrayField(schema: Schema, segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    const path = pathString(segs);
    const label = this.label(labelPath, required);
    const items = Array.isArray(this.get(segs)) ? (this.get(segs) as unknown[]) : [];
    const itemLabel = fieldLabel(this.key, join(labelPath, 'item'), this.lang);
    const min = schema.minItems ?? 0;
    const max = schema.maxItems ?? Infinity;
    return h(
      'fieldset',
      { class: 'group', 'data-path': path, 'data-label': label },
      h('legend', {}, label),
      this.errorSlot(path),
      items.map((_, i) =>
        h(
          'fieldset',
          { class: 'group entry', 'data-path': pathString([...segs, i]), 'data-label': `${itemLabel} ${i + 1}` },
          h('legend', {}, `${itemLabel} ${i + 1}`),
          this.errorSlot(pathString([...segs, i])),
          this.objectFields(schema.items as Schema, [...segs, i], labelPath),
          items.length > min
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'danger small',
                  'aria-label': `${t(this.lang, 'removeRow')}: ${itemLabel} ${i + 1}`,
                  onclick: () => {
                    (this.get(segs) as unknown[]).splice(i, 1);
                    this.restructure(domId('ed-add', path));
                  },
                },
                `${t(this.lang, 'removeRow')}: ${itemLabel.toLowerCase()} ${i + 1}`,
              )
            : null,
        ),
      ),
      items.length < max
        ? h(
            'button',
            {
              type: 'button',
              class: 'secondary small',
              id: domId('ed-add', path),
              onclick: () => {
                const list = Array.isArray(this.get(segs)) ? (this.get(segs) as unknown[]) : [];
                if (!Array.isArray(this.get(segs))) this.set(segs, list);
                list.push(emptyFor(schema.items as Schema));
                this.restructure();
                const entry = this.root.querySelector(`[data-path="${pathString([...segs, list.length - 1])}"]`);
                (entry?.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
              },
            },
            `${t(this.lang, 'addRow')}: ${itemLabel.toLowerCase()}`,
          )
        : null,
    );
  }

  /** A list of short words (language codes) as one comma-separated input. */
  private wordsField(segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    const path = pathString(segs);
    const value = this.get(segs);
    return this.wrap(path, labelPath, required, t(this.lang, 'languagesHelp'), (id, describedBy) =>
      h('input', {
        type: 'text',
        id,
        'aria-describedby': describedBy,
        autocomplete: 'off',
        value: Array.isArray(value) ? value.join(', ') : '',
        oninput: (event: Event) => {
          const words = (event.target as HTMLInputElement).value
            .split(',')
            .map((w) => w.trim())
            .filter(Boolean);
          this.set(segs, words.length || required ? words : undefined);
          this.edited(segs, segs[1] as number);
        },
      }),
    );
  }

  private leaf(schema: Schema, segs: Seg[], labelPath: string, required: boolean): HTMLElement {
    const path = pathString(segs);
    const value = this.get(segs);
    const help = fieldHelp(this.key, labelPath, this.lang);
    const onValue = (raw: string | boolean) => {
      const parsed = typeof raw === 'boolean' ? (raw ? true : required ? false : undefined) : parseValue(schema, raw, required);
      this.set(segs, parsed);
      this.prune(segs);
      this.edited(segs, segs[1] as number);
    };
    if (schema.type === 'boolean') {
      const id = domId('ed', path);
      return h(
        'div',
        { class: 'field check', 'data-path': path, 'data-label': this.label(labelPath, false) },
        h('input', { type: 'checkbox', id, checked: value === true, onchange: (e: Event) => onValue((e.target as HTMLInputElement).checked) }),
        h('label', { for: id }, this.label(labelPath, false)),
        this.errorSlot(path),
      );
    }
    return this.wrap(path, labelPath, required, help, (id, describedBy) => {
      if (schema.enum) {
        return h(
          'select',
          { id, 'aria-describedby': describedBy, onchange: (e: Event) => onValue((e.target as HTMLSelectElement).value) },
          required ? null : h('option', { value: '' }, '—'),
          schema.enum.map((option) => h('option', { value: String(option), selected: value === option }, enumLabel(String(option), this.lang))),
        );
      }
      const text = value === undefined || value === null ? '' : String(value);
      if (schema.format === 'date') {
        const input = h('input', { type: 'date', id, 'aria-describedby': describedBy, value: text, oninput: (e: Event) => onValue((e.target as HTMLInputElement).value) }) as HTMLInputElement;
        if (labelPath !== 'channels.calledOn') return input;
        // A call is recorded by the person who made it, on the day: one tap fills the day, then "who called" asks for a name.
        const calledToday = () => {
          input.value = todayIso();
          onValue(input.value);
          (this.root.querySelector(`#${CSS.escape(domId('ed', pathString([...segs.slice(0, -1), 'calledBy'])))}`) as HTMLElement | null)?.focus();
        };
        return h('span', { class: 'with-action' }, input, h('button', { type: 'button', class: 'secondary small', id: domId('ed-called', path), onclick: calledToday }, t(this.lang, 'calledToday')));
      }
      const numeric = schema.type === 'number' || schema.type === 'integer';
      const url = /url$|src$/.test(String(segs[segs.length - 1])) || schema.pattern === '^https?://';
      if (schema.type === 'string' && !url && (schema.maxLength ?? 0) > 200) {
        return h('textarea', { id, 'aria-describedby': describedBy, rows: 3, value: text, oninput: (e: Event) => onValue((e.target as HTMLTextAreaElement).value) });
      }
      return h('input', {
        type: 'text',
        id,
        'aria-describedby': describedBy,
        value: text,
        autocomplete: 'off',
        inputmode: numeric ? (schema.type === 'integer' ? 'numeric' : 'decimal') : url ? 'url' : undefined,
        spellcheck: numeric || url || labelPath === 'id' ? 'false' : undefined,
        oninput: (e: Event) => onValue((e.target as HTMLInputElement).value),
      });
    });
  }

  /** Drop a language section (other than id) or a label map once every field in it is empty. */
  private prune(segs: readonly Seg[]): void {
    for (let depth = segs.length - 1; depth >= 3; depth--) {
      const parentSegs = segs.slice(0, depth);
      const parent = this.get(parentSegs);
      const name = parentSegs[parentSegs.length - 1];
      if (!isObject(parent) || typeof name !== 'string') return;
      const empty = Object.values(parent).every((v) => v === '' || v === undefined);
      const isLangSection = new RegExp(LANG_KEY_PATTERN).test(name) && name !== DEFAULT_LANG;
      if (empty && isLangSection) this.set(parentSegs, undefined);
      else if (Object.keys(parent).length === 0 && (name === 'label' || name === 'alt')) this.set(parentSegs, undefined);
      else return;
    }
  }

  private wrap(path: string, labelPath: string, required: boolean, help: string | undefined, control: (id: string, describedBy: string) => HTMLElement): HTMLElement {
    const id = domId('ed', path);
    const helpId = `${id}-help`;
    const errorId = `${id}-error`;
    const label = this.label(labelPath, required);
    return h(
      'div',
      { class: 'field', 'data-path': path, 'data-label': label },
      h('label', { for: id }, label),
      help ? h('p', { class: 'hint', id: helpId }, help) : null,
      control(id, help ? `${helpId} ${errorId}` : errorId),
      h('p', { class: 'error', id: errorId, 'data-error-for': path }),
    );
  }

  private errorSlot(path: string): HTMLElement {
    return h('p', { class: 'error', 'data-error-for': path });
  }

  // ---- Problems and download ------------------------------------------------------------------------------

  /** The element that shows a problem: the field with that path, else its nearest ancestor on screen. */
  private target(path: string): HTMLElement | null {
    let current = path;
    for (;;) {
      const found = this.root.querySelector<HTMLElement>(`[data-path="${CSS.escape(current)}"]`);
      if (found) return found;
      const shorter = current.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === current) return null;
      current = shorter;
    }
  }

  private showFieldProblems(): void {
    this.root.querySelectorAll<HTMLElement>('[data-error-for]').forEach((el) => (el.textContent = ''));
    this.root.querySelectorAll('[aria-invalid]').forEach((el) => el.removeAttribute('aria-invalid'));
    const touched = Array.from(this.touched);
    for (const problem of this.problems) {
      const target = this.target(problem.path);
      if (!target) continue;
      const at = target.getAttribute('data-path') ?? '';
      if (!touched.some((p) => p === at || p.startsWith(`${at}.`) || p.startsWith(`${at}[`))) continue;
      const slot = Array.from(target.querySelectorAll<HTMLElement>('[data-error-for]')).find((el) => el.getAttribute('data-error-for') === at) ?? target.querySelector<HTMLElement>('[data-error-for]');
      if (!slot) continue;
      const message = explainReason(this.lang, problem);
      slot.textContent = slot.textContent ? `${slot.textContent} ${message}.` : `${message}.`;
      const control = target.querySelector(`#${CSS.escape(domId('ed', at))}`) ?? (target.matches('.map-row') ? target.querySelector('.map-value') : null);
      control?.setAttribute('aria-invalid', 'true');
    }
  }

  /** Open the item, show the field's problem and put the focus on it. */
  private jumpTo(problem: PackProblem): void {
    if (problem.item >= 0) this.state.open.add(problem.item);
    this.touched.add(problem.path);
    const details = this.root.querySelector<HTMLDetailsElement>(`[data-item="${problem.item}"]`);
    if (details) details.open = true;
    this.showFieldProblems();
    const target = this.target(problem.path);
    (target?.querySelector('input, select, textarea, button') as HTMLElement | null)?.focus();
  }

  private renderStatus(): void {
    const lang = this.lang;
    const state = this.state;
    const hotlines = this.key === 'hotlines';
    const stale = staleItems(state.items);
    const problems = this.problems;
    const labelOf = (problem: PackProblem) => {
      const target = this.target(problem.path);
      const item = problem.item >= 0 ? rawItemName(this.key, state.items[problem.item], lang) || `${t(lang, 'newItem')} ${problem.item + 1}` : '';
      const field = target && target.getAttribute('data-path') !== `${this.key}[${problem.item}]` ? target.getAttribute('data-label') ?? '' : '';
      return [item, field].filter(Boolean).join(' · ');
    };
    if (this.blobUrl) URL.revokeObjectURL(this.blobUrl);
    this.blobUrl = '';
    const integrity = this.integrity;
    const hashing = typeof crypto !== 'undefined' && !!crypto.subtle;
    let download: HTMLElement;
    if (problems.length) download = h('p', { class: 'hint' }, t(lang, 'problemsCount', { n: problems.length }));
    else if (!state.confirmed) download = h('p', { class: 'hint' }, t(lang, 'confirmNeeded'));
    else {
      this.blobUrl = URL.createObjectURL(new Blob([this.text], { type: 'application/json' }));
      const bytes = new TextEncoder().encode(this.text).length;
      download = h('a', { class: 'button download', id: 'ed-download', href: this.blobUrl, download: this.host.fileName() }, t(lang, 'download', { file: this.host.fileName(), size: `${(bytes / 1024).toFixed(1)} KB` }));
    }
    replaceChildren(
      this.status,
      h(
        'section',
        { class: problems.length ? 'problems' : 'problems ok', 'aria-labelledby': 'ed-problems-h' },
        h('h4', { id: 'ed-problems-h' }, problems.length ? t(lang, 'problemsHeading') : t(lang, 'problemsNone')),
        problems.length
          ? h(
              'ul',
              {},
              problems.slice(0, 30).map((problem) =>
                h(
                  'li',
                  {},
                  h('button', { type: 'button', class: 'link', onclick: () => this.jumpTo(problem) }, [labelOf(problem), explainReason(lang, problem)].filter(Boolean).join(': ')),
                ),
              ),
            )
          : null,
        stale.length ? h('ul', { class: 'warnings' }, stale.map((s) => h('li', {}, t(lang, 'staleWarning', { id: s.id, date: s.date })))) : null,
      ),
      h(
        'div',
        { class: 'field check' },
        h('input', {
          type: 'checkbox',
          id: 'ed-confirm',
          checked: state.confirmed,
          onchange: (e: Event) => {
            state.confirmed = (e.target as HTMLInputElement).checked;
            keepFocus(() => this.renderStatus());
            this.host.changed();
          },
        }),
        h('label', { for: 'ed-confirm' }, t(lang, hotlines ? 'confirmHotlines' : 'confirmOther')),
      ),
      h('div', { class: 'download-row', id: 'ed-download-row' }, download),
      hashing
        ? h('p', { class: 'integrity' }, t(lang, 'integrityLabel'), ' ', h('code', { id: 'ed-integrity' }, integrity ?? '…'))
        : h('p', { class: 'hint', id: 'ed-integrity-none' }, t(lang, 'integrityNone')),
      h('details', { class: 'json' }, h('summary', {}, t(lang, 'jsonSummary')), h('pre', { id: 'ed-json', tabindex: '0' }, this.text)),
    );
  }
}

/**
 * Form text → JSON value for a schema leaf: numbers when they are numbers, '' kept only when required.
 * In Indonesian "1.386" is one thousand three hundred and eighty-six: large figures must be written without
 * separators, so a point is read as a decimal point only for small scales (a weight of 0–10); elsewhere the text
 * stays text and the validator asks for a number, instead of a figure silently 1000 times too small.
 */
export function parseValue(schema: Schema, raw: string, required: boolean): unknown {
  if (schema.type === 'number' || schema.type === 'integer') {
    const compact = raw.trim();
    if (!compact) return undefined;
    if (/^\d+$/.test(compact)) return Number(compact);
    const small = schema.type === 'number' && schema.maximum !== undefined && schema.maximum <= 100;
    return small && /^\d+\.\d+$/.test(compact) ? Number(compact) : compact;
  }
  if (raw === '') return required ? '' : undefined;
  return raw;
}
