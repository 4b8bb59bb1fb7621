/**
 * The URL allowlist. Every href/src that reaches the DOM passes through safeUrl().
 * Allowed: https:, http:, tel:, sms:, mailto: (WhatsApp links are https://wa.me/...).
 * Everything else (javascript:, data:, vbscript:, file:, blob:, custom schemes) is refused.
 */
import { MAX_LABEL } from './text.js';

export const ALLOWED_PROTOCOLS = ['https:', 'http:', 'tel:', 'sms:', 'mailto:'] as const;
export type AllowedProtocol = (typeof ALLOWED_PROTOCOLS)[number];

const MAX_URL = 2048;
// Browsers ignore ASCII whitespace and C0 controls inside a scheme ("java\tscript:"); strip them before parsing.
// eslint-disable-next-line no-control-regex
const STRIP = /[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

function baseUrl(): string {
  return typeof document !== 'undefined' ? document.baseURI : 'https://invalid.example/';
}

/**
 * Return a normalised, allowed URL string, or null when the value is not an allowed URL.
 * Relative URLs resolve against the page. `only` narrows the allowed protocols further.
 */
export function safeUrl(value: unknown, only: readonly AllowedProtocol[] = ALLOWED_PROTOCOLS): string | null {
  if (typeof value !== 'string') return null;
  const compact = value.replace(STRIP, '');
  if (!compact || compact.length > MAX_URL) return null;
  let url: URL;
  try {
    url = new URL(compact, baseUrl());
  } catch {
    return null;
  }
  if (!(only as readonly string[]).includes(url.protocol)) return null;
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) return null;
  // Credentials in a link are a classic phishing disguise (https://kemlu.go.id@evil.example).
  if (url.username || url.password) return null;
  return url.href;
}

/** Only https:, or any same-origin URL: the rule for content-src. */
export function isSecureOrSameOrigin(href: string): boolean {
  const url = new URL(href);
  return url.protocol === 'https:' || url.origin === new URL(baseUrl()).origin;
}

/** A short, readable form of a link for display (host + path, no scheme). */
export function displayUrl(href: string): string {
  try {
    const url = new URL(href);
    if (url.protocol === 'mailto:') return url.pathname.slice(0, MAX_LABEL);
    const path = url.pathname === '/' ? '' : url.pathname;
    return (url.hostname.replace(/^www\./, '') + path).slice(0, MAX_LABEL);
  } catch {
    return '';
  }
}
