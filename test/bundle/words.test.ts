import { expect } from '@open-wc/testing';
import { LANGS, wordsOf } from '../../src/i18n/languages.js';

// The build (wordsByPart in scripts/rollup-plugins.mjs) keeps only the words a script's widgets ask for: the
// hotline-only script, the one that must arrive first, carries the card's words in every language and no quiz words.
const strings = (value: unknown): string[] => (typeof value === 'string' ? [value] : Object.values(value as object).flatMap(strings));
/** The part's sentences (long enough not to occur by chance, without placeholders) that the script contains. */
const said = (part: Parameters<typeof wordsOf>[0], script: string, min = 12) =>
  LANGS.flatMap((lang) => strings(wordsOf(part)[lang]))
    .filter((word) => word.length >= min && !word.includes('{'))
    .filter((word) => script.includes(JSON.stringify(word).slice(1, -1)));

describe('the words each drop-in script carries', () => {
  it('the hotline-only script says the card in every language, and nothing of the quiz or the carousel', async () => {
    const script = await (await fetch('/dist/awas-hotline-card.js')).text();
    for (const lang of LANGS) expect(script, lang).to.include(JSON.stringify(wordsOf('hotlineCard')[lang].heading).slice(1, -1));
    expect(said('riskQuiz', script)).to.deep.equal([]);
    expect(said('scamCarousel', script)).to.deep.equal([]);
    // The form's short labels are often a widget's words too ("Keluar cepat"); its help sentences are its own.
    expect(said('editor', script, 30)).to.deep.equal([]);
  });

  it('dist/awas.js says every widget, and none of the builder’s form words', async () => {
    const script = await (await fetch('/dist/awas.js')).text();
    for (const part of ['hotlineCard', 'riskQuiz', 'scamCarousel', 'statsTicker', 'safeExit'] as const) {
      for (const lang of LANGS) expect(said(part, script).length, `${part} ${lang}`).to.be.greaterThan(0);
    }
    expect(said('editor', script, 30)).to.deep.equal([]);
  });
});
