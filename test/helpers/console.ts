/** Capture console.warn / console.info during a test (and silence them). */
export function captureConsole() {
  const warn: string[] = [];
  const info: string[] = [];
  const original = { warn: console.warn, info: console.info };
  console.warn = (...args: unknown[]) => warn.push(args.map(String).join(' '));
  console.info = (...args: unknown[]) => info.push(args.map(String).join(' '));
  return {
    warn,
    info,
    restore() {
      console.warn = original.warn;
      console.info = original.info;
    },
  };
}

/** Forget "already logged" messages so a test can assert a message is logged once. */
export function resetLogged() {
  const registry = (window as unknown as Record<symbol, { logged: Set<string> } | undefined>)[Symbol.for('awas.registry')];
  registry?.logged.clear();
}
