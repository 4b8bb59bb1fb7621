import { expect } from '@open-wc/testing';
import { defaultRawItems, effectiveItems, SPECS } from '../../builder/collections.js';
import { emptyItem, explainReason, integrityOf, packObject, packProblems, packText, staleItems, type Json } from '../../builder/content-pack.js';
import { parseValue, pathString, rawItemName } from '../../builder/editor.js';
import { t } from '../../builder/strings.js';
import { readCollection } from '../../src/content/collection.js';
import type { CollectionKey } from '../../src/content/types.js';

const KEYS: CollectionKey[] = ['hotlines', 'questions', 'examples', 'stats'];

function regionalHotline(): Json {
  const item = emptyItem('hotlines');
  item.id = 'dinsos-contoh';
  (item.text as Json).id = { name: 'Dinas Sosial Contoh (data uji)' };
  item.channels = [{ type: 'phone', value: '0370-000000' }];
  item.source = { name: 'Situs Dinas Sosial Contoh', url: 'https://dinsos.contoh.invalid/', date: '2026-11-01' };
  item.checkedOn = '2026-11-20';
  item.reviewBy = '2027-05-20';
  return item;
}

describe('builder/content-pack', () => {
  it('starts a new item from the real schema: every required field there, and reported until filled', () => {
    for (const key of KEYS) {
      const problems = packProblems(key, [emptyItem(key)]);
      expect(problems.length, key).to.be.greaterThan(0);
      expect(problems.every((p) => p.path.startsWith(`${key}[0]`)), key).to.equal(true);
    }
    const hotline = emptyItem('hotlines');
    expect(hotline).to.deep.include({ country: 'id', audience: { id: 1 }, channels: [{ type: 'phone', value: '' }] });
    expect(packProblems('hotlines', [])).to.deep.equal([{ path: 'hotlines', reason: 'has no items', item: -1 }]);
  });

  it('finds no problem in the built-in items (copying one gives a valid start)', () => {
    for (const key of KEYS) expect(packProblems(key, defaultRawItems(key)), key).to.deep.equal([]);
  });

  it('reports what the widget’s loader reports, at the field it is about', () => {
    const item = regionalHotline();
    expect(packProblems('hotlines', [item])).to.deep.equal([]);
    (item.channels as Json[])[0].value = 'abc';
    const problems = packProblems('hotlines', [item]);
    // The channel is skipped, and then the hotline has no channel left: both, as the loader says.
    expect(problems.map((p) => p.path)).to.deep.equal(['hotlines[0].channels[0].value', 'hotlines[0]']);
    expect(problems[1].reason).to.contain('has no usable channel');
    expect(problems[0].reason).to.contain('is not a phone number');
    // The same words the widget prints in the console for this file:
    const loader: { code: string; message: string }[] = [];
    readCollection(SPECS.hotlines, packObject('hotlines', true, [item]), 'content-src', loader);
    expect(loader.map((p) => p.message).join(' ')).to.contain(problems[0].reason);
    expect(explainReason('id', problems[0])).to.equal(t('id', 'reason.phone'));
    expect(explainReason('en', problems[0])).to.equal(problems[0].reason);

    const twice = packProblems('hotlines', [regionalHotline(), regionalHotline()]);
    expect(twice.map((p) => [p.path, explainReason('id', p)])).to.deep.equal([['hotlines[1].id', t('id', 'reason.duplicate', { id: 'dinsos-contoh' })]]);
    const badId = regionalHotline();
    badId.id = 'Dinsos Contoh';
    expect(explainReason('id', packProblems('hotlines', [badId])[0])).to.equal(t('id', 'reason.idPattern'));
    const empty = regionalHotline();
    (empty.source as Json).url = '';
    expect(explainReason('id', packProblems('hotlines', [empty])[0])).to.equal(t('id', 'reason.empty'));
    const noDate = regionalHotline();
    noDate.checkedOn = '20-11-2026';
    expect(explainReason('id', packProblems('hotlines', [noDate])[0])).to.equal(t('id', 'reason.date'));
  });

  it('writes the file the widget reads: merge adds the regional hotline to the built-in ones', () => {
    const text = packText(packObject('hotlines', true, [regionalHotline()]));
    expect(text.endsWith('}\n')).to.equal(true);
    const pack = JSON.parse(text);
    expect(pack.merge).to.equal(true);
    const items = effectiveItems('hotlines', pack);
    expect(items.map((i) => i.id)).to.include.members(['kp2mi', 'dinsos-contoh']);
    expect(effectiveItems('hotlines', packObject('hotlines', false, [regionalHotline()])).map((i) => i.id)).to.deep.equal(['dinsos-contoh']);
  });

  it('computes content-integrity over the exact UTF-8 bytes', async () => {
    expect(await integrityOf('abc')).to.equal('sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn');
    const text = packText(packObject('hotlines', true, [{ ...regionalHotline(), text: { id: { name: 'Dinas Sosial — “Contoh”' } } }]));
    const expected = new Uint8Array(await crypto.subtle.digest('SHA-384', new TextEncoder().encode(text)));
    expect(await integrityOf(text)).to.equal(`sha384-${btoa(String.fromCharCode(...expected))}`);
  });

  it('lists items past their review date (still shown by the widget, with a warning)', () => {
    const old = { ...regionalHotline(), reviewBy: '2020-01-01' };
    expect(staleItems([old, regionalHotline()], '2026-11-23')).to.deep.equal([{ id: 'dinsos-contoh', date: '2020-01-01' }]);
  });

  it('reads form values the way the schema wants them', () => {
    expect(parseValue({ type: 'number' }, ' 1386 ', true)).to.equal(1386);
    // "1.386" is 1386 in Indonesian: not read as 1.386 for a figure, only for a small weight.
    expect(parseValue({ type: 'number', maximum: 9e15 }, '1.386', true)).to.equal('1.386');
    expect(parseValue({ type: 'number', minimum: 0, maximum: 10 }, '1.5', true)).to.equal(1.5);
    expect(parseValue({ type: 'number', maximum: 9e15 }, '-5', true)).to.equal('-5');
    expect(parseValue({ type: 'integer' }, '12a', true)).to.equal('12a');
    expect(parseValue({ type: 'number' }, '', true)).to.equal(undefined);
    expect(parseValue({ type: 'string' }, '', true)).to.equal('');
    expect(parseValue({ type: 'string' }, '', false)).to.equal(undefined);
    expect(pathString(['hotlines', 0, 'channels', 1, 'value'])).to.equal('hotlines[0].channels[1].value');
    expect(rawItemName('hotlines', regionalHotline(), 'en')).to.equal('Dinas Sosial Contoh (data uji)');
    expect(rawItemName('questions', { id: 'x' }, 'id')).to.equal('x');
  });
});
