// The peers of the benchmark, bundled the way a site would load them: one minified script each (esbuild, IIFE,
// ES2017 like dist/awas.js), plus the stylesheet the library needs to look usable. Written to a scratch folder.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const pkgVersion = (root, name) => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Each peer: what it stands in for, its entry source, and the stylesheet (if any) a site must add. */
export const PEERS = {
  splide: {
    label: 'Splide',
    pkg: '@splidejs/splide',
    job: 'carousel',
    entry: "import Splide from '@splidejs/splide'; window.Splide = Splide;",
    css: '@splidejs/splide/dist/css/splide.min.css',
  },
  shoelace: {
    label: 'Shoelace sl-carousel',
    pkg: '@shoelace-style/shoelace',
    job: 'carousel',
    entry:
      "import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';\n" +
      "import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';",
    css: '@shoelace-style/shoelace/dist/themes/light.css',
  },
  countup: {
    label: 'countUp.js',
    pkg: 'countup.js',
    job: 'animated numbers',
    entry: "import { CountUp } from 'countup.js'; window.CountUp = CountUp;",
    css: null,
  },
};

/** Bundle every peer into `outDir`; returns {id: {js, css, version}} with absolute file paths. */
export async function bundlePeers(outDir, root) {
  const out = {};
  for (const [id, peer] of Object.entries(PEERS)) {
    const js = join(outDir, `${id}.js`);
    await build({
      stdin: { contents: peer.entry, resolveDir: root, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'iife',
      target: 'es2017',
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      outfile: js,
      logLevel: 'error',
    });
    let css = null;
    if (peer.css) {
      css = join(outDir, `${id}.css`);
      writeFileSync(css, readFileSync(join(root, 'node_modules', peer.css)));
    }
    out[id] = { js, css, version: pkgVersion(root, peer.pkg) };
  }
  return out;
}
