import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FRAME_HEIGHTS } from '../../src/embed/frame-heights.js';
import {
  allSnippets,
  baseFolder,
  escapeShortcode,
  FRAME_TITLES,
  frameDropped,
  iframeSnippet,
  mountSnippet,
  scriptSnippet,
  shortcodeSnippet,
  type ReadableCopy,
  type SnippetOptions,
} from '../../src/embed/snippets.js';

const INTEGRITY = 'sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn';

function options(overrides: Partial<SnippetOptions> = {}): SnippetOptions {
  return {
    widget: 'hotline-card',
    attributes: [
      ['from', 'kh'],
      ['layout', 'compact'],
      ['lang', 'en'],
    ],
    base: 'https://situs-anda.example/awas/',
    version: '0.1.0',
    integrity: INTEGRITY,
    ...overrides,
  };
}

/** A copy of the shape readable-copy.ts makes (its real output is tested in readable-copy.test.ts and end to end). */
const COPY: ReadableCopy = {
  html: '<div class="awas-pre awas-pre-hotline-card" data-awas-content="1kjomy2" data-from="kh" data-lang="en"><section class="root"><a href="tel:+85512813282">+855 12 813 282</a></section></div>',
  css: '.awas-pre-hotline-card{color:#1d1b1a}',
  version: '1kjomy2',
};

/** Parse HTML the way a browser reads a pasted snippet. */
function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, 'text/html');
}

function attributesOf(el: Element): [string, string][] {
  return Array.from(el.attributes).map((a) => [a.name, a.value]);
}

