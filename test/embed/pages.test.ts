/**
 * The embed page generator (embed/): fixed names, the static renderers (escaping, content from the default packs),
 * the documents, the oEmbed responses and the page script's attribute allowlist. No build needed.
 */
import { expect } from '@open-wc/testing';
import { embedFiles, embedUrl, iframeSnippet, normaliseBase, oembedResponse, renderDocument } from '../../embed/document.js';
import { widgetAttributes } from '../../embed/page.js';
import { EMBED_PAGES, QUERY_DENIED } from '../../embed/pages.js';
import { escapeHtml, renderHotlineCard, renderRiskQuiz, renderScamCarousel, renderStatsTicker } from '../../embed/render.js';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import { validateOembed, wordpressKeeps } from './oembed-check.js';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('embed pages: names', () => {
  it('are exactly the fixed file names', () => {
    expect(EMBED_PAGES.map((p) => p.file)).to.deep.equal([
      'hotline-card.id.html',
      'hotline-card.en.html',
      'hotline-card-kh.id.html',
      'hotline-card-kh.en.html',
      'risk-quiz.id.html',
      'risk-quiz.en.html',
      'scam-carousel.id.html',
      'scam-carousel.en.html',
      'stats-ticker.id.html',
      'stats-ticker.en.html',
    ]);
    for (const page of EMBED_PAGES) {
      expect(page.oembedFile).to.equal(`${page.basename}.oembed.json`);
      expect(page.height).to.equal(FRAME_HEIGHTS[page.key]);
    }
    expect(embedFiles(null).map((f) => f.path)).to.have.length(20);
  });
});

// Markup, quotes and an entity in every kind of text field: it must come out as text.
const NASTY = '"><img src=x onerror=alert(1)> &amp; </section><script>alert(2)</script>';
const SOURCE = { name: NASTY, url: 'https://example.org/"><b>', date: '2025-01-01' };
const DATES = { checkedOn: '2025-01-02', reviewBy: '2099-01-01' };

describe('embed pages: the static content is text, never markup', () => {
  const noInjected = (html: string) => {
    const doc = parse(html);
    expect(doc.querySelectorAll('img, script, iframe, [onerror]').length, html.slice(0, 200)).to.equal(0);
    return doc;
  };

  it('hotline card', () => {
    const pack = {
      hotlines: [
        {
          id: 'x',
          country: 'id',
          audience: { id: 1 },
          channels: [
            { type: 'phone', value: '0811-8080-141', label: { id: NASTY } },
            { type: 'whatsapp', value: '0811-8080-141' },
            { type: 'web', value: 'https://example.org/a?b="<c>' },
          ],
          text: { id: { name: NASTY, description: NASTY, whatsappMessage: NASTY } },
          source: SOURCE,
          ...DATES,
        },
      ],
    };
    const doc = noInjected(renderHotlineCard('id', 'id', pack));
    expect(doc.querySelector('.name')!.textContent).to.equal(NASTY);
    expect(doc.querySelector('.description')!.textContent).to.equal(NASTY);
    expect(doc.querySelector('.action.phone .kind')!.textContent).to.equal(NASTY);
    const whatsapp = doc.querySelector('.action.whatsapp')!.getAttribute('href')!;
    expect(whatsapp.startsWith('https://wa.me/628118080141?text=')).to.equal(true);
    expect(decodeURIComponent(whatsapp.split('text=')[1])).to.equal(NASTY);
    expect(doc.querySelector('.action.web')!.getAttribute('href')).to.equal('https://example.org/a?b=%22%3Cc%3E');
    expect(doc.querySelector('.meta a')!.getAttribute('href')).to.equal('https://example.org/%22%3E%3Cb%3E');
    for (const a of Array.from(doc.querySelectorAll('a'))) expect(a.getAttribute('target'), a.href).to.equal('_blank');
  });

  it('quiz, examples and statistics', () => {
    const quiz = {
      questions: [{ id: 'q', weight: 2, risky: 'yes', text: { id: { question: NASTY, flag: NASTY, why: NASTY } }, source: SOURCE, ...DATES }],
    };
    let doc = noInjected(renderRiskQuiz('id', quiz));
    expect(doc.querySelector('summary')!.textContent).to.equal(NASTY);
    expect(doc.querySelector('.flag strong')!.textContent).to.equal(NASTY);

    const examples = {
      examples: [
        {
          id: 'e',
          kind: 'chat',
          flags: [{ id: 'f', redFlag: 1, source: SOURCE }],
          text: { id: { title: NASTY, sender: NASTY, meta: NASTY, lines: [{ text: `a [[f|${NASTY.replace(/\]/g, '')}]] b` }, { text: NASTY, me: true }], flags: { f: NASTY } } },
          source: SOURCE,
          ...DATES,
        },
      ],
    };
    doc = noInjected(renderScamCarousel('id', examples));
    expect(doc.querySelector('.title')!.textContent).to.equal(NASTY);
    expect(doc.querySelector('.bubbles .me')!.textContent).to.contain(NASTY);
    expect(doc.querySelector('.flags q')!.textContent).to.equal(NASTY.replace(/\]/g, '').trim());

    const stats = {
      stats: [{ id: 's', value: 1386, text: { id: { label: NASTY, unit: 'kasus', note: NASTY, period: NASTY.slice(0, 50) } }, source: SOURCE, ...DATES }],
    };
    doc = noInjected(renderStatsTicker('id', stats));
    // The period is inside the label line: "{label}, <span class="period">{period}</span>".
    expect(doc.querySelector('.label')!.textContent).to.equal(`${NASTY}, ${NASTY.slice(0, 50)}`);
    expect(doc.querySelector('.label')!.firstChild!.textContent).to.equal(`${NASTY}, `);
    expect(doc.querySelector('.label > .period')!.textContent).to.equal(NASTY.slice(0, 50));
    expect(doc.querySelector('p.period')).to.equal(null);
    expect(doc.querySelector('.fig')!.textContent).to.equal('1.386 kasus');
  });

  it('escapeHtml leaves nothing a parser would read as markup', () => {
    expect(escapeHtml(`<a href="x">&'`)).to.equal('&lt;a href=&quot;x&quot;&gt;&amp;\'');
  });
});

