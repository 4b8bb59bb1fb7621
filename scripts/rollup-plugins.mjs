// Two tiny rollup plugins around esbuild (already a dependency of the test runner):
// TypeScript → JS with Lit's legacy decorators, and lowering the finished bundle (Lit included) to ES2017.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import { minifyTemplates } from './minify-templates.mjs';

const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

// Schema `description` texts are for campaign teams' editors (dist/awas-content.schema.json), not for the widgets.
const SCHEMA_DESCRIPTION = /\bdescription:\s*(['"])(?:\\.|(?!\1)[^\\])*\1\s*,?/g;

export function esbuildTs({ target = 'es2017', minifyLiterals = false, stripSchemaDescriptions = false } = {}) {
  return {
    name: 'awas-esbuild-ts',
    // Sources import './x.js' (the TypeScript convention for ES modules); point that at './x.ts'.
    resolveId(source, importer) {
      if (!importer || !importer.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      const candidate = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
      return existsSync(candidate) ? candidate : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      let source = minifyLiterals ? minifyTemplates(code, id) : code;
      if (stripSchemaDescriptions && /[\\/]src[\\/]content[\\/]/.test(id)) source = source.replace(SCHEMA_DESCRIPTION, '');
      const result = await transform(source, { loader: 'ts', target, sourcemap: true, sourcefile: id, tsconfigRaw });
      return { code: result.code, map: result.map };
    },
  };
}

/** Lower every byte of the chunk (Lit ships ES2021) so Android WebViews older than Chromium 85 can run it. */
export function lowerTo(target) {
  return {
    name: 'awas-lower-syntax',
    async renderChunk(code) {
      // format 'iife' keeps esbuild's helper functions inside a function scope: no globals leak onto the host page.
      const result = await transform(code, { loader: 'js', target, format: 'iife', sourcemap: false });
      return { code: result.code, map: null };
    },
  };
}

const LANGUAGES_MODULE = resolve('src/i18n/languages.ts');
// A bare call only (not `x.wordsOf(`). Text in string literals is not told apart: no source writes the call in one.
const WORDS_CALL = /(?<![.\w$])wordsOf\(\s*(['"])(\w+)\1\s*\)/g;

/**
 * Each `wordsOf('part')` (src/i18n/languages.ts) becomes `wordsTable('part', { id: id.part, en: en.part })`: static
 * references to the locale modules, so the bundle keeps only the parts its modules ask for, in each language.
 * `langs`: the built-in languages (LANGS); their words are src/i18n/locales/<code>.ts. Runs after esbuildTs, on code
 * without comments. `register: false` writes the bare table: for scripts that offer no registerLocale (the drop-ins),
 * where no language can be added later.
 */
export function wordsByPart(langs, { register = true } = {}) {
  const alias = (lang) => `__awasWords_${lang}`;
  return {
    name: 'awas-words-by-part',
    transform(code, id) {
      if (!id.endsWith('.ts') || !WORDS_CALL.test(code)) return null;
      WORDS_CALL.lastIndex = 0;
      const own = id === LANGUAGES_MODULE;
      const table = (part) => `{ ${langs.map((lang) => `${JSON.stringify(lang)}: ${alias(lang)}.${part}`).join(', ')} }`;
      const call = (part) => (register ? `/* @__PURE__ */ ${own ? 'wordsTable' : '__awasWordsTable'}('${part}', ${table(part)})` : `(${table(part)})`);
      const body = code.replace(WORDS_CALL, (_, __, part) => call(part));
      const imports = [
        ...(own || !register ? [] : [`import { wordsTable as __awasWordsTable } from ${JSON.stringify(LANGUAGES_MODULE)};`]),
        ...langs.map((lang) => `import * as ${alias(lang)} from ${JSON.stringify(resolve(`src/i18n/locales/${lang}.ts`))};`),
      ];
      // On the first line, so the lines keep their numbers (map: null keeps esbuild's map: lines right, columns of
      // the changed lines drift).
      return { code: `${imports.join(' ')} ${body}`, map: null };
    },
  };
}
