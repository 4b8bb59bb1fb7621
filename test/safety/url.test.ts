import { expect } from '@open-wc/testing';
import { displayUrl, isSecureOrSameOrigin, safeUrl } from '../../src/safety/url.js';

describe('safety/url', () => {
  it('allows https, http, tel, sms, mailto and wa.me links', () => {
    expect(safeUrl('https://kp2mi.go.id/')).to.equal('https://kp2mi.go.id/');
    expect(safeUrl('http://example.org/a')).to.equal('http://example.org/a');
    expect(safeUrl('tel:+628118080141')).to.equal('tel:+628118080141');
    expect(safeUrl('sms:129')).to.equal('sms:129');
    expect(safeUrl('mailto:a@example.org')).to.equal('mailto:a@example.org');
    expect(safeUrl('https://wa.me/628118080141?text=Halo')).to.equal('https://wa.me/628118080141?text=Halo');
  });

  it('refuses script-bearing and unknown schemes, including obfuscated ones', () => {
    const bad = [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'java\u0000script:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://x/1',
      'https://kemlu.go.id@evil.example/',
      'https://',
      '',
      'x'.repeat(3000),
    ];
    for (const value of bad) expect(safeUrl(value), JSON.stringify(value)).to.equal(null);
    expect(safeUrl(42)).to.equal(null);
  });

  it('narrows protocols on request and resolves relative URLs against the page', () => {
    expect(safeUrl('tel:110', ['https:'])).to.equal(null);
    expect(safeUrl('/content.json', ['https:', 'http:'])).to.equal(new URL('/content.json', document.baseURI).href);
  });

  it('knows what is same-origin or https', () => {
    expect(isSecureOrSameOrigin(new URL('/x.json', location.href).href)).to.equal(true);
    expect(isSecureOrSameOrigin('https://example.org/x.json')).to.equal(true);
    expect(isSecureOrSameOrigin('http://example.org/x.json')).to.equal(false);
  });

  it('shows links without scheme or www', () => {
    expect(displayUrl('https://www.peduliwni.kemlu.go.id/')).to.equal('peduliwni.kemlu.go.id');
    expect(displayUrl('https://hotline.police.gov.kh/report')).to.equal('hotline.police.gov.kh/report');
    expect(displayUrl('mailto:a@example.org')).to.equal('a@example.org');
    expect(displayUrl('not a url')).to.equal('');
  });
});
