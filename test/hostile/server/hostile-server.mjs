// Server side of the hostile-world suite (test/hostile/), plugged into web-test-runner.config.mjs:
// - hostileMiddleware(): CSP / Trusted-Types headers on the CSP pages, a CSP report sink, content packs built from
//   the payload corpus (so long payloads never travel in a URL), and a copy of dist/awas.js with another version;
// - hostilePlugin(): server commands the browser tests call with executeServerCommand(): a network recorder and a
//   heap reading (Chrome DevTools Protocol on the test's own page), the https page check, and the suite's figures.
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createHttpServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunks, corpusPack } from '../corpus/packs.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const PAGES = '/test/hostile/pages/';

/** The policies a strict site sends (see SECURITY.md / README "Keamanan dan CSP"). */
export const POLICIES = {
  strict: "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'",
  trustedTypes: "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'",
  trustedTypesNamed: "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  trustedTypesNamedNoDuplicates: "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
};

/** Page → policy. Each CSP page reports violations to /__hostile/csp-report?page=<name>. */
const CSP_PAGES = {
  'csp-strict.html': POLICIES.strict,
  'csp-trusted-types.html': POLICIES.trustedTypes,
  'csp-trusted-types-named.html': POLICIES.trustedTypesNamed,
  'csp-control.html': POLICIES.strict,
  'csp-trusted-types-named-no-duplicates.html': POLICIES.trustedTypesNamedNoDuplicates,
};

/** The CSP pages served from one template (pages/csp-widgets.html): every widget and mount, once per policy. */
const CSP_WIDGET_PAGES = {
  'csp-strict.html': { title: "Strict CSP: default-src 'self', script-src 'self', style-src 'self'", twice: false },
  'csp-trusted-types.html': { title: "Strict CSP with require-trusted-types-for 'script'", twice: false },
  'csp-trusted-types-named.html': { title: "CSP with trusted-types lit-html 'allow-duplicates', script loaded twice", twice: true },
  'csp-trusted-types-named-no-duplicates.html': { title: "CSP with trusted-types lit-html (no 'allow-duplicates'), script loaded twice", twice: true },
};

function cspWidgetPage({ title, twice }) {
  const script = '<script src="/dist/awas.js"></script>';
  return readFileSync(join(root, 'test/hostile/pages/csp-widgets.html'), 'utf8')
    .replace('{{title}}', `${title} (header set by the test server)`)
    .replace('{{scripts}}', twice ? `${script}\n    ${script}` : script);
}

const cspReports = [];

