import { describeComposition } from '../dataset/sample.js';
import { describeStop } from '../gate/sequential.js';
import { higherIsBetter, parseMetricName } from '../config/metric-name.js';
import { formatDelta, formatValue } from '../core/format.js';
import {
  isSuiteNote,
  outcomeRank,
  type Decision,
  type Run,
  type RuleOutcome,
  type SuiteAggregate,
} from '../results/run-schema.js';
import { renderSliceCharts, type ChartMode } from './chart.js';
import { codeBlock, escapeInline, inlineCode } from './escape.js';
import { failureModesMarkdown, incidentMarkdown } from './governance-sections.js';
import { SKLEARN } from '../scorers/suite-metrics.js';
import { changeCounts, changeLists, contaminationSummary } from './lineage.js';
import { describeBudget } from './budget-line.js';
import { describeSafety, riskHeadline, riskLines, safetyCounts, safetyTotals } from './governance.js';

/** The hidden marker that identifies evalgate's one PR comment. */
export const COMMENT_MARKER = '<!-- evalgate:comment -->';

/** GitHub's limits: an issue comment body is 65,536 characters, a check run summary 65,535. */
export const COMMENT_LIMIT = 65_536;

const ICON: Record<Decision['verdict'], string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  overridden: '🟠',
  skipped: '⏭️',
  error: '🛑',
};

const OUTCOME: Record<RuleOutcome['outcome'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
  info: 'ℹ️ info',
};

export interface RenderOptions {
  /** Maximum characters; rows beyond it are summarised by a line pointing to the artifact. */
  budget?: number;
  /** Links to the workflow run and the results artifact, when known. */
  links?: { run?: string; artifact?: string };
  /** Adds the hidden comment marker. */
  marker?: boolean;
  /** Trusted Markdown lines shown above the footer, kept within the budget (the action's notes). */
  notes?: readonly string[];
  /** The per-slice chart; defaults to the run's config (report.chart), else Mermaid. */
  chart?: ChartMode;
  /** The baseline run, so the top failure modes can put failures it did not have first. */
  baseline?: Run | null;
}

/** Renders a decided run as Markdown: verdict and why first, then what changed, details folded. */
export function renderMarkdown(run: Run, options: RenderOptions = {}): string {
  const decision = run.decision;
  if (!decision) throw new Error('renderMarkdown needs a decided run');
  const budget = options.budget ?? COMMENT_LIMIT - 1_000;
  const head: string[] = [];
  if (options.marker) head.push(COMMENT_MARKER);
  const title = decision.verdict === 'error' ? 'could not evaluate' : decision.verdict.toUpperCase();
  head.push(`## ${ICON[decision.verdict]} evalgate: ${title}`, '', escapeInline(decision.summary, 500));
  const risk = riskHeadline(run);
  if (risk)
    head.push(
      '',
      `**Risk tier:** ${escapeInline(risk.tiers, 300)} · **decided by** ${escapeInline(risk.decidedBy, 500)}`,
    );
  const safety = safetyTotals(run);
  if (safety) head.push('', `**Safety:** ${escapeInline(safety, 300)}`);
  if (decision.verdict === 'error') for (const reason of decision.reasons) head.push(`- ${escapeInline(reason, 400)}`);
  const blocking = decision.rules.filter((r) => r.outcome === 'fail' || r.outcome === 'warn');
  if (blocking.length) {
    head.push('');
    for (const r of blocking.slice(0, 10))
      head.push(`- ${r.outcome === 'fail' ? '❌' : '⚠️'} **${r.suite}**: ${escapeInline(r.explanation, 400)}`);
    if (blocking.length > 10) head.push(`- … and ${blocking.length - 10} more below`);
  }
  if (decision.critical_failures.length) {
    head.push('', `**Failed critical cases** (${decision.critical_failures.length}):`, '');
    for (const c of decision.critical_failures.slice(0, 20)) {
      const expected =
        c.expected === undefined
          ? ''
          : ` — expected ${inlineCode(typeof c.expected === 'string' ? c.expected : JSON.stringify(c.expected))}, got ${c.output === null ? 'no output' : inlineCode(c.output.length > 80 ? `${c.output.slice(0, 79)}…` : c.output)}`;
      const what = c.scorers.length
        ? `failed ${c.scorers.map(inlineCode).join(', ')}${c.error ? `; could not be evaluated: ${escapeInline(c.error, 300)}` : ''}${expected}`
        : `could not be evaluated: ${escapeInline(c.error ?? 'no score', 300)}`;
      head.push(`- ${inlineCode(c.id)}${c.repeat ? ` (repeat ${c.repeat})` : ''} in ${escapeInline(c.suite)}: ${what}`);
    }
    if (decision.critical_failures.length > 20)
      head.push(`- … and ${decision.critical_failures.length - 20} more in run.json`);
  }
  for (const note of decision.override_notes ?? []) head.push('', `> ${escapeInline(note, 400)}`);

  const sections = run.aggregates.map((agg) =>
    suiteSection(run, decision, agg, options.chart ?? run.manifest.config.chart ?? 'mermaid', options.baseline ?? null),
  );
  const footer = [
    ...(run.budget ? ['', describeBudget(run.budget)] : []),
    ...(options.notes?.length ? ['', ...options.notes] : []),
    ...footerLines(run, options),
  ];
  let body = [...head, ...sections.flat(), ...footer].join('\n');
  if (body.length > budget) {
    // drop folded details first, then whole suite sections, keeping the verdict and footer
    const kept: string[] = [...head];
    let omitted = 0;
    for (const section of sections) {
      const compact = section.filter((line) => !line.startsWith('<details') && !line.startsWith('|'));
      const candidate = [...kept, ...section].join('\n').length + footer.join('\n').length < budget ? section : compact;
      if ([...kept, ...candidate, ...footer].join('\n').length + 200 < budget) kept.push(...candidate);
      else omitted++;
    }
    kept.push(
      '',
      `_${omitted ? `${omitted} suite section${omitted === 1 ? '' : 's'} and some ` : 'Some '}rows were left out to fit GitHub's size limit; the full report is in the job summary and the results artifact (report.md)._`,
    );
    body = [...kept, ...footer].join('\n');
  }
  return `${body}\n`;
}

