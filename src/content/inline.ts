/** Reading an inline <script type="application/json"> child: the author's own pack, no request needed. */
import type { ContentProblem } from './collection.js';
import { contentFetchSettings } from './fetch.js';

/** undefined when there is no inline JSON child. */
export function readInlineJson(host: Element, problems: ContentProblem[]): unknown {
  const script = Array.from(host.children).find(
    (child) => child.localName === 'script' && (child.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json',
  );
  if (!script) return undefined;
  const source = script.textContent ?? '';
  // While the page is still being parsed, the <script> child exists before its text does: an empty one is not
  // (yet) a pack, and not an error to report (the content observer reads it again when the text arrives).
  if (!source.trim()) return undefined;
  if (source.length > contentFetchSettings.maxBytes) {
    problems.push({ code: 'content-too-large', message: `inline JSON is larger than ${contentFetchSettings.maxBytes} bytes and is not used.` });
    return undefined;
  }
  try {
    return JSON.parse(source) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message.slice(0, 120) : '';
    problems.push({ code: 'content-json', message: `inline JSON is not valid JSON (${detail}); it is not used.` });
    return undefined;
  }
}
