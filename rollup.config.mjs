// Builds: (1) the drop-in scripts — one classic IIFE each, Lit bundled, syntax lowered to ES2017, minified;
// (2) the npm build — ES modules per source file, lit left as a dependency.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { esbuildTs, lowerTo, wordsByPart } from './scripts/rollup-plugins.mjs';
import { loadTs } from './scripts/load-ts.mjs';

const { LANGS } = await loadTs('src/i18n/languages.ts');

/** Drop-in scripts: entry → output file. The hotline-only script lets the life-critical card arrive first. */
export const DROP_IN = {
  'src/awas.ts': 'dist/awas.js',
  'src/awas-hotline-card.ts': 'dist/awas-hotline-card.js',
  // Iframe embeds (issue 10): the host page's resizer and the embed pages' own script.
  'src/awas-embed-host.ts': 'dist/awas-embed-host.js',
  'hosted-pages/page.ts': 'dist/embed/awas-embed.js',
};

const dropInPlugins = () => [
  nodeResolve({ exportConditions: ['production'] }),
  json({ preferConst: true, compact: true }),
  // Modern syntax per module, lowered once per chunk below: one copy of esbuild's helpers per script, not one per module.
  esbuildTs({ target: 'es2022', minifyLiterals: true, stripSchemaDescriptions: true }),
  // Each script carries only the words its widgets say (on esbuild's output: no comments left to mistake for calls).
  // The drop-ins offer no registerLocale (only the tests use it), so their tables need no registering.
  wordsByPart(LANGS, { register: false }),
  lowerTo('es2017'),
  terser({ ecma: 2017, compress: { passes: 3, pure_getters: true }, format: { comments: false } }),
];

const onwarn = (warning, warn) => warning.code !== 'THIS_IS_UNDEFINED' && warn(warning);

const dropIn = Object.entries(DROP_IN).map(([input, file]) => ({
  input,
  output: { file, format: 'iife', sourcemap: false, inlineDynamicImports: true },
  plugins: dropInPlugins(),
  onwarn,
}));

const npm = {
  input: ['src/index.ts', 'src/define.ts'],
  external: (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/'),
  output: { dir: 'dist/npm', format: 'es', preserveModules: true, preserveModulesRoot: '.', sourcemap: true, entryFileNames: '[name].js' },
  plugins: [json({ preferConst: true }), esbuildTs({ target: 'es2020' }), wordsByPart(LANGS)],
};

export default [...dropIn, npm];
