import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { indexForKey } from '../../components/scam-carousel/carousel-index.js';
import { keepKnownFlags, markedFlags, parsePhrases, phraseOf } from '../../src/content/phrase-markup.js';

describe('scam-carousel phrase markup', () => {
  it('splits a line into plain and flagged segments', () => {
    expect(parsePhrases('Gaji [[salary|Rp15 juta per bulan]] tanpa pengalaman')).to.deep.equal([
      { text: 'Gaji ' },
      { flag: 'salary', text: 'Rp15 juta per bulan' },
      { text: ' tanpa pengalaman' },
    ]);
    expect(parsePhrases('[[a|one]][[b-2|two]]')).to.deep.equal([
      { flag: 'a', text: 'one' },
      { flag: 'b-2', text: 'two' },
    ]);
    expect(parsePhrases('no markers')).to.deep.equal([{ text: 'no markers' }]);
    expect(parsePhrases('')).to.deep.equal([]);
  });

  it('keeps anything that is not a well-formed marker as literal text', () => {
    for (const line of ['[[Bad Id|x]]', '[[nopipe]]', '[[id|unclosed', '[id|single]', '[[|empty id]]']) {
      expect(parsePhrases(line)).to.deep.equal([{ text: line }]);
    }
    expect(parsePhrases('[[a|   ]]')).to.deep.equal([{ text: '[[a|   ]]' }]);
    expect(parsePhrases('x [[a| padded ]] y')[1]).to.deep.equal({ flag: 'a', text: 'padded' });
  });

  it('never loses or invents text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (line) => {
        const joined = parsePhrases(line)
          .map((s) => (s.flag ? `[[${s.flag}|${s.text}]]` : s.text))
          .join('');
        // Flagged phrases are trimmed; everything else round-trips exactly.
        expect(joined.replace(/\s+/g, '')).to.equal(line.replace(/\s+/g, ''));
      }),
    );
  });

  it('lists marked flags, unmarks unknown ones and finds the phrase of a flag', () => {
    const lines = [parsePhrases('[[a|one]] and [[x|ghost]]'), parsePhrases('[[b|two]] [[a|again]]')];
    expect(markedFlags(lines)).to.deep.equal(['a', 'x', 'b']);
    expect(keepKnownFlags(lines, ['a', 'b'])).to.deep.equal(['x']);
    expect(lines[0][2]).to.deep.equal({ text: 'ghost' });
    expect(phraseOf(lines, 'a')).to.equal('one');
    expect(phraseOf(lines, 'b')).to.equal('two');
    expect(phraseOf(lines, 'x')).to.equal('');
  });
});

describe('scam-carousel keys', () => {
  it('maps arrow keys, Home and End; ignores other keys and single slides', () => {
    expect(indexForKey('ArrowRight', 0, 6)).to.equal(1);
    expect(indexForKey('ArrowRight', 5, 6)).to.equal(0);
    expect(indexForKey('ArrowLeft', 0, 6)).to.equal(5);
    expect(indexForKey('Home', 4, 6)).to.equal(0);
    expect(indexForKey('End', 1, 6)).to.equal(5);
    expect(indexForKey('Enter', 1, 6)).to.equal(null);
    expect(indexForKey('ArrowRight', 0, 1)).to.equal(null);
  });
});
