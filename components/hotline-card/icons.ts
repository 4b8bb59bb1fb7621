/** Small decorative icons for channel links (aria-hidden; the link text names the action). */
import { html, svg, type TemplateResult } from 'lit';
import type { ChannelType } from '../../src/content/hotlines.js';

const PATHS: Record<ChannelType, string> = {
  phone: 'M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z',
  sms: 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2zm3 6v2h2v-2zm4 0v2h2v-2zm4 0v2h2v-2z',
  whatsapp: 'M12 3a9 9 0 0 0-7.8 13.5L3 21l4.6-1.2A9 9 0 1 0 12 3zm0 2a7 7 0 1 1-3.6 13l-.4-.2-2.1.6.6-2-.3-.5A7 7 0 0 1 12 5z',
  web: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-1 2.1V8H7.3A8 8 0 0 1 11 4.1zM13 4.1A8 8 0 0 1 16.7 8H13zM4.6 10H11v4H4.6a8 8 0 0 1 0-4zM13 10h6.4a8 8 0 0 1 0 4H13zm-5.7 6H11v3.9A8 8 0 0 1 7.3 16zM13 16h3.7a8 8 0 0 1-3.7 3.9z',
  email: 'M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm8 7 8-5H4zm0 2L4 8v10h16V8z',
};

export function channelIcon(type: ChannelType): TemplateResult {
  // width/height: where a sanitizer drops the stylesheet of a readable copy, the icon stays icon-sized.
  return html`<svg class="icon" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${svg`<path fill="currentColor" d=${PATHS[type]} />`}</svg>`;
}
