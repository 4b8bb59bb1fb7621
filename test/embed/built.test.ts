/**
 * The built files of the iframe path (npm run build): dist/embed/ pages and oEmbed responses as the generator makes
 * them (run in Node, test/embed/server/generator.mjs), dist/awas-embed-host.js and dist/embed/awas-embed.js as ES2017
 * classic scripts, no storage anywhere in what the pages load, and an accessible readable copy. Needs a build; run
 * under the dist lock.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { parse } from 'acorn';
import { EMBED_PAGES } from '../../hosted-pages/pages.js';
import { generate, pageArg } from './helpers.js';
import { validateOembed, wordpressKeeps } from './oembed-check.js';

const get = async (path: string) => {
  const response = await fetch(path, { cache: 'no-store' });
  expect(response.ok, path).to.equal(true);
  return response;
};

/** What the generator makes of every page now: [document, oEmbed response] per page. */
async function generatedPages(): Promise<{ document: string; oembed: unknown }[]> {
  const answers = await generate(EMBED_PAGES.flatMap((page) => [{ fn: 'renderDocument', args: [pageArg(page.basename), null] }, { fn: 'oembedResponse', args: [pageArg(page.basename), null] }]));
  for (const answer of answers) expect(answer.error).to.equal(undefined);
  return EMBED_PAGES.map((_, i) => ({ document: answers[2 * i].value as string, oembed: answers[2 * i + 1].value }));
}

describe('dist/embed/: the built pages and oEmbed files', function () {
  this.timeout(30000);

  let generated: { document: string; oembed: unknown }[] = [];
  before(async () => {
    generated = await generatedPages();
  });

  EMBED_PAGES.forEach((page, i) => {
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
      expect(json).to.deep.equal(generated[i].oembed);
      expect(wordpressKeeps(json.html)).to.have.property('src', page.file);
    });
  });

  it('each page is exactly what the generator renders now (dist/ is not stale)', async () => {
    for (const [i, page] of EMBED_PAGES.entries()) {
      // The test server adds its live-reload script to every HTML file it serves.
      const built = (await (await get(`/dist/embed/${page.file}`)).text()).replace(/<!-- injected by web-dev-server -->\n?<script[^>]*><\/script>\n?/, '');
      expect(built, page.file).to.equal(generated[i].document);
    }
  });

  it('every stylesheet a page links is there', async () => {
    for (const page of EMBED_PAGES) {
      const doc = new DOMParser().parseFromString(await (await get(`/dist/embed/${page.file}`)).text(), 'text/html');
      for (const link of Array.from(doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))) {
        const response = await get(new URL(link.getAttribute('href')!, new URL(`/dist/embed/${page.file}`, location.href)).href);
        expect(response.headers.get('content-type'), link.getAttribute('href')!).to.contain('css');
      }
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

describe('dist/embed/: the readable copy is accessible', function () {
  this.timeout(30000);

  let styles: HTMLElement[] = [];
  afterEach(() => {
    styles.forEach((s) => s.remove());
    styles = [];
  });

  for (const page of EMBED_PAGES) {
    it(`${page.file} (axe, with the page's own styles)`, async () => {
      const url = new URL(`/dist/embed/${page.file}`, location.href);
      const doc = new DOMParser().parseFromString(await (await get(url.href)).text(), 'text/html');
      // The page's stylesheets, inline or linked, as the page has them.
      for (const source of Array.from(doc.querySelectorAll('style, link[rel="stylesheet"]'))) {
        const el = document.createElement(source.localName === 'style' ? 'style' : 'link');
        if (el instanceof HTMLStyleElement) el.textContent = source.textContent;
        else Object.assign(el, { rel: 'stylesheet', href: new URL(source.getAttribute('href')!, url).href });
        const loaded = el instanceof HTMLLinkElement ? new Promise((resolve) => (el.onload = resolve)) : Promise.resolve();
        document.head.append(el);
        styles.push(el);
        await loaded;
      }
      const main = doc.getElementById('awas-embed')!;
      const copy = main.querySelector(`awas-${page.widget} > .awas-pre`)!;
      expect(copy, 'the readable copy').to.exist;
      const el = await fixture<HTMLElement>(html`<main lang=${page.lang}></main>`);
      // The copy (not the tag: nothing here defines it, and the copy is what a reader without scripts gets), then the note.
      el.append(document.importNode(copy, true));
      const note = main.querySelector(':scope > .note');
      if (note) el.append(document.importNode(note, true));
      // Open every <details> so their content is checked too.
      el.querySelectorAll('details').forEach((d) => (d.open = true));
      await expect(el).to.be.accessible();
    });
  }
});
