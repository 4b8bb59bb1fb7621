/* global window, document */
// A stand-in for the scripts of an old jQuery theme (NOT jQuery): a global $ / jQuery, and the habits of
// jQuery-era plugins that widgets must survive: enumerable additions to Object.prototype and Array.prototype,
// a replaced Array.prototype.indexOf, and document-wide click handlers that stop propagation.
(function () {
  'use strict';
  function $(selector) {
    var nodes = typeof selector === 'string' ? document.querySelectorAll(selector) : [selector];
    return {
      length: nodes.length,
      each: function (fn) {
        Array.prototype.forEach.call(nodes, function (node, i) {
          fn.call(node, i, node);
        });
        return this;
      },
      on: function (type, fn) {
        return this.each(function () {
          this.addEventListener(type, fn);
        });
      },
    };
  }
  window.$ = window.jQuery = $;
  // Enumerable prototype pollution (plain assignment), as old plugins did.
  Object.prototype.extend = function (other) {
    for (var key in other) this[key] = other[key];
    return this;
  };
  Object.prototype.polluted = 'yes';
  Array.prototype.remove = function (item) {
    var i = this.indexOf(item);
    if (i >= 0) this.splice(i, 1);
    return this;
  };
  Array.prototype.each = function (fn) {
    for (var i = 0; i < this.length; i++) fn(this[i], i);
  };
  var indexOf = Array.prototype.indexOf;
  Array.prototype.indexOf = function (item, from) {
    return indexOf.call(this, item, from);
  };
  // A menu script that swallows clicks on the way up (bubbling phase, at the document).
  document.addEventListener('click', function (e) {
    if (e.target && e.target.closest && e.target.closest('.dropdown')) e.stopPropagation();
  });
  $(document).on('keydown', function (e) {
    if (e.key === 'Shift') e.stopPropagation();
  });
})();
