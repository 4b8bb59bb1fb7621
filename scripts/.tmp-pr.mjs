import { build } from 'esbuild';
const root = '/work/main';
const r = await build({ stdin: { contents: `export * from './embed/prerender.ts'; export { widgetsCss } from './embed/document.ts'; export { ELEMENTS } from './src/elements.ts';`, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'error', loader: { '.json': 'json' }, tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } });
const m = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
const out = m.prerender(process.argv[2], JSON.parse(process.argv[3]));
console.log(out.length); console.log(out);
