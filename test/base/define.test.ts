import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/base/define.js';
import { AwasElement } from '../../src/base/awas-element.js';
import { reportPageProblem } from '../../src/base/report.js';
import { captureConsole, resetLogged } from '../helpers/console.js';

class First extends AwasElement {}
class SameVersionCopy extends AwasElement {}
class OtherVersion extends LitElement {
  static version = '0.0.1-other';
}

describe('base/define', () => {
  beforeEach(() => resetLogged());

  it('defines a tag once and never throws on a second definition', () => {
    const logs = captureConsole();
    try {
      First.define('awas-test-define-a');
      expect(customElements.get('awas-test-define-a')).to.equal(First);
      expect(() => First.define('awas-test-define-a')).not.to.throw();
      expect(() => defineElement('awas-test-define-a', SameVersionCopy)).not.to.throw();
    } finally {
      logs.restore();
    }
    expect(logs.warn).to.have.length(0);
  });

  it('reports once when another version has the tag already (console, and awas-error version-conflict on document)', () => {
    customElements.define('awas-test-define-b', OtherVersion);
    customElements.define('awas-test-define-c', class extends OtherVersion {});
    const codes: string[] = [];
    const listen = (e: Event) => codes.push((e as CustomEvent).detail.code);
    document.addEventListener('awas-error', listen);
    const logs = captureConsole();
    try {
      First.define('awas-test-define-b');
      class Copy extends AwasElement {}
      Copy.define('awas-test-define-c');
    } finally {
      logs.restore();
      document.removeEventListener('awas-error', listen);
    }
    expect(logs.warn).to.have.length(1);
    expect(logs.warn[0]).to.contain('0.0.1-other');
    expect(codes).to.deep.equal(['version-conflict']);
  });

  it('a page problem is told once per page for its code, however often and in whatever words it is asked', () => {
    const details: unknown[] = [];
    const listen = (e: Event) => details.push((e as CustomEvent).detail);
    document.addEventListener('awas-error', listen);
    const logs = captureConsole();
    try {
      reportPageProblem('k', 'hello');
      reportPageProblem('k', 'hello');
      reportPageProblem('k', 'the same problem in other words');
    } finally {
      logs.restore();
      document.removeEventListener('awas-error', listen);
    }
    expect(logs.warn).to.deep.equal(['[awas] hello']);
    expect(details).to.deep.equal([{ code: 'k', message: 'hello' }]);
  });

  it('reportProblem fires awas-error once per element and logs once per page', async () => {
    First.define('awas-test-define-a');
    const el = document.createElement('awas-test-define-a') as First;
    document.body.append(el);
    const events: CustomEvent[] = [];
    el.addEventListener('awas-error', (e) => events.push(e as CustomEvent));
    const logs = captureConsole();
    try {
      el.reportProblem('bad-attribute', 'x is wrong');
      el.reportProblem('bad-attribute', 'x is wrong');
      el.reportProblem('bad-attribute', 'y is wrong');
    } finally {
      logs.restore();
      el.remove();
    }
    expect(events.map((e) => e.detail)).to.deep.equal([
      { code: 'bad-attribute', message: 'x is wrong' },
      { code: 'bad-attribute', message: 'y is wrong' },
    ]);
    expect(events[0].bubbles && events[0].composed).to.equal(true);
    expect(logs.warn).to.have.length(2);
  });
});
