/* global document */
// The npm build first, then the drop-in script added after it (e.g. by a CMS plugin).
import '/dist/npm/src/define.js';

const script = document.createElement('script');
script.src = '/dist/awas.js';
document.head.append(script);
