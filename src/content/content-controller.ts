/**
 * ContentController: gives a widget its items, combining in one order of precedence for all widgets:
 * light-DOM children > inline <script type="application/json"> > content-src > bundled defaults.
 * Sync sources render at once (no flash of empty widget); content-src replaces them when it arrives.
 * Every failure leaves the previous items on screen and is reported through host.reportProblem().
 */
import { isServer, type ReactiveController } from 'lit';
import type { AwasElement } from '../base/awas-element.js';
import { combineLayers, readCollection, type CollectionLayer, type CollectionSpec, type ContentProblem } from './collection.js';
import { ContentError, fetchContent } from './fetch.js';
import { readInlineJson } from './inline.js';
import { selectById, type IdListOptions, type IdSelection } from './select.js';
import type { ContentItem } from './types.js';
import { parseIsoDate } from '../safety/date.js';
import { CONTENT_VERSION_ATTRIBUTE } from '../prerender/markup.js';
import { prerenderOf, staleNumbers } from '../prerender/stale.js';
import { contentVersion } from '../prerender/version.js';

export interface ContentHost extends AwasElement {
  contentSrc?: string;
  contentIntegrity?: string;
}

export interface ContentOptions<Item extends ContentItem> {
  spec: CollectionSpec<Item>;
  /** The bundled default pack (same JSON format as content-src). */
  defaults: unknown;
  /** Items the page wrote as plain HTML children, already passed through safety/; null when there are none. */
  fromLightDom?: (host: HTMLElement, problems: ContentProblem[]) => Item[] | null;
}

export class ContentController<Item extends ContentItem> implements ReactiveController {
  /** The items to render, never empty while the defaults have items. */
  items: Item[] = [];
  /** True while content-src is being fetched: its items may still bring ids the page names (see settle()). */
  loading = false;

  private remote: CollectionLayer<Item> = { origin: 'content-src' };
  /** contentVersion() of the pack content-src brought, once it has. */
  private remoteVersion?: string;
  private requested: string | undefined;
  private observer?: MutationObserver;
  private readonly defaultLayer: CollectionLayer<Item>;

  constructor(
    private readonly host: ContentHost,
    private readonly options: ContentOptions<Item>,
  ) {
    const problems: ContentProblem[] = [];
    this.defaultLayer = readCollection(options.spec, options.defaults, 'built-in content', problems);
    // Built-in content is checked by the test suite; a problem here is a bug, still reported rather than thrown.
    problems.forEach((p) => this.report(p));
    // Render the defaults from the first update, also where no DOM connects the widget (build-time rendering).
    this.items = this.defaultLayer.items ?? [];
    host.addController(this);
  }

  /**
   * True while the HTML parser may still be adding the page's own children (script in <head>, element just parsed).
   * Widgets that read light DOM render no entries meanwhile, instead of defaults that would be swapped out (a shift).
   */
  parsing = false;
  private parseObserver?: MutationObserver;

