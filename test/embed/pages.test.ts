/**
 * The embed page generator (hosted-pages/): fixed names, the documents with the widget and its readable copy (rendered from
 * the widget's own templates at build time, escaping included), the oEmbed responses and the page script's attribute
 * allowlist. No build needed: the generator runs in Node as the build runs it (test/embed/server/generator.mjs),
 * since its renderer (@lit-labs/ssr with lit's server build) cannot load in a browser.
 */
import { expect } from '@open-wc/testing';
import { widgetAttributes } from '../../hosted-pages/page.js';
import { EMBED_PAGES, QUERY_DENIED, type EmbedPage } from '../../hosted-pages/pages.js';
import { embedStrings } from '../../src/i18n/languages.js';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import examplesPack from '../../src/content/packs/examples.json';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import questionsPack from '../../src/content/packs/questions.json';
import statsPack from '../../src/content/packs/stats.json';
import { escapeHtml } from '../../src/prerender/markup.js';
import { contentVersion } from '../../src/prerender/version.js';
import { generate, generated, pageArg } from './helpers.js';
import { validateOembed, wordpressKeeps } from './oembed-check.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** The content each widget's copy is rendered from. */
const PACKS: Record<string, unknown> = { 'hotline-card': hotlinesPack, 'risk-quiz': questionsPack, 'scam-carousel': examplesPack, 'stats-ticker': statsPack };

/** Values of the generator calls, in order; a call that threw fails the test with its message. */
async function values<T>(calls: Parameters<typeof generate>[0]): Promise<T[]> {
  const answers = await generate(calls);
  answers.forEach((a, i) => expect(a.error, `${JSON.stringify(calls[i])}`).to.equal(undefined));
  return answers.map((a) => a.value as T);
}

describe('embed pages: names', function () {
  this.timeout(30000);

  it('are exactly the fixed file names', async () => {
    expect(EMBED_PAGES.map((p) => p.file)).to.deep.equal([
      'hotline-card.id.html',
      'hotline-card.en.html',
      'hotline-card-kh.id.html',
      'hotline-card-kh.en.html',
      'hotline-card-abroad.id.html',
      'hotline-card-abroad.en.html',
      'risk-quiz.id.html',
      'risk-quiz.en.html',
      'risk-quiz-kh.id.html',
      'risk-quiz-kh.en.html',
      'risk-quiz-abroad.id.html',
      'risk-quiz-abroad.en.html',
      'scam-carousel.id.html',
      'scam-carousel.en.html',
      'stats-ticker.id.html',
      'stats-ticker.en.html',
    ]);
    for (const page of EMBED_PAGES) {
      expect(page.oembedFile).to.equal(`${page.basename}.oembed.json`);
      expect(page.height).to.equal(FRAME_HEIGHTS[page.key]);
    }
    const files = await generated<{ path: string }[]>({ fn: 'embedFiles', args: [null] });
    expect(files.map((f) => f.path)).to.deep.equal(EMBED_PAGES.flatMap((p) => [p.file, p.oembedFile]));
  });
});

// Markup, quotes and an entity: it must come out as text.
const NASTY = '"><img src=x onerror=alert(1)> &amp; </section><script>alert(2)</script><template shadowrootmode="open">';

