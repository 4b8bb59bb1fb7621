// Loaded before dist/awas.js on stale-clock.html: the page believes it is 1 January 2030, after every reviewBy date
// of the bundled content.
(function () {
  'use strict';
  var now = Date.UTC(2030, 0, 1, 9, 0, 0);
  Date.now = function () {
    return now;
  };
})();
