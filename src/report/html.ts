import { createHash } from 'node:crypto';
import { changeCounts, changeLists, contaminationSummary } from './lineage.js';
import { describeBudget } from './budget-line.js';
import { parseMetricName } from '../config/metric-name.js';
import { formatValue, round } from '../core/format.js';
import type { CaseRecord, Decision, Run, RuleOutcome } from '../results/run-schema.js';
import { changeOf, marginOf, signed } from './chart.js';
import { CASE_TABLE_SCRIPT } from './html-script.js';
import { clip, esc } from './escape.js';
import { failureModesHtml } from './governance-sections.js';
import { describeSafety, riskHeadline, safetyCounts } from './governance.js';

/**
 * report.html: one self-contained page beside report.md (docs/report.md). Model output and
 * dataset text are data, never markup: the static parts escape every string, and the case
 * table is built by a hashed script from JSON with `<` escaped, through textContent only.
 */
export interface HtmlOptions {
  /** The baseline run, for baseline outputs side by side with the candidate's. */
  baseline?: Run | null;
}

/**
 * The most records (case × repeat) report.html embeds (docs/report.md): failed, changed and
 * critical ones first. A larger run's page would weigh tens of MB and cost the run that much
 * memory to write; run.json keeps every record.
 */
export const HTML_CASE_LIMIT = 10_000;

/** Symbols common fonts have (no emoji font is assumed), coloured by the verdict's class. */
const ICON: Record<Decision['verdict'], string> = {
  pass: '✔',
  warn: '⚠',
  fail: '✖',
  overridden: '●',
  skipped: '→',
  error: '■',
};

const STYLE = `
:root { color-scheme: light dark; --bad: #c62828; --warn: #b26a00; --good: #2e7d32; --muted: #777; --line: #8884; }
body { font: 14px/1.45 system-ui, sans-serif; margin: 0 auto; padding: 1rem 2rem; max-width: 1400px; }
h1 { font-size: 1.6rem; margin: .2rem 0; } h2 { margin-top: 2rem; border-bottom: 1px solid var(--line); }
table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
td.num, th.num { text-align: right; white-space: nowrap; } th[data-sort] { cursor: pointer; text-decoration: underline dotted; }
th[aria-sort=ascending]::after { content: ' ▲'; } th[aria-sort=descending]::after { content: ' ▼'; }
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

/** Renders a decided run as one HTML page. */
export function renderHtml(run: Run, options: HtmlOptions = {}): string {
  const decision = run.decision;
  const verdict = decision?.verdict ?? 'error';
  const cases = caseData(run, options.baseline ?? null);
  const data = `{"cases":${JSON.stringify(cases)}}`.replace(/</g, '\\u003c');
  const csp = [
    "default-src 'none'",
    `script-src '${hash(CASE_TABLE_SCRIPT)}'`,
    `style-src '${hash(STYLE)}'`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const title = verdict === 'error' ? 'could not evaluate' : verdict.toUpperCase();
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>evalgate: ${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body>',
    `<h1><span class="${verdict}">${ICON[verdict]}</span> evalgate: ${esc(title)}</h1>`,
    decision ? verdictSection(decision) : '<p>This run has no verdict (merged shards).</p>',
    ...(run.budget ? [`<p>${esc(describeBudget(run.budget))}</p>`] : []),
    governanceSection(run),
    ...run.aggregates.flatMap((agg) =>
      [
        rulesSection(run, agg.suite) + lineageSection(run, agg.suite),
        failureModesHtml(run, agg.suite, options.baseline ?? null),
      ].filter(Boolean),
    ),
    casesSection(cases.length, run.cases.length),
    histograms(run.cases),
    manifestSection(run),
    `<script type="application/json" id="evalgate-data">${data}</script>`,
    `<script>${CASE_TABLE_SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n');
}

/** A static page (no script) under the same policy: for `evalgate health --format html`. */
export function staticPage(title: string, body: string): string {
  const csp = ["default-src 'none'", `style-src '${hash(STYLE)}'`, "base-uri 'none'", "form-action 'none'"].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head><body>',
    body,
    '</body></html>',
    '',
  ].join('\n');
}