function suiteSection(
  run: Run,
  decision: Decision,
  agg: SuiteAggregate,
  chart: ChartMode,
  baseline: Run | null,
): string[] {
  const manifest = run.manifest.suites.find((s) => s.id === agg.suite);
  const comparison = decision.comparisons[agg.suite];
  const rules = decision.rules.filter((r) => r.suite === agg.suite);
  const lines: string[] = ['', `### ${escapeInline(agg.suite)}`, ''];
  const meta = [
    `${agg.cases} cases`,
    manifest && manifest.repeats > 1 ? `× ${manifest.repeats} repeats` : '',
    `tier \`${escapeInline(run.manifest.tier)}\``,
    manifest ? `model ${inlineCode(manifest.model)}` : '',
    agg.errors ? `${agg.errors} infrastructure errors` : '',
    judgeFailures(agg),
  ];
  lines.push(meta.filter(Boolean).join(' · '));
  if (manifest?.composition) lines.push(`Sample: ${escapeInline(describeComposition(manifest.composition))}`);
  const risk = riskLines(manifest);
  if (risk.length) lines.push('', ...risk.map((line) => `- ${escapeInline(line, 400)}`), '');
  const safety = safetyCounts(run, agg.suite);
  if (safety) lines.push('', `**Safety:** ${escapeInline(describeSafety(safety), 600)}`, '');
  const adaptive = decision.adaptive?.find((a) => a.suite === agg.suite);
  if (adaptive)
    lines.push(
      `Adaptive: ${describeStop(adaptive)}, ${adaptive.looks.length} look${adaptive.looks.length === 1 ? '' : 's'} (${escapeInline(adaptive.method)})`,
    );
  lines.push(
    comparison?.baseline
      ? `Baseline: ${linked(escapeInline(comparison.baseline.source), comparison.baseline.run_url)}${comparison.baseline.git_sha ? ` at ${inlineCode(comparison.baseline.git_sha.slice(0, 7))}` : ''}${comparison.baseline.created_at ? `, ${age(comparison.baseline.created_at, run.manifest.started_at)}` : ''} · ${comparison.paired} paired records`
      : 'Baseline: none (absolute rules only)',
  );
  if (comparison?.settings_changed?.length)
    lines.push(
      `Changed since the baseline: ${comparison.settings_changed.map((c) => escapeInline(c, 200)).join(' · ')}`,
    );
  if (comparison?.dataset_changes)
    lines.push(
      `Dataset since the baseline: ${changeCounts(comparison.dataset_changes)} (${changeLists(
        comparison.dataset_changes,
      )
        .map((l) => `${l.kind}: ${l.ids.map(inlineCode).join(', ')}${l.more ? `, … ${l.more} more` : ''}`)
        .join('; ')})`,
    );
  if (manifest?.contamination)
    lines.push(`Contamination: ${escapeInline(contaminationSummary(manifest.contamination), 400)}`);
  lines.push('');
  const whole = rules.filter((r) => r.slice === null && !isSuiteNote(r));
  if (whole.length) {
    lines.push('| Rule | Baseline | Current | Δ or value (interval) | n | Result |', '|---|---:|---:|---|---:|---|');
    for (const r of whole) lines.push(ruleRow(r, escapeInline(`${r.metric} ${r.bound}`)));
  }
  const sliced = rules.filter((r) => r.slice !== null);
  if (sliced.length) {
    lines.push(
      '',
      '**Per slice** (worst first)',
      '',
      '| Rule | Slice | Baseline | Current | Δ (interval) | n | Result |',
      '|---|---|---:|---:|---|---:|---|',
    );
    const worstFirst = [...sliced].sort((a, b) => outcomeRank(b) - outcomeRank(a) || (a.delta ?? 0) - (b.delta ?? 0));
    for (const r of worstFirst)
      lines.push(ruleRow(r, `${escapeInline(r.metric)} | ${inlineCode(`${r.slice!.name}=${r.slice!.value}`)}`));
    lines.push(...renderSliceCharts(sliced, chart));
  }
  const intervals = intervalNote(rules);
  if (intervals) lines.push('', intervals);
  const notes = rules.filter(isSuiteNote);
  if (notes.length)
    lines.push('', ...notes.map((r) => `- ${OUTCOME[r.outcome].split(' ')[0]} ${escapeInline(r.explanation, 400)}`));
  for (const f of agg.flaky ?? []) {
    if (!f.cases.length) continue;
    const shown = f.cases
      .slice(0, 10)
      .map((c) => `${inlineCode(c.id)} (${c.passes}/${c.repeats})`)
      .join(', ');
    lines.push(
      '',
      `**Flaky** on ${inlineCode(f.scorer)}: ${f.cases.length} case${f.cases.length === 1 ? '' : 's'} changed outcome between repeats (flip rate ${(f.flip_rate * 100).toFixed(1)}%): ${shown}${f.cases.length > 10 ? ', …' : ''}. Each case counts once in the tests, by the rule's aggregate.`,
    );
  }
  lines.push(...erroredCaseLines(run, agg.suite));
  lines.push(...incidentMarkdown(run, agg.suite), ...failureModesMarkdown(run, agg.suite, baseline));
  for (const line of pairwiseLines(run, agg.suite)) lines.push('', line);
  const power = powerLines(rules);
  if (power.length) lines.push('', '**What this gate can see** (80% power):', '', ...power);
  const details: string[] = [];
  if (comparison?.notes.length) details.push(...comparison.notes.map((n) => `- ${escapeInline(n, 300)}`), '');
  details.push('| Metric | Value | 95% CI (two-sided) | n |', '|---|---:|---|---:|');
  for (const m of agg.metrics.filter((m) => m.n > 0 && m.value !== null)) {
    const ref = parseMetricName(m.metric);
    const value = m.metric === 'cost.total' ? costCell(run, agg.suite, m.value!) : formatValue(ref, m.value);
    details.push(
      `| ${escapeInline(m.metric)} | ${value} | ${m.interval ? `${formatValue(ref, m.interval[0])}–${formatValue(ref, m.interval[1])}` : ''} | ${m.n} |`,
    );
  }
  details.push(...signatureLines(manifest?.scorer_signatures, agg), ...confusionLines(agg));
  const failures = decision.critical_failures.filter((c) => c.suite === agg.suite);
  for (const c of failures.slice(0, 10))
    details.push(
      '',
      `**${inlineCode(c.id)}**${c.line ? ` (dataset line ${c.line})` : ''} — output:`,
      '',
      codeBlock(c.output ?? '(no output)', 1500),
    );
  lines.push('', '<details><summary>All metrics and comparison notes</summary>', '', ...details, '', '</details>');
  return lines;
}

