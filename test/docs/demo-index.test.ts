import { expect } from '@open-wc/testing';
import { editorWords } from '../../src/i18n/languages.js';
import { WIDGET_NAMES } from '../../src/widgets.js';

describe('the built demo index (scripts/build-demo.mjs)', () => {
  it('links every widget\'s demo page, named in the page\'s language, in the registry\'s order', async () => {
    const html = await (await fetch('/dist/demo/index.html')).text();
    const page = new DOMParser().parseFromString(html, 'text/html');
    const links = Array.from(page.querySelectorAll<HTMLAnchorElement>('a[href$=".html"]')).filter((a) => !a.getAttribute('href')!.includes('/'));
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(WIDGET_NAMES.map((name) => `${name}.html`));
    const lang = page.documentElement.lang as keyof typeof editorWords;
    expect(links.map((a) => a.textContent!.trim().toLowerCase())).to.deep.equal(WIDGET_NAMES.map((name) => editorWords[lang][name].name.toLowerCase()));
    expect(html, 'the placeholder marker is filled').not.to.contain('demo/&lt;nama-widget&gt;.html');
  });
});
