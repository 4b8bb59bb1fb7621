/**
 * What every default content pack promises a reader, checked on the shipped JSON: each source links the page that
 * states the fact (not a site's home page) or says why it cannot; dates are as the source gives them (a month stays
 * a month); "checked" is the day the source was read, never a claimed call; nothing uses the old checkedOn.
 */
import { expect } from '@open-wc/testing';
import examples from '../../src/content/packs/examples.json';
import hotlines from '../../src/content/packs/hotlines.json';
import questions from '../../src/content/packs/questions.json';
import stats from '../../src/content/packs/stats.json';
import { isIsoDate, isIsoDateOrMonth, parseIsoDateOrMonth } from '../../src/safety/date.js';

interface RawSource {
  name: string;
  url?: string;
  date: string;
  note?: Record<string, string>;
}

/** Every source in a pack with where it sits: item sources, channel sources, red-flag sources. */
function sources(): { where: string; source: RawSource; checkedOn: string }[] {
  const out: { where: string; source: RawSource; checkedOn: string }[] = [];
  const packs: [string, { id: string; source: RawSource; checkedOn: string }[]][] = [
    ['hotlines', hotlines.hotlines as never],
    ['questions', questions.questions as never],
    ['examples', examples.examples as never],
    ['stats', stats.stats as never],
  ];
  for (const [key, items] of packs) {
    for (const item of items) {
      out.push({ where: `${key}/${item.id}`, source: item.source, checkedOn: item.checkedOn });
      const nested = item as unknown as { channels?: { source?: RawSource }[]; flags?: { id: string; source: RawSource }[] };
      nested.channels?.forEach((c, i) => c.source && out.push({ where: `${key}/${item.id}/channels[${i}]`, source: c.source, checkedOn: item.checkedOn }));
      nested.flags?.forEach((f) => out.push({ where: `${key}/${item.id}/flags/${f.id}`, source: f.source, checkedOn: item.checkedOn }));
    }
  }
  return out;
}

describe('default content packs', () => {
  it('every source opens the page that states the fact: no bare site address', () => {
    const all = sources();
    expect(all.length).to.be.greaterThan(40);
    for (const { where, source } of all) {
      if (source.url === undefined) {
        expect(source.note?.id, `${where} has neither a link nor a note saying why`).to.be.a('string');
        continue;
      }
      const url = new URL(source.url);
      expect(url.protocol, where).to.equal('https:');
      expect(url.pathname.replace(/\/+$/, '') + url.search, `${where}: ${source.url} is a home page, not the article`).not.to.equal('');
    }
  });

  it('source dates are the source’s own: YYYY-MM-DD, or YYYY-MM where it shows only the month; never after it was read', () => {
    for (const { where, source, checkedOn } of sources()) {
      expect(isIsoDateOrMonth(source.date), `${where} ${source.date}`).to.equal(true);
      expect(parseIsoDateOrMonth(source.date)!.date.getTime(), where).to.be.at.most(parseIsoDateOrMonth(checkedOn)!.date.getTime());
    }
    const monthOnly = sources().filter(({ source }) => /^\d{4}-\d{2}$/.test(source.date));
    expect(monthOnly.length).to.be.greaterThan(0);
    // The days earlier packs invented for month-only sources are gone.
    const dates = sources().map(({ source }) => source.date);
    for (const invented of ['2026-01-01', '2024-12-01', '2022-12-01']) expect(dates, invented).not.to.include(invented);
  });

  it('records the day the sources were read as checkedOn, and claims no call nobody made', () => {
    const text = JSON.stringify([hotlines, questions, examples, stats]);
    expect(text).not.to.contain('verifiedOn');
    for (const { where, checkedOn } of sources()) expect(isIsoDate(checkedOn), where).to.equal(true);
    // Nobody on the project has dialled the default numbers (this machine has no telephone line): no calledOn.
    expect(text).not.to.contain('calledOn');
    expect(text).not.to.contain('calledBy');
  });
});
