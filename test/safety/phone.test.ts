import { expect } from '@open-wc/testing';
import { acceptDisplay, fitsPlan, parsePhone, spokenNumber } from '../../src/safety/phone.js';

describe('safety/phone', () => {
  it('keeps short codes as dialled locally', () => {
    for (const code of ['110', '129', '117', '175']) {
      const p = parsePhone(code)!;
      expect(p.kind).to.equal('short');
      expect(p.dial).to.equal(code);
      expect(p.whatsapp).to.equal('');
    }
  });

  it('keeps the domestic toll-free 0-800 number local and groups it readably', () => {
    const p = parsePhone('0-800-1000')!;
    expect(p).to.include({ kind: 'toll-free', dial: '08001000', national: '0800-1000', country: 'id' });
    expect(parsePhone('0800 1 555 999')!.national).to.equal('0800-1-555-999');
  });

  it('turns Indonesian mobile numbers into E.164 for links and 0811-… for display', () => {
    const p = parsePhone('0811-8080-141')!;
    expect(p).to.include({ kind: 'ordinary', dial: '+628118080141', whatsapp: '628118080141', country: 'id' });
    expect(p.national).to.equal('0811-8080-141');
    expect(p.international).to.equal('+62 811-8080-141');
  });

  it('formats Jakarta landlines and Cambodian numbers', () => {
    const jkt = parsePhone('+62 21 29244800')!;
    expect(jkt.dial).to.equal('+622129244800');
    expect(jkt.international).to.equal('+62 21 2924 4800');
    expect(jkt.national).to.equal('(021) 2924-4800');
    const kh = parsePhone('+855 12 813 282')!;
    expect(kh).to.include({ country: 'kh', dial: '+85512813282', international: '+855 12 813 282', national: '012 813 282' });
    expect(parsePhone('+855 61 844 661')!.international).to.equal('+855 61 844 661');
    expect(parsePhone('012 813 282', 'kh')!.dial).to.equal('+85512813282');
  });

  it('groups numbers of other countries generically and groups 3-digit area codes', () => {
    expect(parsePhone('+60 3 1234 5678')!.international).to.equal('+60 31 234 5678');
    expect(parsePhone('0274 123456')!.national).to.equal('(0274) 123-456');
  });

  it('refuses what is not a phone number', () => {
    for (const bad of ['', 'abc', '12', '+', 'javascript:alert(1)', '0811-8080-141; drop', '+1234567890123456', '8118080141', 42, null, '0'.repeat(50)]) {
      expect(parsePhone(bad as string), String(bad)).to.equal(null);
    }
  });

  it('knows the numbering plans of Indonesia and Cambodia', () => {
    // Indonesia: short codes, toll-free 0800 + 4–7, mobile 08 + 8–11, landline 0 + area code 2–9 + subscriber.
    for (const ok of ['110', '129', '112', '1500', '0800-1000', '0800 1 555 999', '0811-8080-141', '08111129129', '0812 0000 12345', '(021) 2924-4800', '0274 123456', '0911 123456']) {
      expect(fitsPlan(ok, 'id'), ok).to.equal(true);
    }
    for (const bad of ['012813282', '012 813 282', '0800123', '081234567', '08123456789012', '0211234', '001234567']) {
      expect(fitsPlan(bad, 'id'), bad).to.equal(false);
    }
    // Cambodia: short codes, 0 + 8–9 digits.
    for (const ok of ['117', '118', '119', '1288', '012 813 282', '023 210 177', '096 123 4567']) expect(fitsPlan(ok, 'kh'), ok).to.equal(true);
    for (const bad of ['0800-1000', '012 813', '0012813282', '01281328212']) expect(fitsPlan(bad, 'kh'), bad).to.equal(false);
    // A country without a known plan: only short codes.
    expect(fitsPlan('999', 'my')).to.equal(true);
    expect(fitsPlan('03 1234 5678', 'my')).to.equal(false);
  });

  it('reads a number against its own country, never re-prefixing one that does not fit it', () => {
    // The same written number, read against each country.
    expect(parsePhone('012813282', 'kh')).to.include({ kind: 'ordinary', country: 'kh', dial: '+85512813282', national: '012 813 282' });
    const ambiguous = parsePhone('012 813 282', 'id')!;
    expect(ambiguous).to.deep.equal({ kind: 'ambiguous', country: '', dial: '012813282', national: '012 813 282', international: '012 813 282', whatsapp: '' });
    expect(parsePhone('tel:012813282')).to.include({ kind: 'ambiguous', dial: '012813282', national: '012813282' });
    // Toll-free 0800 is Indonesian; read as Cambodian it fits no plan and keeps no country code.
    expect(parsePhone('0800-1000', 'kh')).to.include({ kind: 'ambiguous', dial: '08001000', national: '0800-1000' });
    // No known calling code: a national number cannot be placed, a short code stays local to that country.
    expect(parsePhone('03 1234 5678', 'my')).to.include({ kind: 'ambiguous', dial: '0312345678' });
    expect(parsePhone('999', 'my')).to.include({ kind: 'short', country: 'my', dial: '999' });
    // With + a number carries its country, whatever it is read against.
    for (const home of ['id', 'kh', 'my']) {
      expect(parsePhone('+855 23 210 177', home)).to.include({ kind: 'ordinary', country: 'kh', dial: '+85523210177', international: '+855 23 210 177' });
      expect(parsePhone('+62 811-8080-141', home)).to.include({ kind: 'ordinary', country: 'id', dial: '+628118080141' });
    }
  });

  it('accepts an author display only when it is the same number', () => {
    const p = parsePhone('08111129129')!;
    expect(acceptDisplay(p, '08111-129-129')).to.equal('08111-129-129');
    expect(acceptDisplay(p, '08111-129-128')).to.equal(null);
    expect(acceptDisplay(p, 5)).to.equal(null);
  });

  it('spells numbers digit by digit for screen readers', () => {
    expect(spokenNumber('0800-1000')).to.equal('0 8 0 0, 1 0 0 0');
    expect(spokenNumber('+855 12 813 282')).to.equal('plus 8 5 5, 1 2, 8 1 3, 2 8 2');
    expect(spokenNumber('(021) 2924-4800')).to.equal('0 2 1, 2 9 2 4, 4 8 0 0');
  });
});
