// Which modules take the most room in dist/awas.js (rendered bytes before minification). Usage: node scripts/analyze-bundle.mjs
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';
const c = config[Number(process.env.ENTRY ?? 0)];
const bundle = await rollup({ ...c, onwarn(){} });
const { output } = await bundle.generate({ format: 'es' });
const mods = Object.entries(output[0].modules).map(([id, m]) => [m.renderedLength, id.replace(process.cwd() + '/', '')]).sort((a,b)=>b[0]-a[0]);
for (const [n, id] of mods.slice(0, 25)) console.log(String(n).padStart(8), id);