/** Says which intervals are which: a regression rule's are two-sided at 1 − 2α (their ends the one-sided bounds), a value's are two-sided 95%. */
function intervalNote(rules: readonly RuleOutcome[]): string | null {
  const regression = rules.filter((r) => r.kind === 'regression' && r.interval);
  const absolute = rules.some((r) => r.kind !== 'regression' && r.interval && !isSuiteNote(r));
  if (!regression.length) return null;
  const levels = [...new Set(regression.map((r) => r.confidence ?? 0.95))];
  const pct = (x: number) => `${Number((x * 100).toFixed(1))}%`;
  const what =
    levels.length === 1
      ? `a two-sided ${pct(1 - 2 * (1 - levels[0]!))} interval, whose ends are the rule's one-sided ${pct(levels[0]!)} bounds`
      : "a two-sided interval at 1 − 2α, whose ends are the rule's one-sided bounds at its confidence";
  return `_Intervals: a regression rule's Δ is ${what}${absolute ? "; a value's CI is two-sided 95%" : ''}._`;
}

/** Cached answers cost nothing now: say what was spent and what the run would cost uncached. */
function costCell(run: Run, suite: string, total: number): string {
  const ref = parseMetricName('cost.total');
  const priced = run.cases.filter((r) => r.suite === suite && r.cost_usd !== null);
  const cached = priced.filter((r) => r.cached);
  if (!cached.length) return formatValue(ref, total);
  if (cached.length === priced.length) return `cached, $0 spent; ${formatValue(ref, total)} if uncached`;
  const spent = priced.filter((r) => !r.cached).reduce((sum, r) => sum + r.cost_usd!, 0);
  return `${formatValue(ref, spent)} spent (${cached.length} of ${priced.length} calls cached); ${formatValue(ref, total)} if uncached`;
}

