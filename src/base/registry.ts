/**
 * State shared by every copy of Awas on a page (the drop-in script twice, script + npm build, two versions).
 * Module state is per copy, so anything that must happen "once per page" lives on a global symbol instead.
 */
export interface AwasPageRegistry {
  /** Messages already written to the console (so 100 widgets with the same problem log it once). */
  logged: Set<string>;
  /** Mountable widgets of every Awas copy on the page: "hotline-card" → "awas-hotline-card". */
  mounts: Record<string, string>;
  /** True once a copy watches the page for data-awas-widget mounts (one watcher per page). */
  watching?: boolean;
}

const KEY = Symbol.for('awas.registry');

export function pageRegistry(): AwasPageRegistry {
  const holder = globalThis as unknown as Record<symbol, AwasPageRegistry | undefined>;
  let registry = holder[KEY];
  if (!registry) {
    registry = { logged: new Set(), mounts: {} };
    holder[KEY] = registry;
  }
  return registry;
}
