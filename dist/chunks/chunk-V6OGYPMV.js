import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  createInterner
} from "./chunk-PBYLG6YC.js";
import {
  stripBom
} from "./chunk-RPGOX2AU.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  CaseRecord,
  RUN_SCHEMA,
  Run,
  formatUsd,
  formatValue,
  outcomeRank,
  round
} from "./chunk-DDNPVRFT.js";
import {
  higherIsBetter,
  isRateMetric,
  parseMetricName
} from "./chunk-XLT3OMSK.js";

// src/results/run-file.ts
import { closeSync, mkdirSync, openSync, readSync, renameSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

// src/report/escape.ts
var ZWSP = "\u200B";
var clip = (text2, n) => text2.length > n ? `${text2.slice(0, n - 1)}\u2026` : text2;
function escapeInline(text2, maxLength = 200) {
  return clip(text2, maxLength).replace(/\r?\n|\r/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/([\\`*_[\]|~])/g, "\\$1").replace(/^([#>+-]|\d+[.)])(?=\s|$)/, "\\$1").replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWSP}`).replace(/(^|[^\w])#(?=\d)/g, `$1#${ZWSP}`).replace(/\b([\w.-]+\/[\w.-]+)#(?=\d)/g, `$1#${ZWSP}`).replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/:\/\//g, `:${ZWSP}//`);
}
function codeBlock(text2, maxLength = 2e3) {
  const clipped = text2.length > maxLength ? `${text2.slice(0, maxLength)}
\u2026 (${text2.length - maxLength} more characters in run.json)` : text2;
  const longest = Math.max(0, ...[...clipped.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}text
${clipped.replace(/\r\n?/g, "\n")}
${fence}`;
}
function inlineCode(text2) {
  const clean = text2.replace(/\r?\n|\r/g, " ").slice(0, 120);
  const longest = Math.max(0, ...[...clean.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = "`".repeat(longest + 1);
  const pad = clean.startsWith("`") || clean.endsWith("`") ? " " : "";
  return `${ticks}${pad}${clean.replace(/\|/g, "\\|")}${pad}${ticks}`;
}
function esc(text2) {
  return text2.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

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
var NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
function text(s) {
  return clip(s, MAX_TEXT).replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function attr(s) {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");
}

// src/report/html.ts
import { createHash } from "node:crypto";

// src/report/lineage.ts
var COMMENT_IDS = 5;
var CHANGE_KINDS = ["added", "removed", "edited"];
function changeCounts(changes) {
  return CHANGE_KINDS.filter((k) => changes[k].length).map((k) => `${changes[k].length} ${k}`).join(", ");
}
function changeLists(changes, most = COMMENT_IDS) {
  return CHANGE_KINDS.filter((k) => changes[k].length).map((k) => ({
    kind: k,
    ids: changes[k].slice(0, most),
    more: Math.max(0, changes[k].length - most)
  }));
}
function contaminationSummary(c) {
  const files = c.corpus.map((f) => f.file);
  const [prompt, ...corpus] = files;
  const against = corpus.length ? `${prompt} and ${corpus.length === 1 ? corpus[0] : `${corpus.length} corpus files`}` : `${prompt ?? "the prompt"}`;
  const share = c.cases ? ` (${(c.flagged / c.cases * 100).toFixed(1)}%)` : "";
  return `${c.flagged} of ${c.cases} cases flagged${share}: ${c.n}-grams, flagged at \u2265 ${Math.round(c.threshold * 100)}% overlap or with the answer in the prompt, against ${against}`;
}

// src/report/budget-line.ts
function describeBudget(budget) {
  const { limit, estimate, actual } = budget;
  const estimatedUsd = estimate.usd === null ? "no estimate: no price" : `estimated ${formatUsd(estimate.usd)}`;
  const parts = [
    `${formatUsd(actual.usd)} spent${limit?.usd != null ? ` of a ${formatUsd(limit.usd)} budget` : ""} (${estimatedUsd}${estimate.unpriced ? `, ${estimate.unpriced} calls unpriced` : ""})`,
    `${actual.calls} model calls${limit?.calls != null ? ` of ${limit.calls}` : ""} (estimated ${estimate.calls}${estimate.adaptive_cases ? `, counting ${estimate.adaptive_cases} adaptive cases at the tier's max` : ""})`,
    `${actual.cached} cached (estimated ${estimate.cached})`
  ];
  return `Cost: ${parts.join(" \xB7 ")}${budget.forced ? " \xB7 started with --force over the estimate" : ""}`;
}

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

// src/report/failure-modes.ts
var SAME_REASON = 0.5;
function normaliseReason(reason) {
  return reason.toLowerCase().replace(/"[^"]*"|“[^”]*”|'[^']{2,}'|`[^`]*`/g, " q ").replace(/\d+(?:[.,]\d+)*/g, " 0 ").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
}
function grams(words) {
  if (words.length < 2) return new Set(words);
  const out = /* @__PURE__ */ new Set();
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return out;
}
function jaccard(a, b) {
  if (!a.size && !b.size) return 1;
  let common = 0;
  for (const g of a) if (b.has(g)) common++;
  return common / (a.size + b.size - common);
}
var failedScorers = (r) => r.error ? [] : Object.entries(r.scores).filter(([, s]) => s.pass === false);
function failureModes(run, suite, baseline = null) {
  const slices = [...new Set(run.aggregates.find((a) => a.suite === suite)?.slices.map((s) => s.slice) ?? [])];
  const before = /* @__PURE__ */ new Set();
  for (const r of baseline?.cases ?? [])
    if (r.suite === suite)
      for (const [scorer] of failedScorers(r)) before.add(`${r.id}\0${r.fingerprint}\0${scorer}`);
  const clusters = [];
  const tags = /* @__PURE__ */ new Map();
  let failed = 0;
  for (const r of run.cases) {
    if (r.suite !== suite) continue;
    for (const [scorer, score] of failedScorers(r)) {
      failed++;
      for (const t of score.failure_tags ?? []) tags.set(t, (tags.get(t) ?? 0) + 1);
      const reason = (score.detail ?? "").trim();
      const g = grams(normaliseReason(reason));
      let cluster = clusters.find((c) => c.scorer === scorer && jaccard(c.grams, g) >= SAME_REASON);
      if (!cluster) {
        cluster = {
          scorer,
          reason,
          count: 0,
          new: baseline ? 0 : null,
          slices: [],
          example: { id: r.id, repeat: r.repeat, output: r.output },
          grams: g,
          sliceCounts: /* @__PURE__ */ new Map()
        };
        clusters.push(cluster);
      }
      cluster.count++;
      if (baseline && !before.has(`${r.id}\0${r.fingerprint}\0${scorer}`)) {
        if (!cluster.new) cluster.example = { id: r.id, repeat: r.repeat, output: r.output };
        cluster.new++;
      }
      for (const tag of slices) {
        const key = `${tag}=${r.tags[tag] ?? "(none)"}`;
        cluster.sliceCounts.set(key, (cluster.sliceCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const byCount = (entries) => [...entries].sort((a, b) => b[1] - a[1]);
  const modes = clusters.map(({ grams: _g, sliceCounts, ...mode }) => ({ ...mode, slices: byCount(sliceCounts) })).sort((a, b) => (b.new ?? 0) - (a.new ?? 0) || b.count - a.count);
  return { suite, failed, modes, tags: byCount(tags) };
}

// src/report/incident-guards.ts
function incidentGuards(run, suite) {
  const guards = /* @__PURE__ */ new Map();
  for (const r of run.cases) {
    if (r.suite !== suite || r.tags.source !== "incident") continue;
    const guard = guards.get(r.id) ?? { id: r.id, ref: r.tags.incident ?? null, status: "pass", why: [] };
    guards.set(r.id, guard);
    if (guard.status === "error") continue;
    const failed = Object.entries(r.scores).filter(([, s]) => s.pass === false).map(([scorer]) => scorer);
    if (r.error || Object.keys(r.scorer_errors ?? {}).length) {
      guard.status = "error";
      guard.why = [r.error?.message ?? Object.values(r.scorer_errors ?? {})[0]];
    } else if (failed.length) {
      guard.status = "fail";
      guard.why = [.../* @__PURE__ */ new Set([...guard.why, ...failed])];
    }
  }
  return [...guards.values()];
}

// src/report/governance-sections.ts
var MARKDOWN_MODES = 10;
var HTML_MODES = 30;
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function guardSummary(guards) {
  const open = guards.filter((g) => g.status !== "pass");
  const failing = open.filter((g) => g.status === "fail").length;
  const errored = open.length - failing;
  const parts = [failing ? `${failing} failing` : "", errored ? `${errored} not evaluated` : ""].filter(Boolean);
  return { head: `${guards.length}, ${open.length ? parts.join(", ") : "all passing"}`, open };
}
function incidentMarkdown(run, suite) {
  const guards = incidentGuards(run, suite);
  if (!guards.length) return [];
  const { head, open } = guardSummary(guards);
  const lines = ["", `**Guards from incidents**: ${head}${open.length ? ":" : "."}`];
  if (open.length) lines.push("");
  for (const g of open.slice(0, 20))
    lines.push(
      `- ${inlineCode(g.id)}${g.ref ? ` (${escapeInline(g.ref, 80)})` : ""}: ${g.status === "fail" ? `failed ${g.why.map(inlineCode).join(", ")}` : `could not be evaluated: ${escapeInline(g.why[0] ?? "", 300)}`}`
    );
  if (open.length > 20) lines.push(`- \u2026 and ${open.length - 20} more in run.json`);
  return lines;
}
function failureModesMarkdown(run, suite, baseline) {
  const f = failureModes(run, suite, baseline);
  if (!f.failed) return [];
  const withNew = f.modes[0]?.new !== null;
  const fresh = f.modes.reduce((n, m) => n + (m.new ?? 0), 0);
  const lines = [
    "",
    `<details><summary>Top failure modes: ${plural(f.failed, "failed score")} in ${plural(f.modes.length, "mode")}${withNew ? `, ${fresh} new since the baseline (listed first)` : ""}</summary>`,
    "",
    `| Scorer | Reason | Failures |${withNew ? " New |" : ""} Slices | Example |`,
    `|---|---|---:|${withNew ? "---:|" : ""}---|---|`
  ];
  for (const m of f.modes.slice(0, MARKDOWN_MODES)) {
    const slices = m.slices.slice(0, 3).map(([s, n]) => `${inlineCode(s)} ${n}`).join(", ");
    const example = `${inlineCode(m.example.id)}${m.example.repeat ? ` (repeat ${m.example.repeat})` : ""}: ${m.example.output === null ? "no output" : inlineCode(clip(m.example.output, 60))}`;
    lines.push(
      `| ${inlineCode(m.scorer)} | ${m.reason ? escapeInline(m.reason, 120) : "_no reason given_"} | ${m.count} |${withNew ? ` ${m.new} |` : ""} ${slices} | ${example} |`
    );
  }
  if (f.modes.length > MARKDOWN_MODES)
    lines.push("", `_${f.modes.length - MARKDOWN_MODES} more failure modes in report.html._`);
  if (f.tags.length) lines.push("", `Judge failure tags: ${tagList(f)}`);
  lines.push("", "</details>");
  return lines;
}
var tagList = (f) => f.tags.map(([t, n]) => `${t} ${n}`).join(" \xB7 ");
function failureModesHtml(run, suite, baseline) {
  const parts = [];
  const guards = incidentGuards(run, suite);
  if (guards.length) {
    const { head, open } = guardSummary(guards);
    parts.push(`<p><strong>Guards from incidents</strong>: ${esc(head)}</p>`);
    if (open.length)
      parts.push(
        `<ul>${open.map(
          (g) => `<li class="${g.status === "fail" ? "fail" : "error"}"><code>${esc(g.id)}</code>${g.ref ? ` (${esc(g.ref)})` : ""}: ${g.status === "fail" ? `failed ${esc(g.why.join(", "))}` : `could not be evaluated: ${esc(g.why[0] ?? "")}`}</li>`
        ).join("")}</ul>`
      );
  }
  const f = failureModes(run, suite, baseline);
  if (f.failed) {
    const withNew = f.modes[0]?.new !== null;
    const rows = f.modes.slice(0, HTML_MODES).map((m) => {
      const slices = m.slices.map(([s, n]) => `<span class="chip">${esc(s)} ${n}</span>`).join(" ");
      return `<tr><td><code>${esc(m.scorer)}</code></td><td class="reason">${m.reason ? esc(m.reason) : '<span class="muted">no reason given</span>'}</td><td class="num">${m.count}</td>${withNew ? `<td class="num">${m.new}</td>` : ""}<td>${slices}</td><td><code>${esc(m.example.id)}</code></td><td class="out">${esc(m.example.output === null ? "(no output)" : clip(m.example.output, 400))}</td></tr>`;
    });
    parts.push(
      `<h3>Top failure modes</h3><p class="muted">${esc(`${plural(f.failed, "failed score")}${withNew ? "; new since the baseline first" : ""}${f.modes.length > HTML_MODES ? `; the first ${HTML_MODES} of ${f.modes.length} modes` : ""}`)}</p>`,
      `<table><thead><tr><th>Scorer</th><th>Reason</th><th class="num">Failures</th>${withNew ? '<th class="num">New</th>' : ""}<th>Slices</th><th>Example</th><th>Output</th></tr></thead><tbody>${rows.join("")}</tbody></table>`
    );
    if (f.tags.length) parts.push(`<p>Judge failure tags: ${esc(tagList(f))}</p>`);
  }
  return parts.join("\n");
}

// src/report/governance.ts
var TIER_ORDER = ["critical", "high", "medium", "low"];
function riskHeadline(run) {
  const suites = run.manifest.suites.filter(
    (s) => Boolean(s.risk)
  );
  if (!suites.length) return null;
  const tiers = TIER_ORDER.flatMap((tier) => {
    const ids = suites.filter((s) => s.risk.tier === tier).map((s) => s.id);
    return ids.length ? [`${tier} (${ids.join(", ")})`] : [];
  }).join(", ");
  const decision = run.decision;
  const failing = (decision?.rules ?? []).filter((r) => r.outcome === "fail");
  const fromPolicy = failing.filter(
    (r) => suites.some((s) => s.id === r.suite && s.risk.policy_rules.includes(r.rule))
  );
  const policyOf = (suite) => suites.find((s) => s.id === suite)?.risk.tier;
  let decidedBy;
  if (fromPolicy.length) {
    const named = [
      ...new Set(fromPolicy.map((r) => `${r.metric} ${r.bound} in ${r.suite} (${policyOf(r.suite)} tier)`))
    ];
    decidedBy = `the risk policy: ${named.slice(0, 5).join("; ")}${named.length > 5 ? `; ${named.length - 5} more` : ""}`;
  } else if (failing.length) decidedBy = "the team's own rules, under each suite's risk policy";
  else decidedBy = "the team's rules with the risk policy's; none failed";
  return { tiers, decidedBy };
}
function safetyCounts(run, suite) {
  const safety = run.manifest.suites.find((s) => s.id === suite)?.safety;
  if (!safety) return null;
  const records = run.cases.filter((r) => r.suite === suite && !r.error);
  const failedAny = (r, ids) => ids.some((id) => r.scores[id]?.pass === false);
  const judged = (r, ids) => ids.some((id) => typeof r.scores[id]?.pass === "boolean");
  const attackCases = records.filter((r) => judged(r, safety.attack_scorers));
  const benignCases = records.filter((r) => judged(r, safety.over_refusal_scorers));
  const categories = /* @__PURE__ */ new Map();
  for (const r of records) {
    const key = r.tags.category ?? "(none)";
    const entry = categories.get(key) ?? { failed: 0, total: 0 };
    entry.total++;
    if (failedAny(r, [...safety.attack_scorers, ...safety.over_refusal_scorers])) entry.failed++;
    categories.set(key, entry);
  }
  return {
    pack: safety.pack,
    attacks: {
      succeeded: attackCases.filter((r) => failedAny(r, safety.attack_scorers)).length,
      total: attackCases.length
    },
    overRefused: {
      refused: benignCases.filter((r) => failedAny(r, safety.over_refusal_scorers)).length,
      total: benignCases.length
    },
    byCategory: [...categories].map(([category, c]) => ({ category, ...c }))
  };
}
function describeSafety(c) {
  const parts = [];
  if (c.attacks.total) parts.push(`attack succeeded in ${c.attacks.succeeded} of ${c.attacks.total} cases`);
  if (c.overRefused.total)
    parts.push(`over-refused ${c.overRefused.refused} of ${c.overRefused.total} benign requests`);
  const worst = c.byCategory.filter((k) => k.failed > 0).sort((a, b) => b.failed / b.total - a.failed / a.total).slice(0, 6).map((k) => `${k.category} ${k.failed}/${k.total}`);
  return `${c.pack ? `pack ${c.pack}: ` : ""}${parts.join(" \xB7 ")}${worst.length ? ` (by category: ${worst.join(", ")})` : ""}`;
}
function riskLines(manifest) {
  const risk = manifest?.risk;
  if (!risk) return [];
  return [
    `Risk tier: ${risk.tier} (docs/governance.md, "Risk tiers")`,
    ...risk.replaced.map((r) => `The ${risk.tier} tier's policy: ${r}`)
  ];
}
function safetyTotals(run) {
  const all = run.manifest.suites.flatMap((s) => safetyCounts(run, s.id) ?? []);
  if (!all.length) return null;
  const attacks = all.reduce((n, c) => n + c.attacks.total, 0);
  const succeeded = all.reduce((n, c) => n + c.attacks.succeeded, 0);
  const benign = all.reduce((n, c) => n + c.overRefused.total, 0);
  const refused = all.reduce((n, c) => n + c.overRefused.refused, 0);
  return [
    attacks ? `attack succeeded in ${succeeded} of ${attacks} attack cases` : "",
    benign ? `over-refused ${refused} of ${benign} benign requests` : ""
  ].filter(Boolean).join(" \xB7 ");
}

// src/report/html.ts
var HTML_CASE_LIMIT = 1e4;
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
  const cases = caseData(run, options.baseline ?? null);
  const data = `{"cases":${JSON.stringify(cases)}}`.replace(/</g, "\\u003c");
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
    ...run.budget ? [`<p>${esc(describeBudget(run.budget))}</p>`] : [],
    governanceSection(run),
    ...run.aggregates.flatMap(
      (agg) => [
        rulesSection(run, agg.suite) + lineageSection(run, agg.suite),
        failureModesHtml(run, agg.suite, options.baseline ?? null)
      ].filter(Boolean)
    ),
    casesSection(cases.length, run.cases.length),
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
function lineageSection(run, suite) {
  const changes = run.decision?.comparisons[suite]?.dataset_changes;
  const contamination = run.manifest.suites.find((s) => s.id === suite)?.contamination;
  const parts = [];
  if (changes)
    parts.push(
      `<h3>Dataset since the baseline: ${esc(changeCounts(changes))}</h3>`,
      `<dl class="lineage">${changeLists(changes, Infinity).map(
        (l) => `<dt>${l.kind} (${l.ids.length})</dt><dd>${l.ids.map((id) => `<code>${esc(id)}</code>`).join(", ")}</dd>`
      ).join("")}</dl>`
    );
  if (contamination) {
    const flagged = run.cases.filter((r) => r.suite === suite && r.repeat === 0 && r.contamination?.flagged);
    parts.push(
      `<h3>Contamination</h3><p>${esc(contaminationSummary(contamination))}.</p>`,
      flagged.length ? `<p>Flagged cases in this run: ${flagged.map((r) => `<code>${esc(r.id)}</code> (${r.contamination.overlap >= contamination.threshold ? `${Math.round(r.contamination.overlap * 100)}% of its grams` : "answer in the prompt"})`).join(", ")}</p>` : ""
    );
  }
  return parts.length ? `
${parts.filter(Boolean).join("\n")}` : "";
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
          `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${esc(clip(p.label, 30))}</text>`,
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
function casesSection(shown, total) {
  const check = (id, label2) => `<label><input type="checkbox" id="f-${id}"> ${label2}</label>`;
  const select = (id, label2) => `<label>${label2} <select id="f-${id}"><option value="">all</option></select></label>`;
  return `<h2>Cases</h2>
<div class="filters">${select("suite", "Suite")}${select("slice", "Slice")}${select("scorer", "Scorer")}${check("changed", "changed")}${check("failed", "failed")}${check("critical", "critical")}${check("flaky", "flaky")}<label>Search <input type="search" id="f-search" placeholder="id, output, reason\u2026"></label><span id="case-count"></span></div>
<table><thead><tr><th data-sort="order">Suite</th><th data-sort="id">Case</th><th>Slice tags</th><th data-sort="severity">Severity</th><th data-sort="score">Scores</th><th data-sort="latency" class="num">Latency</th><th data-sort="cost" class="num">Cost</th><th>Candidate output</th><th>Baseline output</th><th></th></tr></thead><tbody id="case-rows"></tbody></table>
<p><button id="more" type="button" hidden>Show more</button></p>
${shown < total ? `<p class="muted">This page holds ${shown.toLocaleString("en")} of the run's ${total.toLocaleString("en")} records (at most ${HTML_CASE_LIMIT.toLocaleString("en")}: failed, changed and critical ones first); run.json has every one.</p>
` : ""}<p class="muted">Click a row for both outputs side by side with a word diff, the expected value and every scorer's reason.</p>`;
}
function caseData(run, baseline) {
  const base = /* @__PURE__ */ new Map();
  for (const r of baseline?.cases ?? []) base.set(`${r.suite}\0${r.id}\0${r.repeat}`, r);
  const flaky = /* @__PURE__ */ new Set();
  for (const agg of run.aggregates)
    for (const f of agg.flaky ?? []) for (const c of f.cases) flaky.add(`${agg.suite}\0${c.id}`);
  const failed = (r) => !!r.error || Object.values(r.scores).some((s) => s.pass === false);
  const changed = (r, b) => !!b && (b.output !== r.output || Object.entries(r.scores).some(([k, s]) => b.scores[k] !== void 0 && b.scores[k].pass !== s.pass));
  const baselineOf = (r) => base.get(`${r.suite}\0${r.id}\0${r.repeat}`);
  return embedded(run.cases, (r) => failed(r) || changed(r, baselineOf(r)) || r.severity === "critical").map((r) => {
    const b = baselineOf(r);
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
      ch: changed(r, b) ? 1 : 0,
      f: failed(r) ? 1 : 0,
      fk: flaky.has(`${r.suite}\0${r.id}`) ? 1 : 0
    };
  });
}
function embedded(cases, notable) {
  if (cases.length <= HTML_CASE_LIMIT) return cases;
  const chosen = new Uint8Array(cases.length);
  let left = HTML_CASE_LIMIT;
  for (const pass of [true, false])
    for (let i = 0; i < cases.length && left > 0; i++)
      if (!chosen[i] && (!pass || notable(cases[i]))) {
        chosen[i] = 1;
        left--;
      }
  return cases.filter((_, i) => chosen[i]);
}
function histograms(cases) {
  const latency = cases.flatMap((c) => c.latency_ms === null ? [] : [c.latency_ms]);
  const cost = cases.flatMap((c) => c.cost_usd === null ? [] : [c.cost_usd]);
  return `<h2>Latency and cost</h2><div class="hist">${histogram("Latency per call (ms)", latency, (v) => `${round(v, 0)} ms`)}${histogram("Cost per call (USD)", cost, (v) => `$${v.toPrecision(3)}`)}</div>`;
}
function histogram(title, values, format) {
  if (!values.length) return `<figure><figcaption>${esc(title)}</figcaption><p class="muted">no values</p></figure>`;
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
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
      item(
        "dataset",
        `${s.dataset} (hash ${s.dataset_hash}${s.dataset_lines !== void 0 ? `, ${s.dataset_lines} lines` : ""}${s.dataset_cases ? `, ${Object.keys(s.dataset_cases).length} cases` : ""})`
      ),
      item("prompt", `${s.prompt} (hash ${s.prompt_hash})`),
      item("cases", s.cases),
      item("repeats", s.repeats),
      ...Object.entries(s.scorer_hashes).map(([k, v]) => item(`scorer ${k}`, v)),
      item("rule hashes", s.rule_hashes.join(", "))
    ].join("")}</dl>`
  );
  return `<h2>Manifest</h2><dl class="manifest">${head.join("")}</dl>${suites.join("")}`;
}
function governanceSection(run) {
  const parts = [];
  const risk = riskHeadline(run);
  if (risk)
    parts.push(
      `<p><strong>Risk tier:</strong> ${esc(risk.tiers)} \xB7 <strong>decided by</strong> ${esc(risk.decidedBy)}</p>`
    );
  const safety = run.manifest.suites.flatMap((s) => {
    const counts = safetyCounts(run, s.id);
    return counts ? [`<li>${esc(s.id)}: ${esc(describeSafety(counts))}</li>`] : [];
  });
  if (safety.length) parts.push(`<p><strong>Safety</strong></p><ul>${safety.join("")}</ul>`);
  return parts.join("\n");
}

// src/results/run-file.ts
var CHUNK = 1 << 20;
var QUOTE = 34;
var BACKSLASH = 92;
function readRunFile(path, chunk = CHUNK) {
  return readRun(path, chunk, true);
}
function checkRunFile(path) {
  return readRun(path, CHUNK, false);
}
function readRun(path, chunk, keep) {
  const problem = (issues, prefix = []) => fail({
    file: path,
    path: [...prefix, ...issues[0].path.map(String)].join("."),
    message: `${issues[0].message} (and ${issues.length - 1} more problems)`.replace(" (and 0 more problems)", "")
  });
  const cases = [];
  const share = createInterner();
  let caseProblem;
  let count = 0;
  const onCase = (text2) => {
    if (caseProblem || !text2.trim()) return;
    const index = String(count);
    let raw;
    try {
      raw = JSON.parse(text2);
    } catch (error) {
      caseProblem = fail({ file: path, path: `cases.${index}`, message: `invalid JSON: ${error.message}` });
      return;
    }
    const record = CaseRecord.safeParse(raw);
    if (record.success) {
      if (keep) cases.push(shareParts(record.data, share));
      count++;
    } else caseProblem = problem(record.error.issues, ["cases", index]);
  };
  let split;
  let fd;
  try {
    fd = openSync(path, "r");
    split = splitCases(fd, chunk, onCase);
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${error.code ?? error.message}`
    });
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
  let json;
  try {
    json = JSON.parse(stripBom(split.rest));
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
  if (!split.found) {
    const parsed2 = Run.safeParse(json);
    if (!parsed2.success) return problem(parsed2.error.issues);
    return ok(keep ? parsed2.data : { ...parsed2.data, cases: [] });
  }
  const parsed = Run.safeParse({ ...json, cases: [] });
  if (!parsed.success) return problem(parsed.error.issues);
  return caseProblem ?? ok({ ...parsed.data, cases });
}
function shareParts(r, share) {
  r.suite = share(r.suite);
  r.tags = share(r.tags);
  r.severity = share(r.severity);
  if (r.expected !== void 0) r.expected = share(r.expected);
  r.output = share(r.output);
  for (const id of Object.keys(r.scores)) r.scores[id] = share(r.scores[id]);
  r.scores = share(r.scores);
  r.tokens = share(r.tokens);
  r.error = share(r.error);
  return r;
}
function splitCases(fd, size, onCase) {
  const rest = [];
  let element = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  let key = [];
  let keyIsCases = false;
  let awaitingValue = false;
  let inCases = false;
  let found = false;
  const buffer = Buffer.allocUnsafe(size);
  for (; ; ) {
    const read = readSync(fd, buffer, 0, size, null);
    if (read === 0) break;
    const chunk = buffer.subarray(0, read);
    let from = 0;
    for (let i = 0; i < read; i++) {
      const c = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 1 && !inCases) {
            key.push(Buffer.from(chunk.subarray(from, i + 1)));
            keyIsCases = Buffer.concat(key).toString("utf8") === '"cases"';
          }
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && !inCases) {
          rest.push(Buffer.from(chunk.subarray(from, i)));
          from = i;
          key = [];
          keyIsCases = false;
        }
        continue;
      }
      if (c === 32 || c === 10 || c === 13 || c === 9) continue;
      if (depth === 1 && !inCases) {
        if (c === 58) {
          awaitingValue = keyIsCases && !found;
          keyIsCases = false;
          continue;
        }
        if (awaitingValue && c === 91) {
          rest.push(Buffer.from(chunk.subarray(from, i + 1)));
          from = i + 1;
          inCases = true;
          found = true;
          awaitingValue = false;
          depth++;
          continue;
        }
        awaitingValue = false;
      }
      if (inCases && depth === 2) {
        if (c === 93) {
          element.push(Buffer.from(chunk.subarray(from, i)));
          onCase(Buffer.concat(element).toString("utf8"));
          element = [];
          inCases = false;
          depth--;
          from = i;
          continue;
        }
        if (c === 44) {
          element.push(Buffer.from(chunk.subarray(from, i)));
          onCase(Buffer.concat(element).toString("utf8"));
          element = [];
          from = i + 1;
          continue;
        }
      }
      if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) {
        depth--;
        if (inCases && depth === 2) {
          element.push(Buffer.from(chunk.subarray(from, i + 1)));
          onCase(Buffer.concat(element).toString("utf8"));
          element = [];
          from = i + 1;
        }
      }
    }
    const tail = Buffer.from(chunk.subarray(from));
    if (inCases) element.push(tail);
    else rest.push(tail);
    if (!inCases && inString && depth === 1) key.push(tail);
  }
  if (inCases) return { rest: Buffer.concat([...rest, ...element]).toString("utf8"), found: false };
  return { rest: Buffer.concat(rest).toString("utf8"), found };
}
function writeResults(dir, run, report, html = {}) {
  mkdirSync(dir, { recursive: true });
  const runPath = resolve(join(dir, "run.json"));
  const reportPath = resolve(join(dir, "report.md"));
  writeRunJson(`${runPath}.tmp`, run);
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
function writeRunJson(path, run) {
  const marker = "\0evalgate-cases\0";
  const [head, tail] = JSON.stringify({ ...run, cases: marker }, null, 2).split(JSON.stringify(marker));
  const fd = openSync(path, "w");
  try {
    let pending = head;
    const flush = (force) => {
      if (!force && pending.length < CHUNK) return;
      writeSync(fd, pending);
      pending = "";
    };
    if (!run.cases.length) pending += "[]";
    else {
      pending += "[";
      run.cases.forEach((record, i) => {
        pending += `${i ? "," : ""}
    ${JSON.stringify(record, null, 2).replace(/\n/g, "\n    ")}`;
        flush(false);
      });
      pending += "\n  ]";
    }
    pending += `${tail}
`;
    flush(true);
  } finally {
    closeSync(fd);
  }
}

export {
  escapeInline,
  codeBlock,
  inlineCode,
  esc,
  changeCounts,
  changeLists,
  contaminationSummary,
  describeBudget,
  renderSliceCharts,
  incidentMarkdown,
  failureModesMarkdown,
  riskHeadline,
  safetyCounts,
  describeSafety,
  riskLines,
  safetyTotals,
  staticPage,
  readRunFile,
  checkRunFile,
  writeResults,
  writeJunit
};
