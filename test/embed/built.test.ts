/**
 * The built files of the iframe path (npm run build): dist/embed/ pages and oEmbed responses as the generator makes
 * them, dist/awas-embed-host.js and dist/embed/awas-embed.js as ES2017 classic scripts, no storage anywhere in what
 * the pages load, and accessible static content. Needs a build; run under the dist lock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parse } from 'acorn';
import { oembedResponse, renderDocument } from '../../embed/document.js';
import { EMBED_PAGES } from '../../embed/pages.js';
import { validateOembed, wordpressKeeps } from './oembed-check.js';

const get = async (path: string) => {
  const response = await fetch(path, { cache: 'no-store' });
  expect(response.ok, path).to.equal(true);
  return response;
};

describe('dist/embed/: the built pages and oEmbed files', () => {
  for (const page of EMBED_PAGES) {
    it(`${page.file} links its oEmbed file, which validates`, async () => {
      const text = await (await get(`/dist/embed/${page.file}`)).text();
      const head = text.slice(0, text.indexOf('</head>'));
      // The same pattern WordPress uses on the text before </head> (WP_oEmbed::discover).
      const links = Array.from(head.matchAll(/<link([^<>]+)\/?>/gi)).map((m) => m[1]);
      const discovery = links.find((l) => /type="application\/json\+oembed"/.test(l));
      expect(discovery, 'discovery link').to.exist;
      const href = /href="([^"]+)"/.exec(discovery!)![1];
      const response = await get(new URL(href, new URL(`/dist/embed/${page.file}`, location.href)).href);
      expect(response.headers.get('content-type')).to.contain('json');
      const json = await response.json();
      expect(validateOembed(json)).to.deep.equal([]);
      // Built without AWAS_EMBED_BASE_URL (relative addresses), exactly as the generator writes it.
      expect(json).to.deep.equal(oembedResponse(page, null));
      expect(wordpressKeeps(json.html)).to.have.property('src', page.file);
    });
  }

  it('each page is exactly what the generator renders (built in Node, compared in Chromium: same dates and numbers)', async () => {
    for (const page of EMBED_PAGES) {
      // The test server adds its live-reload script to every HTML file it serves.
      const built = (await (await get(`/dist/embed/${page.file}`)).text()).replace(/<!-- injected by web-dev-server -->\n?<script[^>]*><\/script>\n?/, '');
      expect(built, page.file).to.equal(renderDocument(page, null));
    }
  });

  it('the page script and the host script are ES2017 classic scripts', async () => {
    for (const path of ['/dist/awas-embed-host.js', '/dist/embed/awas-embed.js']) {
      const code = await (await get(path)).text();
      expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' }), path).not.to.throw();
    }
  });

  it('nothing the pages load touches storage or cookies', async () => {
    const files = ['/dist/awas.js', '/dist/awas-hotline-card.js', '/dist/awas-embed-host.js', '/dist/embed/awas-embed.js', ...EMBED_PAGES.map((p) => `/dist/embed/${p.file}`)];
    for (const path of files) {
      const code = await (await get(path)).text();
      expect(code.match(/localStorage|sessionStorage|indexedDB|\.cookie\b|openDatabase|caches\.open|navigator\.storage/g), path).to.equal(null);
    }
  });

  it('the host script knows nothing of Lit (its 1 KB gzip budget is checked by npm run size)', async () => {
    const code = await (await get('/dist/awas-embed-host.js')).text();
    expect(code).not.to.match(/lit-html|LitElement|customElements/);
  });
});

describe('dist/embed/: the static content is accessible', () => {
  before(() => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/dist/embed/awas-embed.css';
    document.head.append(link);
    return new Promise((resolve) => (link.onload = resolve));
  });

  for (const page of EMBED_PAGES) {
    it(`${page.file} (axe, with the page's stylesheet)`, async () => {
      const text = await (await get(`/dist/embed/${page.file}`)).text();
      const source = new DOMParser().parseFromString(text, 'text/html').querySelector('.awas-static')!;
      const el = await fixture<HTMLElement>(html`<main lang=${page.lang}></main>`);
      el.append(document.importNode(source, true));
      // Open every <details> so their content is checked too.
      el.querySelectorAll('details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
    });
  }
});
