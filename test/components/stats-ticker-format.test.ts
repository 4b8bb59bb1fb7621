import { expect } from '@open-wc/testing';
import { figureParts, figureText, formatAmount, supportsCompact } from '../../components/stats-ticker/format.js';
import { countValue, easeOut, effectiveMode, parseMode } from '../../components/stats-ticker/playback.js';
import type { Stat } from '../../src/content/stats.js';
import { LANGS } from '../../src/i18n/languages.js';

const NBSP = /\u00a0/g;

function stat(extra: Partial<Stat> = {}): Stat {
  return {
    id: 'x',
    value: 1386,
    source: { name: 'Test', url: 'https://example.org/', date: '2024-06-18' },
    checkedOn: '2026-11-23',
    reviewBy: '2027-11-23',
    text: { id: { label: 'kasus', unit: 'kasus' }, en: { label: 'cases', unit: 'cases' } },
    ...extra,
  };
}

describe('stats-ticker format', () => {
  it('groups digits the Indonesian and the English way', () => {
    expect(formatAmount(1386, 'id')).to.equal('1.386');
    expect(formatAmount(1386, 'en')).to.equal('1,386');
    expect(formatAmount(10000, 'id')).to.equal('10.000');
    expect(formatAmount(297434, 'en')).to.equal('297,434');
    expect(formatAmount(12.5, 'id')).to.equal('12,5');
  });

  it('writes money in trillions with Rp: "Rp359,81 triliun" / "Rp359.81 trillion"', () => {
    expect(formatAmount(359810000000000, 'id', { currency: 'IDR' }).replace(NBSP, ' ')).to.equal('Rp359,81 triliun');
    expect(formatAmount(359810000000000, 'en', { currency: 'IDR' }).replace(NBSP, ' ')).to.equal('Rp359.81 trillion');
    expect(formatAmount(37e9, 'en', { currency: 'USD' }).replace(NBSP, ' ')).to.equal('US$37 billion');
    expect(formatAmount(1.5e6, 'id').replace(NBSP, ' ')).to.equal('1,5 juta');
  });

  it('gives the same result without Intl compact notation (old Android WebViews before Chromium 77)', () => {
    expect(supportsCompact()).to.equal(true); // this Chromium has it; the fallback below must match it
    for (const value of [1.5e6, 2e6, 37e9, 359810000000000, 327e12, 999e6]) {
      for (const lang of LANGS) {
        const withIntl = formatAmount(value, lang, { currency: 'IDR', compact: true }).replace(NBSP, ' ');
        expect(formatAmount(value, lang, { currency: 'IDR', compact: false })).to.equal(withIntl);
      }
    }
  });

  it('keeps the final scale word while counting up, so the word does not jump', () => {
    expect(formatAmount(120e12, 'id', { currency: 'IDR', scaleOf: 359810000000000 })).to.equal('Rp120 triliun');
    expect(formatAmount(5e11, 'en', { scaleOf: 359810000000000 })).to.equal('0.5 trillion');
    expect(formatAmount(0, 'id', { scaleOf: 359810000000000, currency: 'IDR' })).to.equal('Rp0 triliun');
  });

  it('models "more than", "at least" and "about" explicitly instead of faking precision', () => {
    expect(figureText(stat({ value: 10000, qualifier: 'more-than' }), 'id')).to.equal('lebih dari 10.000 kasus');
    expect(figureText(stat({ value: 10000, qualifier: 'more-than' }), 'en')).to.equal('more than 10,000 cases');
    expect(figureText(stat({ value: 120000, qualifier: 'at-least' }), 'id')).to.equal('sedikitnya 120.000 kasus');
    expect(figureText(stat({ value: 100000, qualifier: 'about' }), 'en')).to.equal('about 100,000 cases');
    expect(figureText(stat(), 'id')).to.equal('1.386 kasus');
    expect(figureText(stat(), 'en')).to.equal('1,386 cases');
  });

  it('splits a figure into qualifier, amount and unit, and leaves out what is missing', () => {
    const money = stat({ value: 359810000000000, currency: 'IDR', text: { id: { label: 'perputaran' } } });
    expect(figureText(money, 'id').replace(NBSP, ' ')).to.equal('Rp359,81 triliun');
    expect(figureParts(money, 'en').unit).to.equal(undefined);
    expect(figureParts(stat(), 'id', 500)).to.deep.equal({ qualifier: undefined, amount: '500', unit: 'kasus' });
  });
});

describe('stats-ticker motion logic', () => {
  it('reads the mode attribute', () => {
    expect(parseMode('rotate')).to.equal('rotate');
    expect(parseMode(' MARQUEE ')).to.equal('marquee');
    expect(parseMode('spin')).to.equal(null);
    expect(parseMode(undefined)).to.equal(null);
  });

  it('falls back to static under reduced motion or with one figure', () => {
    expect(effectiveMode('marquee', false, 3)).to.equal('marquee');
    expect(effectiveMode('marquee', true, 3)).to.equal('static');
    expect(effectiveMode('rotate', false, 1)).to.equal('static');
    expect(effectiveMode('static', false, 5)).to.equal('static');
  });

  it('counts up with whole numbers and lands exactly on the final value', () => {
    expect(easeOut(0)).to.equal(0);
    expect(easeOut(1)).to.equal(1);
    expect(easeOut(2)).to.equal(1);
    expect(easeOut(0.5)).to.be.within(0.8, 0.9);
    expect(countValue(1386, 0)).to.equal(0);
    expect(Number.isInteger(countValue(1386, 0.37))).to.equal(true);
    expect(countValue(1386, 1)).to.equal(1386);
    expect(countValue(359.81, 1)).to.equal(359.81);
    expect(countValue(2.5, 0.5)).to.be.within(2, 2.5);
    const frames = [0, 0.1, 0.2, 0.4, 0.6, 0.8, 0.95, 1].map((p) => countValue(5088, p));
    expect(frames).to.deep.equal([...frames].sort((a, b) => a - b));
  });
});
