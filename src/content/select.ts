/**
 * The one check of an id-list attribute (`hotlines`, `questions`, `examples`, `stats`): the items it names, in its
 * order; entries that are not ids and ids no item has are reported; a list that names no item never blanks a widget.
 */
import type { ContentItem } from './types.js';
import { parseIdList } from '../safety/text.js';

export interface IdListOptions {
  /** The attribute's name, for the messages: "stats". */
  attribute: string;
  /** True while content-src is on its way (ContentController.loading): its ids are not known yet, so not reported. */
  loading: boolean;
  /** What the widget does instead when the list names no item, for the message: "showing every figure". */
  fallback: string;
}

export interface IdSelection<Item> {
  /** The items the list names, in its order; empty when it names none. */
  chosen: Item[];
  /** `chosen`, or every item when it is empty. */
  shown: Item[];
}

/** The widget (AwasElement.reportProblem: console once per page, awas-error on the element). */
export interface ProblemReporter {
  reportProblem(code: string, message: string): void;
}

/** The ids an id-list attribute names, in its order, once each; entries that are not ids are reported and left out. */
export function idsOf(value: string | null | undefined, attribute: string, host: ProblemReporter): string[] {
  const { ids, invalid } = parseIdList(value);
  if (invalid.length) {
    host.reportProblem('bad-attribute', `${attribute}: "${invalid.join('", "')}" ${invalid.length > 1 ? 'are not ids' : 'is not an id'} (lower-case letters, digits and hyphens); ignored.`);
  }
  return ids;
}

/** Pick `items` by the id list `value` (the attribute as written; unset: every item, nothing to report). */
export function selectById<Item extends ContentItem>(
  items: Item[],
  value: string | null | undefined,
  options: IdListOptions,
  host: ProblemReporter,
): IdSelection<Item> {
  const { attribute, loading, fallback } = options;
  const ids = idsOf(value, attribute, host);
  const byId = new Map(items.map((item) => [item.id, item] as [string, Item]));
  const chosen = ids.filter((id) => byId.has(id)).map((id) => byId.get(id) as Item);
  const unknown = ids.filter((id) => !byId.has(id));
  // Reported once the file has arrived (or failed): then the message lists what it really holds.
  if (unknown.length && !loading) {
    host.reportProblem('unknown-id', `${attribute} names unknown ids: ${unknown.join(', ')}${chosen.length ? '' : `; ${fallback} instead`}. Known: ${Array.from(byId.keys()).join(', ')}.`);
  }
  return { chosen, shown: chosen.length ? chosen : items };
}
