/**
 * Stale content, against the built dist/awas.js: an entry past its reviewBy date stays on screen, and the page
 * author is told once: one awas-error "stale-content" per element and entry (not again on re-render or content
 * change), and one console line per entry for the whole page (however many widgets show it).
 * Two ways: packs with an old reviewBy (inline JSON), and the bundled content on a page whose clock says 2030.
 */
import { expect } from '@open-wc/testing';
import { baseItem, type Collection } from './corpus/packs.mjs';
import { audit, shadowText } from './helpers/audit.js';
import { figures, openPage, settle, TAGS } from './helpers/frame.js';
import examplesPack from '../../src/content/packs/examples.json';
import hotlinesPack from '../../src/content/packs/hotlines.json';
import questionsPack from '../../src/content/packs/questions.json';
import statsPack from '../../src/content/packs/stats.json';

const WIDGET_OF: Record<Collection, string> = {
  hotlines: 'awas-hotline-card',
  questions: 'awas-risk-quiz',
  examples: 'awas-scam-carousel',
  stats: 'awas-stats-ticker',
};
/** A text of the stale test item that is on screen in each widget. */
const VISIBLE: Record<Collection, string> = {
  hotlines: 'Layanan uji',
  questions: 'Apakah ini pertanyaan uji?',
  examples: 'Contoh uji',
  stats: 'kasus uji',
};
const BUNDLED: Record<Collection, { id: string }[]> = {
  hotlines: hotlinesPack.hotlines,
  questions: questionsPack.questions,
  examples: examplesPack.examples,
  stats: statsPack.stats,
};
const COPIES = 3;
const counts = { widgets: 0, staleEntries: 0 };

function staleEvents(el: Element): string[] {
  return ((el as unknown as { __stale?: string[] }).__stale ??= []);
}

function listen(el: Element): void {
  el.addEventListener('awas-error', (e) => {
    const { code, message } = (e as CustomEvent).detail;
    if (code === 'stale-content') staleEvents(el).push(message);
  });
}

describe('hostile: stale content with dist/awas.js', function () {
  this.timeout(30000);

  after(async () => figures('stale', counts));

  it('an entry past reviewBy stays visible; one event per widget, one console line per page, none again on re-render', async () => {
    const page = await openPage('/test/hostile/pages/blank.html');
    for (const collection of Object.keys(WIDGET_OF) as Collection[]) {
      const stale = { ...baseItem(collection, 'lama'), reviewBy: '2020-01-01' };
      const fresh = { ...baseItem(collection, 'baru') };
      const widgets: Element[] = [];
      for (let i = 0; i < COPIES; i++) {
        const el = page.doc.createElement(WIDGET_OF[collection]);
        listen(el);
        const script = page.doc.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify({ [collection]: [stale, fresh] });
        el.append(script);
        page.doc.body.append(el);
        widgets.push(el);
      }
      await Promise.all(widgets.map((w) => settle(w)));
      // Re-render (attribute change) and re-read the content (a child added): still no second warning.
      for (const el of widgets) {
        el.setAttribute('theme', 'dark');
        el.append(page.doc.createComment('a CMS added this'));
      }
      // The content observer (a MutationObserver) reads the new child in a microtask queued by append(): after it,
      // settle until no update is pending.
      await Promise.resolve();
      await Promise.all(widgets.map((w) => settle(w)));
      for (const el of widgets) {
        expect(shadowText(el), `${collection}: the stale entry is shown`).to.contain(VISIBLE[collection]);
        expect(audit(el)).to.deep.equal([]);
        expect(staleEvents(el), `${collection}: stale-content events of one widget`).to.have.length(1);
        expect(staleEvents(el)[0]).to.contain('"lama"').and.contain('2020-01-01');
      }
      const lines = page.record.console.filter((c) => c.level === 'warn' && c.text.includes(`${collection} "lama"`));
      expect(lines, `${collection}: console lines`).to.have.length(1);
      counts.widgets += widgets.length;
      counts.staleEntries += 1;
    }
    expect(page.record.errors).to.deep.equal([]);
    page.close();
  });

  it('on a page whose clock is past every reviewBy, all bundled content stays on screen and each entry warns once', async () => {
    const now = await openPage('/test/hostile/pages/blank.html');
    const later = await openPage('/test/hostile/pages/stale-clock.html');
    expect(later.win.Date.now()).to.equal(Date.UTC(2030, 0, 1, 9, 0, 0));
    for (const collection of Object.keys(WIDGET_OF) as Collection[]) {
      const tag = WIDGET_OF[collection];
      const reference = now.doc.createElement(tag);
      now.doc.body.append(reference);
      await settle(reference);
      const widgets = [0, 1].map(() => {
        const el = later.doc.createElement(tag);
        listen(el);
        later.doc.body.append(el);
        return el;
      });
      await Promise.all(widgets.map((w) => settle(w)));
      const ids = BUNDLED[collection].map((item) => item.id);
      for (const el of widgets) {
        expect(shadowText(el), `${tag} on 2030-01-01 shows what it shows today`).to.equal(shadowText(reference));
        expect(staleEvents(el).length, `${tag}: one event per bundled entry`).to.equal(ids.length);
      }
      for (const id of ids) {
        const lines = later.record.console.filter((c) => c.level === 'warn' && c.text.includes(`${collection} "${id}" was due for review`));
        expect(lines, `${collection} "${id}": console lines`).to.have.length(1);
      }
      counts.widgets += widgets.length;
      counts.staleEntries += ids.length;
    }
    // Every widget type is covered (safe-exit has no dated content).
    expect(Object.values(WIDGET_OF).length).to.equal(TAGS.length - 1);
    expect(later.record.errors).to.deep.equal([]);
    now.close();
    later.close();
  });
});
