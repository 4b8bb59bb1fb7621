/**
 * What every drop-in script does (dist/awas.js, dist/awas-hotline-card.js): define its tags — guarded, so a second
 * copy or another Awas script is harmless — and upgrade <div data-awas-widget> mounts, with one page watcher shared
 * by all copies. A copy of another version is reported once (version-conflict); the first definitions stay in use.
 */
import { defineElement, reportVersionConflict } from './base/define.js';
import { pageRegistry } from './base/registry.js';
import { upgradeMounts, watchMounts } from './mount/mount.js';
import { VERSION } from './version.js';

export function dropIn(elements: Record<string, CustomElementConstructor>): void {
  const w = window as unknown as { Awas?: { version: string } };
  if (w.Awas) reportVersionConflict(w.Awas.version);
  w.Awas = w.Awas ?? { version: VERSION };
  const page = pageRegistry();
  for (const [tag, ctor] of Object.entries(elements)) {
    defineElement(tag, ctor);
    page.mounts[tag.replace(/^awas-/, '')] = tag;
  }
  if (page.watching) upgradeMounts(page.mounts);
  else {
    page.watching = true;
    watchMounts(page.mounts);
  }
}
