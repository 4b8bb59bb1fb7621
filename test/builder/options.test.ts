import { expect } from '@open-wc/testing';
import { defaultItems } from '../../builder/collections.js';
import {
  checkBrand,
  chosenIds,
  contentSrcProblem,
  contrast,
  defaultHotlineIds,
  defaultList,
  exitFallback,
  idListValue,
  initialChoices,
  locationOf,
  moveChoice,
  reachableFrom,
  syncList,
  widgetAttributes,
  type Choices,
  type ListDefaults,
} from '../../builder/options.js';
import { DEFAULT_EXIT_HREF } from '../../components/safe-exit/defaults.js';
import type { Hotline } from '../../src/content/hotlines.js';
import type { CollectionKey } from '../../src/content/types.js';
import { WIDGET_NAMES, type WidgetName } from '../../src/embed/snippets.js';
import { editorWords, LANGS } from '../../src/i18n/languages.js';
import { optionsOf } from '../../src/widgets.js';
import { ELEMENTS } from '../../src/elements.js';

const hotlines = defaultItems<Hotline>('hotlines');

/** What each id list shows without its attribute, as the builder works it out. */
function defaultsFor(c: Choices): ListDefaults {
  const out: ListDefaults = {};
  for (const widget of WIDGET_NAMES) {
    out[widget] = Object.fromEntries(
      optionsOf(widget).flatMap((o) =>
        o.control !== 'ids' ? [] : [[o.attribute, o.collection === 'hotlines' ? defaultHotlineIds(hotlines, locationOf(c, widget)) : defaultItems(o.collection).map((i) => i.id)]],
      ),
    );
  }
  return out;
}

/** Every id list at its default. */
function listsAtDefault(c: Choices): void {
  const d = defaultsFor(c);
  for (const widget of WIDGET_NAMES) {
    for (const o of optionsOf(widget)) if (o.control === 'ids') c.lists[widget][o.attribute] = defaultList(defaultItems(o.collection).map((i) => i.id), d[widget]![o.attribute]);
  }
}

/** Choices with every option away from its default, for one widget. */
function everything(widget: WidgetName): Choices {
  const c = initialChoices(widget);
  Object.assign(c, { lang: 'en', theme: 'dark', ownContent: true, contentSrc: 'https://situs.example/awas/k.json', contentIntegrity: 'sha384-abc' });
  Object.assign(c.values['hotline-card'], { from: 'kh', layout: 'compact', limit: '2', heading: 'Title', 'heading-level': '3', 'link-target': '_top' });
  Object.assign(c.values['risk-quiz'], { mode: 'list', heading: 'Title', from: 'kh' });
  Object.assign(c.values['scam-carousel'], { autoplay: true, interval: '20', reveal: 'always' });
  Object.assign(c.values['stats-ticker'], { mode: 'rotate', interval: '30', animate: true });
  Object.assign(c.values['safe-exit'], { href: 'https://example.org/', position: 'bottom-left', 'show-note': true, 'no-shortcut': true });
  const d = defaultsFor(c);
  const ids = (key: CollectionKey) => defaultItems(key).map((i) => i.id);
  c.lists['hotline-card'].hotlines = defaultList(ids('hotlines'), d['hotline-card']!.hotlines.slice().reverse());
  c.lists['risk-quiz'].questions = defaultList(ids('questions'), ids('questions').slice(0, 2));
  c.lists['risk-quiz'].hotlines = defaultList(ids('hotlines'), ['kemlu']);
  c.lists['scam-carousel'].examples = defaultList(ids('examples'), ids('examples').slice(1, 3));
  c.lists['stats-ticker'].stats = defaultList(ids('stats'), ids('stats').slice(0, 1));
  return c;
}

