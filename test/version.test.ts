import { expect } from '@open-wc/testing';
import { VERSION } from '../src/version.js';

describe('version', () => {
  it('src/version.ts equals package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