describe('embed pages: the readable copy is text, never markup', function () {
  this.timeout(30000);

  const noInjected = (html: string) => {
    const doc = parse(`<body>${html}</body>`);
    expect(doc.querySelectorAll('img, script, iframe, template, [onerror]').length, html.slice(0, 300)).to.equal(0);
    return doc;
  };

  it('attribute values reach the copy and the tag as text (hotline card and quiz: heading, from, hotlines)', async () => {
    const [card, quiz] = await values<string>([
      { fn: 'prerenderedElement', args: ['hotline-card', { lang: 'id', heading: NASTY, from: NASTY, hotlines: NASTY }] },
      { fn: 'prerenderedElement', args: ['risk-quiz', { lang: 'en', heading: NASTY, from: NASTY, hotlines: `kp2mi,${NASTY}` }] },
    ]);
    let doc = noInjected(card);
    const tag = doc.querySelector('awas-hotline-card')!;
    expect(tag.getAttribute('heading')).to.equal(NASTY);
    expect(tag.getAttribute('from')).to.equal(NASTY);
    const copy = tag.querySelector(':scope > .awas-pre')!;
    expect(copy.getAttribute('data-heading')).to.equal(NASTY);
    expect(copy.querySelector('.heading')!.textContent).to.equal(NASTY.trim());
    // An unusable `from` is not a place: the card shows the services for Indonesia, still callable.
    expect(copy.querySelectorAll('a[href^="tel:"]').length).to.be.greaterThan(0);

    doc = noInjected(quiz);
    const q = doc.querySelector('awas-risk-quiz > .awas-pre')!;
    expect(q.querySelector('h2')!.textContent).to.equal(NASTY.trim());
    expect(q.getAttribute('data-hotlines'), "the quiz's own attribute, as text").to.equal(`kp2mi,${NASTY}`);
    // The nested hotline card keeps only the valid id.
    const nested = q.querySelector('.awas-pre-hotline-card')!;
    expect(nested.getAttribute('data-hotlines')).to.equal('kp2mi');
  });

  it('escapeHtml leaves nothing a parser would read as markup', () => {
    expect(escapeHtml(`<a href="x">&'`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;\'');
  });
});

/** The sha256 source expression of a text, as in a CSP. */
async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

/** The directive `name` of a CSP, as a list of sources. */
function directive(csp: string, name: string): string[] {
  const found = csp
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found ? found.slice(1) : [];
}

/** Check one generated document; `html` is its text. */
async function checkDocument(page: EmbedPage, html: string) {
  const doc = parse(html);
  const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
  expect(directive(csp, 'default-src')).to.deep.equal(["'none'"]);
  expect(directive(csp, 'script-src')).to.deep.equal(["'self'"]);
  expect(csp).to.contain("require-trusted-types-for 'script'");
  // Styles: from the page's own origin, or inline stylesheets listed by their hash; nothing else inline.
  const styleSrc = directive(csp, 'style-src');
  expect(styleSrc.filter((s) => s !== "'self'" && !/^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/.test(s)), 'style-src: self and hashes only').to.deep.equal([]);
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    expect(styleSrc, 'an inline stylesheet is allowed by its hash').to.include(await sha256(style.textContent ?? ''));
    expect(style.closest('head'), 'inline stylesheets in <head> only').to.exist;
  }
  expect(doc.querySelectorAll('link[rel="stylesheet"]').length + doc.querySelectorAll('style').length, 'the page has a stylesheet').to.be.greaterThan(0);
  expect(doc.querySelectorAll('[style]').length, 'no style attribute (the CSP would drop it)').to.equal(0);

  expect(doc.documentElement.lang).to.equal(page.lang);
  expect(doc.title).to.equal(page.title);
  expect(doc.querySelector('base')!.getAttribute('target')).to.equal('_blank');
  const scripts = Array.from(doc.querySelectorAll('script'));
  expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([page.script, 'awas-embed.js']);
  expect(scripts.every((s) => s.defer && !s.textContent!.trim())).to.equal(true);
  const discovery = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
  expect(discovery.getAttribute('href')).to.equal(page.oembedFile);
  // WordPress reads the discovery link from the text before </head>.
  expect(html.indexOf('application/json+oembed')).to.be.lessThan(html.indexOf('</head>'));

  const main = doc.getElementById('awas-embed')!;
  expect(main.dataset.widget).to.equal(page.widget);
  expect(main.dataset.page).to.equal(page.basename);
  for (const [name, value] of Object.entries(page.fixed)) expect(main.getAttribute(`data-set-${name}`), `data-set-${name}`).to.equal(value);
  for (const [name, value] of Object.entries(page.defaults)) expect(main.getAttribute(`data-default-${name}`), `data-default-${name}`).to.equal(value);
  if (page.key.endsWith('-kh')) expect(main.getAttribute('data-set-from')).to.equal('kh');
  if (page.key.endsWith('-abroad')) expect(main.getAttribute('data-default-from')).to.equal('zz');

  // The widget element itself, with the page's attributes, and its readable copy inside.
  const tag = `awas-${page.widget}`;
  const widgets = main.querySelectorAll(tag);
  expect(widgets.length, `one <${tag}>`).to.equal(1);
  const widget = widgets[0];
  expect(widget.parentElement).to.equal(main);
  const expected: Record<string, string> = { lang: page.lang, ...page.defaults, ...page.fixed };
  if (page.widget === 'hotline-card') expected['link-target'] = '_blank';
  for (const [name, value] of Object.entries(expected)) expect(widget.getAttribute(name), `<${tag} ${name}>`).to.equal(value);
  const version = contentVersion(PACKS[page.widget]);
  expect(widget.getAttribute('data-awas-content'), 'the tag records the content version of the default pack').to.equal(version);
  expect(Array.from(widget.childNodes).filter((n) => n.nodeType !== Node.TEXT_NODE || n.textContent!.trim()).length, 'the copy is all the tag holds').to.equal(1);
  const copy = widget.firstElementChild!;
  expect(Array.from(copy.classList)).to.deep.equal(['awas-pre', `awas-pre-${page.widget}`]);
  expect(copy.getAttribute('data-awas-content'), "the copy's content version is the tag's").to.equal(widget.getAttribute('data-awas-content'));
  for (const [name, value] of Object.entries(expected)) expect(copy.getAttribute(`data-${name}`), `copy data-${name}`).to.equal(value);
  if (page.widget === 'hotline-card' || page.widget === 'risk-quiz') expect(copy.querySelector('h1, h2, h3, [role="heading"]'), 'the copy has its heading').to.exist;
  // The carousel and the statistics have no heading of their own: their copy is a region named by its label.
  else expect(copy.querySelector(':scope > section[aria-label]')?.getAttribute('aria-label'), 'the copy is a labelled region').to.match(/\S/);
  if (page.widget === 'hotline-card') expect(copy.querySelector('[role="heading"][aria-level="1"]'), "the card's title is the frame's level-1 heading").to.exist;
  // Nothing the script would upgrade a second time, unseen; nothing of the server renderer left.
  expect(Array.from(copy.querySelectorAll('*')).filter((el) => el.localName.startsWith('awas-')).map((el) => el.localName)).to.deep.equal([]);
  expect(copy.querySelectorAll('template, style, script, slot').length).to.equal(0);
  expect(/<!--|<\?>/.test(main.innerHTML), 'no template markers or comments').to.equal(false);
  // Buttons need the script: disabled in the copy.
  for (const button of Array.from(copy.querySelectorAll('button'))) expect(button.disabled && button.hasAttribute('data-awas-js'), button.outerHTML.slice(0, 120)).to.equal(true);

  if (page.widget === 'risk-quiz') {
    // A self-check: every question of the pack opens without a script to its warning sign and source, in pack order;
    // then what to do, then the hotline card for the page's `from`.
    const questions = (questionsPack as { questions: { text: Record<string, { question: string }> }[] }).questions;
    const items = Array.from(copy.querySelectorAll<HTMLDetailsElement>('ol.self-check > li > details'));
    expect(items.map((d) => d.querySelector('summary')!.textContent!.trim())).to.deep.equal(questions.map((q) => q.text[page.lang].question.replace(/\s+/g, ' ').trim()));
    for (const d of items) {
      expect(d.open, 'closed until the reader opens it').to.equal(false);
      expect(d.querySelector('.flag-name strong'), 'the warning sign').to.exist;
      expect(d.querySelector('.source a[href^="https://"]'), 'its source').to.exist;
    }
    expect(copy.querySelectorAll('ol.steps > li').length, 'what to do').to.be.greaterThan(1);
    const card = copy.querySelector('.awas-pre.awas-pre-hotline-card');
    expect(card, 'the hotline card at the end').to.exist;
    expect(card!.getAttribute('data-from')).to.equal(page.fixed.from ?? page.defaults.from ?? 'id');
    expect(card!.getAttribute('data-layout')).to.equal('compact');
  }
  if (page.widget === 'scam-carousel') {
    // Every example, each with the widget's hint and its red flags in a <details> that opens without a script.
    const examples = (examplesPack as { examples: { flags: unknown[] }[] }).examples;
    const slides = Array.from(copy.querySelectorAll('.slide'));
    expect(slides.length).to.equal(examples.length);
    slides.forEach((slide, i) => {
      expect(slide.querySelector('.reveal > .hint')?.textContent, `example ${i + 1}: the hint`).to.match(/\d/);
      const reveal = slide.querySelector('.reveal > details');
      expect(reveal, `example ${i + 1}: its red flags`).to.exist;
      expect(reveal!.querySelector('summary'), `example ${i + 1}: the summary to open them`).to.exist;
      expect(reveal!.querySelectorAll('ol.flags > li').length, `example ${i + 1}: every red flag`).to.equal(examples[i].flags.length);
    });
  }
  if (page.widget === 'stats-ticker') {
    expect(copy.querySelectorAll('.card').length, 'every figure').to.equal((statsPack as { stats: unknown[] }).stats.length);
  }

  const note = main.querySelector(':scope > .note.cannot-tap');
  if (page.widget === 'hotline-card' || page.widget === 'risk-quiz') {
    expect(note, 'the "cannot tap" note').to.exist;
    expect(note!.hasAttribute('hidden'), 'shown until the widget runs').to.equal(false);
    expect(note!.textContent).to.equal(embedStrings[page.lang].cannotTap);
    expect(note!.previousElementSibling).to.equal(widget);
    expect(copy.querySelectorAll('a[href^="tel:"]').length, 'the copy offers numbers to call').to.be.greaterThan(0);
  } else {
    expect(note).to.equal(null);
  }
}

