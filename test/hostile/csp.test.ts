/**
 * Strict Content-Security-Policy and Trusted Types, against the built dist/awas.js. The test server sends the
 * headers (test/hostile/server/hostile-server.mjs, POLICIES):
 * - strict: default-src 'self'; script-src 'self'; style-src 'self' (no 'unsafe-inline', no 'unsafe-eval');
 * - the same plus require-trusted-types-for 'script';
 * - the same plus trusted-types lit-html 'allow-duplicates', with the script loaded twice.
 * Every widget (tags and data-awas-widget mounts, light DOM, inline JSON, content-src) renders and is used; zero
 * securitypolicyviolation events in the page and zero reports at the server's report-uri. A control page that
 * breaks its own policy proves both detectors see violations.
 */
import { expect } from '@open-wc/testing';
import { figures, nextTask, openPage, settle, until, type HostPage } from './helpers/frame.js';
import { audit } from './helpers/audit.js';

interface CspReport {
  page: string;
  report: unknown;
}

async function serverReports(page: string): Promise<CspReport[]> {
  const response = await fetch(`/__hostile/csp-reports?page=${encodeURIComponent(page)}`);
  return (await response.json()) as CspReport[];
}

const shadow = (el: Element | null) => el?.shadowRoot as ShadowRoot;
const counts = { pages: 0, widgets: 0, interactions: 0 };

/** Render, use every widget of the page, and return the widgets. */
async function exercise(page: HostPage): Promise<Element[]> {
  const doc = page.doc;
  const mounts = Array.from(doc.querySelectorAll('[data-awas-widget]'));
  await until(() => mounts.every((m) => m.shadowRoot?.firstElementChild), 'mounts upgraded');
  const widgets = [...Array.from(doc.querySelectorAll('main > *')).filter((el) => el.localName.startsWith('awas-')), ...mounts.map((m) => m.shadowRoot!.firstElementChild!)];
  await Promise.all(widgets.map((w) => settle(w)));
  counts.widgets += widgets.length;

  // Quiz: answer every question ("Ya") up to the result, which embeds a hotline card.
  const quiz = doc.getElementById('quiz')!;
  for (let i = 0; i < 30 && !shadow(quiz).querySelector('.result'); i++) {
    (shadow(quiz).querySelector('button.answer') as HTMLButtonElement).click();
    await settle(quiz);
    counts.interactions += 1;
  }
  expect(shadow(quiz).querySelector('.result'), 'quiz result').to.exist;
  expect(audit(quiz)).to.deep.equal([]);

  // Carousel: next slide, reveal the flags.
  const carousel = doc.getElementById('carousel') as unknown as Element & { index: number };
  (shadow(carousel).querySelectorAll('button.step')[1] as HTMLButtonElement).click();
  await settle(carousel);
  expect(carousel.index).to.equal(1);
  (shadow(carousel).querySelectorAll('.reveal button')[1] as HTMLButtonElement).click();
  await settle(carousel);
  expect(shadow(carousel).querySelectorAll('mark').length, 'revealed flags').to.be.greaterThan(0);
  counts.interactions += 2;

  // Hotline card: copy a number (the Clipboard API may be refused in a frame: the fallback selects it).
  const card = doc.getElementById('card')!;
  (shadow(card).querySelector('button.copy') as HTMLButtonElement).click();
  await until(() => shadow(card).querySelector('[role="status"]')!.textContent!.trim(), 'copy announcement');
  await settle(card);
  counts.interactions += 1;

  // Styles applied through constructable stylesheets (allowed by style-src 'self'); sizes set through the CSSOM.
  const exit = shadow(doc.getElementById('exit')).querySelector('button')!;
  expect(getComputedStyle(exit).backgroundColor).to.equal('rgb(164, 22, 26)');
  const marquee = shadow(doc.getElementById('ticker')).querySelector('.track') as HTMLElement;
  expect(marquee.style.animationDuration, 'marquee duration set through the CSSOM').to.match(/s$/);
  // Count-up (requestAnimationFrame) once the figure is on screen.
  doc.getElementById('counter')!.scrollIntoView();
  await until(() => shadow(doc.getElementById('counter')).querySelector('.anim') === null, 'count-up finished');
  return widgets;
}

