/**
 * The drop-in entry, built to dist/awas.js (one classic script, also fine as type="module").
 * A load guard makes a second copy of this file a no-op: the first copy keeps working, and a copy of a
 * different version logs one warning instead of throwing "already defined".
 */
import { logOnce } from './base/log.js';
import { defineAll } from './define-all.js';
import { VERSION } from './version.js';

interface AwasGlobal {
  version: string;
}

const w = window as unknown as { Awas?: AwasGlobal };

if (w.Awas) {
  if (w.Awas.version !== VERSION) {
    logOnce('warn', 'version-conflict', `Two versions of Awas are on this page (${w.Awas.version} is used, ${VERSION} is ignored). Remove one of the script tags.`);
  }
} else {
  w.Awas = { version: VERSION };
  defineAll();
}
