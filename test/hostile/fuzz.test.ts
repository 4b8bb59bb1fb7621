/**
 * Property-based tests (fast-check) against the built dist/awas.js:
 * - random values for random subsets of every widget's attributes, and random content JSON (whole packs, lists of
 *   anything, valid items with one random part replaced): no uncaught exception, no execution, the audit passes
 *   (only template elements, allowed links, no spoofing characters), never blank;
 * - unusable input (attribute values that are not valid, packs with no usable item): the widget renders exactly what
 *   it renders with no input at all, i.e. its default content.
 * The seed is printed; a failure prints the counterexample and the seed to replay it (fc.assert's report).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { baseItem, type Collection } from './corpus/packs.mjs';
import { PAYLOADS } from './corpus/payloads.mjs';
import { audit, shadowText } from './helpers/audit.js';
import { TAGS, figures, openPage, settle, type HostPage, type Tag } from './helpers/frame.js';
import examplesPack from '../../src/content/packs/examples.json';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import questionsPack from '../../src/content/packs/questions.json';
import statsPack from '../../src/content/packs/stats.json';

const SEED = Date.now() % 2147483647;
const RUNS = 40;
let page: HostPage;
const counts = { runs: 0 };

const WIDGET_OF: Record<Collection, Tag> = {
  hotlines: 'awas-hotline-card',
  questions: 'awas-risk-quiz',
  examples: 'awas-scam-carousel',
  stats: 'awas-stats-ticker',
};

/** Every id of the default content. */
const KNOWN_IDS = [hotlinesPack.hotlines, questionsPack.questions, examplesPack.examples, statsPack.stats].flatMap((items) => items.map((item) => item.id));

/** Any string: ASCII, full Unicode, corpus payloads, numbers, id lists, URLs, huge. */
const anyString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(...PAYLOADS.filter((p) => p.value.length < 5000).map((p) => p.value)),
  fc.double().map(String),
  fc.integer().map(String),
  fc.array(fc.oneof(fc.constantFrom(...KNOWN_IDS), fc.string()), { maxLength: 6 }).map((ids) => ids.join(',')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => u.replace(/^(https?:\/\/)[^/]+/, '$1127.0.0.1:9')),
  fc.constantFrom('id', 'en', 'kh', 'full', 'compact', 'list', 'step', 'rotate', 'marquee', 'static', 'always', 'tap', 'dark', 'auto', '_blank', '_top', '0', '1', '6', '7', '5', '600'),
);

async function mountWidget(tag: string, attributes: Record<string, string>, children: Node[] = []): Promise<Element> {
  const el = page.doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  page.doc.body.append(el);
  await settle(el);
  counts.runs += 1;
  return el;
}

function attributesOf(tag: string): string[] {
  return (page.win.customElements.get(tag) as unknown as { observedAttributes: string[] }).observedAttributes;
}

function expectHealthy(el: Element, what: string): void {
  expect(page.record.executions, `${what}: executions`).to.deep.equal([]);
  expect(page.record.errors.slice(0, 3), `${what}: uncaught errors`).to.deep.equal([]);
  expect(audit(el), what).to.deep.equal([]);
}

/** What a reader gets: the text and the links. */
function snapshot(el: Element): string {
  const links = Array.from(el.shadowRoot!.querySelectorAll('a[href]')).map((a) => a.getAttribute('href'));
  const exit = (el as unknown as { exitHref?: string }).exitHref;
  return `${shadowText(el)}\n${links.join('\n')}${exit ? `\nexit: ${exit}` : ''}`;
}

function jsonScript(value: string): HTMLScriptElement {
  const script = page.doc.createElement('script');
  script.type = 'application/json';
  script.textContent = value;
  return script;
}

/** Does `value` name a known id, as an id list would be read (comma-separated, trimmed, lower-case)? */
function namesKnownId(value: string): boolean {
  return value.split(',').some((part) => KNOWN_IDS.includes(part.trim().toLowerCase()));
}

/** Per widget: attributes with a fallback, and values that are certainly not usable for them. */
const notIn = (valid: string[]) => anyString.filter((v) => !valid.includes(v) && !valid.includes(v.trim().toLowerCase()));
const noKnownId = anyString.filter((v) => !namesKnownId(v));
/** lang and theme: anything but a supported language / a theme other than light. */
const COMMON = {
  lang: anyString.filter((v) => !/^(id|in|en)([-_]|$)/i.test(v.trim())),
  theme: notIn(['dark', 'auto']),
};
const UNUSABLE: Record<Tag, Record<string, fc.Arbitrary<string>>> = {
  'awas-hotline-card': {
    ...COMMON,
    from: anyString.filter((v) => !/^[a-z]{2}$/.test(v.trim().toLowerCase())),
    hotlines: noKnownId,
    layout: notIn(['full', 'compact']),
    'heading-level': anyString.filter((v) => !(Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 6)),
    'link-target': notIn(['_blank', '_top', '_self', '_parent']),
  },
  'awas-risk-quiz': {
    ...COMMON,
    questions: noKnownId,
    mode: notIn(['step', 'list']),
    hotlines: noKnownId,
  },
  'awas-safe-exit': {
    ...COMMON,
    position: notIn(['inline', 'top-right', 'top-left', 'bottom-right', 'bottom-left']),
    // Relative addresses are usable (they resolve against the page); these are not: other schemes, credentials.
    href: fc.oneof(
      fc.tuple(fc.constantFrom('javascript:', 'JaVaScRiPt:', ' javascript:', 'java\tscript:', 'data:', 'vbscript:', 'file:', 'blob:', 'tel:', 'mailto:'), fc.string()).map(([scheme, rest]) => scheme + rest),
      fc.tuple(fc.constantFrom('https://', 'http://'), fc.stringMatching(/^[a-z0-9]{1,8}$/)).map(([scheme, user]) => `${scheme}${user}:pw@127.0.0.1:9/`),
    ),
  },
  'awas-scam-carousel': {
    ...COMMON,
    examples: noKnownId,
    reveal: notIn(['tap', 'always']),
    interval: anyString,
  },
  'awas-stats-ticker': {
    ...COMMON,
    stats: noKnownId,
    mode: notIn(['static', 'rotate', 'marquee']),
    interval: anyString,
  },
};

