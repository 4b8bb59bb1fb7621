import { expect } from '@open-wc/testing';
import { lightCss, prerenderScope } from '../../src/prerender/light-css.js';
import { cleanRendered, wrapPrerender } from '../../src/prerender/markup.js';
import { contentVersion } from '../../src/prerender/version.js';

describe('readable copy: styles re-scoped from the widget', () => {
  const css = (source: string) => lightCss(source, 'hotline-card').replace(/^.*?\[data-awas-js\]\{visibility:hidden\}/, '');

  it(':host becomes the wrapper, :host(...) attribute selectors become data-* on it', () => {
    expect(css(':host { display: block; }')).to.equal('.awas-pre-hotline-card{display:block}');
    expect(css(":host([theme='dark']) .name { color: red; }")).to.equal(".awas-pre-hotline-card[data-theme='dark'] .name{color:red}");
    expect(css(':host([hidden]) { display: none }')).to.equal('.awas-pre-hotline-card[data-hidden]{display:none}');
  });

  it('other selectors are scoped under the wrapper, lists one by one, descendant spaces kept', () => {
    expect(css('.entry a, .meta > span { margin: 0 }')).to.equal('.awas-pre-hotline-card .entry a,.awas-pre-hotline-card .meta>span{margin:0}');
  });

  it('inside @media the same rules apply; @keyframes stay as written', () => {
    expect(css('@media (min-width: 30rem) { .entries { display: grid } }')).to.equal('@media (min-width:30rem){.awas-pre-hotline-card .entries{display:grid}}');
    expect(css('@keyframes spin { from { opacity: 0 } to { opacity: 1 } }')).to.equal('@keyframes spin{from{opacity:0}to{opacity:1}}');
  });

  it('starts with a reset against the host page (not on svg and [hidden]) and hides script-only buttons', () => {
    const full = lightCss('', 'stats-ticker');
    expect(full).to.contain(`.${prerenderScope('stats-ticker')} :where(:not(svg,svg *,[hidden])){all:revert}`);
    expect(full).to.contain('[data-awas-js]{visibility:hidden}');
  });
});

describe('readable copy: markup', () => {
  it('drops styles and template markers, disables buttons that need the script', () => {
    const out = cleanRendered('<style>.x{}</style><!--lit-part abc--><p>Hi<?></p>\n  <button class="copy" type="button">Salin</button><!--/lit-part-->');
    expect(out).to.equal('<p>Hi</p> <button disabled data-awas-js class="copy" type="button">Salin</button>');
  });

  it('gives each copy its own ids (two copies on one page) and drops hidden helper texts that sanitizers would show', () => {
    const out = cleanRendered('<div id="heading">H</div><section aria-labelledby="heading"><a href="tel:117" aria-describedby="d-1">117</a><span id="d-1" hidden>1 1 7</span></section>', 'p1-');
    expect(out).to.equal('<div id="p1-heading">H</div><section aria-labelledby="p1-heading"><a href="tel:117">117</a></section>');
  });

  it('turns a widget inside the widget into a plain wrapper (no second element for the script to upgrade)', () => {
    const out = cleanRendered('<awas-hotline-card layout="compact" from="kh"><template shadowrootmode="open"><style>x</style><a href="tel:117">117</a></template></awas-hotline-card>');
    expect(out).to.equal('<div class="awas-pre awas-pre-hotline-card" data-layout="compact" data-from="kh"><a href="tel:117">117</a></div>');
    expect(out).not.to.contain('<awas-');
  });

  it('the wrapper records the content version and the widget attributes as data-*, escaped', () => {
    expect(wrapPrerender('stats-ticker', '<p>x</p>', 'v1', { theme: 'dark', heading: 'a"b' })).to.equal(
      '<div class="awas-pre awas-pre-stats-ticker" data-awas-content="v1" data-theme="dark" data-heading="a&quot;b"><p>x</p></div>',
    );
  });

  it('the content version changes with the content and only with it', () => {
    expect(contentVersion({ a: 1 })).to.equal(contentVersion({ a: 1 }));
    expect(contentVersion({ a: 1 })).not.to.equal(contentVersion({ a: 2 }));
  });
});
