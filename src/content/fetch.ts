/**
 * Fetching a content-src pack: https or same origin only, no cookies, no referrer, a timeout, a size cap,
 * optional Subresource-Integrity-style check (sha256/384/512) before use. Every failure has its own code.
 * One request per URL per page, however many widgets use it.
 */
import { isSecureOrSameOrigin, safeUrl } from '../safety/url.js';

export const contentFetchSettings = {
  /** Give up after this long: a village portal on slow data must not wait forever for a JSON file. */
  timeoutMs: 8000,
  /** Content packs are small; anything larger is refused (protects cheap phones). */
  maxBytes: 256 * 1024,
};

export class ContentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const cache = new Map<string, Promise<unknown>>();

/** Forget cached responses (used by tests and when an author changes content-src to retry). */
export function clearContentCache(): void {
  cache.clear();
}

const INTEGRITY = /^(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})$/;

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  new Uint8Array(bytes).forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary);
}

async function readCapped(response: Response, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > max) throw new ContentError('content-too-large', `content-src is ${declared} bytes; the limit is ${max}.`);
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(await response.arrayBuffer());
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      reader.cancel().catch(() => undefined);
      throw new ContentError('content-too-large', `content-src is larger than the limit of ${max} bytes.`);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function verifyIntegrity(bytes: Uint8Array<ArrayBuffer>, integrity: string): Promise<void> {
  const match = INTEGRITY.exec(integrity.trim());
  if (!match) throw new ContentError('content-integrity', `content-integrity "${integrity.slice(0, 80)}" is not of the form sha384-<base64>.`);
  const subtle = typeof crypto !== 'undefined' ? crypto.subtle : undefined;
  if (!subtle) {
    throw new ContentError('content-integrity', 'content-integrity cannot be checked on an http:// page (the browser allows hashing only on https); the content is not used.');
  }
  const algorithm = match[1].replace('sha', 'SHA-');
  const digest = toBase64(await subtle.digest(algorithm, bytes));
  if (digest !== match[2]) throw new ContentError('content-integrity', `content-src does not match content-integrity (${match[1]} differs): the file was changed or damaged; it is not used.`);
}

async function load(src: string, integrity: string | undefined): Promise<unknown> {
  const href = safeUrl(src, ['https:', 'http:']);
  if (!href) throw new ContentError('content-src-invalid', `content-src "${src.slice(0, 80)}" is not an http(s) address.`);
  if (!isSecureOrSameOrigin(href)) {
    throw new ContentError('content-insecure', `content-src "${href}" must use https:// (or be on this same site).`);
  }
  const controller = typeof AbortController !== 'undefined' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), contentFetchSettings.timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(href, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: controller?.signal });
    } catch {
      if (controller?.signal.aborted) {
        throw new ContentError('content-timeout', `content-src "${href}" did not answer within ${contentFetchSettings.timeoutMs / 1000} s.`);
      }
      throw new ContentError('content-unreachable', `content-src "${href}" could not be loaded (offline, blocked, or the server does not allow cross-origin requests).`);
    }
    if (response.redirected && new URL(response.url).origin !== new URL(href).origin) {
      throw new ContentError('content-redirect', `content-src "${href}" redirected to another site (${new URL(response.url).origin}); that is not trusted.`);
    }
    if (!response.ok) throw new ContentError('content-http', `content-src "${href}" answered HTTP ${response.status}.`);
    const bytes = await readCapped(response, contentFetchSettings.maxBytes);
    if (integrity) await verifyIntegrity(bytes, integrity);
    const body = new TextDecoder().decode(bytes);
    try {
      return JSON.parse(body) as unknown;
    } catch {
      // A web page instead of JSON (a CMS "not found" page, a login page) needs another fix than a cut-off file.
      const page = /^\s*</.test(body) || /html/i.test(response.headers.get('content-type') ?? '');
      throw new ContentError(
        'content-json',
        page
          ? `content-src "${href}" answered with a web page, not JSON (is the address right?).`
          : `content-src "${href}" is not valid JSON (is the file complete?).`,
      );
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (controller?.signal.aborted) {
      throw new ContentError('content-timeout', `content-src "${href}" did not finish loading within ${contentFetchSettings.timeoutMs / 1000} s.`);
    }
    throw new ContentError('content-unreachable', `content-src "${href}" could not be read.`);
  } finally {
    clearTimeout(timer);
  }
}

/** Fetch and parse a content pack (shared between widgets using the same URL and integrity). */
export function fetchContent(src: string, integrity?: string): Promise<unknown> {
  const key = `${src}\n${integrity ?? ''}`;
  let pending = cache.get(key);
  if (!pending) {
    pending = load(src, integrity);
    cache.set(key, pending);
  }
  return pending;
}
