import { expect } from '@open-wc/testing';
import { clampNumber } from '../../src/safety/number.js';
import { isIsoDate, parseIsoDate } from '../../src/safety/date.js';
import { cleanText, isId, parseIdList } from '../../src/safety/text.js';

describe('safety/text, date, number', () => {
  it('strips control and bidi-override characters and caps length', () => {
    expect(cleanText('  Halo\u202E kak\u0000  ')).to.equal('Halo kak');
    expect(cleanText('a'.repeat(50), 10)).to.have.length(10);
    expect(cleanText(undefined)).to.equal('');
  });

  it('parses id lists, keeping order and reporting junk', () => {
    expect(parseIdList(' KP2MI, sapa129,,kp2mi, <b>x</b>')).to.deep.equal({ ids: ['kp2mi', 'sapa129'], invalid: ['<b>x</b>'] });
    expect(parseIdList(null)).to.deep.equal({ ids: [], invalid: [] });
    expect(isId('a-b')).to.equal(true);
    expect(isId('-a')).to.equal(false);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2025-04-10')).to.equal(true);
    expect(isIsoDate('2025-02-30')).to.equal(false);
    expect(isIsoDate('10/04/2025')).to.equal(false);
    expect(parseIsoDate('2025-04-10')!.toISOString()).to.equal('2025-04-10T00:00:00.000Z');
  });

  it('clamps numbers and says when it corrected them', () => {
    const opts = { min: 5, max: 60, fallback: 8 };
    expect(clampNumber('7', opts)).to.deep.equal({ value: 7, corrected: false });
    expect(clampNumber('2', opts)).to.deep.equal({ value: 5, corrected: true });
    expect(clampNumber(600, opts)).to.deep.equal({ value: 60, corrected: true });
    expect(clampNumber('abc', opts)).to.deep.equal({ value: 8, corrected: true });
    expect(clampNumber(null, opts)).to.deep.equal({ value: 8, corrected: false });
  });
});
