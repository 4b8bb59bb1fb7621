import { build } from 'esbuild';
const root = '/work/main';
const r = await build({ stdin: { contents: `export * from './embed/prerender.ts'; export { widgetsCss } from './embed/document.ts'; export { ELEMENTS } from './src/elements.ts';`, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'error', loader: { '.json': 'json' }, tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } });
const m = await import(`data:text/javascript;base64,${Buffer.from(r.outputFiles[0].text).toString('base64')}`);
const tels = (s) => [...s.matchAll(/href="((?:tel|sms):[^"]+|https:\/\/wa\.me\/[0-9]+)/g)].map((x) => x[1]).join(' ');
for (const from of ['id','kh','my','th','zz','us']) { const s = m.prerender('hotline-card', { lang: 'id', from }); console.log(from, s.length, tels(s)); }
for (const w of ['risk-quiz','scam-carousel','stats-ticker']) for (const lang of ['id','en']) { const s = m.prerender(w, { lang }); console.log(w, lang, s.length, tels(s)); }
for (const from of ['id','kh','my']) { const s = m.prerender('risk-quiz', { lang: 'id', from }); console.log('quiz', from, s.length, tels(s)); }
const s = m.prerender('hotline-card', { lang: 'id', from: 'id', layout: 'compact' }); console.log('compact', s.length, tels(s));
console.log('css', m.widgetsCss().length);
try { const x = m.prerender('safe-exit', { lang: 'id' }); console.log('safe-exit', x); } catch (e) { console.log('safe-exit fail', e.message); }
