import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
const dropIn = config[0];
async function size(plugin) {
  const bundle = await rollup({ ...dropIn, plugins: [plugin, ...dropIn.plugins].filter(Boolean), onwarn() {} });
  const { output } = await bundle.generate({ ...dropIn.output, file: undefined });
  await bundle.close();
  return gzipSync(output[0].code, { level: 9 }).length;
}
const stub = (re, code) => ({ name: 's', load: (id) => (re.test(id) ? code : null) });
const total = await size(null);
const noWidget = await size({ name: 'y', transform(code, id) { if (!id.endsWith('src/elements.ts')) return null; return code.replace(/^import .*scam-carousel.*$/m, '').replace(/^\s*'awas-scam-carousel': \w+[,;]$/gm, ''); } });
const r = { total, widget: total - noWidget };
r.pack = total - await size(stub(/packs\/examples\.json$/, '{"examples":[]}'));
r.styles = total - await size(stub(/scam-carousel\.styles\.ts$/, 'export const scamCarouselStyles = [];'));
r.strings = total - await size(stub(/strings-scam-carousel\.ts$/, 'export const scamCarouselStrings = {id:{},en:{}};'));
r.spec = total - await size(stub(/content\/examples\.ts$/, 'export const examplesSpec = {key:"examples",itemSchema:{},normalise:(r)=>r}; export const exampleSchema={};'));
r.code = r.widget - r.pack - r.styles - r.strings - r.spec;
console.log(r);