  hostConnected(): void {
    this.observer = new MutationObserver(() => this.recompute());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['href', 'data-country'] });
    const parent = this.host.parentNode;
    // A snippet with a readable copy (data-awas-content on the tag) holds the defaults: render them at once.
    const prerendered = this.host.hasAttribute(CONTENT_VERSION_ATTRIBUTE);
    if (this.options.fromLightDom && !prerendered && document.readyState === 'loading' && !this.host.nextSibling && parent && parent.nodeType === 1) {
      // The parser is still inside this element: wait until it moves past it (a next sibling) or the document is parsed.
      this.parsing = true;
      this.parseObserver = new MutationObserver(() => this.host.nextSibling && this.parsed());
      this.parseObserver.observe(parent, { childList: true });
      document.addEventListener('DOMContentLoaded', this.parsed);
    }
    this.recompute();
  }

  private readonly parsed = (): void => {
    this.parseObserver?.disconnect();
    this.parseObserver = undefined;
    document.removeEventListener('DOMContentLoaded', this.parsed);
    if (!this.parsing) return;
    this.parsing = false;
    this.recompute();
  };

  private checkedCopy = false;

  hostUpdated(): void {
    // Once, after the first render: is the readable copy around this widget from other content than the script's?
    // With content-src, the copy is of that file: compare once it is here, not with the built-in content meanwhile.
    if (this.checkedCopy || this.parsing || this.loading) return;
    this.checkedCopy = true;
    const copy = prerenderOf(this.host);
    const stale = copy && staleNumbers(copy, this.remoteVersion ?? contentVersion(this.options.defaults), this.host.renderRoot);
    if (stale) {
      const list = (hrefs: string[]) => hrefs.join(', ') || 'none';
      this.report({
        code: 'stale-snippet',
        message: `this snippet is out of date: its numbers ${list(stale.gone)} are no longer in the content this script carries, which shows ${list(stale.added)} instead. The widget shows the current ones; copy a new snippet from the builder.`,
      });
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.parsing = false;
    this.parsed();
  }

  /**
   * Start (or drop) the content-src request the host's attributes name now, so `items` and `loading` are final for
   * this update. Lit runs a widget's willUpdate before its controllers' hostUpdate, so select() (called in willUpdate)
   * settles first; hostUpdate settles too, for an update that does not select. Does nothing when
   * content-src and content-integrity are unchanged. Build-time rendering shows the built-in content: no request.
   */
  settle(): void {
    const src = (!isServer && this.host.contentSrc?.trim()) || undefined;
    const key = src ? `${src}\n${this.host.contentIntegrity ?? ''}` : undefined;
    if (key === this.requested) return;
    this.requested = key;
    this.remote = { origin: 'content-src' };
    if (src) void this.fetch(src, key as string);
    else this.recompute(false);
  }

  hostUpdate(): void {
    this.settle();
  }

  private selection?: { value: string | null | undefined; items: Item[]; loading: boolean; result: IdSelection<Item> };

  /**
   * The items the id-list attribute `value` names (selectById), after settle(): a widget calls it in willUpdate. Worked
   * out again only when the list, the items or the loading state have changed, so a problem is reported once.
   */
  select(value: string | null | undefined, options: Omit<IdListOptions, 'loading'>): IdSelection<Item> {
    this.settle();
    const last = this.selection;
    if (last && last.value === value && last.items === this.items && last.loading === this.loading) return last.result;
    const result = selectById(this.items, value, { ...options, loading: this.loading }, this.host);
    this.selection = { value, items: this.items, loading: this.loading, result };
    return result;
  }

  private async fetch(src: string, key: string): Promise<void> {
    // Before the first await: whoever called settle() sees loading at once.
    this.loading = true;
    try {
      const pack = await fetchContent(src, this.host.contentIntegrity?.trim() || undefined);
      if (key !== this.requested) return; // the author changed content-src meanwhile
      const problems: ContentProblem[] = [];
      this.remote = readCollection(this.options.spec, pack, 'content-src', problems);
      this.remoteVersion = contentVersion(pack);
      problems.forEach((p) => this.report(p));
    } catch (error) {
      if (key !== this.requested) return;
      const { code, message } = error instanceof ContentError ? error : new ContentError('content-unreachable', String(error));
      this.report({ code, message: `${message} The built-in content is shown instead.` });
    } finally {
      if (key === this.requested) {
        this.loading = false;
        this.recompute();
      }
    }
  }

  /** Rebuild items from all layers. */
  private recompute(update = true): void {
    const problems: ContentProblem[] = [];
    const inline = readInlineJson(this.host, problems);
    const layers: CollectionLayer<Item>[] = [this.defaultLayer, this.remote];
    if (inline !== undefined) layers.push(readCollection(this.options.spec, inline, 'inline JSON', problems));
    const light = this.options.fromLightDom?.(this.host, problems);
    if (light) layers.push({ origin: 'the links inside the element', items: light });
    this.items = combineLayers(this.options.spec.key, layers, problems);
    problems.forEach((p) => this.report(p));
    this.checkStale();
    if (update) this.host.requestUpdate();
  }

  private checkStale(): void {
    const today = Date.now();
    for (const item of this.items) {
      const due = parseIsoDate(item.reviewBy);
      if (due && due.getTime() < today) {
        this.report({
          code: 'stale-content',
          message: `${this.options.spec.key} "${item.id}" was due for review on ${item.reviewBy}. It is still shown; read its source again and update checkedOn and reviewBy.`,
        });
      }
    }
  }

  /** host.reportProblem dedupes per element (and the console per page). */
  private report(problem: ContentProblem): void {
    this.host.reportProblem(problem.code, problem.message);
  }

  /** The bundled default items (validated once), for widgets that must fall back when a selection is empty. */
  get defaultItems(): Item[] {
    return this.defaultLayer.items ?? [];
  }
}