describe('embed pages: the generated documents', function () {
  this.timeout(30000);

  let documents: string[] = [];
  before(async () => {
    documents = await values<string>(EMBED_PAGES.map((page) => ({ fn: 'renderDocument', args: [pageArg(page.basename), null] })));
  });

  EMBED_PAGES.forEach((page, i) => {
    it(`${page.file}: CSP, scripts from files only, oEmbed discovery, the widget with its readable copy`, async () => {
      await checkDocument(page, documents[i]);
    });
  });

  it('with AWAS_EMBED_BASE_URL every oEmbed address is absolute', async () => {
    const [base] = await values<string>([{ fn: 'normaliseBase', args: ['https://situs-anda.example/awas'] }]);
    expect(base).to.equal('https://situs-anda.example/awas/');
    const answers = await values<unknown>(
      EMBED_PAGES.flatMap((page) => [
        { fn: 'renderDocument', args: [pageArg(page.basename), base] },
        { fn: 'oembedResponse', args: [pageArg(page.basename), base] },
      ]),
    );
    EMBED_PAGES.forEach((page, i) => {
      const doc = parse(answers[2 * i] as string);
      expect(doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).to.equal(`https://situs-anda.example/awas/embed/${page.oembedFile}`);
      const json = answers[2 * i + 1] as { provider_url: string; html: string };
      expect(validateOembed(json)).to.deep.equal([]);
      expect(json.provider_url).to.equal(base);
      expect(parse(json.html).querySelector('iframe')!.getAttribute('src')).to.equal(`https://situs-anda.example/awas/embed/${page.file}`);
    });
  });

  it('refuses a base URL that is not a plain http(s) folder', async () => {
    const bad = ['situs.go.id/awas', 'javascript:alert(1)', 'ftp://x.go.id/', 'https://x.go.id/?a=1', 'https://u:p@x.go.id/'];
    const answers = await generate([
      { fn: 'normaliseBase', args: [undefined] },
      { fn: 'normaliseBase', args: ['  '] },
      ...bad.map((b) => ({ fn: 'normaliseBase', args: [b] })),
      { fn: 'embedUrl', args: ['a.html', null] },
    ]);
    expect(answers[0]).to.deep.equal({ value: null });
    expect(answers[1]).to.deep.equal({ value: null });
    bad.forEach((b, i) => expect(answers[2 + i].error, b).to.be.a('string'));
    expect(answers[answers.length - 1]).to.deep.equal({ value: 'a.html' });
  });
});

