import { expect } from '@open-wc/testing';
import { readCollection, type ContentProblem } from '../../src/content/collection.js';
import { hotlinesSpec } from '../../src/content/hotlines.js';
import pack from '../../src/content/packs/hotlines.json';
import { isReachable, selectHotlines } from '../../components/hotline-card/reach.js';
import { buildVcard, escapeVcard } from '../../components/hotline-card/vcard.js';
import { parseIsoDate } from '../../src/safety/date.js';

describe('content/hotlines: the default pack', () => {
  const problems: ContentProblem[] = [];
  const items = readCollection(hotlinesSpec, pack, 'defaults', problems).items!;

  it('validates with zero problems against the published schema', () => {
    expect(problems).to.deep.equal([]);
    expect(items.map((h) => h.id)).to.deep.equal(['kp2mi', 'sapa129', 'polri110', 'kemlu', 'kbri-phnom-penh', 'kh-police-117']);
  });

  it('ships exactly the numbers of content-facts.md §1 (no U items)', () => {
    const dials = items.flatMap((h) => h.channels.map((c) => `${h.id}:${c.type}:${c.phone?.dial ?? c.url}`));
    expect(dials).to.deep.equal([
      'kp2mi:phone:08001000',
      'kp2mi:phone:+622129244800',
      'kp2mi:whatsapp:+628118080141',
      'kp2mi:web:https://kp2mi.go.id/',
      'kp2mi:web:https://siskop2mi.bp2mi.go.id/',
      'sapa129:phone:129',
      'sapa129:whatsapp:+628111129129',
      'polri110:phone:110',
      'kemlu:phone:+6281290070027',
      'kemlu:web:https://peduliwni.kemlu.go.id/',
      'kbri-phnom-penh:phone:+85512813282',
      'kbri-phnom-penh:phone:+85561844661',
      'kh-police-117:phone:117',
    ]);
    const all = JSON.stringify(pack);
    for (const unverified of ['1288', '3925230', 'halotki', '148']) expect(all).not.to.contain(unverified);
  });

  it('gives every entry a source, a verification date and a future review date, in both languages', () => {
    for (const h of items) {
      expect(h.source!.url, h.id).to.match(/^https:\/\//);
      expect(parseIsoDate(h.checkedOn)!.getTime(), h.id).to.be.at.most(parseIsoDate(h.reviewBy)!.getTime());
      expect(parseIsoDate(h.reviewBy)!.getTime(), h.id).to.be.greaterThan(Date.now());
      expect(h.text.id!.name && h.text.en!.name, h.id).to.be.a('string');
    }
  });
});

describe('hotline-card reach', () => {
  const problems: ContentProblem[] = [];
  const items = readCollection(hotlinesSpec, pack, 'defaults', problems).items!;
  const kp2mi = items[0];

  it('knows local-only numbers cannot be dialled from abroad', () => {
    const [tollFree, abroad, whatsapp, web] = kp2mi.channels;
    expect(isReachable(tollFree, kp2mi, 'id')).to.equal(true);
    expect(isReachable(tollFree, kp2mi, 'kh')).to.equal(false);
    expect(isReachable(abroad, kp2mi, 'kh')).to.equal(true);
    expect(isReachable(whatsapp, kp2mi, 'my')).to.equal(true);
    expect(isReachable(web, kp2mi, 'my')).to.equal(true);
  });

  it('selects by rank for the reader location, passes over unknown ids and reports unreachable ones', () => {
    expect(selectHotlines(items, 'kh', []).entries.map((e) => e.hotline.id)).to.deep.equal(['kbri-phnom-penh', 'kh-police-117', 'kp2mi', 'kemlu']);
    expect(selectHotlines(items, 'sg', []).entries.map((e) => e.hotline.id)).to.deep.equal(['kemlu', 'kp2mi']);
    const chosen = selectHotlines(items, 'kh', ['polri110', 'nope', 'kp2mi']);
    expect(chosen.entries.map((e) => e.hotline.id)).to.deep.equal(['kp2mi']);
    expect(chosen.unreachable).to.deep.equal(['polri110']);
  });
});

describe('hotline-card vCard', () => {
  it('escapes text values and lists every channel', () => {
    expect(escapeVcard('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const problems: ContentProblem[] = [];
    const items = readCollection(hotlinesSpec, pack, 'defaults', problems).items!;
    const card = buildVcard('SAPA 129', items[1].channels, '');
    expect(card).to.equal('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:SAPA 129\r\nORG:SAPA 129\r\nTEL;TYPE=VOICE:129\r\nTEL;TYPE=CELL:+628111129129\r\nEND:VCARD\r\n');
  });
});