describe('hostile: strict CSP and Trusted Types with dist/awas.js', function () {
  this.timeout(30000);

  after(async () => {
    await figures('csp', { pages: counts.pages, widgets: counts.widgets, interactions: counts.interactions });
  });

  it('control: a page that breaks its own policy is seen by both detectors', async () => {
    const page = await openPage('/test/hostile/pages/csp-control.html');
    await until(() => page.record.violations.length >= 2, 'violations of the control page');
    expect(page.record.violations.map((v) => v.directive)).to.include.members(['style-src-attr', 'img-src']);
    const reports = await until(async () => (await serverReports('csp-control.html')).length, 'reports at the server');
    expect(reports, 'reports at the server').to.be.greaterThan(0);
    // Awas itself is fine on that page.
    const exit = page.doc.querySelector('awas-safe-exit')!;
    await settle(exit);
    expect(audit(exit)).to.deep.equal([]);
    page.close();
  });

  for (const [file, what] of [
    ['csp-strict.html', "default-src 'self'; script-src 'self'; style-src 'self'"],
    ['csp-trusted-types.html', "the same + require-trusted-types-for 'script'"],
    ['csp-trusted-types-named.html', "the same + trusted-types lit-html 'allow-duplicates', script loaded twice"],
  ]) {
    it(`${what}: every widget renders and works, zero violations, zero exceptions`, async () => {
      const page = await openPage(`/test/hostile/pages/${file}`, { width: 800, height: 1200 });
      counts.pages += 1;
      const policy = (await fetch(`/test/hostile/pages/${file}`)).headers.get('content-security-policy') ?? '';
      expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.not.contain('unsafe');
      const widgets = await exercise(page);
      for (const widget of widgets) expect(audit(widget), widget.localName).to.deep.equal([]);
      // Violations are reported in a task after the blocked action; the report-uri gets one per event, so no event
      // after that task means no report is coming.
      await nextTask();
      expect(page.record.violations, 'securitypolicyviolation events').to.deep.equal([]);
      expect(page.record.errors, 'uncaught exceptions').to.deep.equal([]);
      expect(page.record.console.filter((c) => c.level === 'error')).to.deep.equal([]);
      // The inline JSON child is read once the parser has written its text: no false "not valid JSON".
      expect(page.record.awasErrors.filter((e) => e.code === 'content-json')).to.deep.equal([]);
      expect(await serverReports(file), 'reports at the report-uri').to.deep.equal([]);
      if (file.includes('trusted-types')) {
        // Control: Trusted Types are enforced in this page (a plain string into innerHTML is refused and reported).
        expect(policy).to.contain("require-trusted-types-for 'script'");
        expect(() => (page.doc.createElement('div').innerHTML = '<b>x</b>')).to.throw(/TrustedHTML/);
        await until(() => page.record.violations.length === 1, 'the control violation');
      }

      // The quick exit works too: it blanks the page through the CSSOM and leaves with location.replace().
      const left = new Promise((resolve) => (page.iframe.onload = resolve));
      (shadow(page.doc.getElementById('exit')).querySelector('button') as HTMLButtonElement).click();
      await left;
      expect(page.iframe.contentWindow!.location.pathname).to.equal('/test/bundle/pages/neutral.html');
      page.close();
    });
  }

  it("trusted-types lit-html without 'allow-duplicates' and the script twice: the browser refuses the second copy, the first keeps working (why SECURITY.md asks for 'allow-duplicates')", async () => {
    const page = await openPage('/test/hostile/pages/csp-trusted-types-named-no-duplicates.html', { width: 800, height: 1200 });
    const widgets = await exercise(page);
    for (const widget of widgets) expect(audit(widget), widget.localName).to.deep.equal([]);
    expect(page.record.errors).to.have.length(1);
    expect(page.record.errors[0]).to.contain('createPolicy').and.contain('lit-html');
    expect(page.record.violations.map((v) => v.directive)).to.deep.equal(['trusted-types']);
    page.close();
  });
});
