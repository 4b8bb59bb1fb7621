/**
 * Double and mixed loads: dist/awas.js twice, with the hotline-only script, with the npm build (both orders), and
 * with a copy of another version (both orders; served by the test server as dist/awas.js with its version string
 * replaced). Every widget renders once (tags and mounts), no exception, and exactly one console warning when two
 * versions meet (none when the copies are the same version: nothing is wrong then).
 */
import { expect } from '@open-wc/testing';
import { audit } from './helpers/audit.js';
import { figures, nextTask, openPage, settle, until } from './helpers/frame.js';

const OTHER = '9.9.9-hostile';
let pages = 0;
let widgetsChecked = 0;

async function check(file: string): Promise<{ warnings: string[]; version?: string; classVersion?: string }> {
  const page = await openPage(`/test/hostile/pages/${file}`);
  pages += 1;
  const doc = page.doc;
  const mounts = Array.from(doc.querySelectorAll('[data-awas-widget]'));
  await until(() => mounts.every((m) => m.shadowRoot?.firstElementChild), `mounts upgraded in ${file}`);
  const tags = Array.from(doc.body.children).filter((el) => el.localName.startsWith('awas-'));
  const widgets = [...tags, ...mounts.map((m) => m.shadowRoot!.firstElementChild!)];
  await Promise.all(widgets.map((w) => settle(w)));
  // A second copy's late work (its mount watcher is a MutationObserver; no timers in src/mount or the define path)
  // has run one task after everything rendered.
  await nextTask();
  await Promise.all(widgets.map((w) => settle(w)));
  for (const mount of mounts) expect(mount.shadowRoot!.children.length, `${file}: widgets in one mount`).to.equal(1);
  for (const widget of widgets) expect(audit(widget), `${file} <${widget.localName}>`).to.deep.equal([]);
  widgetsChecked += widgets.length;
  expect(page.record.errors, `${file}: exceptions`).to.deep.equal([]);
  const warnings = page.record.console.map((c) => c.text);
  const ctor = page.win.customElements.get('awas-hotline-card') as unknown as { version?: string };
  const result = { warnings, version: page.win.Awas?.version, classVersion: ctor.version };
  page.close();
  return result;
}

describe('hostile: double and mixed loads of dist/awas.js', function () {
  this.timeout(30000);

  after(async () => figures('double-load', { pages, widgets: widgetsChecked }));

  it('the test server really serves another version (control)', async () => {
    const [ours, other] = await Promise.all(['/dist/awas.js', `/__hostile/other-version.js?v=${OTHER}`].map(async (u) => (await fetch(u)).text()));
    const version = `"${(await (await fetch('/package.json')).json()).version}"`;
    expect(ours).to.contain(version).and.not.contain(OTHER);
    expect(other.split(`"${OTHER}"`)).to.have.length(2);
    expect(other).not.to.contain(version);
  });

  it('dist/awas.js twice: everything renders once, no exception, no warning', async () => {
    const { warnings, version } = await check('double-same.html');
    expect(warnings).to.deep.equal([]);
    expect(version).to.match(/^\d+\.\d+\.\d+$/);
  });

  it('dist/awas.js, then the hotline-only script: no exception, no warning', async () => {
    expect((await check('double-hotline-after.html')).warnings).to.deep.equal([]);
  });

  it('dist/awas.js, then the npm build: no exception, no warning', async () => {
    expect((await check('double-npm-after.html')).warnings).to.deep.equal([]);
  });

  it('the npm build, then dist/awas.js: no exception, no warning', async () => {
    expect((await check('double-npm-before.html')).warnings).to.deep.equal([]);
  });

  it('two versions (ours first): no exception, exactly one warning, the first version stays in use', async () => {
    const { warnings, version, classVersion } = await check('double-versions.html');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Two versions of Awas').and.contain(OTHER);
    expect(version).to.not.equal(OTHER);
    expect(classVersion).to.not.equal(OTHER);
  });

  it('two versions (the other first): no exception, exactly one warning, the first version stays in use', async () => {
    const { warnings, version, classVersion } = await check('double-versions-reverse.html');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('Two versions of Awas').and.contain(OTHER);
    expect(version).to.equal(OTHER);
    expect(classVersion).to.equal(OTHER);
  });
});