describe('embed pages: the built documents', () => {
  for (const page of EMBED_PAGES) {
    it(`${page.file}: CSP, scripts from files only, no style attribute, oEmbed discovery`, () => {
      const html = renderDocument(page, null);
      const doc = parse(html);
      const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
      expect(csp).to.contain("script-src 'self'").and.to.contain("default-src 'none'").and.to.contain("require-trusted-types-for 'script'");
      expect(doc.documentElement.lang).to.equal(page.lang);
      expect(doc.title).to.equal(page.title);
      expect(doc.querySelector('base')!.getAttribute('target')).to.equal('_blank');
      const scripts = Array.from(doc.querySelectorAll('script'));
      expect(scripts.map((s) => s.getAttribute('src'))).to.deep.equal([page.script, 'awas-embed.js']);
      expect(scripts.every((s) => s.defer && !s.textContent!.trim())).to.equal(true);
      expect(doc.querySelectorAll('[style], style').length).to.equal(0);
      const discovery = doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')!;
      expect(discovery.getAttribute('href')).to.equal(page.oembedFile);
      // WordPress reads the discovery link from the text before </head>.
      expect(html.indexOf('application/json+oembed')).to.be.lessThan(html.indexOf('</head>'));
      const main = doc.getElementById('awas-embed')!;
      expect(main.dataset.widget).to.equal(page.widget);
      expect(main.dataset.page).to.equal(page.basename);
      expect(main.querySelector('.awas-static h1, .awas-static .heading')).to.exist;
      if (page.key === 'hotline-card-kh') expect(main.getAttribute('data-set-from')).to.equal('kh');
    });
  }

  it('with AWAS_EMBED_BASE_URL every oEmbed address is absolute', () => {
    const base = normaliseBase('https://situs-anda.example/awas')!;
    expect(base).to.equal('https://situs-anda.example/awas/');
    for (const page of EMBED_PAGES) {
      const doc = parse(renderDocument(page, base));
      expect(doc.querySelector('link[type="application/json+oembed"]')!.getAttribute('href')).to.equal(`https://situs-anda.example/awas/embed/${page.oembedFile}`);
      const json = oembedResponse(page, base);
      expect(validateOembed(json)).to.deep.equal([]);
      expect(json.provider_url).to.equal(base);
      expect(parse(json.html).querySelector('iframe')!.getAttribute('src')).to.equal(`https://situs-anda.example/awas/embed/${page.file}`);
    }
  });

  it('refuses a base URL that is not a plain http(s) folder', () => {
    expect(normaliseBase(undefined)).to.equal(null);
    expect(normaliseBase('  ')).to.equal(null);
    for (const bad of ['situs.go.id/awas', 'javascript:alert(1)', 'ftp://x.go.id/', 'https://x.go.id/?a=1', 'https://u:p@x.go.id/']) {
      expect(() => normaliseBase(bad), bad).to.throw();
    }
    expect(embedUrl('a.html', null)).to.equal('a.html');
  });
});

describe('embed pages: oEmbed responses', () => {
  for (const page of EMBED_PAGES) {
    it(`${page.oembedFile}: a valid "rich" response whose html is the iframe snippet WordPress keeps`, () => {
      const json = oembedResponse(page, null);
      expect(validateOembed(json)).to.deep.equal([]);
      expect(json).to.include({ version: '1.0', type: 'rich', provider_name: 'Awas', title: page.title, height: page.height });
      expect(json.html).to.equal(iframeSnippet(page, null));
      expect(wordpressKeeps(json.html)).to.deep.equal({ src: page.file, title: page.title, width: '100%', height: String(page.height) });
    });
  }

  it('the snippet is the one the snippet builder writes (src/embed/snippets.ts)', async () => {
    const snippets = await import('../../src/embed/snippets.js');
    const base = 'https://situs-anda.example/awas/';
    for (const page of EMBED_PAGES) {
      const attributes: [string, string][] = [['lang', page.lang], ...Object.entries(page.fixed)];
      const theirs = snippets.iframeSnippet({ widget: page.widget, attributes, base, version: '0', integrity: 'sha384-x' } as never);
      expect(theirs, page.file).to.equal(iframeSnippet(page, base));
    }
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
      expect(new RegExp(`\`${key}\\.<lang>\\.html\` \\([^)]*\\b${height} px\\)`).test(doc), `English text gives ${height} px for ${key}`).to.equal(true);
    }
    expect(doc.includes(`hotline-card.id.html" title="Awas: nomor pengaduan resmi" width="100%" height="${FRAME_HEIGHTS['hotline-card']}"`), 'docs snippet').to.equal(true);
    expect(readme.includes(`embed/hotline-card.id.html" title="…" width="100%" height="${FRAME_HEIGHTS['hotline-card']}"`), 'README snippet').to.equal(true);
    expect(readme.includes('docs/embed-iframe.md'), 'README links the guide').to.equal(true);
  });
});
