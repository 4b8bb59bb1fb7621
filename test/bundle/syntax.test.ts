import { expect } from '@open-wc/testing';
import { parse } from 'acorn';

// Android WebViews older than Chromium 85 must run dist/awas.js: the file must parse as ES2017.
describe('dist/awas.js syntax level', () => {
  it('parses as an ES2017 classic script', async () => {
    const code = await (await fetch('/dist/awas.js')).text();
    expect(code.length).to.be.greaterThan(1000);
    expect(() => parse(code, { ecmaVersion: 2017, sourceType: 'script' })).not.to.throw();
  });

  it('would be caught if it used newer syntax', () => {
    expect(() => parse('a ?? b', { ecmaVersion: 2017 })).to.throw();
    expect(() => parse('({...a})', { ecmaVersion: 2017 })).to.throw();
    expect(() => parse('class A { x = 1 }', { ecmaVersion: 2017 })).to.throw();
  });
});
