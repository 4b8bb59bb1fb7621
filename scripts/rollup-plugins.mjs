// Two tiny rollup plugins around esbuild (already a dependency of the test runner):
// TypeScript → JS with Lit's legacy decorators, and lowering the finished bundle (Lit included) to ES2017.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';

const tsconfigRaw = { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } };

export function esbuildTs({ target = 'es2017' } = {}) {
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
      const result = await transform(code, { loader: 'ts', target, sourcemap: true, sourcefile: id, tsconfigRaw });
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
