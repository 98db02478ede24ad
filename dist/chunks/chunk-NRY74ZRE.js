import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  RUN_SCHEMA,
  Run,
  formatValue,
  outcomeRank,
  round
} from "./chunk-BCM3YFZQ.js";
import {
  higherIsBetter,
  isRateMetric,
  parseMetricName
} from "./chunk-ZNK74DLD.js";

// src/results/run-file.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/report/junit.ts
var MAX_TEXT = 4e3;
function renderJunit(run) {
  const suites = run.manifest.suites.map(
    (s) => suiteXml(
      s.id,
      run.cases.filter((c) => c.suite === s.id)
    )
  );
  const gate = gateXml(run);
  const all = [...suites, gate];
  const total = (k) => all.reduce((n, s) => n + s.counts[k], 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evalgate" tests="${total("tests")}" failures="${total("failures")}" errors="${total("errors")}">`,
    ...all.map((s) => s.xml),
    "</testsuites>",
    ""
  ].join("\n");
}
function suiteXml(suite, records) {
  const scorerIds = [...new Set(records.flatMap((r) => Object.keys(r.scores)))];
  const counts = { tests: 0, failures: 0, errors: 0 };
  let time = 0;
  const cases = [];
  for (const r of records) {
    const name = `${r.id}${r.repeat ? ` (repeat ${r.repeat})` : ""}`;
    const seconds = r.latency_ms === null ? 0 : r.latency_ms / 1e3;
    time += seconds;
    const ids = r.error ? scorerIds.length ? scorerIds : ["output"] : Object.keys(r.scores);
    for (const scorer of ids) {
      counts.tests++;
      const open = `    <testcase classname="${attr(`${suite}.${scorer}`)}" name="${attr(name)}" time="${seconds.toFixed(3)}"`;
      if (r.error) {
        counts.errors++;
        cases.push(
          `${open}>
      <error message="${attr(clip(r.error.message, 500))}" type="${attr(r.error.kind)}">${text(r.error.message)}</error>
    </testcase>`
        );
        continue;
      }
      const score = r.scores[scorer];
      if (score.pass === false) {
        counts.failures++;
        const body = [
          `scorer: ${scorer} (score ${score.value})`,
          ...r.expected !== void 0 ? [`expected: ${stringify(r.expected)}`] : [],
          `actual: ${r.output ?? ""}`,
          ...score.detail ? [`detail: ${score.detail}`] : []
        ].join("\n");
        cases.push(
          `${open}>
      <failure message="${attr(`${scorer} failed${score.detail ? `: ${clip(score.detail, 200)}` : ""}`)}" type="${attr(r.severity === "critical" ? "critical" : "scorer")}">${text(body)}</failure>
    </testcase>`
        );
      } else cases.push(`${open}/>`);
    }
  }
  return {
    counts,
    xml: [
      `  <testsuite name="${attr(suite)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" time="${time.toFixed(3)}">`,
      ...cases,
      "  </testsuite>"
    ].join("\n")
  };
}
function gateXml(run) {
  const rules = run.decision?.rules ?? [];
  const counts = { tests: rules.length, failures: 0, errors: 0 };
  const cases = rules.map((o) => {
    const name = `${o.metric}${o.slice ? ` [${o.slice.name}=${o.slice.value}]` : ""} ${o.bound}`;
    const open = `    <testcase classname="${attr(`gate.${o.suite}`)}" name="${attr(name)}"`;
    if (o.outcome !== "fail")
      return `${open}>
      <system-out>${text(`${o.status}: ${o.explanation}`)}</system-out>
    </testcase>`;
    counts.failures++;
    return `${open}>
      <failure message="${attr(clip(o.explanation, 500))}" type="rule">${text(`${o.status}: ${o.explanation}`)}</failure>
    </testcase>`;
  });
  return {
    counts,
    xml: [
      `  <testsuite name="gate" tests="${counts.tests}" failures="${counts.failures}" errors="0">`,
      ...cases,
      "  </testsuite>"
    ].join("\n")
  };
}
var stringify = (v) => typeof v === "string" ? v : JSON.stringify(v);
var clip = (s, n) => s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function text(s) {
  return clip(s, MAX_TEXT).replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/html.ts
import { createHash } from "node:crypto";

// src/report/chart.ts
var CHART_SLICES = 12;
function changeOf(r) {
  if (r.kind !== "regression" || !r.interval || r.current === null || r.baseline === null) return null;
  const ref = parseMetricName(r.metric);
  const up = ref !== void 0 && higherIsBetter(ref);
  if (r.delta === null) {
    if (!r.baseline || !r.current) return null;
    const pct = (w) => ((up ? 1 / w : w) - 1) * 100;
    const [a, b] = [pct(r.interval[0]), pct(r.interval[1])];
    return { delta: (r.current / r.baseline - 1) * 100, lo: Math.min(a, b), hi: Math.max(a, b), unit: "%" };
  }
  const rate = ref !== void 0 && isRateMetric(ref);
  const scale = rate ? 100 : 1;
  const lo = up ? -r.interval[1] : r.interval[0];
  const hi = up ? -r.interval[0] : r.interval[1];
  return { delta: r.delta * scale, lo: lo * scale, hi: hi * scale, unit: rate ? "pp" : unitOf(ref?.kind) };
}
function unitOf(kind) {
  return kind === "latency" ? "ms" : kind === "cost" ? "$" : kind === "tokens" ? "tokens" : "";
}
function marginOf(r, unit) {
  const match = /^max (drop|increase) (\d+(?:\.\d+)?)\s*(pp|%)?$/.exec(r.bound);
  if (!match) return null;
  const sign = match[1] === "drop" ? -1 : 1;
  const value = Number(match[2]);
  const relative = match[3] === "%";
  if (relative !== (unit === "%")) return null;
  if (relative) return sign * value;
  if (unit === "pp") return sign * (match[3] === "pp" ? value : value * 100);
  return sign * value;
}
function sliceCharts(rules, limit = CHART_SLICES) {
  const byRule = /* @__PURE__ */ new Map();
  for (const r of rules) if (r.slice && r.kind === "regression") byRule.set(r.rule, [...byRule.get(r.rule) ?? [], r]);
  const charts = [];
  for (const outcomes of byRule.values()) {
    const points = outcomes.map((r) => ({ r, change: changeOf(r) })).filter((p) => p.change !== null);
    if (!points.length) continue;
    const unit = points[0].change.unit;
    const margin = marginOf(points[0].r, unit);
    const sign = margin !== null && margin > 0 ? 1 : -1;
    const worst = points.sort((a, b) => outcomeRank(b.r) - outcomeRank(a.r) || sign * (b.change.delta - a.change.delta)).slice(0, limit);
    charts.push({
      title: `${outcomes[0].metric} (${outcomes[0].bound}) per slice`,
      unit,
      margin,
      slices: worst.map(({ r, change }) => ({
        label: `${r.slice.name}=${r.slice.value}`,
        ...change,
        outcome: r.outcome
      }))
    });
  }
  return charts;
}
function renderSliceCharts(rules, mode) {
  if (mode === "off") return [];
  const lines = [];
  for (const chart of sliceCharts(rules)) lines.push("", ...mode === "mermaid" ? mermaid(chart) : forest(chart));
  return lines;
}
function mermaid(chart) {
  const values = chart.slices.flatMap((s) => [s.delta, s.lo, s.hi]).concat(chart.margin ?? 0, 0);
  const [min, max] = niceRange(Math.min(...values), Math.max(...values));
  const unit = chart.unit ? ` (${chart.unit})` : "";
  const lines = [
    "```mermaid",
    "xychart-beta",
    `  title "${label(chart.title, 80)}"`,
    `  x-axis [${chart.slices.map((s) => `"${label(s.label, 24)}"`).join(", ")}]`,
    `  y-axis "change${unit}" ${num(min)} --> ${num(max)}`,
    `  bar [${chart.slices.map((s) => num(s.delta)).join(", ")}]`
  ];
  if (chart.margin !== null) lines.push(`  line [${chart.slices.map(() => num(chart.margin)).join(", ")}]`);
  lines.push("```");
  return lines;
}
var WIDTH = 41;
function forest(chart) {
  const values = chart.slices.flatMap((s) => [s.lo, s.hi]).concat(chart.margin ?? 0, 0);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const span = max - min || 1;
  const col = (v) => Math.round((v - min) / span * (WIDTH - 1));
  const labels = chart.slices.map((s) => label(s.label, 24));
  const pad = Math.max(...labels.map((l) => l.length));
  const unit = chart.unit && chart.unit !== "$" ? ` ${chart.unit}` : "";
  const rows = chart.slices.map((s, i) => {
    const cells = Array.from({ length: WIDTH }, () => " ");
    cells[col(0)] = "\u2502";
    if (chart.margin !== null) cells[col(chart.margin)] = "\u2506";
    for (let c = col(s.lo); c <= col(s.hi); c++) cells[c] = "\u2500";
    cells[col(s.lo)] = "\u251C";
    cells[col(s.hi)] = "\u2524";
    cells[col(s.delta)] = "\u25CF";
    const mark = { fail: "\u2717", warn: "!", pass: " ", info: " " }[s.outcome];
    return `${labels[i].padEnd(pad)} ${cells.join("")} ${mark} ${signed(s.delta)}${unit} [${signed(s.lo)}, ${signed(s.hi)}]`;
  });
  const margin = chart.margin === null ? "" : `, \u2506 margin ${signed(chart.margin)}${unit}`;
  return [
    "```text",
    `${label(chart.title, 80)}: change with interval (\u25CF point, \u251C\u2500\u2524 interval, \u2502 zero${margin}; \u2717 fail, ! warn)`,
    ...rows,
    "```"
  ];
}
function label(text2, max) {
  const clean = text2.replace(/[^\p{L}\p{N} _=.:+/()%-]/gu, "_");
  return clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean;
}
function num(v) {
  return round(v, Math.abs(v) >= 100 ? 0 : 1);
}
function signed(v) {
  const text2 = num(Math.abs(v));
  return `${v > 0 && text2 !== "0.0" ? "+" : v < 0 && text2 !== "0.0" ? "\u2212" : "\xB1"}${text2}`;
}
function niceRange(min, max) {
  const raw = (max - min || 1) / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  return [Math.floor(min / step) * step, Math.ceil(max / step) * step];
}

// src/report/html-script.ts
var CASE_TABLE_SCRIPT = String.raw`(function () {
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

// src/report/html.ts
var ICON = {
  pass: "\u2714",
  warn: "\u26A0",
  fail: "\u2716",
  overridden: "\u25CF",
  skipped: "\u2192",
  error: "\u25A0"
};
var STYLE = `
:root { color-scheme: light dark; --bad: #c62828; --warn: #b26a00; --good: #2e7d32; --muted: #777; --line: #8884; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; padding: 1rem 2rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: .2rem 0; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; } th[data-sort] { cursor: pointer; text-decoration: underline dotted; }
th[aria-sort=ascending]::after { content: ' \u25B2'; } th[aria-sort=descending]::after { content: ' \u25BC'; }
.fail, .error { color: var(--bad); } .warn, .overridden { color: var(--warn); } .pass { color: var(--good); } .skipped { color: var(--muted); } .info, .muted { color: var(--muted); }
td.out { font-family: ui-monospace, monospace; font-size: 12px; max-width: 28rem; white-space: pre-wrap; word-break: break-word; }
td.tags, td.id { font-family: ui-monospace, monospace; font-size: 12px; }
tr.failed td:first-child { box-shadow: inset 3px 0 var(--bad); } #case-rows tr:not(.detail-row) { cursor: pointer; }
.chip { display: inline-block; border: 1px solid var(--line); border-radius: 3px; padding: 0 4px; margin: 1px; font-size: 12px; white-space: nowrap; }
.chip.bad, li.bad { color: var(--bad); } .chip.good { color: var(--good); } .sev-critical { color: var(--bad); font-weight: 600; }
.filters { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: center; margin: .5rem 0; position: sticky; top: 0; padding: .4rem 0; background: Canvas; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
pre.out { white-space: pre-wrap; word-break: break-word; font-size: 12px; margin: 0; padding: .4rem; border: 1px solid var(--line); }
ins { background: #2e7d3233; text-decoration: none; } del { background: #c6282833; }
.reason { color: var(--muted); white-space: pre-wrap; } .detail { padding: .5rem; }
svg text { font: 11px system-ui, sans-serif; fill: currentColor; } svg .zero { stroke: currentColor; stroke-opacity: .5; }
svg .margin { stroke: var(--bad); stroke-dasharray: 4 3; } svg .ci { stroke: currentColor; stroke-width: 2; }
svg .pt-fail { fill: var(--bad); } svg .pt-warn { fill: var(--warn); } svg .pt-pass, svg .pt-info { fill: var(--good); }
svg .bar { fill: #4a78c2; } .hist { display: flex; flex-wrap: wrap; gap: 2rem; }
dl.manifest { display: grid; grid-template-columns: max-content 1fr; gap: 2px 1rem; } dl.manifest dt { color: var(--muted); }
`;
function renderHtml(run, options = {}) {
  const decision = run.decision;
  const verdict = decision?.verdict ?? "error";
  const data = `{"cases":${JSON.stringify(caseData(run, options.baseline ?? null))}}`.replace(/</g, "\\u003c");
  const csp = [
    "default-src 'none'",
    `script-src '${hash(CASE_TABLE_SCRIPT)}'`,
    `style-src '${hash(STYLE)}'`,
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  const title = verdict === "error" ? "could not evaluate" : verdict.toUpperCase();
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>evalgate: ${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head><body>",
    `<h1><span class="${verdict}">${ICON[verdict]}</span> evalgate: ${esc(title)}</h1>`,
    decision ? verdictSection(decision) : "<p>This run has no verdict (merged shards).</p>",
    ...run.aggregates.map((agg) => rulesSection(run, agg.suite)),
    casesSection(),
    histograms(run.cases),
    manifestSection(run),
    `<script type="application/json" id="evalgate-data">${data}</script>`,
    `<script>${CASE_TABLE_SCRIPT}</script>`,
    "</body></html>",
    ""
  ].join("\n");
}
function staticPage(title, body) {
  const csp = ["default-src 'none'", `style-src '${hash(STYLE)}'`, "base-uri 'none'", "form-action 'none'"].join("; ");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head><body>",
    body,
    "</body></html>",
    ""
  ].join("\n");
}
function hash(text2) {
  return `sha256-${createHash("sha256").update(text2, "utf8").digest("base64")}`;
}
function esc(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
function verdictSection(decision) {
  const parts = [`<p>${esc(decision.summary)}</p>`];
  const listed = decision.rules.filter((r) => r.outcome === "fail" || r.outcome === "warn");
  const reasons = [
    ...decision.verdict === "error" ? decision.reasons.map((r) => ["", r]) : [],
    ...listed.map((r) => [r.outcome, `${r.suite}: ${r.explanation}`])
  ];
  if (reasons.length)
    parts.push(`<ul>${reasons.map(([cls, text2]) => `<li class="${cls}">${esc(text2)}</li>`).join("")}</ul>`);
  if (decision.critical_failures.length) {
    parts.push(`<p><strong>Failed critical cases</strong> (${decision.critical_failures.length}):</p><ul>`);
    for (const c of decision.critical_failures.slice(0, 100))
      parts.push(`<li><code>${esc(c.id)}</code> in ${esc(c.suite)}: failed ${esc(c.scorers.join(", "))}</li>`);
    parts.push("</ul>");
  }
  for (const note of decision.override_notes ?? []) parts.push(`<blockquote>${esc(note)}</blockquote>`);
  return parts.join("\n");
}
function rulesSection(run, suite) {
  const rules = run.decision?.rules.filter((r) => r.suite === suite) ?? [];
  const rows = rules.map((r) => {
    const ref = parseMetricName(r.metric);
    const change = changeOf(r);
    const cell = change ? `${signed(change.delta)} [${signed(change.lo)}, ${signed(change.hi)}] ${change.unit}` : r.interval && r.kind !== "regression" ? `CI ${formatValue(ref, r.interval[0])}\u2013${formatValue(ref, r.interval[1])}` : "";
    const slice = r.slice ? `${r.slice.name}=${r.slice.value}` : "all cases";
    return `<tr><td>${esc(`${r.metric} ${r.bound}`)}</td><td><code>${esc(slice)}</code></td><td class="num">${esc(formatValue(ref, r.baseline))}</td><td class="num">${esc(formatValue(ref, r.current))}</td><td class="num">${esc(cell)}</td><td class="num">${r.n}</td><td class="${r.outcome}">${r.outcome}${r.status === r.outcome ? "" : ` (${r.status.replace(/_/g, " ")})`}</td></tr>`;
  });
  return [
    `<h2>${esc(suite)}</h2>`,
    rows.length ? `<table><thead><tr><th>Rule</th><th>Slice</th><th class="num">Baseline</th><th class="num">Current</th><th class="num">\u0394 (interval)</th><th class="num">n</th><th>Result</th></tr></thead><tbody>${rows.join("")}</tbody></table>` : '<p class="muted">No rules.</p>',
    ...forestPlots(rules)
  ].join("\n");
}
function forestPlots(rules) {
  const byRule = /* @__PURE__ */ new Map();
  for (const r of rules) if (r.kind === "regression") byRule.set(r.rule, [...byRule.get(r.rule) ?? [], r]);
  const plots = [];
  for (const outcomes of byRule.values()) {
    const rows = outcomes.flatMap((r) => {
      const change = changeOf(r);
      return change ? [{ label: r.slice ? `${r.slice.name}=${r.slice.value}` : "all cases", r, ...change }] : [];
    });
    if (!rows.length) continue;
    const unit = rows[0].unit;
    const margin = marginOf(rows[0].r, unit);
    const values = rows.flatMap((p) => [p.lo, p.hi]).concat(margin ?? 0, 0);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const pad = (max - min || 1) * 0.05;
    const [left, width, rowH] = [200, 420, 22];
    const x = (v) => left + (v - (min - pad)) / (max - min + 2 * pad) * width;
    const height = rows.length * rowH + 30;
    const svg = [
      `<svg role="img" width="${left + width + 200}" height="${height}" viewBox="0 0 ${left + width + 200} ${height}">`,
      `<title>${esc(`${outcomes[0].metric} ${outcomes[0].bound}: change per slice with its interval`)}</title>`,
      `<line class="zero" x1="${x(0)}" x2="${x(0)}" y1="4" y2="${height - 22}"/>`,
      margin === null ? "" : `<line class="margin" x1="${x(margin)}" x2="${x(margin)}" y1="4" y2="${height - 22}"/><text x="${x(margin)}" y="${height - 6}" text-anchor="middle">margin ${signed(margin)} ${esc(unit)}</text>`,
      ...rows.map((p, i) => {
        const y = 14 + i * rowH;
        return [
          `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${esc(clip2(p.label, 30))}</text>`,
          `<line class="ci" x1="${x(p.lo)}" x2="${x(p.hi)}" y1="${y}" y2="${y}"/>`,
          `<circle class="pt-${p.r.outcome}" cx="${x(p.delta)}" cy="${y}" r="5"><title>${esc(`${p.label}: ${signed(p.delta)} [${signed(p.lo)}, ${signed(p.hi)}] ${unit}, n=${p.r.n}, ${p.r.outcome}`)}</title></circle>`,
          `<text x="${left + width + 10}" y="${y + 4}">${esc(`${signed(p.delta)} [${signed(p.lo)}, ${signed(p.hi)}] ${unit}`)}</text>`
        ].join("");
      }),
      "</svg>"
    ];
    plots.push(
      `<figure><figcaption>${esc(`${outcomes[0].metric} (${outcomes[0].bound})`)}</figcaption>${svg.join("")}</figure>`
    );
  }
  return plots;
}
function casesSection() {
  const check = (id, label2) => `<label><input type="checkbox" id="f-${id}"> ${label2}</label>`;
  const select = (id, label2) => `<label>${label2} <select id="f-${id}"><option value="">all</option></select></label>`;
  return `<h2>Cases</h2>
<div class="filters">${select("suite", "Suite")}${select("slice", "Slice")}${select("scorer", "Scorer")}${check("changed", "changed")}${check("failed", "failed")}${check("critical", "critical")}${check("flaky", "flaky")}<label>Search <input type="search" id="f-search" placeholder="id, output, reason\u2026"></label><span id="case-count"></span></div>
<table><thead><tr><th data-sort="order">Suite</th><th data-sort="id">Case</th><th>Slice tags</th><th data-sort="severity">Severity</th><th data-sort="score">Scores</th><th data-sort="latency" class="num">Latency</th><th data-sort="cost" class="num">Cost</th><th>Candidate output</th><th>Baseline output</th><th></th></tr></thead><tbody id="case-rows"></tbody></table>
<p><button id="more" type="button" hidden>Show more</button></p>
<p class="muted">Click a row for both outputs side by side with a word diff, the expected value and every scorer's reason.</p>`;
}
function caseData(run, baseline) {
  const base = /* @__PURE__ */ new Map();
  for (const r of baseline?.cases ?? []) base.set(`${r.suite}\0${r.id}\0${r.repeat}`, r);
  const flaky = /* @__PURE__ */ new Set();
  for (const agg of run.aggregates)
    for (const f of agg.flaky ?? []) for (const c of f.cases) flaky.add(`${agg.suite}\0${c.id}`);
  return run.cases.map((r) => {
    const b = base.get(`${r.suite}\0${r.id}\0${r.repeat}`);
    const failed = !!r.error || Object.values(r.scores).some((s) => s.pass === false);
    const changed = !!b && (b.output !== r.output || Object.entries(r.scores).some(([k, s]) => b.scores[k] !== void 0 && b.scores[k].pass !== s.pass));
    return {
      s: r.suite,
      i: r.id,
      r: r.repeat,
      t: r.tags,
      v: r.severity,
      o: r.output,
      b: b ? b.output : null,
      x: r.expected === void 0 ? null : typeof r.expected === "string" ? r.expected : JSON.stringify(r.expected),
      sc: Object.fromEntries(
        Object.entries(r.scores).map(([k, s]) => [
          k,
          [s.value, s.pass, s.detail ?? null, s.label ?? null]
        ])
      ),
      l: r.latency_ms,
      c: r.cost_usd,
      e: r.error ? `${r.error.kind}: ${r.error.message}` : null,
      ch: changed ? 1 : 0,
      f: failed ? 1 : 0,
      fk: flaky.has(`${r.suite}\0${r.id}`) ? 1 : 0
    };
  });
}
function histograms(cases) {
  const latency = cases.flatMap((c) => c.latency_ms === null ? [] : [c.latency_ms]);
  const cost = cases.flatMap((c) => c.cost_usd === null ? [] : [c.cost_usd]);
  return `<h2>Latency and cost</h2><div class="hist">${histogram("Latency per call (ms)", latency, (v) => `${round(v, 0)} ms`)}${histogram("Cost per call (USD)", cost, (v) => `$${v.toPrecision(3)}`)}</div>`;
}
function histogram(title, values, format) {
  if (!values.length) return `<figure><figcaption>${esc(title)}</figcaption><p class="muted">no values</p></figure>`;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const bins = 20;
  const step = (max - min) / bins || 1;
  const counts = new Array(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / step))]++;
  const top = Math.max(...counts);
  const [w, h] = [420, 140];
  const bw = w / bins;
  const bars = counts.map((n, i) => {
    const bh = n / top * (h - 20);
    return `<rect class="bar" x="${i * bw + 1}" y="${h - 20 - bh}" width="${bw - 2}" height="${bh}"><title>${esc(`${format(min + i * step)}\u2013${format(min + (i + 1) * step)}: ${n}`)}</title></rect>`;
  });
  return `<figure><figcaption>${esc(title)} \xB7 n=${values.length}</figcaption><svg role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars.join("")}<text x="0" y="${h - 4}">${esc(format(min))}</text><text x="${w}" y="${h - 4}" text-anchor="end">${esc(format(max))}</text></svg></figure>`;
}
function manifestSection(run) {
  const m = run.manifest;
  const item = (k, v) => `<dt>${esc(k)}</dt><dd>${esc(v === null ? "\u2013" : String(v))}</dd>`;
  const head = [
    item("evalgate", m.tool.version),
    item("config", `${m.config.file} (hash ${m.config.hash})`),
    item("commit", m.git.sha),
    item("ref", m.git.ref),
    item("event", m.event),
    item("pull request", m.pr),
    item("tier", m.tier),
    item("shard", m.shard),
    item("started", m.started_at),
    item("ended", m.ended_at)
  ];
  const suites = m.suites.map(
    (s) => `<h3>${esc(s.id)}</h3><dl class="manifest">${[
      item("model", s.model),
      item("provider", s.provider),
      item("dataset", `${s.dataset} (hash ${s.dataset_hash})`),
      item("prompt", `${s.prompt} (hash ${s.prompt_hash})`),
      item("cases", s.cases),
      item("repeats", s.repeats),
      ...Object.entries(s.scorer_hashes).map(([k, v]) => item(`scorer ${k}`, v)),
      item("rule hashes", s.rule_hashes.join(", "))
    ].join("")}</dl>`
  );
  return `<h2>Manifest</h2><dl class="manifest">${head.join("")}</dl>${suites.join("")}`;
}
function clip2(text2, max) {
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}

// src/results/run-file.ts
function readRunFile(path) {
  let text2;
  try {
    text2 = readFileSync(path, "utf8");
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${error.code ?? error.message}`
    });
  }
  let json;
  try {
    json = JSON.parse(stripBom(text2));
  } catch (error) {
    return fail({ file: path, message: `invalid JSON: ${error.message}` });
  }
  const schema = json && typeof json === "object" ? json.schema : void 0;
  if (schema !== RUN_SCHEMA) {
    return fail({
      file: path,
      path: "schema",
      message: `expected an evalgate run file with "schema": "${RUN_SCHEMA}"; got ${schema === void 0 ? "no schema" : JSON.stringify(schema)}`
    });
  }
  const parsed = Run.safeParse(json);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail({
      file: path,
      path: first.path.map(String).join("."),
      message: `${first.message} (and ${parsed.error.issues.length - 1} more problems)`.replace(
        " (and 0 more problems)",
        ""
      )
    });
  }
  return ok(parsed.data);
}
function writeResults(dir, run, report, html = {}) {
  mkdirSync(dir, { recursive: true });
  const runPath = resolve(join(dir, "run.json"));
  const reportPath = resolve(join(dir, "report.md"));
  writeFileSync(`${runPath}.tmp`, `${JSON.stringify(run, null, 2)}
`);
  renameSync(`${runPath}.tmp`, runPath);
  writeFileSync(`${reportPath}.tmp`, report);
  renameSync(`${reportPath}.tmp`, reportPath);
  const htmlPath = resolve(join(dir, "report.html"));
  writeFileSync(`${htmlPath}.tmp`, renderHtml(run, html));
  renameSync(`${htmlPath}.tmp`, htmlPath);
  return { runPath, reportPath, htmlPath };
}
function writeJunit(path, run) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, renderJunit(run));
  renameSync(`${path}.tmp`, path);
}

export {
  renderSliceCharts,
  staticPage,
  esc,
  readRunFile,
  writeResults,
  writeJunit
};
