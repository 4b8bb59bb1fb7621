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
  moveChoice,
  reachableFrom,
  syncList,
  widgetAttributes,
  type Choices,
  type ListDefaults,
} from '../../builder/options.js';
import { DEFAULT_EXIT_HREF } from '../../components/safe-exit/defaults.js';
import type { Hotline } from '../../src/content/hotlines.js';
import { WIDGET_NAMES, type WidgetName } from '../../src/embed/snippets.js';
import { ELEMENTS } from '../../src/elements.js';

const hotlines = defaultItems<Hotline>('hotlines');

function defaultsFor(c: Choices): ListDefaults {
  return {
    hotlines: defaultHotlineIds(hotlines, c.from),
    questions: defaultItems('questions').map((i) => i.id),
    examples: defaultItems('examples').map((i) => i.id),
    stats: defaultItems('stats').map((i) => i.id),
    quizHotlines: defaultHotlineIds(hotlines, c.from),
  };
}

/** Choices with every option away from its default, for one widget. */
function everything(widget: WidgetName): Choices {
  const c = initialChoices(widget);
  Object.assign(c, {
    lang: 'en',
    theme: 'dark',
    from: 'kh',
    layout: 'compact',
    limit: '2',
    heading: 'Title',
    headingLevel: '3',
    linkTarget: '_top',
    quizMode: 'list',
    autoplay: true,
    carouselInterval: 20,
    reveal: 'always',
    tickerMode: 'rotate',
    tickerInterval: 30,
    animate: true,
    exitHref: 'https://example.org/',
    position: 'bottom-left',
    showNote: true,
    noShortcut: true,
    ownContent: true,
    contentSrc: 'https://situs.example/awas/k.json',
    contentIntegrity: 'sha384-abc',
  });
  const d = defaultsFor(c);
  c.lists = {
    hotlines: defaultList(hotlines.map((h) => h.id), d.hotlines.slice().reverse()),
    questions: defaultList(d.questions, d.questions.slice(0, 2)),
    examples: defaultList(d.examples, d.examples.slice(1, 3)),
    stats: defaultList(d.stats, d.stats.slice(0, 1)),
    quizHotlines: defaultList(hotlines.map((h) => h.id), ['kemlu']),
  };
  return c;
}

describe('builder/options', () => {
  it('writes only lang when nothing was changed', () => {
    for (const widget of WIDGET_NAMES) {
      const c = initialChoices(widget);
      const d = defaultsFor(c);
      c.lists = { hotlines: defaultList(hotlines.map((h) => h.id), d.hotlines), questions: defaultList(d.questions, d.questions), examples: defaultList(d.examples, d.examples), stats: defaultList(d.stats, d.stats), quizHotlines: defaultList(hotlines.map((h) => h.id), d.quizHotlines) };
      expect(widgetAttributes(c, d), widget).to.deep.equal([['lang', 'id']]);
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

  it('writes an interval only where it applies, and a content-src only when it is a usable address', () => {
    const c = initialChoices('scam-carousel');
    c.carouselInterval = 20;
    expect(widgetAttributes(c, defaultsFor(c)).map(([n]) => n)).to.deep.equal(['lang']);
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
    exit.exitHref = ' https://example.org/berita ';
    expect(exitFallback(exit)).to.deep.equal({ href: 'https://example.org/berita', label: 'Quick exit' });
    exit.exitHref = 'javascript:alert(1)';
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