function hash(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

function verdictSection(decision: Decision): string {
  const parts = [`<p>${esc(decision.summary)}</p>`];
  const listed = decision.rules.filter((r) => r.outcome === 'fail' || r.outcome === 'warn');
  const reasons = [
    ...(decision.verdict === 'error' ? decision.reasons.map((r) => ['', r] as const) : []),
    ...listed.map((r) => [r.outcome, `${r.suite}: ${r.explanation}`] as const),
  ];
  if (reasons.length)
    parts.push(`<ul>${reasons.map(([cls, text]) => `<li class="${cls}">${esc(text)}</li>`).join('')}</ul>`);
  if (decision.critical_failures.length) {
    parts.push(`<p><strong>Failed critical cases</strong> (${decision.critical_failures.length}):</p><ul>`);
    for (const c of decision.critical_failures.slice(0, 100))
      parts.push(`<li><code>${esc(c.id)}</code> in ${esc(c.suite)}: failed ${esc(c.scorers.join(', '))}</li>`);
    parts.push('</ul>');
  }
  for (const note of decision.override_notes ?? []) parts.push(`<blockquote>${esc(note)}</blockquote>`);
  return parts.join('\n');
}

/** Dataset changes since the baseline, every id, and what the contamination check read (docs/governance.md). */
function lineageSection(run: Run, suite: string): string {
  const changes = run.decision?.comparisons[suite]?.dataset_changes;
  const contamination = run.manifest.suites.find((s) => s.id === suite)?.contamination;
  const parts: string[] = [];
  if (changes)
    parts.push(
      `<h3>Dataset since the baseline: ${esc(changeCounts(changes))}</h3>`,
      `<dl class="lineage">${changeLists(changes, Infinity)
        .map(
          (l) =>
            `<dt>${l.kind} (${l.ids.length})</dt><dd>${l.ids.map((id) => `<code>${esc(id)}</code>`).join(', ')}</dd>`,
        )
        .join('')}</dl>`,
    );
  if (contamination) {
    const flagged = run.cases.filter((r) => r.suite === suite && r.repeat === 0 && r.contamination?.flagged);
    parts.push(
      `<h3>Contamination</h3><p>${esc(contaminationSummary(contamination))}.</p>`,
      flagged.length
        ? `<p>Flagged cases in this run: ${flagged.map((r) => `<code>${esc(r.id)}</code> (${r.contamination!.overlap >= contamination.threshold ? `${Math.round(r.contamination!.overlap * 100)}% of its grams` : 'answer in the prompt'})`).join(', ')}</p>`
        : '',
    );
  }
  return parts.length ? `\n${parts.filter(Boolean).join('\n')}` : '';
}

function rulesSection(run: Run, suite: string): string {
  const rules = run.decision?.rules.filter((r) => r.suite === suite) ?? [];
  const rows = rules.map((r) => {
    const ref = parseMetricName(r.metric);
    const change = changeOf(r);
    const cell = change
      ? `${signed(change.delta)} [${signed(change.lo)}, ${signed(change.hi)}] ${change.unit}`
      : r.interval && r.kind !== 'regression'
        ? `CI ${formatValue(ref, r.interval[0])}–${formatValue(ref, r.interval[1])}`
        : '';
    const slice = r.slice ? `${r.slice.name}=${r.slice.value}` : 'all cases';
    return `<tr><td>${esc(`${r.metric} ${r.bound}`)}</td><td><code>${esc(slice)}</code></td><td class="num">${esc(formatValue(ref, r.baseline))}</td><td class="num">${esc(formatValue(ref, r.current))}</td><td class="num">${esc(cell)}</td><td class="num">${r.n}</td><td class="${r.outcome}">${r.outcome}${r.status === r.outcome ? '' : ` (${r.status.replace(/_/g, ' ')})`}</td></tr>`;
  });
  return [
    `<h2>${esc(suite)}</h2>`,
    rows.length
      ? `<table><thead><tr><th>Rule</th><th>Slice</th><th class="num">Baseline</th><th class="num">Current</th><th class="num">Δ (interval)</th><th class="num">n</th><th>Result</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p class="muted">No rules.</p>',
    ...forestPlots(rules),
  ].join('\n');
}

/** One forest plot per regression rule: every slice's change with its interval, zero and the margin. */
export function forestPlots(rules: readonly RuleOutcome[]): string[] {
  const byRule = new Map<number, RuleOutcome[]>();
  for (const r of rules) if (r.kind === 'regression') byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  const plots: string[] = [];
  for (const outcomes of byRule.values()) {
    const rows = outcomes.flatMap((r) => {
      const change = changeOf(r);
      return change ? [{ label: r.slice ? `${r.slice.name}=${r.slice.value}` : 'all cases', r, ...change }] : [];
    });
    if (!rows.length) continue;
    const unit = rows[0]!.unit;
    const margin = marginOf(rows[0]!.r, unit);
    const values = rows.flatMap((p) => [p.lo, p.hi]).concat(margin ?? 0, 0);
    const [min, max] = [Math.min(...values), Math.max(...values)];
    const pad = (max - min || 1) * 0.05;
    const [left, width, rowH] = [200, 420, 22];
    const x = (v: number) => left + ((v - (min - pad)) / (max - min + 2 * pad)) * width;
    const height = rows.length * rowH + 30;
    const svg = [
      `<svg role="img" width="${left + width + 200}" height="${height}" viewBox="0 0 ${left + width + 200} ${height}">`,
      `<title>${esc(`${outcomes[0]!.metric} ${outcomes[0]!.bound}: change per slice with its interval`)}</title>`,
      `<line class="zero" x1="${x(0)}" x2="${x(0)}" y1="4" y2="${height - 22}"/>`,
      margin === null
        ? ''
        : `<line class="margin" x1="${x(margin)}" x2="${x(margin)}" y1="4" y2="${height - 22}"/><text x="${x(margin)}" y="${height - 6}" text-anchor="middle">margin ${signed(margin)} ${esc(unit)}</text>`,
      ...rows.map((p, i) => {
        const y = 14 + i * rowH;
        return [
          `<text x="${left - 8}" y="${y + 4}" text-anchor="end">${esc(clip(p.label, 30))}</text>`,
          `<line class="ci" x1="${x(p.lo)}" x2="${x(p.hi)}" y1="${y}" y2="${y}"/>`,
          `<circle class="pt-${p.r.outcome}" cx="${x(p.delta)}" cy="${y}" r="5"><title>${esc(`${p.label}: ${signed(p.delta)} [${signed(p.lo)}, ${signed(p.hi)}] ${unit}, n=${p.r.n}, ${p.r.outcome}`)}</title></circle>`,
          `<text x="${left + width + 10}" y="${y + 4}">${esc(`${signed(p.delta)} [${signed(p.lo)}, ${signed(p.hi)}] ${unit}`)}</text>`,
        ].join('');
      }),
      '</svg>',
    ];
    plots.push(
      `<figure><figcaption>${esc(`${outcomes[0]!.metric} (${outcomes[0]!.bound})`)}</figcaption>${svg.join('')}</figure>`,
    );
  }
  return plots;
}

function casesSection(shown: number, total: number): string {
  const check = (id: string, label: string) => `<label><input type="checkbox" id="f-${id}"> ${label}</label>`;
  const select = (id: string, label: string) =>
    `<label>${label} <select id="f-${id}"><option value="">all</option></select></label>`;
  return `<h2>Cases</h2>
<div class="filters">${select('suite', 'Suite')}${select('slice', 'Slice')}${select('scorer', 'Scorer')}${check('changed', 'changed')}${check('failed', 'failed')}${check('critical', 'critical')}${check('flaky', 'flaky')}<label>Search <input type="search" id="f-search" placeholder="id, output, reason…"></label><span id="case-count"></span></div>
<table><thead><tr><th data-sort="order">Suite</th><th data-sort="id">Case</th><th>Slice tags</th><th data-sort="severity">Severity</th><th data-sort="score">Scores</th><th data-sort="latency" class="num">Latency</th><th data-sort="cost" class="num">Cost</th><th>Candidate output</th><th>Baseline output</th><th></th></tr></thead><tbody id="case-rows"></tbody></table>
<p><button id="more" type="button" hidden>Show more</button></p>
${shown < total ? `<p class="muted">This page holds ${shown.toLocaleString('en')} of the run's ${total.toLocaleString('en')} records (at most ${HTML_CASE_LIMIT.toLocaleString('en')}: failed, changed and critical ones first); run.json has every one.</p>\n` : ''}<p class="muted">Click a row for both outputs side by side with a word diff, the expected value and every scorer's reason.</p>`;
}

type ScoreTuple = [number, boolean | null, string | null, string | null];

/** The case table's data: short keys, since 10,000 cases must stay well under 10 MB. */
function caseData(run: Run, baseline: Run | null) {
  const base = new Map<string, CaseRecord>();
  for (const r of baseline?.cases ?? []) base.set(`${r.suite}\u0000${r.id}\u0000${r.repeat}`, r);
  const flaky = new Set<string>();
  for (const agg of run.aggregates)
    for (const f of agg.flaky ?? []) for (const c of f.cases) flaky.add(`${agg.suite}\u0000${c.id}`);
  const failed = (r: CaseRecord) => !!r.error || Object.values(r.scores).some((s) => s.pass === false);
  const changed = (r: CaseRecord, b: CaseRecord | undefined) =>
    !!b &&
    (b.output !== r.output ||
      Object.entries(r.scores).some(([k, s]) => b.scores[k] !== undefined && b.scores[k]!.pass !== s.pass));
  const baselineOf = (r: CaseRecord) => base.get(`${r.suite}\u0000${r.id}\u0000${r.repeat}`);
  return embedded(run.cases, (r) => failed(r) || changed(r, baselineOf(r)) || r.severity === 'critical').map((r) => {
    const b = baselineOf(r);
    return {
      s: r.suite,
      i: r.id,
      r: r.repeat,
      t: r.tags,
      v: r.severity,
      o: r.output,
      b: b ? b.output : null,
      x: r.expected === undefined ? null : typeof r.expected === 'string' ? r.expected : JSON.stringify(r.expected),
      sc: Object.fromEntries(
        Object.entries(r.scores).map(([k, s]): [string, ScoreTuple] => [
          k,
          [s.value, s.pass, s.detail ?? null, s.label ?? null],
        ]),
      ),
      l: r.latency_ms,
      c: r.cost_usd,
      e: r.error ? `${r.error.kind}: ${r.error.message}` : null,
      ch: changed(r, b) ? 1 : 0,
      f: failed(r) ? 1 : 0,
      fk: flaky.has(`${r.suite}\u0000${r.id}`) ? 1 : 0,
    };
  });
}

/** The records the page embeds, in run order: all of them, or HTML_CASE_LIMIT with the notable ones first. */
function embedded(cases: readonly CaseRecord[], notable: (r: CaseRecord) => boolean): readonly CaseRecord[] {
  if (cases.length <= HTML_CASE_LIMIT) return cases;
  const chosen = new Uint8Array(cases.length);
  let left = HTML_CASE_LIMIT;
  for (const pass of [true, false])
    for (let i = 0; i < cases.length && left > 0; i++)
      if (!chosen[i] && (!pass || notable(cases[i]!))) {
        chosen[i] = 1;
        left--;
      }
  return cases.filter((_, i) => chosen[i]);
}

function histograms(cases: readonly CaseRecord[]): string {
  const latency = cases.flatMap((c) => (c.latency_ms === null ? [] : [c.latency_ms]));
  const cost = cases.flatMap((c) => (c.cost_usd === null ? [] : [c.cost_usd]));
  return `<h2>Latency and cost</h2><div class="hist">${histogram('Latency per call (ms)', latency, (v) => `${round(v, 0)} ms`)}${histogram('Cost per call (USD)', cost, (v) => `$${v.toPrecision(3)}`)}</div>`;
}

/** A 20-bin histogram as SVG; each bar's tooltip gives its range and count. */
export function histogram(title: string, values: readonly number[], format: (v: number) => string): string {
  if (!values.length) return `<figure><figcaption>${esc(title)}</figcaption><p class="muted">no values</p></figure>`;
  // a loop, not Math.min(...values): a spread of a million arguments overflows the stack
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const bins = 20;
  const step = (max - min) / bins || 1;
  const counts = new Array<number>(bins).fill(0);
  for (const v of values) counts[Math.min(bins - 1, Math.floor((v - min) / step))]!++;
  const top = Math.max(...counts);
  const [w, h] = [420, 140];
  const bw = w / bins;
  const bars = counts.map((n, i) => {
    const bh = (n / top) * (h - 20);
    return `<rect class="bar" x="${i * bw + 1}" y="${h - 20 - bh}" width="${bw - 2}" height="${bh}"><title>${esc(`${format(min + i * step)}–${format(min + (i + 1) * step)}: ${n}`)}</title></rect>`;
  });
  return `<figure><figcaption>${esc(title)} · n=${values.length}</figcaption><svg role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars.join('')}<text x="0" y="${h - 4}">${esc(format(min))}</text><text x="${w}" y="${h - 4}" text-anchor="end">${esc(format(max))}</text></svg></figure>`;
}

function manifestSection(run: Run): string {
  const m = run.manifest;
  const item = (k: string, v: string | number | null) =>
    `<dt>${esc(k)}</dt><dd>${esc(v === null ? '–' : String(v))}</dd>`;
  const head = [
    item('evalgate', m.tool.version),
    item('config', `${m.config.file} (hash ${m.config.hash})`),
    item('commit', m.git.sha),
    item('ref', m.git.ref),
    item('event', m.event),
    item('pull request', m.pr),
    item('tier', m.tier),
    item('shard', m.shard),
    item('started', m.started_at),
    item('ended', m.ended_at),
  ];
  const suites = m.suites.map(
    (s) =>
      `<h3>${esc(s.id)}</h3><dl class="manifest">${[
        item('model', s.model),
        item('provider', s.provider),
        item(
          'dataset',
          `${s.dataset} (hash ${s.dataset_hash}${s.dataset_lines !== undefined ? `, ${s.dataset_lines} lines` : ''}${s.dataset_cases ? `, ${Object.keys(s.dataset_cases).length} cases` : ''})`,
        ),
        item('prompt', `${s.prompt} (hash ${s.prompt_hash})`),
        item('cases', s.cases),
        item('repeats', s.repeats),
        ...Object.entries(s.scorer_hashes).map(([k, v]) => item(`scorer ${k}`, v)),
        item('rule hashes', s.rule_hashes.join(', ')),
      ].join('')}</dl>`,
  );
  return `<h2>Manifest</h2><dl class="manifest">${head.join('')}</dl>${suites.join('')}`;
}

/** The risk tiers and what decided, and each safety suite's attacks apart from its over-refusals (docs/governance.md). */
function governanceSection(run: Run): string {
  const parts: string[] = [];
  const risk = riskHeadline(run);
  if (risk)
    parts.push(
      `<p><strong>Risk tier:</strong> ${esc(risk.tiers)} · <strong>decided by</strong> ${esc(risk.decidedBy)}</p>`,
    );
  const safety = run.manifest.suites.flatMap((s) => {
    const counts = safetyCounts(run, s.id);
    return counts ? [`<li>${esc(s.id)}: ${esc(describeSafety(counts))}</li>`] : [];
  });
  if (safety.length) parts.push(`<p><strong>Safety</strong></p><ul>${safety.join('')}</ul>`);
  return parts.join('\n');
}