function readBody(req) {
  return new Promise((resolve) => {
    const parts = [];
    req.on('data', (c) => parts.push(c));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

/** dist/awas.js with its version string replaced; throws unless exactly one occurrence was replaced. */
export function otherVersionBundle(version) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const source = readFileSync(join(root, 'dist/awas.js'), 'utf8');
  const needle = `"${pkg.version}"`;
  const count = source.split(needle).length - 1;
  if (count !== 1) throw new Error(`expected the version ${needle} once in dist/awas.js, found ${count} times`);
  return source.replace(needle, JSON.stringify(version));
}

function decodable(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export function hostileMiddleware() {
  return async function hostileRoutes(ctx, next) {
    // content-src payloads like "%00" resolve to same-origin paths the static server rejects with a logged stack
    // trace ("Malicious Path"); answer them with a quiet 404, as a real server would.
    if (/%00/.test(ctx.path) || ctx.path.includes('\0') || !decodable(ctx.path)) {
      ctx.status = 404;
      return;
    }
    if (ctx.path === '/__hostile/csp-report') {
      const body = await readBody(ctx.req);
      try {
        cspReports.push({ page: String(ctx.query.page ?? ''), report: JSON.parse(body) });
      } catch {
        cspReports.push({ page: String(ctx.query.page ?? ''), report: body });
      }
      ctx.status = 204;
      return;
    }
    if (ctx.path === '/__hostile/csp-reports') {
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      const page = String(ctx.query.page ?? '');
      ctx.body = JSON.stringify(cspReports.filter((r) => !page || r.page === page));
      return;
    }
    if (ctx.path === '/__hostile/pack') {
      // /__hostile/pack?c=hotlines&f=text.id.name&chunk=0&size=50
      const size = Math.min(Number(ctx.query.size ?? 50), 100);
      const chunk = chunks(size)[Number(ctx.query.chunk ?? 0)];
      if (!chunk) {
        ctx.status = 404;
        return;
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(corpusPack(String(ctx.query.c), String(ctx.query.f), chunk));
      return;
    }
    if (ctx.path === '/__hostile/other-version.js') {
      try {
        ctx.type = 'application/javascript';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = otherVersionBundle(String(ctx.query.v ?? '9.9.9-hostile'));
      } catch (error) {
        ctx.status = 500;
        ctx.type = 'text/plain';
        ctx.body = String(error);
      }
      return;
    }
    const widgetPage = ctx.path.startsWith(PAGES) ? CSP_WIDGET_PAGES[ctx.path.slice(PAGES.length)] : undefined;
    if (widgetPage) {
      ctx.type = 'text/html';
      ctx.body = cspWidgetPage(widgetPage);
    } else {
      await next();
    }
    if (ctx.path.startsWith(PAGES)) {
      const name = ctx.path.slice(PAGES.length);
      const policy = CSP_PAGES[name];
      if (policy) {
        ctx.set('Content-Security-Policy', `${policy}; report-uri /__hostile/csp-report?page=${name}`);
        ctx.set('Cache-Control', 'no-store');
      }
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Server commands

const recorders = new Map(); // session id → { requests, stop }
const figures = {};

function pageOf(session) {
  if (session.browser.type !== 'puppeteer') throw new Error(`hostile commands need the Chrome launcher (got ${session.browser.type})`);
  return session.browser.getPage(session.id);
}

async function startRecording(session) {
  const page = pageOf(session);
  const requests = [];
  const onRequest = (request) => {
    const frame = request.frame();
    requests.push({ url: request.url(), type: request.resourceType(), method: request.method(), frame: frame ? frame.url() : '', navigation: request.isNavigationRequest() });
  };
  page.on('request', onRequest);
  recorders.set(session.id, { requests, stop: () => page.off('request', onRequest) });
  return true;
}

/** Whether the recorder has seen a request for `path` (the sentinel of recordNetwork's stop()). */
function seenRequest(session, path) {
  const recorder = recorders.get(session.id);
  return Boolean(recorder && recorder.requests.some((r) => r.url.endsWith(path)));
}

function stopRecording(session) {
  const recorder = recorders.get(session.id);
  if (!recorder) return [];
  recorder.stop();
  recorders.delete(session.id);
  return recorder.requests;
}

/** Full garbage collection, then the JS heap in use (bytes), through the DevTools protocol of the test's page. */
async function heap(session) {
  const page = pageOf(session);
  const client = await page.createCDPSession();
  try {
    for (let i = 0; i < 3; i++) await client.send('HeapProfiler.collectGarbage');
    const usage = await client.send('Runtime.getHeapUsage');
    const dom = await client.send('Memory.getDOMCounters');
    return { usedSize: usage.usedSize, totalSize: usage.totalSize, documents: dom.documents, nodes: dom.nodes, jsEventListeners: dom.jsEventListeners };
  } finally {
    await client.detach().catch(() => undefined);
  }
}

/**
 * "http content-src on an https page": a real https page (self-signed certificate for 127.0.0.1, test-only, in
 * test/hostile/fixtures/tls/) opened in a fresh context of the test browser that ignores certificate errors only
 * for that page, with cards pointing content-src at (a) http on the same host, (b) http on another host name,
 * (c) the https page's own origin (control); (d) a card with no content-src shows the built-in content the http cards
 * must fall back to. A plain http server counts the requests that reach it.
 */
async function httpsCheck(session) {
  const tls = join(root, 'test/hostile/fixtures/tls');
  const key = readFileSync(join(tls, 'test-only-127.0.0.1.key.pem'));
  const cert = readFileSync(join(tls, 'test-only-127.0.0.1.cert.pem'));
  const bundle = readFileSync(join(root, 'dist/awas.js'));
  const trap = readFileSync(join(root, 'test/hostile/pages/trap.js'));
  const pack = JSON.stringify(corpusPackControl());
  let httpHits = 0;
  const http = createHttpServer((req, res) => {
    httpHits += 1;
    res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    res.end(pack);
  });
  await new Promise((r) => http.listen(0, '127.0.0.1', r));
  const httpPort = http.address().port;
  const page = (httpsPort) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>https host page</title>
<script src="/trap.js"></script><script src="/awas.js"></script></head><body>
<awas-hotline-card id="same-host" content-src="http://127.0.0.1:${httpPort}/pack.json"></awas-hotline-card>
<awas-hotline-card id="other-host" content-src="http://localhost:${httpPort}/pack.json"></awas-hotline-card>
<awas-hotline-card id="control" content-src="https://127.0.0.1:${httpsPort}/pack.json"></awas-hotline-card>
<awas-hotline-card id="defaults"></awas-hotline-card>
</body></html>`;
  const https = createHttpsServer({ key, cert }, (req, res) => {
    const port = https.address().port;
    if (req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page(port));
    } else if (req.url === '/awas.js') {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end(bundle);
    } else if (req.url === '/trap.js') {
      res.writeHead(200, { 'content-type': 'application/javascript' });
      res.end(trap);
    } else if (req.url === '/pack.json') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(pack);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((r) => https.listen(0, '127.0.0.1', r));
  const httpsPort = https.address().port;
  const browser = pageOf(session).browser();
  const context = await browser.createBrowserContext();
  try {
    const tab = await context.newPage();
    const client = await tab.createCDPSession();
    await client.send('Security.setIgnoreCertificateErrors', { ignore: true });
    await tab.goto(`https://127.0.0.1:${httpsPort}/`, { waitUntil: 'load' });
    // Wait until the control card shows the pack and both http cards have reported their problem.
    await tab.waitForFunction(
      () => {
        const control = document.getElementById('control');
        const text = control && control.shadowRoot ? control.shadowRoot.textContent : '';
        const codes = window.__hostile.awasErrors.map((e) => e.code);
        return text.includes('Layanan kontrol https') && codes.filter((c) => c === 'content-insecure').length >= 2;
      },
      { timeout: 8000 },
    ).catch(() => undefined);
    const result = await tab.evaluate(() => {
      const card = (id) => {
        const el = document.getElementById(id);
        const root = el.shadowRoot;
        return { text: root ? root.textContent.replace(/\s+/g, ' ').trim() : '', links: root ? Array.from(root.querySelectorAll('a.action')).map((a) => a.getAttribute('href')) : [] };
      };
      return {
        href: location.href,
        secure: window.isSecureContext,
        cards: { sameHost: card('same-host'), otherHost: card('other-host'), control: card('control'), defaults: card('defaults') },
        awasErrors: window.__hostile.awasErrors,
        errors: window.__hostile.errors,
        executions: window.__hostile.executions.length,
      };
    });
    await client.detach().catch(() => undefined);
    return { ...result, httpHits };
  } finally {
    await context.close().catch(() => undefined);
    https.close();
    http.close();
  }
}

/** A one-hotline pack for the https check. */
function corpusPackControl() {
  return {
    hotlines: [
      {
        id: 'kontrol',
        country: 'id',
        audience: { id: 1 },
        channels: [{ type: 'phone', value: '0811-8080-141' }],
        text: { id: { name: 'Layanan kontrol https' } },
        source: { name: 'Sumber uji', url: 'https://127.0.0.1:9/', date: '2025-01-01' },
        checkedOn: '2025-01-02',
        reviewBy: '2099-01-01',
      },
    ],
  };
}

function saveFigures(file, values) {
  figures[file] = { ...(figures[file] ?? {}), ...values };
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/hostile-figures.json'), JSON.stringify(figures, null, 2) + '\n');
  return true;
}

export function hostilePlugin() {
  return {
    name: 'awas-hostile-commands',
    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'hostile-network-start':
          return startRecording(session);
        case 'hostile-network-seen':
          return seenRequest(session, payload.path);
        case 'hostile-network-stop':
          return stopRecording(session);
        case 'hostile-heap':
          return heap(session);
        case 'hostile-https':
          return httpsCheck(session);
        case 'hostile-figures':
          return saveFigures(payload.file, payload.figures);
        default:
          return undefined;
      }
    },
    serverStop() {
      const files = Object.keys(figures);
      if (!files.length) return;
      const line = files.map((f) => `${f}: ${Object.entries(figures[f]).map(([k, v]) => `${k}=${v}`).join(', ')}`).join(' | ');
      console.log(`\nhostile-world figures (test-results/hostile-figures.json): ${line}`);
    },
  };
}