/** How each reference-based scorer and suite metric was computed (sacreBLEU-style signatures), so its numbers can be reproduced. */
function signatureLines(signatures: Record<string, string> | undefined, agg: SuiteAggregate): string[] {
  const rows = [
    ...Object.entries(signatures ?? {}).map(([id, sig]) => [`${id} (per case)`, sig] as const),
    ...agg.metrics
      .filter((m) => m.kind === 'suite' && m.method && m.method !== SKLEARN)
      .map((m) => [m.metric, m.method!] as const),
  ];
  if (!rows.length) return [];
  return [
    '',
    '| Metric | Signature |',
    '|---|---|',
    ...rows.map(([name, sig]) => `| ${escapeInline(name)} | ${inlineCode(sig)} |`),
  ];
}

/** Each classifier's confusion matrix: rows are the expected labels, columns the predicted ones. */
function confusionLines(agg: SuiteAggregate): string[] {
  return (agg.confusion ?? []).flatMap((c) => [
    '',
    `Confusion matrix of ${inlineCode(c.scorer)} (rows: expected, columns: predicted):`,
    '',
    `| | ${c.labels.map((l) => escapeInline(l)).join(' | ')} |`,
    `|---|${c.labels.map(() => '---:').join('|')}|`,
    ...c.matrix.map((row, i) => `| **${escapeInline(c.labels[i]!)}** | ${row.join(' | ')} |`),
  ]);
}

function ruleRow(r: RuleOutcome, label: string): string {
  const ref = parseMetricName(r.metric);
  const result = ['inconclusive', 'not_comparable', 'no_baseline', 'not_gated'].includes(r.status)
    ? `${OUTCOME[r.outcome]} (${r.status.replace(/_/g, ' ')})`
    : OUTCOME[r.outcome];
  return `| ${label} | ${formatValue(ref, r.baseline)} | ${formatValue(ref, r.current)} | ${changeCell(r)} | ${r.n} | ${result} |`;
}

/** Regression intervals are stored as worsening (a difference, or a ratio when delta is null); the table shows the change of the metric. */
function changeCell(r: RuleOutcome): string {
  const ref = parseMetricName(r.metric);
  if (!r.interval) return '';
  if (r.kind !== 'regression') return `CI ${formatValue(ref, r.interval[0])}–${formatValue(ref, r.interval[1])}`;
  const flip = ref && higherIsBetter(ref) ? -1 : 1;
  if (r.delta === null) {
    const pct = (w: number) => {
      const change = flip < 0 ? 1 / w - 1 : w - 1;
      return `${change >= 0 ? '+' : '−'}${Math.abs(change * 100).toFixed(1)}%`;
    };
    const [a, b] = [pct(r.interval[0]), pct(r.interval[1])];
    const point =
      r.current !== null && r.baseline ? pct(flip < 0 ? r.baseline / r.current : r.current / r.baseline) : '';
    return `${point} ${flip < 0 ? `[${b}, ${a}]` : `[${a}, ${b}]`}`.trim();
  }
  const lo = flip < 0 ? -r.interval[1] : r.interval[0];
  const hi = flip < 0 ? -r.interval[0] : r.interval[1];
  return `${formatDelta(ref, r.delta)} [${formatDelta(ref, lo)}, ${formatDelta(ref, hi)}]`;
}

/**
 * One line per regression rule: the smallest true worsening it fails 80% of the time. For
 * per-slice rules, the least sensitive gated slice is named.
 */
