// Test-only routes for content-src faults, served by web-test-runner's dev server on loopback.
// /__test/status/404, /__test/slow?ms=N, /__test/truncated, /__test/not-json, /__test/oversize,
// /__test/redirect-cross (to another origin), /__test/echo?body=<json> (CORS-enabled), /__test/count.
const hits = new Map();

export function contentRoutes() {
  return async function contentRoutesMiddleware(ctx, next) {
    if (!ctx.path.startsWith('/__test/')) return next();
    const route = ctx.path.slice('/__test/'.length);
    hits.set(route, (hits.get(route) ?? 0) + 1);
    // Counted by name too (?n=…): test files run side by side, so a route's total also has the other file's requests.
    if (typeof ctx.query.n === 'string') hits.set(`${route}#${ctx.query.n}`, (hits.get(`${route}#${ctx.query.n}`) ?? 0) + 1);
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('Cache-Control', 'no-store');
    const status = /^status\/(\d{3})$/.exec(route);
    if (status) {
      ctx.status = Number(status[1]);
      ctx.body = 'error';
      return;
    }
    switch (route) {
      case 'slow': {
        await new Promise((r) => setTimeout(r, Number(ctx.query.ms ?? 3000)));
        ctx.type = 'application/json';
        ctx.body = ctx.query.body ?? '{}';
        return;
      }
      case 'truncated':
        ctx.type = 'application/json';
        ctx.body = '{"hotlines": [{"id": "x", "chan';
        return;
      case 'not-json':
        ctx.type = 'text/html';
        ctx.body = '<html><body>Not found</body></html>';
        return;
      case 'oversize':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ hotlines: [], padding: 'x'.repeat(300 * 1024) });
        return;
      case 'redirect-cross': {
        const other = ctx.host.startsWith('localhost') ? ctx.host.replace('localhost', '127.0.0.1') : ctx.host.replace('127.0.0.1', 'localhost');
        ctx.redirect(`${ctx.protocol}://${other}/__test/echo?body=${encodeURIComponent('{}')}`);
        return;
      }
      case 'echo':
        ctx.type = 'application/json';
        ctx.body = ctx.query.body ?? '{}';
        return;
      case 'hits':
        ctx.type = 'application/json';
        ctx.body = JSON.stringify(Object.fromEntries(hits));
        return;
      default:
        ctx.status = 404;
    }
  };
}
