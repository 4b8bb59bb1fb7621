// What the benchmark loads: our drop-in scripts and the peers, each with the markup a site would write for N
// instances. Peers get the same content as our widgets (the default packs' Indonesian texts), written as plain
// HTML the way a site would write it, so both sides render the same words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** "[[gaji|Gaji Rp15 juta]]" → <mark>Gaji Rp15 juta</mark> (the red-flag phrase, as our carousel marks it). */
const marked = (line) => esc(line).replace(/\[\[[a-z0-9-]+\|(.*?)\]\]/g, '<mark>$1</mark>');

export function loadPacks(root) {
  const read = (name) => JSON.parse(readFileSync(join(root, 'src/content/packs', `${name}.json`), 'utf8'));
  return { examples: read('examples').examples, stats: read('stats').stats };
}

/** One example as the body of a slide: title, a mock post/chat with marked phrases, and the explained red flags. */
function slideBody(example) {
  const t = example.text.id;
  const lines = t.lines.map((l) => `<p>${marked(l.text)}</p>`).join('');
  const flags = example.flags.map((f) => `<li>${esc(t.flags[f.id])} <a href="${esc(f.source.url)}">${esc(f.source.name)}</a></li>`).join('');
  return (
    `<article><h3>${esc(t.title)}</h3><div class="mock"><strong>${esc(t.sender)}</strong> <small>${esc(t.meta)}</small>${lines}</div>` +
    `<details><summary>Tunjukkan tanda bahaya</summary><ol>${flags}</ol></details>` +
    `<p><small>Sumber: <a href="${esc(example.source.url)}">${esc(example.source.name)}</a></small></p></article>`
  );
}

function statCard(stat) {
  const t = stat.text.id;
  return (
    `<div class="stat"><p class="figure"><span data-value="${Number(stat.value)}">${Number(stat.value).toLocaleString('id-ID')}</span> ${esc(t.unit ?? '')}</p>` +
    `<p>${esc(t.label)}</p><p><small>${esc(t.period ?? '')} · <a href="${esc(stat.source.url)}">${esc(stat.source.name)}</a></small></p></div>`
  );
}

const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n');

/**
 * Subjects: `scripts` are keys of the file table the runner serves (awas, hotline, splide, shoelace, countup);
 * `markup(n, variant)` is the HTML inserted into the page; `init` names what the page runs after it
 * (see bench/harness.js). `job` groups a subject with its peers.
 */
export function subjects(packs) {
  const splideSlides = packs.examples.map((e) => `<li class="splide__slide">${slideBody(e)}</li>`).join('');
  const shoelaceSlides = packs.examples.map((e) => `<sl-carousel-item>${slideBody(e)}</sl-carousel-item>`).join('');
  const statGrid = `<div class="stats">${packs.stats.map(statCard).join('')}</div>`;
  const autoplay = (v) => v === 'playing' || v === 'paused';
  return {
    'awas-all': { label: 'Awas: one of each widget (awas.js)', ours: true, job: 'all', scripts: ['awas'], init: 'awas',
      markup: (n) => repeat(n, () => '<awas-hotline-card></awas-hotline-card><awas-risk-quiz></awas-risk-quiz><awas-scam-carousel></awas-scam-carousel><awas-stats-ticker></awas-stats-ticker><awas-safe-exit no-shortcut></awas-safe-exit>') },
    'awas-hotline-only': { label: 'Awas hotline card (awas-hotline-card.js)', ours: true, job: 'hotline', scripts: ['hotline'], init: 'awas',
      markup: (n) => repeat(n, () => '<awas-hotline-card></awas-hotline-card>') },
    'awas-hotline-card': { label: 'awas-hotline-card (awas.js)', ours: true, job: 'hotline', scripts: ['awas'], init: 'awas',
      markup: (n) => repeat(n, () => '<awas-hotline-card></awas-hotline-card>') },
    'awas-risk-quiz': { label: 'awas-risk-quiz (awas.js)', ours: true, job: 'quiz', scripts: ['awas'], init: 'awas',
      markup: (n) => repeat(n, () => '<awas-risk-quiz></awas-risk-quiz>') },
    'awas-safe-exit': { label: 'awas-safe-exit (awas.js)', ours: true, job: 'exit', scripts: ['awas'], init: 'awas',
      markup: (n) => repeat(n, () => '<awas-safe-exit no-shortcut></awas-safe-exit>') },
    'awas-scam-carousel': { label: 'awas-scam-carousel (awas.js)', ours: true, job: 'carousel', scripts: ['awas'], init: 'awas',
      markup: (n, v) => repeat(n, () => `<awas-scam-carousel${autoplay(v) ? ' autoplay interval="5"' : ''}></awas-scam-carousel>`) },
    'awas-stats-ticker': { label: 'awas-stats-ticker animate (awas.js)', ours: true, job: 'numbers', scripts: ['awas'], init: 'awas',
      markup: (n, v) => repeat(n, () => `<awas-stats-ticker ${autoplay(v) ? 'mode="marquee"' : 'animate'}></awas-stats-ticker>`) },
    splide: { label: 'Splide', job: 'carousel', scripts: ['splide'], init: 'splide',
      markup: (n) => repeat(n, (i) => `<section class="splide" aria-label="Contoh penipuan ${i + 1}"><div class="splide__track"><ul class="splide__list">${splideSlides}</ul></div></section>`) },
    shoelace: { label: 'Shoelace sl-carousel', job: 'carousel', scripts: ['shoelace'], init: 'shoelace',
      markup: (n, v) => repeat(n, () => `<sl-carousel navigation pagination${autoplay(v) ? ' autoplay autoplay-interval="5000"' : ''}>${shoelaceSlides}</sl-carousel>`) },
    countup: { label: 'countUp.js', job: 'numbers', scripts: ['countup'], init: 'countup',
      markup: (n) => repeat(n, () => statGrid) },
  };
}