describe('embed pages: oEmbed responses', function () {
  this.timeout(30000);

  let answers: unknown[] = [];
  before(async () => {
    answers = await values<unknown>(
      EMBED_PAGES.flatMap((page) => [
        { fn: 'oembedResponse', args: [pageArg(page.basename), null] },
        { fn: 'iframeSnippet', args: [pageArg(page.basename), null] },
      ]),
    );
  });

  EMBED_PAGES.forEach((page, i) => {
    it(`${page.oembedFile}: a valid "rich" response whose html is the iframe snippet WordPress keeps`, () => {
      const json = answers[2 * i] as { html: string } & Record<string, unknown>;
      const snippet = answers[2 * i + 1] as string;
      expect(validateOembed(json)).to.deep.equal([]);
      expect(json).to.include({ version: '1.0', type: 'rich', provider_name: 'Awas', title: page.title, height: page.height });
      expect(json.html).to.equal(snippet);
      expect(wordpressKeeps(json.html)).to.deep.equal({ src: page.file, title: page.title, width: '100%', height: String(page.height) });
    });
  });

  it('the snippet is the one the snippet builder writes (src/embed/snippets.ts)', async () => {
    const snippets = await import('../../src/embed/snippets.js');
    const base = 'https://situs-anda.example/awas/';
    const ours = await values<string>(EMBED_PAGES.map((page) => ({ fn: 'iframeSnippet', args: [pageArg(page.basename), base] })));
    EMBED_PAGES.forEach((page, i) => {
      const builder = (attributes: [string, string][]) => snippets.iframeSnippet({ widget: page.widget, attributes, base, version: '0', integrity: 'sha384-x' } as never);
      if (!page.key.endsWith('-abroad')) {
        expect(builder([['lang', page.lang], ...Object.entries(page.fixed)]), page.file).to.equal(ours[i]);
        return;
      }
      // Readers in another country: the builder picks this page for any `from` but id and kh, and passes `from` on.
      for (const from of ['my', 'zz']) {
        expect(builder([['lang', page.lang], ['from', from]]), `${page.file} from=${from}`).to.equal(ours[i].replace(`${page.file}"`, `${page.file}?from=${from}"`));
      }
    });
  });
});

