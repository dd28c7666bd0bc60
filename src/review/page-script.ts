/**
 * The one script of a review page, inlined and allowed by its hash in the page's
 * Content-Security-Policy (nothing else may run). The report text arrives rendered, with every
 * highlight in place; the indicator table arrives as JSON (`#table-data`, see tableData) and is
 * drawn a window of rows at a time, so a 5 MB report's page opens as fast as a small one.
 * Rows are built with textContent only: nothing from a report is ever parsed as HTML here.
 *
 * It adds row ↔ highlight selection, scroll-and-flash, keyboard navigation of the table,
 * filters and search, jumps to findings and to the next `unknown` number. Plain ES2020 in a
 * string because the project compiles for Node without DOM types; the browser tests in
 * test/review exercise every part of it. (No template literals inside: this is one.)
 */
export const PAGE_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var data = JSON.parse(doc.getElementById('table-data').textContent);
  var rows = data.rows;
  var strings = data.strings;
  var isShared = {};
  data.shared.forEach(function (c) { isShared[c] = true; });
  /** Column c of row i as shown: columns with few distinct values arrive as indices into data.strings. */
  function cellOf(row, c) {
    return isShared[c] ? strings[row[c]] : row[c];
  }
  var sections = data.sections;
  var statusLabels = data.statuses;
  var CELLS = 11, STATUS = 7, SECTION = 9, ID = 11, FLAGGED = 12;
  var NUMERIC = { 2: true, 4: true, 5: true };
  var ROW_HEIGHT = 24; // px, as .row in the style sheet: positions are computed, not measured
  var MARGIN = 200; // rows drawn beyond the visible ones on each side

  var textPane = doc.getElementById('text');
  var wrap = doc.getElementById('table-wrap');
  var body = doc.getElementById('rows');
  var head = wrap.querySelector('.row.head');
  var form = doc.getElementById('filters');
  var counter = doc.getElementById('shown');
  var search = doc.getElementById('q');

  var idIndex = null;
  /** The row of an indicator id, from a highlight; the map is built on first use. */
  function indexOfId(id) {
    if (!idIndex) {
      idIndex = new Map();
      rows.forEach(function (row, i) { idIndex.set(row[ID], i); });
    }
    return idIndex.get(id);
  }
  var shown = rows.map(function (_, i) { return i; });
  var positionOf = new Int32Array(rows.length);
  var drawnFrom = 0, drawnTo = 0;
  var selected = -1;
  var focused = rows.length ? 0 : -1;
  var searchText = null;
  var marksByIndex = null;
  var dimmed = false;

  /** Highlights of each indicator (its element and any continuation pieces), indexed on first use. */
  function highlightsOf(i) {
    if (!marksByIndex) {
      marksByIndex = rows.map(function () { return []; });
      textPane.querySelectorAll('mark').forEach(function (el) {
        var at = indexOfId(el.getAttribute('data-indicator') || el.getAttribute('data-part'));
        if (at !== undefined) marksByIndex[at].push(el);
      });
    }
    return marksByIndex[i];
  }

  /** An indicator's text, as its highlight reads (pieces joined): the row's tooltip, searched too. */
  function textOf(i) {
    return highlightsOf(i).map(function (el) { return el.textContent; }).join('');
  }

  function flash(el) {
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation when the same element flashes twice
    el.classList.add('flash');
    setTimeout(function () { el.classList.remove('flash'); }, 1600);
  }

  // ---- the table: a window of rows, positioned absolutely in a body as tall as all of them ----
  function renumber() {
    positionOf.fill(-1);
    shown.forEach(function (i, position) { positionOf[i] = position; });
    body.style.height = (shown.length * ROW_HEIGHT) + 'px';
  }

  function makeRow(i, position) {
    var row = rows[i];
    var el = doc.createElement('div');
    el.className = 'row' + (i === selected ? ' sel' : '');
    el.setAttribute('role', 'row');
    el.setAttribute('aria-rowindex', String(position + 2));
    el.setAttribute('aria-selected', i === selected ? 'true' : 'false');
    el.setAttribute('data-i', String(i));
    el.setAttribute('data-id', row[ID]);
    var status = cellOf(row, STATUS);
    el.setAttribute('data-status', status);
    if (row[FLAGGED]) el.setAttribute('data-flagged', '');
    el.tabIndex = i === focused ? 0 : -1;
    el.style.top = (position * ROW_HEIGHT) + 'px';
    for (var c = 0; c < CELLS; c++) {
      var cell = doc.createElement('span');
      cell.setAttribute('role', 'cell');
      var value = c === STATUS ? statusLabels[status] : c === SECTION ? (row[c] >= 0 ? sections[row[c]][1] : '') : cellOf(row, c);
      if (c === 0 && row[FLAGGED]) value = '⚑ ' + value;
      cell.textContent = value;
      if (value) cell.title = value;
      if (NUMERIC[c]) cell.className = 'num';
      if (c === STATUS) cell.className = 's-' + status;
      el.appendChild(cell);
    }
    return el;
  }

  function draw(force) {
    var top = Math.max(0, wrap.scrollTop - body.offsetTop);
    var first = Math.floor(top / ROW_HEIGHT);
    var count = Math.ceil(wrap.clientHeight / ROW_HEIGHT) + 1;
    // still inside the drawn window, with a quarter margin to spare: nothing to draw
    if (!force && drawnFrom <= Math.max(0, first - MARGIN / 4) && Math.min(shown.length, first + count + MARGIN / 4) <= drawnTo) return;
    var from = Math.max(0, first - MARGIN);
    var to = Math.min(shown.length, first + count + MARGIN);
    var hadFocus = body.contains(doc.activeElement);
    var fragment = doc.createDocumentFragment();
    for (var p = from; p < to; p++) fragment.appendChild(makeRow(shown[p], p));
    body.textContent = '';
    body.appendChild(fragment);
    drawnFrom = from;
    drawnTo = to;
    if (hadFocus) focusDrawn(focused);
  }
  var drawQueued = false;
  wrap.addEventListener('scroll', function () {
    if (drawQueued) return;
    drawQueued = true;
    requestAnimationFrame(function () { drawQueued = false; draw(false); });
  });

  function rowElement(i) {
    return body.querySelector('.row[data-i="' + i + '"]');
  }
  function focusDrawn(i) {
    var el = rowElement(i);
    if (el) el.focus({ preventScroll: true });
  }

  /** Scroll the table so that row i (if shown) is in view, below the sticky header. */
  function scrollRowIntoView(i) {
    var position = positionOf[i];
    if (position < 0) return;
    var top = body.offsetTop + position * ROW_HEIGHT;
    var headHeight = head.offsetHeight;
    if (top - headHeight < wrap.scrollTop) wrap.scrollTop = top - headHeight;
    else if (top + ROW_HEIGHT > wrap.scrollTop + wrap.clientHeight) wrap.scrollTop = top + ROW_HEIGHT - wrap.clientHeight;
    draw(false);
  }

  function select(i) {
    if (selected >= 0) {
      var old = rowElement(selected);
      if (old) { old.classList.remove('sel'); old.setAttribute('aria-selected', 'false'); }
      highlightsOf(selected).forEach(function (el) { el.classList.remove('sel'); });
    }
    selected = i;
    if (i < 0) return;
    var el = rowElement(i);
    if (el) { el.classList.add('sel'); el.setAttribute('aria-selected', 'true'); }
    highlightsOf(i).forEach(function (mark) { mark.classList.add('sel'); });
  }

  function setFocused(i, moveFocus) {
    var old = rowElement(focused);
    if (old) old.tabIndex = -1;
    focused = i;
    scrollRowIntoView(i);
    var el = rowElement(i);
    if (!el) return;
    el.tabIndex = 0;
    if (moveFocus) el.focus({ preventScroll: true });
  }

  /** Select indicator i, bring its highlight into view in the text and flash it. */
  function goToIndicator(i) {
    select(i);
    var marks = highlightsOf(i);
    if (!marks.length) return;
    marks[0].scrollIntoView({ block: 'center', inline: 'nearest' });
    marks.forEach(flash);
  }

  body.addEventListener('click', function (event) {
    var row = event.target.closest('.row');
    if (!row) return;
    var i = Number(row.getAttribute('data-i'));
    setFocused(i, false);
    goToIndicator(i);
  });

  textPane.addEventListener('click', function (event) {
    var mark = event.target.closest('mark');
    if (!mark) return;
    var i = indexOfId(mark.getAttribute('data-indicator') || mark.getAttribute('data-part'));
    if (i === undefined) return;
    select(i);
    setFocused(i, false);
    var row = rowElement(i);
    if (row) flash(row);
  });

  /** The shown row "steps" rows away from row i (clamped to the first and last shown). */
  function shownAway(i, steps) {
    var position = positionOf[i] < 0 ? 0 : positionOf[i];
    var target = Math.max(0, Math.min(shown.length - 1, position + steps));
    return shown.length ? shown[target] : -1;
  }

  body.addEventListener('keydown', function (event) {
    var row = event.target.closest('.row');
    if (!row) return;
    var i = Number(row.getAttribute('data-i'));
    var page = Math.max(1, Math.floor(wrap.clientHeight / ROW_HEIGHT) - 2);
    var target = -1;
    switch (event.key) {
      case 'ArrowDown': target = shownAway(i, 1); break;
      case 'ArrowUp': target = shownAway(i, -1); break;
      case 'PageDown': target = shownAway(i, page); break;
      case 'PageUp': target = shownAway(i, -page); break;
      case 'Home': target = shownAway(i, -rows.length); break;
      case 'End': target = shownAway(i, rows.length); break;
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
      setFocused(target, true);
      select(target);
    }
  });

  // ---- filters ----------------------------------------------------------------------------
  function rowSearchText(i) {
    if (!searchText) {
      searchText = rows.map(function (row, i) {
        var section = row[SECTION] >= 0 ? sections[row[SECTION]][1] : '';
        var cells = [];
        for (var c = 0; c < CELLS; c++) cells.push(c === STATUS ? statusLabels[cellOf(row, c)] : c === SECTION ? section : cellOf(row, c));
        cells.push(textOf(i));
        return cells.join(' ').toLowerCase();
      });
    }
    return searchText[i];
  }

  function inSection(sectionIndex, wanted) {
    for (var s = sectionIndex, guard = 0; s >= 0 && guard < 64; s = sections[s][2], guard++) if (s === wanted) return true;
    return false;
  }

  function applyFilters() {
    var statuses = {};
    form.querySelectorAll('input[name=status]').forEach(function (box) { statuses[box.value] = box.checked; });
    var sectionId = form.elements.namedItem('section').value;
    var wantedSection = -1;
    sections.forEach(function (s, k) { if (s[0] === sectionId) wantedSection = k; });
    var canonical = form.elements.namedItem('canonical').value;
    var flaggedOnly = form.elements.namedItem('flagged').checked;
    var query = search.value.trim().toLowerCase();
    var any = sectionId !== '' || canonical !== '' || flaggedOnly || query !== '' ||
      Object.keys(statuses).some(function (key) { return !statuses[key]; });
    var visible = new Uint8Array(rows.length);
    shown = [];
    rows.forEach(function (row, i) {
      var keep = statuses[cellOf(row, STATUS)] !== false &&
        (sectionId === '' || inSection(row[SECTION], wantedSection)) &&
        (canonical === '' || (cellOf(row, 1) || '(none)') === canonical) &&
        (!flaggedOnly || row[FLAGGED] === 1) &&
        (query === '' || rowSearchText(i).indexOf(query) >= 0);
      if (keep) { visible[i] = 1; shown.push(i); }
    });
    renumber();
    if (any || dimmed) {
      highlightsOf(0);
      marksByIndex.forEach(function (marks, i) {
        var dim = any && !visible[i];
        marks.forEach(function (el) { el.classList.toggle('dim', dim); });
      });
      dimmed = any;
    }
    doc.body.classList.toggle('only-flagged', flaggedOnly);
    counter.textContent = shown.length + ' of ' + rows.length;
    wrap.scrollTop = 0;
    if (shown.length && positionOf[focused] < 0) focused = shown[0];
    draw(true);
  }
  form.addEventListener('input', applyFilters);
  form.addEventListener('change', applyFilters);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(applyFilters, 0); });

  // ---- findings, unknown numbers, tooltips --------------------------------------------------
  doc.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-warning], button[data-goto]');
    if (!button) return;
    if (button.hasAttribute('data-goto')) {
      var i = Number(button.getAttribute('data-goto'));
      setFocused(i, false);
      goToIndicator(i);
      return;
    }
    var spot = doc.getElementById('w-' + button.getAttribute('data-warning'));
    if (spot) {
      spot.scrollIntoView({ block: 'center' });
      flash(spot);
    }
  });

  var unknowns = null;
  var unknownAt = -1;
  var unknownLabel = doc.getElementById('unknown-at');
  function stepUnknown(step) {
    if (!unknowns) unknowns = Array.prototype.slice.call(textPane.querySelectorAll('.uc[data-reason=unknown]'));
    if (!unknowns.length) return;
    unknownAt = (unknownAt + step + unknowns.length) % unknowns.length;
    unknowns[unknownAt].scrollIntoView({ block: 'center' });
    flash(unknowns[unknownAt]);
    unknownLabel.textContent = (unknownAt + 1) + ' / ' + unknowns.length;
  }
  doc.getElementById('unknown-next').addEventListener('click', function () { stepUnknown(1); });
  doc.getElementById('unknown-prev').addEventListener('click', function () { stepUnknown(-1); });

  body.addEventListener('mouseover', function (event) {
    var row = event.target.closest('.row');
    if (row && !row.title) row.title = textOf(Number(row.getAttribute('data-i')));
  });

  textPane.addEventListener('mouseover', function (event) {
    var number = event.target.closest('.uc');
    if (!number || number.title) return;
    var rule = number.getAttribute('data-rule');
    number.title = 'not an indicator: ' + (data.reasons[number.getAttribute('data-reason')] || '') + (rule ? ' · ' + rule : '');
  });

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

  renumber();
  draw(true);
  doc.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
`;