describe('src/embed/snippets', () => {
  it('writes the widget tag with exactly the chosen attributes, then the script tag pinned by its integrity', () => {
    expect(scriptSnippet(options())).to.equal(
      [
        '<!-- Awas 0.1.0 -->',
        '<awas-hotline-card from="kh" layout="compact" lang="en"></awas-hotline-card>',
        `<script src="https://situs-anda.example/awas/awas.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
      ].join('\n'),
    );
  });

  it('drops integrity and crossorigin only when asked (pin: false, for a host without CORS headers)', () => {
    const script = (o: Parameters<typeof options>[0]) => parseHtml(scriptSnippet(options(o))).querySelector('script')!;
    expect(script({ pin: false }).getAttribute('src')).to.equal('https://situs-anda.example/awas/awas.js');
    expect(script({ pin: false }).hasAttribute('integrity')).to.equal(false);
    expect(script({ pin: false }).hasAttribute('crossorigin')).to.equal(false);
    expect(script({ pin: false }).hasAttribute('defer')).to.equal(true);
    expect(script({ pin: true }).getAttribute('integrity')).to.equal(INTEGRITY);
    expect(script({}).getAttribute('crossorigin')).to.equal('anonymous');
  });

  it('puts the readable copy inside the widget tag, its style before it, and the content version on the tag', () => {
    expect(scriptSnippet(options({ copy: COPY }))).to.equal(
      [
        '<!-- Awas 0.1.0 -->',
        `<style>${COPY.css}</style>`,
        `<awas-hotline-card from="kh" layout="compact" lang="en" data-awas-content="1kjomy2">${COPY.html}</awas-hotline-card>`,
        `<script src="https://situs-anda.example/awas/awas.js" integrity="${INTEGRITY}" crossorigin="anonymous" defer></script>`,
      ].join('\n'),
    );
    const doc = parseHtml(scriptSnippet(options({ copy: COPY, style: { '--awas-color-brand': '#0b5394' } })));
    const tag = doc.querySelector('awas-hotline-card')!;
    expect(attributesOf(tag)).to.deep.equal([
      ['from', 'kh'],
      ['layout', 'compact'],
      ['lang', 'en'],
      ['style', '--awas-color-brand: #0b5394'],
      ['data-awas-content', '1kjomy2'],
    ]);
    expect(tag.children).to.have.length(1);
    expect(tag.firstElementChild!.className).to.equal('awas-pre awas-pre-hotline-card');
    expect(doc.querySelector('style')!.nextElementSibling).to.equal(tag);
  });

  it('puts the same copy into the data- mount, without a version attribute the mount would pass on, and without <style> (kses prints its text)', () => {
    expect(mountSnippet(options({ copy: COPY }))).to.equal(
      `<div data-awas-widget="hotline-card" data-from="kh" data-layout="compact" data-lang="en">${COPY.html}</div>`,
    );
    // Without a copy (safe-exit) the mount holds its plain link, or nothing.
    const exit = options({ widget: 'safe-exit', attributes: [['lang', 'id']], fallback: { href: 'https://example.org/?a=1&b=2', label: 'Keluar cepat' } });
    expect(mountSnippet(exit)).to.equal('<div data-awas-widget="safe-exit" data-lang="id"><p><a href="https://example.org/?a=1&amp;b=2">Keluar cepat</a></p></div>');
    expect(mountSnippet(options())).to.equal('<div data-awas-widget="hotline-card" data-from="kh" data-layout="compact" data-lang="en"></div>');
  });

  it('refuses a copy that is not one wrapper, CSS that would close its <style>, and a version of another form', () => {
    expect(() => scriptSnippet(options({ copy: { ...COPY, html: '<p>x</p>' } }))).to.throw(TypeError);
    expect(() => mountSnippet(options({ copy: { ...COPY, css: 'a{}</STYLE><script>x()</script>' } }))).to.throw(TypeError);
    expect(() => scriptSnippet(options({ copy: { ...COPY, version: '"><x' } }))).to.throw(TypeError);
  });

  it('writes the data- mount, the iframe and the shortcode for the same choices', () => {
    const all = allSnippets(options({ copy: COPY }));
    expect(all.mount).to.contain('<div data-awas-widget="hotline-card" data-from="kh" data-layout="compact" data-lang="en"><div class="awas-pre');
    expect(all.iframe).to.equal(
      `<iframe src="https://situs-anda.example/awas/embed/hotline-card-kh.en.html?layout=compact" title="Awas: official hotlines" width="100%" height="${FRAME_HEIGHTS['hotline-card-kh']}" loading="lazy"></iframe>`,
    );
    expect(all.shortcode).to.equal('[awas widget="hotline-card" from="kh" layout="compact" lang="en"]');
  });

  it('uses the hotline page for readers abroad (with from in the address) for other locations, and the height of each page', () => {
    const mm = iframeSnippet(options({ attributes: [['from', 'mm'], ['lang', 'id']] }))!;
    expect(mm).to.contain('/embed/hotline-card-abroad.id.html?from=mm"');
    expect(mm).to.contain(`height="${FRAME_HEIGHTS['hotline-card-abroad']}"`);
    const home = iframeSnippet(options({ attributes: [['lang', 'id']] }))!;
    expect(home).to.contain('/embed/hotline-card.id.html"');
    expect(home).to.contain(`height="${FRAME_HEIGHTS['hotline-card']}"`);
    const quiz = iframeSnippet(options({ widget: 'risk-quiz', attributes: [['mode', 'list'], ['lang', 'id']] }))!;
    expect(quiz).to.contain('/embed/risk-quiz.id.html?mode=list"');
    expect(quiz).to.contain(`height="${FRAME_HEIGHTS['risk-quiz']}"`);
    expect(quiz).to.contain(`title="${FRAME_TITLES.id['risk-quiz']}"`);
  });

  it('gives the iframe only src, title, width, height and loading, and leaves out what embed pages refuse from an address', () => {
    const snippet = iframeSnippet(
      options({
        attributes: [
          ['hotlines', 'kp2mi,sapa129'],
          ['heading', 'Call "us" & <now>'],
          ['link-target', '_self'],
          ['content-src', 'https://x.example/p.json'],
          ['content-integrity', INTEGRITY],
          ['lang', 'en'],
          ['theme', 'dark'],
        ],
      }),
    )!;
    const frame = parseHtml(snippet).querySelector('iframe')!;
    expect(frame.getAttributeNames()).to.deep.equal(['src', 'title', 'width', 'height', 'loading']);
    const src = new URL(frame.getAttribute('src')!);
    expect(src.pathname).to.equal('/awas/embed/hotline-card.en.html');
    expect(Array.from(src.searchParams.entries())).to.deep.equal([
      ['hotlines', 'kp2mi,sapa129'],
      ['theme', 'dark'],
    ]);
    expect(frameDropped('hotline-card', [['heading', 'x'], ['content-src', 'y'], ['lang', 'en']])).to.deep.equal(['heading', 'content-src']);
  });

  it('has no iframe for safe-exit (it cannot leave the host page from a frame)', () => {
    const all = allSnippets(options({ widget: 'safe-exit', attributes: [['position', 'bottom-right'], ['lang', 'id']] }));
    expect(all.iframe).to.equal(null);
    expect(all.script).to.contain('<awas-safe-exit position="bottom-right" lang="id"></awas-safe-exit>');
    expect(all.shortcode).to.equal('[awas widget="safe-exit" position="bottom-right" lang="id"]');
  });

  it('writes boolean attributes the way each door reads them', () => {
    const o = options({ widget: 'scam-carousel', attributes: [['autoplay', true], ['interval', '15'], ['lang', 'id']] });
    expect(scriptSnippet(o)).to.contain('<awas-scam-carousel autoplay interval="15" lang="id">');
    expect(mountSnippet(o)).to.contain('data-autoplay="" data-interval="15" data-lang="id"');
    expect(shortcodeSnippet(o)).to.equal('[awas widget="scam-carousel" autoplay="true" interval="15" lang="id"]');
    expect(iframeSnippet(o)).to.contain('scam-carousel.id.html?autoplay=&amp;interval=15"');
    const widget = parseHtml(scriptSnippet(o)).querySelector('awas-scam-carousel')!;
    expect(widget.hasAttribute('autoplay')).to.equal(true);
  });

  it('puts the brand colour on the widget and the mount as custom properties, never on the iframe or shortcode', () => {
    const o = options({ style: { '--awas-color-brand': '#0b5394', '--awas-color-on-brand': '#ffffff' } });
    const all = allSnippets(o);
    const tag = parseHtml(all.script!).querySelector('awas-hotline-card') as HTMLElement;
    expect(tag.style.getPropertyValue('--awas-color-brand').trim()).to.equal('#0b5394');
    const mount = parseHtml(all.mount!).querySelector('div') as HTMLElement;
    expect(mount.style.getPropertyValue('--awas-color-on-brand').trim()).to.equal('#ffffff');
    expect(all.iframe).not.to.contain('style');
    expect(all.shortcode).not.to.contain('#0b5394');
    expect(() => scriptSnippet(options({ style: { color: 'red' } }))).to.throw(TypeError);
    expect(() => scriptSnippet(options({ style: { '--awas-color-brand': 'red; background: url(x)' } }))).to.throw(TypeError);
  });

  it('refuses attribute names that are not plain kebab-case and integrity values of another form', () => {
    expect(() => scriptSnippet(options({ attributes: [['onclick', 'x'], ['x" onload="y', 'z']] }))).to.throw(TypeError);
    expect(() => mountSnippet(options({ attributes: [['Heading', 'x']] }))).to.throw(TypeError);
    expect(() => shortcodeSnippet(options({ attributes: [['a b', 'x']] }))).to.throw(TypeError);
    expect(() => scriptSnippet(options({ integrity: 'md5-abc' }))).to.throw(TypeError);
  });

  it('normalises the base folder to one trailing slash', () => {
    expect(baseFolder(' https://a.example/awas ')).to.equal('https://a.example/awas/');
    expect(baseFolder('/awas/')).to.equal('/awas/');
    expect(scriptSnippet(options({ base: '/awas' }))).to.contain('src="/awas/awas.js"');
  });

  it('round-trips any attribute value through the HTML of the script and mount snippets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }), (heading, label) => {
        // The HTML parser turns a lone CR or CRLF into LF and drops NUL; author text never needs them.
        fc.pre(!/[\r\0]/.test(heading + label));
        const o = options({ attributes: [['heading', heading], ['lang', 'id']], fallback: { href: 'tel:110', label } });
        const tag = parseHtml(scriptSnippet(o)).querySelector('awas-hotline-card')!;
        expect(attributesOf(tag)).to.deep.equal([
          ['heading', heading],
          ['lang', 'id'],
        ]);
        const doc = parseHtml(mountSnippet(o));
        const mount = doc.querySelector('[data-awas-widget]')!;
        expect(mount.getAttribute('data-heading')).to.equal(heading);
        expect(doc.body.children).to.have.length(1);
        expect(mount.querySelector('a')!.textContent).to.equal(label);
        expect(mount.querySelectorAll('*')).to.have.length(2);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps shortcode values free of the characters the WordPress parser cannot carry', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (value) => {
        const code = shortcodeSnippet(options({ attributes: [['heading', value]] }));
        const inner = code.slice('[awas widget="hotline-card" heading="'.length, -2);
        expect(inner).not.to.match(/["'[\]<>]/);
        // The plugin prints it with esc_attr(), which keeps character references: the browser reads the original.
        expect(parseHtml(`<p title="${inner}"></p>`).querySelector('p')!.title).to.equal(value.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD'));
      }),
      { numRuns: 300 },
    );
    expect(escapeShortcode('[a] "b" \'c\' <d> &')).to.equal('&#91;a&#93; &quot;b&quot; &#39;c&#39; &lt;d&gt; &amp;');
  });
});
