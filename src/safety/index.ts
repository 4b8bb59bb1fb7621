/** The one safety module: every outside value (attribute, JSON, light DOM, fetched content) passes through here. */
export { cleanText, isId, parseIdList, MAX_TEXT, MAX_LABEL } from './text.js';
export { safeUrl, isSecureOrSameOrigin, displayUrl, ALLOWED_PROTOCOLS } from './url.js';
export type { AllowedProtocol } from './url.js';
export { parsePhone, acceptDisplay, spokenNumber, phoneDigits } from './phone.js';
export type { Phone, PhoneKind } from './phone.js';
export { parseIsoDate, isIsoDate, parseIsoDateOrMonth, isIsoDateOrMonth, todayIso } from './date.js';
export { clampNumber } from './number.js';
