/* global window, document, console, Storage, Document, EventTarget, MediaQueryList, Node */
// Loaded by every hostile page BEFORE dist/awas.js (a classic external script, so it also runs under a strict CSP).
// It records, in window.__hostile:
// - executions: any call of alert/confirm/prompt/print or any touch of window.__xss (the injection corpus only
//   ever runs code through these), with a stack;
// - errors: uncaught exceptions and unhandled promise rejections;
// - console: every console.warn/info/error line;
// - awasErrors: every awas-error event {code, message, tag};
// - violations: every securitypolicyviolation event;
// - privacy: every attempt to write a cookie or storage, and every request API call (fetch, XHR, beacon, sockets);
// - live: timers, animation frames, observers and global listeners that are still registered (leak counting).
(function () {
  'use strict';
  var H = {
    executions: [],
    errors: [],
    console: [],
    awasErrors: [],
    violations: [],
    privacy: { writes: [], requests: [] },
  };
  window.__hostile = H;

  // ---- 1. Execution trap ---------------------------------------------------------------------------------------
  function trip(name) {
    return function () {
      var args = Array.prototype.slice.call(arguments, 0, 2).map(String);
      H.executions.push({ name: name, args: args, stack: String(new Error().stack).slice(0, 600) });
    };
  }
  ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
    Object.defineProperty(window, name, { value: trip(name), writable: false, configurable: false });
  });
  Object.defineProperty(window, '__xss', {
    configurable: false,
    get: function () {
      H.executions.push({ name: '__xss (read)', args: [], stack: String(new Error().stack).slice(0, 600) });
      return 1;
    },
    set: function (v) {
      H.executions.push({ name: '__xss (write)', args: [String(v)], stack: String(new Error().stack).slice(0, 600) });
    },
  });

  // ---- 2. Errors, console, events -------------------------------------------------------------------------------
  window.addEventListener('error', function (e) {
    // Only script errors (ErrorEvent); a broken <img> fires a plain Event at the element, not an exception.
    if (e && typeof e.message === 'string') H.errors.push(String(e.message) + (e.filename ? ' @ ' + e.filename + ':' + e.lineno : ''));
  });
  window.addEventListener('unhandledrejection', function (e) {
    var reason = e && e.reason;
    H.errors.push('unhandled rejection: ' + String(reason && reason.stack ? reason.stack : reason).slice(0, 400));
  });
  ['warn', 'info', 'error'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      H.console.push({ level: level, text: Array.prototype.map.call(arguments, String).join(' ') });
      return original.apply(console, arguments);
    };
  });
  document.addEventListener(
    'awas-error',
    function (e) {
      var target = e.composedPath()[0];
      H.awasErrors.push({ code: e.detail && e.detail.code, message: e.detail && e.detail.message, tag: target && target.localName });
    },
    true,
  );
  document.addEventListener('securitypolicyviolation', function (e) {
    H.violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
  });

  // ---- 3. Privacy: storage, cookies and request APIs --------------------------------------------------------------
  function wrapMethod(owner, name, label, list) {
    if (!owner || typeof owner[name] !== 'function') return;
    var original = owner[name];
    owner[name] = function () {
      list.push({ api: label, arg: String(arguments[0]).slice(0, 200) });
      return original.apply(this, arguments);
    };
  }
  var writes = H.privacy.writes;
  var requests = H.privacy.requests;
  ['setItem', 'removeItem', 'clear'].forEach(function (m) {
    wrapMethod(Storage.prototype, m, 'Storage.' + m, writes);
  });
  var cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
  Object.defineProperty(document, 'cookie', {
    configurable: true,
    get: function () {
      return cookie.get.call(document);
    },
    set: function (v) {
      writes.push({ api: 'document.cookie', arg: String(v).slice(0, 200) });
      cookie.set.call(document, v);
    },
  });
  if (window.indexedDB) wrapMethod(window.indexedDB, 'open', 'indexedDB.open', writes);
  if (window.caches) wrapMethod(window.caches, 'open', 'caches.open', writes);
  if (window.cookieStore) wrapMethod(window.cookieStore, 'set', 'cookieStore.set', writes);
  if (window.navigator.serviceWorker) wrapMethod(window.navigator.serviceWorker, 'register', 'serviceWorker.register', writes);
  wrapMethod(window, 'fetch', 'fetch', requests);
  wrapMethod(window.navigator, 'sendBeacon', 'sendBeacon', requests);
  wrapMethod(window.XMLHttpRequest.prototype, 'open', 'XMLHttpRequest', requests);
  ['WebSocket', 'EventSource'].forEach(function (name) {
    var Original = window[name];
    if (!Original) return;
    window[name] = function (url) {
      requests.push({ api: name, arg: String(url).slice(0, 200) });
      return new Original(url, arguments[1]);
    };
  });

  // ---- 4. Leak counting: timers, frames, observers, global listeners ------------------------------------------------
  var timers = new Map(); // id → kind, for timers not yet fired or cleared
  function wrapTimer(setName, clearName, kind, repeats) {
    var set = window[setName];
    var clear = window[clearName];
    window[setName] = function (fn) {
      var args = Array.prototype.slice.call(arguments);
      var id;
      if (typeof fn === 'function') {
        args[0] = function () {
          if (!repeats) timers.delete(kind + id);
          return fn.apply(this, arguments);
        };
      }
      id = set.apply(window, args);
      timers.set(kind + id, kind);
      return id;
    };
    window[clearName] = function (id) {
      timers.delete(kind + id);
      return clear.call(window, id);
    };
  }
  wrapTimer('setTimeout', 'clearTimeout', 'timeout', false);
  wrapTimer('setInterval', 'clearInterval', 'interval', true);
  wrapTimer('requestAnimationFrame', 'cancelAnimationFrame', 'frame', false);
  if (window.requestIdleCallback) wrapTimer('requestIdleCallback', 'cancelIdleCallback', 'idle', false);

  // Only observers that observe something are held (strongly) here: once disconnected they are let go, so the
  // bookkeeping itself never keeps a widget in memory (the leak test depends on it).
  var observers = new Set();
  var observerKinds = new WeakMap();
  ['MutationObserver', 'IntersectionObserver', 'ResizeObserver'].forEach(function (name) {
    var Original = window[name];
    if (!Original) return;
    var proto = Original.prototype;
    var targets = new WeakMap();
    var observe = proto.observe;
    proto.observe = function (target) {
      if (!targets.has(this)) targets.set(this, new Set());
      targets.get(this).add(target);
      observers.add(this);
      observerKinds.set(this, name);
      return observe.apply(this, arguments);
    };
    if (proto.unobserve) {
      var unobserve = proto.unobserve;
      proto.unobserve = function (target) {
        var set = targets.get(this);
        if (set) {
          set.delete(target);
          if (!set.size) observers.delete(this);
        }
        return unobserve.apply(this, arguments);
      };
    }
    var disconnect = proto.disconnect;
    proto.disconnect = function () {
      targets.delete(this);
      observers.delete(this);
      return disconnect.apply(this, arguments);
    };
  });

  // Listeners on page-wide targets (window, document, <html>, <body>, media queries, speech...) outlive a widget
  // unless removed. Listeners on a widget's own nodes die with it and are not counted.
  function isGlobalTarget(target) {
    if (target === window || target === document || target === document.documentElement || target === document.body) return true;
    return !(target instanceof Node);
  }
  function key(target, type, listener, options) {
    var capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    return { target: target, type: type, listener: listener, capture: capture };
  }
  function same(a, b) {
    return a.target === b.target && a.type === b.type && a.listener === b.listener && a.capture === b.capture;
  }
  var registered = [];
  var add = EventTarget.prototype.addEventListener;
  var remove = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (listener && isGlobalTarget(this) && !(options && typeof options === 'object' && options.once)) {
      var k = key(this, type, listener, options);
      if (!registered.some(function (r) { return same(r, k); })) registered.push(k);
    }
    return add.apply(this, arguments);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    var k = key(this, type, listener, options);
    registered = registered.filter(function (r) {
      return !same(r, k);
    });
    return remove.apply(this, arguments);
  };
  if (window.MediaQueryList && MediaQueryList.prototype.addListener) {
    var addListener = MediaQueryList.prototype.addListener;
    var removeListener = MediaQueryList.prototype.removeListener;
    MediaQueryList.prototype.addListener = function (listener) {
      registered.push(key(this, 'change (addListener)', listener, false));
      return addListener.apply(this, arguments);
    };
    MediaQueryList.prototype.removeListener = function (listener) {
      var k = key(this, 'change (addListener)', listener, false);
      registered = registered.filter(function (r) {
        return !same(r, k);
      });
      return removeListener.apply(this, arguments);
    };
  }

  /** What is still registered right now. */
  H.live = function () {
    var byTimer = { timeout: 0, interval: 0, frame: 0, idle: 0 };
    timers.forEach(function (kind) {
      byTimer[kind] += 1;
    });
    var byObserver = { MutationObserver: 0, IntersectionObserver: 0, ResizeObserver: 0 };
    observers.forEach(function (o) {
      byObserver[observerKinds.get(o)] += 1;
    });
    return {
      timers: byTimer,
      observers: byObserver,
      listeners: registered.length,
      listenerTypes: registered.map(function (r) {
        var name = r.target === window ? 'window' : r.target === document ? 'document' : r.target.constructor ? r.target.constructor.name : '?';
        return name + ':' + r.type;
      }),
    };
  };
})();
