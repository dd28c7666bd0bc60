/**
 * The one script of a review page, inlined and allowed by its hash in the page's
 * Content-Security-Policy (nothing else may run). It reads the page as rendered — rows carry
 * `data-i`, highlights `data-i` and `data-indicator` — and adds: row ↔ highlight selection,
 * scroll-and-flash, keyboard navigation of the table, filters and search, jumps to findings
 * and to the next `unknown` number. Plain ES2020 in a string because the project compiles for
 * Node without DOM types; the browser tests in test/review exercise every part of it.
 * (No template literals inside: this file is itself one.)
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var textPane = doc.getElementById('text');
  var tableBody = doc.getElementById('rows');
  var rows = Array.prototype.slice.call(tableBody.querySelectorAll('.row'));
  var highlights = [];
  rows.forEach(function () { highlights.push([]); });
  textPane.querySelectorAll('mark.ind').forEach(function (el) {
    var list = highlights[Number(el.getAttribute('data-i'))];
    if (list) list.push(el);
  });
  var form = doc.getElementById('filters');
  var counter = doc.getElementById('shown');
  var search = doc.getElementById('q');
  var selected = -1;
  var focusIndex = rows.length ? 0 : -1;
  var searchText = null;

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation when the same element flashes twice
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1600);
  }

  function select(i) {
    if (selected >= 0) {
      rows[selected].classList.remove('sel');
      rows[selected].setAttribute('aria-selected', 'false');
      highlights[selected].forEach(function (el) { el.classList.remove('sel'); });
    }
    selected = i;
    if (i < 0) return;
    rows[i].classList.add('sel');
    rows[i].setAttribute('aria-selected', 'true');
    highlights[i].forEach(function (el) { el.classList.add('sel'); });
  }

  function setFocusRow(i, focus) {
    if (i < 0 || i >= rows.length) return;
    if (focusIndex >= 0) rows[focusIndex].tabIndex = -1;
    focusIndex = i;
    rows[i].tabIndex = 0;
    if (focus) rows[i].focus({ preventScroll: false });
  }

  /** Select indicator i, bring its highlight into view in the text and flash it. */
  function goToIndicator(i) {
    select(i);
    var first = highlights[i][0];
    if (!first) return;
    first.scrollIntoView({ block: 'center', inline: 'nearest' });
    highlights[i].forEach(flash);
  }

  /** Select indicator i from the text: its row comes into view in the table. */
  function revealRow(i) {
    select(i);
    setFocusRow(i, false);
    if (rows[i].hidden) return;
    rows[i].scrollIntoView({ block: 'nearest' });
    flash(rows[i]);
  }

  tableBody.addEventListener('click', function (event) {
    var row = event.target.closest('.row');
    if (!row) return;
    var i = Number(row.getAttribute('data-i'));
    setFocusRow(i, false);
    goToIndicator(i);
  });

  textPane.addEventListener('click', function (event) {
    var mark = event.target.closest('mark.ind');
    if (!mark) return;
    revealRow(Number(mark.getAttribute('data-i')));
  });

  function visibleNeighbour(from, step) {
    for (var i = from + step; i >= 0 && i < rows.length; i += step) if (!rows[i].hidden) return i;
    return -1;
  }

  function visibleJump(from, step, count) {
    var at = from;
    for (var n = 0; n < count; n++) {
      var next = visibleNeighbour(at, step);
      if (next < 0) break;
      at = next;
    }
    return at;
  }

  tableBody.addEventListener('keydown', function (event) {
    var row = event.target.closest('.row');
    if (!row) return;
    var i = Number(row.getAttribute('data-i'));
    var target = -1;
    switch (event.key) {
      case 'ArrowDown': target = visibleNeighbour(i, 1); break;
      case 'ArrowUp': target = visibleNeighbour(i, -1); break;
      case 'PageDown': target = visibleJump(i, 1, 15); break;
      case 'PageUp': target = visibleJump(i, -1, 15); break;
      case 'Home': target = visibleNeighbour(-1, 1); break;
      case 'End': target = visibleNeighbour(rows.length, -1); break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        goToIndicator(i);
        return;
      case 'Escape':
        select(-1);
        return;
      default:
        return;
    }
    event.preventDefault();
    if (target >= 0) {
      setFocusRow(target, true);
      select(target);
    }
  });

  // ---- filters ----------------------------------------------------------------------------
  function rowSearchText(i) {
    if (!searchText) searchText = rows.map(function (row) { return (row.textContent + ' ' + row.title).toLowerCase(); });
    return searchText[i];
  }

  function applyFilters() {
    var statuses = {};
    form.querySelectorAll('input[name=status]').forEach(function (box) { statuses[box.value] = box.checked; });
    var section = form.elements.namedItem('section').value;
    var canonical = form.elements.namedItem('canonical').value;
    var flaggedOnly = form.elements.namedItem('flagged').checked;
    var query = search.value.trim().toLowerCase();
    var any = section !== '' || canonical !== '' || flaggedOnly || query !== '' ||
      Object.keys(statuses).some(function (key) { return !statuses[key]; });
    var shown = 0;
    rows.forEach(function (row, i) {
      var visible = statuses[row.getAttribute('data-status')] !== false &&
        (section === '' || (' ' + row.getAttribute('data-sections') + ' ').indexOf(' ' + section + ' ') >= 0) &&
        (canonical === '' || (row.getAttribute('data-canonical') || '(none)') === canonical) &&
        (!flaggedOnly || row.hasAttribute('data-flagged')) &&
        (query === '' || rowSearchText(i).indexOf(query) >= 0);
      if (row.hidden === visible) row.hidden = !visible;
      var dim = any && !visible;
      highlights[i].forEach(function (el) { el.classList.toggle('dim', dim); });
      if (visible) shown++;
    });
    doc.body.classList.toggle('only-flagged', flaggedOnly);
    counter.textContent = shown + ' of ' + rows.length;
    if (focusIndex >= 0 && rows[focusIndex].hidden) {
      var first = visibleNeighbour(-1, 1);
      if (first >= 0) setFocusRow(first, false);
    }
  }
  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(applyFilters, 0); });

  // ---- findings and unknown numbers -------------------------------------------------------
  doc.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-warning], button[data-goto]');
    if (!button) return;
    if (button.hasAttribute('data-goto')) {
      var i = Number(button.getAttribute('data-goto'));
      setFocusRow(i, false);
      goToIndicator(i);
      if (!rows[i].hidden) rows[i].scrollIntoView({ block: 'nearest' });
      return;
    }
    var spot = doc.getElementById('w-' + button.getAttribute('data-warning'));
    if (spot) {
      spot.scrollIntoView({ block: 'center' });
      flash(spot);
    }
  });

  var unknowns = Array.prototype.slice.call(textPane.querySelectorAll('.uc.r-unknown'));
  var unknownAt = -1;
  var unknownLabel = doc.getElementById('unknown-at');
  function stepUnknown(step) {
    if (!unknowns.length) return;
    unknownAt = (unknownAt + step + unknowns.length) % unknowns.length;
    unknowns[unknownAt].scrollIntoView({ block: 'center' });
    flash(unknowns[unknownAt]);
    unknownLabel.textContent = (unknownAt + 1) + ' / ' + unknowns.length;
  }
  doc.getElementById('unknown-next').addEventListener('click', function () { stepUnknown(1); });
  doc.getElementById('unknown-prev').addEventListener('click', function () { stepUnknown(-1); });

  doc.addEventListener('keydown', function (event) {
    var typing = event.target.closest('input, select, textarea');
    if (typing || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === '/') {
      event.preventDefault();
      search.focus();
    } else if (event.key === 'n') {
      stepUnknown(1);
    } else if (event.key === 'N') {
      stepUnknown(-1);
    }
  });

  doc.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
`;
