import { expect } from '@open-wc/testing';
// @ts-expect-error plain ESM script shared with the build
import { renderReference } from '../../scripts/reference.mjs';

describe('README', () => {
  it('has the attribute reference generated from custom-elements.json (run node scripts/reference.mjs)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain(renderReference(manifest));
  });

  it('gives the two commands', async () => {
    const readme = await (await fetch('/README.md')).text();
    expect(readme).to.contain('npm install && npm start');
    expect(readme).to.contain('npm test');
  });

  it('documents every public tag', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const readme = await (await fetch('/README.md')).text();
    const tags = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).map((d: { tagName?: string }) => d.tagName).filter(Boolean);
    expect(tags.length).to.be.greaterThan(1);
    for (const tag of tags) expect(readme, tag).to.contain(`<${tag}>`);
  });
});