/** Random JSON with the odd hostile key. */
const json = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.constant(JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"x": 1}}}')));

/** A valid item with one random part replaced by random JSON (or removed). */
function mutatedItem(collection: Collection): fc.Arbitrary<unknown> {
  const paths: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    paths.push(path);
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(baseItem(collection, 'fuzz'), []);
  return fc.tuple(fc.constantFrom(...paths.filter((p) => p.length)), fc.oneof(json, anyString, fc.constant(undefined))).map(([path, value]) => {
    const item = baseItem(collection, 'fuzz') as Record<string, unknown>;
    let target = item as Record<string, unknown>;
    for (const k of path.slice(0, -1)) target = target[k] as Record<string, unknown>;
    if (value === undefined) delete target[path[path.length - 1]];
    else target[path[path.length - 1]] = value;
    return item;
  });
}

/** Packs with nothing usable: not an object, the list is not a list, or every item lacks a required field. */
function unusablePack(collection: Collection): fc.Arbitrary<string> {
  const required = ['id', 'source', 'checkedOn', 'reviewBy', 'text'];
  return fc.oneof(
    fc.string().filter((s) => {
      try {
        JSON.parse(s);
        return false;
      } catch {
        return true;
      }
    }),
    fc.oneof(fc.array(json), fc.string(), fc.double(), fc.boolean(), fc.constant(null)).map((v) => JSON.stringify(v)),
    fc.oneof(fc.string(), fc.integer(), fc.dictionary(fc.string(), json), fc.constant(null)).map((v) => JSON.stringify({ [collection]: v })),
    fc.array(fc.tuple(fc.constantFrom(...required), mutatedItem(collection)), { minLength: 1, maxLength: 4 }).map((items) =>
      JSON.stringify({
        [collection]: items.map(([field, item]) => {
          const copy = { ...(item as Record<string, unknown>) };
          delete copy[field];
          return copy;
        }),
      }),
    ),
  );
}

describe('hostile: fuzzing dist/awas.js with fast-check', function () {
  this.timeout(120000);
  const baseline = new Map<string, string>();

  before(async () => {
    page = await openPage('/test/hostile/pages/blank.html');
    for (const tag of TAGS) {
      const el = await mountWidget(tag, {});
      baseline.set(tag, snapshot(el));
      el.remove();
    }
  });

  after(async () => {
    page?.close();
    await figures('fuzz', { seed: SEED, runsPerProperty: RUNS, widgetRenders: counts.runs });
  });

  for (const tag of TAGS) {
    it(`<${tag}>: random values in random attributes never throw, never blank, pass the audit`, async () => {
      const attributes = attributesOf(tag);
      await fc.assert(
        fc.asyncProperty(fc.dictionary(fc.constantFrom(...attributes), anyString, { maxKeys: attributes.length }), async (values) => {
          const el = await mountWidget(tag, values);
          try {
            expectHealthy(el, `<${tag} ${JSON.stringify(values).slice(0, 300)}>`);
          } finally {
            el.remove();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it(`<${tag}>: unusable attribute values fall back to the default content`, async () => {
      const unusable = UNUSABLE[tag];
      await fc.assert(
        fc.asyncProperty(fc.record(unusable, { requiredKeys: [] }), async (values) => {
          const el = await mountWidget(tag, values as Record<string, string>);
          try {
            expectHealthy(el, `<${tag} ${JSON.stringify(values).slice(0, 300)}>`);
            expect(snapshot(el), `<${tag} ${JSON.stringify(values).slice(0, 300)}>`).to.equal(baseline.get(tag));
          } finally {
            el.remove();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }

  for (const collection of Object.keys(WIDGET_OF) as Collection[]) {
    const tag = WIDGET_OF[collection];
    it(`${collection}: random content JSON (packs, lists, mutated items) never throws, never blanks, passes the audit`, async () => {
      const pack = fc.oneof(
        json.map((v) => JSON.stringify(v)),
        fc.array(fc.oneof(json, mutatedItem(collection)), { maxLength: 5 }).map((items) => JSON.stringify({ [collection]: items })),
        fc.array(mutatedItem(collection), { minLength: 1, maxLength: 5 }).map((items) => JSON.stringify({ merge: true, [collection]: items.map((item, i) => ({ ...(item as object), id: `fuzz-${i}` })) })),
      );
      await fc.assert(
        fc.asyncProperty(pack, async (text) => {
          const el = await mountWidget(tag, {}, [jsonScript(text)]);
          try {
            expectHealthy(el, `${collection} ${text.slice(0, 300)}`);
          } finally {
            el.remove();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });

    it(`${collection}: a pack with nothing usable leaves the default content on screen`, async () => {
      await fc.assert(
        fc.asyncProperty(unusablePack(collection), async (text) => {
          const el = await mountWidget(tag, {}, [jsonScript(text)]);
          try {
            expectHealthy(el, `${collection} ${text.slice(0, 300)}`);
            expect(snapshot(el), `${collection} ${text.slice(0, 300)}`).to.equal(baseline.get(tag));
          } finally {
            el.remove();
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }
});
