// Load a TypeScript module of the project in Node (build scripts, benchmarks): bundled by esbuild into one module
// with no imports left, lit in its server build (so @lit-labs/ssr can render the widgets), imported from a data: URL.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `entry`: a path from the repo root ('hosted-pages/prerender.ts'), or module source that re-exports from such paths. */
export async function loadTs(entry) {
  const source = entry.includes('\n') || entry.includes('export ');
  const result = await build({
    ...(source ? { stdin: { contents: entry, resolveDir: root, loader: 'ts', sourcefile: 'entry.ts' } } : { entryPoints: [join(root, entry)] }),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
    loader: { '.json': 'json', '.css': 'text' },
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
  });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}
