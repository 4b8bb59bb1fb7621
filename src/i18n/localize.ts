/**
 * LocalizeController: gives a widget its current language and translated strings,
 * and re-renders it when <html lang> changes (one shared MutationObserver for all widgets).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from './lang.js';
import { format, type StringTable } from './strings.js';

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | null = null;

function watchDocumentLang(host: Host): void {
  hosts.add(host);
  if (!observer) {
    observer = new MutationObserver(() => hosts.forEach((h) => h.requestUpdate()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }
}

function unwatchDocumentLang(host: Host): void {
  hosts.delete(host);
  if (hosts.size === 0 && observer) {
    observer.disconnect();
    observer = null;
  }
}

export class LocalizeController<K extends string> implements ReactiveController {
  constructor(
    private readonly host: Host,
    private readonly table: StringTable<K>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    watchDocumentLang(this.host);
  }

  hostDisconnected(): void {
    unwatchDocumentLang(this.host);
  }

  /** The language to render now. */
  get lang(): Lang {
    return resolveLang(this.host);
  }

  /** A UI string in the current language, with {placeholders} filled. */
  t(key: K, params?: Record<string, string | number>): string {
    return format(this.table[this.lang][key], params);
  }
}
