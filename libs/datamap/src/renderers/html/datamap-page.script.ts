/**
 * The page's inline script (vanilla JS, no dependencies): filters the rows of `#fields` by the words of
 * `#search` (all must occur in the row's text) AND every `select[id^="filter-"]` (its value must be among
 * the row's `data-values[<key>]`), updates `#visible-count`, dims `#flow` nodes and links that no shown
 * field passes through, and lets a click (or Enter) on a flow node toggle the matching filter.
 * It never contains `</script`, so it can be inlined as is.
 *
 * @example
 * const html = `<script>${DATAMAP_PAGE_SCRIPT}</script>`;
 */
export const DATAMAP_PAGE_SCRIPT = String.raw`
(function () {
  'use strict';
  var all = function (selector) { return Array.prototype.slice.call(document.querySelectorAll(selector)); };
  var items = all('#fields tbody tr[data-field]').map(function (row) {
    return { row: row, index: row.getAttribute('data-index'), values: JSON.parse(row.getAttribute('data-values') || '{}'), text: row.textContent.toLowerCase() };
  });
  var search = document.getElementById('search');
  var selects = all('select[id^="filter-"]');
  var counter = document.getElementById('visible-count');
  var noMatch = document.getElementById('no-match');
  var clear = document.getElementById('clear');
  var flowItems = all('#flow [data-fields]');
  var flowNodes = all('#flow .node[data-filter]');
  var filterOf = function (node) { return document.getElementById('filter-' + node.getAttribute('data-filter')); };

  function apply() {
    var terms = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    var active = selects.filter(function (s) { return s.value !== ''; });
    selects.forEach(function (s) { s.classList.toggle('set', s.value !== ''); });
    var shown = {};
    var count = 0;
    items.forEach(function (item) {
      var ok = terms.every(function (t) { return item.text.indexOf(t) !== -1; }) && active.every(function (s) {
        return (item.values[s.id.slice('filter-'.length)] || []).indexOf(s.value) !== -1;
      });
      item.row.hidden = !ok;
      if (ok) { shown[item.index] = true; count += 1; }
    });
    var filtering = terms.length > 0 || active.length > 0;
    counter.textContent = String(count);
    noMatch.hidden = count > 0;
    clear.disabled = !filtering;
    document.body.classList.toggle('filtering', filtering);
    flowItems.forEach(function (el) {
      var involved = el.getAttribute('data-fields').split(' ').some(function (i) { return shown[i] === true; });
      el.classList.toggle('dim', filtering && !involved);
    });
    flowNodes.forEach(function (el) {
      var select = filterOf(el);
      el.classList.toggle('active', !!select && select.value === el.getAttribute('data-value'));
    });
  }

  function pick(node) {
    var select = filterOf(node);
    if (!select) return;
    var value = node.getAttribute('data-value');
    select.value = select.value === value ? '' : value;
    apply();
  }

  flowNodes.forEach(function (el) {
    el.addEventListener('click', function () { pick(el); });
    el.addEventListener('keydown', function (e) {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); pick(el); }
    });
  });
  search.addEventListener('input', apply);
  search.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { search.value = ''; apply(); }
  });
  selects.forEach(function (s) { s.addEventListener('change', apply); });
  clear.addEventListener('click', function () {
    search.value = '';
    selects.forEach(function (s) { s.value = ''; });
    apply();
    search.focus();
  });
  document.addEventListener('keydown', function (e) {
    var typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement ? document.activeElement.tagName : '');
    if (e.key === '/' && !typing) { e.preventDefault(); search.focus(); }
  });
  apply();
})();
`;