describe('builder/options', () => {
  it('writes only lang when nothing was changed', () => {
    for (const widget of WIDGET_NAMES) {
      const c = initialChoices(widget);
      listsAtDefault(c);
      expect(widgetAttributes(c, defaultsFor(c)), widget).to.deep.equal([['lang', 'id']]);
    }
  });

  it('writes every changed option, and only attributes the element really declares (so data- mounts pass them on)', () => {
    const expected: Record<WidgetName, string[]> = {
      'hotline-card': ['from', 'hotlines', 'layout', 'limit', 'heading', 'heading-level', 'link-target', 'content-src', 'content-integrity', 'lang', 'theme'],
      'risk-quiz': ['questions', 'mode', 'heading', 'from', 'hotlines', 'content-src', 'content-integrity', 'lang', 'theme'],
      'scam-carousel': ['examples', 'autoplay', 'interval', 'reveal', 'content-src', 'content-integrity', 'lang', 'theme'],
      'stats-ticker': ['stats', 'mode', 'interval', 'animate', 'content-src', 'content-integrity', 'lang', 'theme'],
      'safe-exit': ['href', 'position', 'show-note', 'no-shortcut', 'lang', 'theme'],
    };
    for (const widget of WIDGET_NAMES) {
      const c = everything(widget);
      const attributes = widgetAttributes(c, defaultsFor(c));
      const names = attributes.map(([n]) => n);
      expect(names, widget).to.deep.equal(expected[widget]);
      const ctor = ELEMENTS[`awas-${widget}` as keyof typeof ELEMENTS] as unknown as { observedAttributes: string[] };
      for (const name of names) expect(ctor.observedAttributes, `${widget} ${name}`).to.include(name);
    }
    const card = widgetAttributes(everything('hotline-card'), defaultsFor(everything('hotline-card')));
    expect(Object.fromEntries(card)).to.include({ from: 'kh', layout: 'compact', limit: '2', 'heading-level': '3', 'link-target': '_top', lang: 'en', theme: 'dark' });
    expect(Object.fromEntries(widgetAttributes(everything('scam-carousel'), defaultsFor(everything('scam-carousel'))))).to.include({ autoplay: true, interval: '20', reveal: 'always' });
  });

  it('has a label for every option of every widget in every language (a new option cannot reach the form unnamed)', () => {
    for (const lang of LANGS) {
      for (const widget of WIDGET_NAMES) {
        const words = editorWords[lang][widget] as { name: string; options: Record<string, { label?: string; values?: Record<string, string> }> };
        expect(words.name, `${lang} ${widget}`).to.be.a('string').and.not.equal('');
        for (const option of optionsOf(widget)) {
          expect(words.options[option.attribute]?.label, `${lang} ${widget}.${option.attribute}`).to.be.a('string').and.not.equal('');
          // An enumeration's values are named (numbers and places show as themselves or by the builder's country names).
          if (option.control === 'choice') for (const value of option.values) expect(words.options[option.attribute].values?.[value], `${lang} ${widget}.${option.attribute}=${value}`).to.be.a('string');
        }
      }
    }
  });

  it('writes an interval only where it applies, and a content-src only when it is a usable address', () => {
    const c = initialChoices('scam-carousel');
    c.values['scam-carousel'].interval = '20';
    expect(widgetAttributes(c, defaultsFor(c)).map(([n]) => n)).to.deep.equal(['lang']);
    c.values['scam-carousel'].autoplay = true;
    expect(widgetAttributes(c, defaultsFor(c)).map(([n]) => n)).to.deep.equal(['autoplay', 'interval', 'lang']);
    const t = initialChoices('stats-ticker');
    t.values['stats-ticker'].interval = '30';
    expect(widgetAttributes(t, defaultsFor(t)).map(([n]) => n)).to.deep.equal(['lang']);
    t.values['stats-ticker'].mode = 'rotate';
    expect(Object.fromEntries(widgetAttributes(t, defaultsFor(t)))).to.deep.equal({ mode: 'rotate', interval: '30', lang: 'id' });
    const h = initialChoices('hotline-card');
    h.ownContent = true;
    h.contentSrc = 'javascript:alert(1)';
    expect(widgetAttributes(h, defaultsFor(h)).map(([n]) => n)).to.deep.equal(['lang']);
    h.contentSrc = '/awas/konten.json';
    h.contentIntegrity = '';
    expect(widgetAttributes(h, defaultsFor(h))).to.deep.equal([
      ['content-src', '/awas/konten.json'],
      ['lang', 'id'],
    ]);
    expect(contentSrcProblem('')).to.equal('empty');
    expect(contentSrcProblem('ftp://a.example/x.json')).to.equal('not-url');
    expect(contentSrcProblem('http://desa.example/x.json')).to.equal('http');
    expect(contentSrcProblem('https://desa.example/x.json')).to.equal(null);
    expect(contentSrcProblem('//evil.example/x.json')).to.equal('not-url');
  });

  it('orders, ticks and resets pick lists; the default order needs no attribute', () => {
    const list = defaultList(['a', 'b', 'c', 'd'], ['b', 'a']);
    expect(list).to.deep.equal([
      { id: 'b', on: true },
      { id: 'a', on: true },
      { id: 'c', on: false },
      { id: 'd', on: false },
    ]);
    expect(idListValue(list, ['b', 'a'])).to.equal(undefined);
    const moved = moveChoice(list, 1, -1);
    expect(moved.index).to.equal(0);
    expect(chosenIds(moved.list)).to.deep.equal(['a', 'b']);
    expect(idListValue(moved.list, ['b', 'a'])).to.equal('a,b');
    expect(moveChoice(list, 0, -1).index).to.equal(0);
    expect(idListValue(list.map((c) => ({ ...c, on: false })), ['b', 'a'])).to.equal(undefined);
    // A list at its default follows a new default; a changed list keeps its order and gains new ids at the end.
    expect(chosenIds(syncList(list, ['a', 'b', 'c', 'd', 'e'], ['b', 'a'], ['e', 'b']))).to.deep.equal(['e', 'b']);
    expect(syncList(moved.list, ['a', 'b', 'd', 'e'], ['b', 'a'], ['e', 'b'])).to.deep.equal([
      { id: 'a', on: true },
      { id: 'b', on: true },
      { id: 'd', on: false },
      { id: 'e', on: true },
    ]);
  });

  it('knows which hotlines readers in a place can call (the widget’s own rule)', () => {
    expect(defaultHotlineIds(hotlines, 'kh').slice(0, 2)).to.deep.equal(['kbri-phnom-penh', 'kh-police-117']);
    expect(defaultHotlineIds(hotlines, 'id')[0]).to.equal('kp2mi');
    expect(reachableFrom(hotlines, 'polri110', 'kh')).to.equal(false);
    expect(reachableFrom(hotlines, 'polri110', 'id')).to.equal(true);
    expect(reachableFrom(hotlines, 'kh-police-117', 'id')).to.equal(false);
  });

  it('gives the safe-exit mount a plain link to where the button goes, in the button’s own words', () => {
    const exit = initialChoices('safe-exit');
    expect(exitFallback(exit)).to.deep.equal({ href: DEFAULT_EXIT_HREF, label: 'Keluar cepat' });
    exit.lang = 'en';
    exit.values['safe-exit'].href = ' https://example.org/berita ';
    expect(exitFallback(exit)).to.deep.equal({ href: 'https://example.org/berita', label: 'Quick exit' });
    exit.values['safe-exit'].href = 'javascript:alert(1)';
    expect(exitFallback(exit).href).to.equal(DEFAULT_EXIT_HREF);
  });

  it('accepts a brand colour only when text stays readable on the theme', () => {
    expect(contrast('#000000', '#ffffff')).to.be.closeTo(21, 0.001);
    expect(contrast('#a4161a', '#ffffff')).to.be.greaterThan(4.5);
    const blue = checkBrand('#0B5394', 'light');
    expect(blue.ok).to.equal(true);
    if (blue.ok) expect(blue.style).to.deep.equal({ '--awas-color-brand': '#0b5394', '--awas-color-on-brand': '#ffffff' });
    const yellow = checkBrand('#ffcc00', 'light');
    expect(yellow.ok).to.equal(false);
    if (!yellow.ok) {
      expect(yellow.reason).to.equal('contrast');
      expect(yellow.ratio).to.be.lessThan(4.5);
    }
    const light = checkBrand('#8ab4f8', 'dark');
    expect(light.ok && light.onBrand).to.equal('#1d1b1a');
    expect(checkBrand('#0b5394', 'dark').ok).to.equal(false);
    expect(checkBrand('#0b5394', 'auto')).to.deep.equal({ ok: false, reason: 'auto' });
    expect(checkBrand('blue', 'light')).to.deep.equal({ ok: false, reason: 'format' });
    expect(checkBrand('', 'light')).to.deep.equal({ ok: false, reason: 'none' });
  });
});