function powerLines(rules: readonly RuleOutcome[]): string[] {
  const byRule = new Map<number, RuleOutcome[]>();
  for (const r of rules) {
    if (r.kind !== 'regression' || r.mde === null || r.mde === undefined || r.status === 'not_gated') continue;
    byRule.set(r.rule, [...(byRule.get(r.rule) ?? []), r]);
  }
  return [...byRule.values()].map((outcomes) => {
    const worst = outcomes.reduce((a, b) => ((b.mde ?? 0) > (a.mde ?? 0) ? b : a));
    const ref = parseMetricName(worst.metric);
    const ratio = worst.delta === null;
    const up = ref !== undefined && higherIsBetter(ref);
    const size = ratio ? `${((worst.mde! - 1) * 100).toFixed(1)}%` : formatDelta(ref, worst.mde).replace(/^[+−±]/, '');
    const where = worst.slice
      ? `in the least sensitive slice (${inlineCode(`${worst.slice.name}=${worst.slice.value}`)}, n=${worst.n})`
      : `with n=${worst.n}`;
    return `- ${escapeInline(worst.metric)} (${escapeInline(worst.bound)}) ${where}: fails a true ${up ? 'drop' : 'increase'} of ${size} or more; smaller ones may pass or warn.`;
  });
}

function judgeFailures(agg: SuiteAggregate): string {
  const n = Object.values(agg.scorer_errors ?? {}).reduce((a, b) => a + b, 0);
  return n ? `${n} judge failure${n === 1 ? '' : 's'}` : '';
}

/** Every case that could not be evaluated, whole or by one scorer, by id with the reason; the rest are in run.json. */
function erroredCaseLines(run: Run, suite: string): string[] {
  const errored = run.cases.flatMap((r) => {
    if (r.suite !== suite) return [];
    const at = `${inlineCode(r.id)}${r.repeat ? ` (repeat ${r.repeat})` : ''}`;
    if (r.error) return [`- ${at}: ${escapeInline(r.error.message, 300)}`];
    return Object.entries(r.scorer_errors ?? {}).map(
      ([scorer, message]) => `- ${at}: scorer ${inlineCode(scorer)}: ${escapeInline(message, 300)}`,
    );
  });
  if (!errored.length) return [];
  const shown = errored.slice(0, 20);
  if (errored.length > 20) shown.push(`- … and ${errored.length - 20} more in run.json`);
  return ['', `**Errored cases** (${errored.length}), not scored as wrong answers:`, '', ...shown];
}

/** Pairwise judges (candidate vs baseline output): wins, ties, losses and order-inconsistent verdicts. */
function pairwiseLines(run: Run, suite: string): string[] {
  const counts = new Map<string, Record<string, number>>();
  for (const r of run.cases) {
    if (r.suite !== suite) continue;
    for (const [scorer, score] of Object.entries(r.scores)) {
      if (!score.label || !['win', 'tie', 'loss', 'inconsistent'].includes(score.label)) continue;
      const c = counts.get(scorer) ?? { win: 0, tie: 0, loss: 0, inconsistent: 0 };
      c[score.label] = (c[score.label] ?? 0) + 1;
      counts.set(scorer, c);
    }
  }
  return [...counts.entries()].map(
    ([scorer, c]) =>
      `**${inlineCode(scorer)}** (pairwise, candidate vs baseline): ${c.win} wins, ${c.tie} ties, ${c.loss} losses, ${c.inconsistent} inconsistent (the verdict flipped with the order; counted as ties).`,
  );
}

/** A link only to a plain http(s) URL; anything else stays text. */
function linked(text: string, url: string | null | undefined): string {
  return url && /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${text}](${url})` : text;
}

/** "3 days old (2026-11-20)": how stale the baseline is when this run started. */
function age(createdAt: string, now: string): string {
  const hours = (Date.parse(now) - Date.parse(createdAt)) / 3_600_000;
  const date = createdAt.slice(0, 10);
  if (!Number.isFinite(hours)) return date;
  if (hours < 1) return `less than an hour old (${date})`;
  if (hours < 48) return `${Math.round(hours)} hours old (${date})`;
  return `${Math.round(hours / 24)} days old (${date})`;
}

function footerLines(run: Run, options: RenderOptions): string[] {
  const m = run.manifest;
  const links = [
    options.links?.run ? `[workflow run](${options.links.run})` : '',
    options.links?.artifact ? `[results artifact](${options.links.artifact}) (report.html: every case)` : '',
  ].filter(Boolean);
  return [
    '',
    `<sub>evalgate ${escapeInline(m.tool.version)} · config ${inlineCode(m.config.hash.slice(0, 12))}${m.git.sha ? ` · commit ${inlineCode(m.git.sha.slice(0, 7))}` : ''}${links.length ? ` · ${links.join(' · ')}` : ''}</sub>`,
  ];
}