describe('embed pages: attributes from the address', () => {
  const main = (attributes: Record<string, string>) => {
    const el = document.createElement('main');
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    return el;
  };
  const declared = ['from', 'hotlines', 'layout', 'heading', 'heading-level', 'content-src', 'content-integrity', 'link-target', 'lang', 'theme'];

  it('takes declared attributes, refuses the denied ones, keeps the fixed ones', () => {
    const { attributes, ignored } = widgetAttributes(
      main({ 'data-set-from': 'kh', 'data-default-heading-level': '1', 'data-set-onclick': 'x' }),
      declared,
      '?hotlines=kp2mi&Layout=compact&from=id&heading-level=3&content-src=https://evil.example/x.json&heading=Hi&lang=en&link-target=_self&content-integrity=x&onclick=alert(1)&theme=dark',
    );
    expect(Object.fromEntries(attributes)).to.deep.equal({ from: 'kh', 'heading-level': '3', hotlines: 'kp2mi', layout: 'compact', theme: 'dark' });
    expect(ignored).to.deep.equal(['from', 'content-src', 'heading', 'lang', 'link-target', 'content-integrity', 'onclick']);
    for (const name of QUERY_DENIED) expect(attributes.has(name), name).to.equal(false);
  });

  it('a default from the page gives way to the address (the abroad page: from=zz, ?from=my)', () => {
    const { attributes, ignored } = widgetAttributes(main({ 'data-default-from': 'zz', 'data-default-heading-level': '1' }), declared, '?from=my');
    expect(Object.fromEntries(attributes)).to.deep.equal({ from: 'my', 'heading-level': '1' });
    expect(ignored).to.deep.equal([]);
  });

  it('an empty value is kept (boolean attributes such as autoplay=)', () => {
    const { attributes } = widgetAttributes(main({}), ['autoplay', 'interval'], '?autoplay=&interval=7');
    expect(Object.fromEntries(attributes)).to.deep.equal({ autoplay: '', interval: '7' });
  });
});

describe('embed pages: the documentation states the built facts', () => {
  it('docs/embed-iframe.md and README.md give the fixed heights of src/embed/frame-heights.ts', async () => {
    const doc = await (await fetch('/docs/embed-iframe.md')).text();
    const readme = await (await fetch('/README.md')).text();
    for (const [key, height] of Object.entries(FRAME_HEIGHTS)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${key}.id.html\``));
      expect(Boolean(row && row.endsWith(`| ${height} |`)), `table row for ${key}: ${row}`).to.equal(true);
      // "`risk-quiz.<lang>.html`, `risk-quiz-kh.<lang>.html` (640 px)": a list of pages may share its height.
      const named = new RegExp(`\`${key}\\.<lang>\\.html\`(?:,\\s+\`[a-z-]+\\.<lang>\\.html\`)*\\s+\\([^)]*\\b${height} px\\)`);
      expect(named.test(doc), `English text gives ${height} px for ${key}`).to.equal(true);
    }
    expect(doc.includes(`hotline-card.id.html" title="Awas: nomor pengaduan resmi" width="100%" height="${FRAME_HEIGHTS['hotline-card']}"`), 'docs snippet').to.equal(true);
    expect(readme.includes(`embed/hotline-card.id.html" title="…" width="100%" height="${FRAME_HEIGHTS['hotline-card']}"`), 'README snippet').to.equal(true);
    expect(readme.includes('docs/embed-iframe.md'), 'README links the guide').to.equal(true);
  });

  it('every iframe snippet quoted in the guides has the height of src/embed/frame-heights.ts', async () => {
    const files = ['README.md', 'docs/embed-iframe.md', 'docs/pasang-opensid.md', 'docs/pasang-joomla.md', 'docs/pasang-wordpress.md', 'docs/pasang-html.md', 'docs/pasang-blogger.md', 'docs/pasang-google-sites.md', 'integrations/opensid/PANDUAN.md'];
    let quoted = 0;
    for (const file of files) {
      const response = await fetch(`/${file}`);
      if (!response.ok) continue;
      const text = await response.text();
      for (const m of text.matchAll(/<iframe src="[^"]*\/embed\/([a-z-]+)\.(?:id|en|<lang>)\.html[^"]*"[^>]*\sheight="(\d+)"/g)) {
        quoted++;
        expect(Number(m[2]), `${file}: ${m[0]}`).to.equal(FRAME_HEIGHTS[m[1]]);
      }
    }
    expect(quoted, 'snippets found').to.be.at.least(3);
  });
});
