/**
 * The case table's script in report.html, as text: the page's Content-Security-Policy allows
 * exactly this script by its hash (docs/report.md). Every string from the run reaches the page
 * through textContent, never innerHTML. Plain ES2017, no template literals, no dependencies.
 */
export const CASE_TABLE_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('evalgate-data').textContent);
  var cases = data.cases;
  var PAGE = 200;
  var state = { suite: '', slice: '', scorer: '', q: '', sort: 'order', dir: 1, limit: PAGE, flags: {} };
  var byId = function (id) { return document.getElementById(id); };
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  for (var n = 0; n < cases.length; n++) {
    var c = cases[n];
    c.n = n;
    c.tagList = Object.keys(c.t).map(function (k) { return k + '=' + c.t[k]; });
    c.text = [c.s, c.i, c.o || '', c.b || '', c.x || '', c.e || '', c.tagList.join(' ')]
      .concat(Object.keys(c.sc).map(function (k) { return k + ' ' + (c.sc[k][2] || '') + ' ' + (c.sc[k][3] || ''); }))
      .join('\n').toLowerCase();
  }
  function fillSelect(id, values) {
    var select = byId(id);
    values.sort().forEach(function (v) { var o = el('option', '', v); o.value = v; select.appendChild(o); });
  }
  var suites = {}, slices = {}, scorers = {};
  cases.forEach(function (c) {
    suites[c.s] = 1;
    c.tagList.forEach(function (t) { slices[t] = 1; });
    Object.keys(c.sc).forEach(function (k) { scorers[k] = 1; });
  });
  fillSelect('f-suite', Object.keys(suites));
  fillSelect('f-slice', Object.keys(slices));
  fillSelect('f-scorer', Object.keys(scorers));

  function matches(c) {
    if (state.suite && c.s !== state.suite) return false;
    if (state.slice && c.tagList.indexOf(state.slice) < 0) return false;
    if (state.scorer && !(state.scorer in c.sc)) return false;
    var f = state.flags;
    if (f.changed && !c.ch) return false;
    if (f.failed && !c.f) return false;
    if (f.critical && c.v !== 'critical') return false;
    if (f.flaky && !c.fk) return false;
    if (state.q && c.text.indexOf(state.q) < 0) return false;
    return true;
  }
  var RANK = { critical: 0, high: 1, normal: 2, low: 3 };
  function key(c) {
    switch (state.sort) {
      case 'id': return c.s + '\u0000' + c.i + '\u0000' + c.r;
      case 'severity': return RANK[c.v];
      case 'latency': return c.l === null ? Infinity : c.l;
      case 'cost': return c.c === null ? Infinity : c.c;
      case 'score':
        var k = state.scorer || Object.keys(c.sc)[0];
        return k && c.sc[k] ? c.sc[k][0] : Infinity;
      default: return c.n;
    }
  }
  function compare(a, b) {
    var x = key(a), y = key(b);
    return (x < y ? -1 : x > y ? 1 : a.n - b.n) * state.dir;
  }

  function words(text) { return text.split(/(\s+)/).filter(function (w) { return w.length > 0; }); }
  /** Longest common subsequence over words; beyond 4M cells the texts are shown without marks. */
  function diff(a, b) {
    var x = words(a), y = words(b);
    if (x.length * y.length > 4000000) return null;
    var m = x.length, n = y.length, i, j;
    var t = new Array(m + 1);
    for (i = 0; i <= m; i++) t[i] = new Uint32Array(n + 1);
    for (i = m - 1; i >= 0; i--)
      for (j = n - 1; j >= 0; j--) t[i][j] = x[i] === y[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
    var left = [], right = [];
    i = 0; j = 0;
    while (i < m || j < n) {
      if (i < m && j < n && x[i] === y[j]) { left.push([x[i], '']); right.push([y[j], '']); i++; j++; }
      else if (j < n && (i === m || t[i][j + 1] >= t[i + 1][j])) { right.push([y[j], 'ins']); j++; }
      else { left.push([x[i], 'del']); i++; }
    }
    return [left, right];
  }
  function textBlock(parts, fallback) {
    var pre = el('pre', 'out');
    if (!parts) { pre.textContent = fallback; return pre; }
    parts.forEach(function (p) { pre.appendChild(p[1] ? el(p[1], '', p[0]) : document.createTextNode(p[0])); });
    return pre;
  }
  function detail(c) {
    var box = el('div', 'detail');
    var pair = el('div', 'pair');
    var base = c.b === null ? null : c.b;
    var d = base !== null && c.o !== null ? diff(base, c.o) : null;
    var l = el('div'), r = el('div');
    l.appendChild(el('h4', '', 'Baseline output'));
    l.appendChild(base === null ? el('p', 'muted', 'not in the baseline run') : textBlock(d && d[0], base));
    r.appendChild(el('h4', '', 'Candidate output'));
    r.appendChild(c.o === null ? el('p', 'muted', c.e ? 'no output: ' + c.e : 'no output') : textBlock(d && d[1], c.o));
    pair.appendChild(l); pair.appendChild(r);
    box.appendChild(pair);
    if (c.x) { box.appendChild(el('h4', '', 'Expected')); box.appendChild(el('pre', 'out', c.x)); }
    var list = el('ul', 'scores');
    Object.keys(c.sc).forEach(function (k) {
      var s = c.sc[k];
      var li = el('li', s[1] === false ? 'bad' : '');
      li.appendChild(el('code', '', k));
      li.appendChild(document.createTextNode(' ' + s[0].toFixed(3) + (s[1] === null ? '' : s[1] ? ' pass' : ' FAIL') + (s[3] ? ' (' + s[3] + ')' : '')));
      if (s[2]) li.appendChild(el('div', 'reason', s[2]));
      list.appendChild(li);
    });
    box.appendChild(el('h4', '', 'Scores and judge reasons'));
    box.appendChild(list);
    return box;
  }
  function clip(text, max) { return text.length > max ? text.slice(0, max - 1) + '\u2026' : text; }
  function row(c) {
    var tr = el('tr', c.f ? 'failed' : '');
    tr.appendChild(el('td', '', c.s));
    tr.appendChild(el('td', 'id', c.i + (c.r ? ' #' + c.r : '')));
    tr.appendChild(el('td', 'tags', c.tagList.join(' ')));
    tr.appendChild(el('td', 'sev-' + c.v, c.v));
    var sc = el('td');
    Object.keys(c.sc).forEach(function (k) {
      var s = c.sc[k];
      sc.appendChild(el('span', 'chip ' + (s[1] === false ? 'bad' : s[1] ? 'good' : ''), k + ' ' + s[0].toFixed(2)));
    });
    tr.appendChild(sc);
    tr.appendChild(el('td', 'num', c.l === null ? '' : Math.round(c.l) + ' ms'));
    tr.appendChild(el('td', 'num', c.c === null ? '' : '$' + c.c.toPrecision(3)));
    tr.appendChild(el('td', 'out', c.o === null ? '(no output' + (c.e ? ': ' + c.e : '') + ')' : clip(c.o, 160)));
    tr.appendChild(el('td', 'out', c.b === null ? '' : clip(c.b, 160)));
    var marks = [c.ch ? 'changed' : '', c.fk ? 'flaky' : ''].filter(Boolean).join(' ');
    tr.appendChild(el('td', '', marks));
    tr.addEventListener('click', function () {
      var next = tr.nextSibling;
      if (next && next.className === 'detail-row') { next.remove(); return; }
      var dr = el('tr', 'detail-row');
      var td = el('td');
      td.colSpan = 10;
      td.appendChild(detail(c));
      dr.appendChild(td);
      tr.after(dr);
    });
    return tr;
  }
  var shown = [];
  function render() {
    var start = performance.now();
    shown = cases.filter(matches).sort(compare);
    var body = byId('case-rows');
    var frag = document.createDocumentFragment();
    shown.slice(0, state.limit).forEach(function (c) { frag.appendChild(row(c)); });
    body.replaceChildren(frag);
    byId('case-count').textContent = shown.length + ' of ' + cases.length + ' records' +
      (shown.length > state.limit ? ', showing the first ' + state.limit : '');
    byId('more').hidden = shown.length <= state.limit;
    document.body.setAttribute('data-filter-ms', String(Math.round(performance.now() - start)));
  }
  function onFilter() {
    state.suite = byId('f-suite').value;
    state.slice = byId('f-slice').value;
    state.scorer = byId('f-scorer').value;
    state.q = byId('f-search').value.trim().toLowerCase();
    ['changed', 'failed', 'critical', 'flaky'].forEach(function (f) { state.flags[f] = byId('f-' + f).checked; });
    state.limit = PAGE;
    render();
  }
  ['f-suite', 'f-slice', 'f-scorer', 'f-changed', 'f-failed', 'f-critical', 'f-flaky'].forEach(function (id) {
    byId(id).addEventListener('change', onFilter);
  });
  byId('f-search').addEventListener('input', onFilter);
  byId('more').addEventListener('click', function () { state.limit += PAGE * 5; render(); });
  Array.prototype.forEach.call(document.querySelectorAll('th[data-sort]'), function (th) {
    th.addEventListener('click', function () {
      var k = th.getAttribute('data-sort');
      state.dir = state.sort === k ? -state.dir : 1;
      state.sort = k;
      Array.prototype.forEach.call(document.querySelectorAll('th[data-sort]'), function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
      render();
    });
  });
  render();
})();
`;
