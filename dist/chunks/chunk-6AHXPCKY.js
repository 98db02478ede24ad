import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  agreementNotes,
  judgeAgreementMetrics
} from "./chunk-SABWJ672.js";
import {
  missingPriceNote
} from "./chunk-GJ43RANW.js";
import {
  RUN_SCHEMA,
  formatDelta,
  formatValue,
  isSuiteNote,
  round
} from "./chunk-DDNPVRFT.js";
import {
  SEQUENTIAL_METHOD
} from "./chunk-K2TGH57N.js";
import {
  RuleConfig,
  suiteMetricValues,
  suiteStatistic
} from "./chunk-U3WIKXHJ.js";
import {
  higherIsBetter,
  isRateMetric
} from "./chunk-XLT3OMSK.js";
import {
  adjustPValues,
  mcnemar,
  pairedBootstrap,
  pairedProportionDiffInterval,
  pairedTTest,
  proportionDiffInterval,
  proportionInterval,
  quantile,
  unpairedBootstrap,
  welchTTest
} from "./chunk-WRP7FQOV.js";
import {
  detectableShift,
  nonInferiorityDetectableDrop
} from "./chunk-UX52SBGX.js";
import {
  Mulberry32
} from "./chunk-SI22RAST.js";
import {
  normalIsf,
  tPpf
} from "./chunk-RA6RAVDJ.js";

// src/aggregate/aggregate.ts
var LATENCY_QUANTILES = [
  ["p50", 0.5],
  ["p90", 0.9],
  ["p95", 0.95],
  ["p99", 0.99]
];
function aggregateSuite(spec, records) {
  const criticalFailures = records.flatMap((r) => criticalFailure(spec, r) ?? []);
  const slices = spec.slices.flatMap((slice) => {
    const groups = /* @__PURE__ */ new Map();
    for (const r of records) {
      const value = r.tags[slice] ?? "(none)";
      const group = groups.get(value);
      if (group) group.push(r);
      else groups.set(value, [r]);
    }
    return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, group]) => ({ slice, value, n: group.length, metrics: metricValues(spec, group) }));
  });
  return {
    suite: spec.suite,
    cases: new Set(records.map((r) => r.id)).size,
    records: records.length,
    errors: records.filter((r) => r.error).length,
    metrics: [...metricValues(spec, records), ...judgeAgreementMetrics(spec.scorers, records, spec.calibration)],
    slices,
    critical_failures: criticalFailures,
    ...records.some((r) => r.repeat > 0) ? { flaky: flakiness(spec, records) } : {},
    ...scorerErrors(records),
    ...confusionMatrices(spec, records)
  };
}
function scorerErrors(records) {
  const counts = {};
  for (const r of records) for (const id of Object.keys(r.scorer_errors ?? {})) counts[id] = (counts[id] ?? 0) + 1;
  return Object.keys(counts).length ? { scorer_errors: counts } : {};
}
function flakiness(spec, records) {
  return spec.scorers.map((scorer) => {
    const byCase = /* @__PURE__ */ new Map();
    for (const r of records) {
      const pass = r.error ? null : r.scores[scorer.id]?.pass;
      if (pass === null || pass === void 0) continue;
      const entry = byCase.get(r.id) ?? { passes: 0, repeats: 0 };
      entry.passes += pass ? 1 : 0;
      entry.repeats += 1;
      byCase.set(r.id, entry);
    }
    const repeated = [...byCase.entries()].filter(([, c]) => c.repeats > 1);
    const flips = repeated.map(([, c]) => 2 * c.passes * (c.repeats - c.passes) / (c.repeats * (c.repeats - 1)));
    return {
      scorer: scorer.id,
      flip_rate: flips.length ? flips.reduce((a, b) => a + b, 0) / flips.length : 0,
      cases: repeated.filter(([, c]) => c.passes > 0 && c.passes < c.repeats).map(([id, c]) => ({ id, ...c }))
    };
  });
}
function criticalFailure(spec, r) {
  if (r.severity !== "critical") return void 0;
  const critical = spec.scorers.filter((s) => s.critical);
  const failed = r.error ? [] : critical.filter((s) => r.scores[s.id]?.pass === false).map((s) => s.id);
  const unjudged = r.error ? [r.error.message] : critical.flatMap((s) => r.scorer_errors?.[s.id] ? [`scorer "${s.id}": ${r.scorer_errors[s.id]}`] : []);
  if (!failed.length && !unjudged.length) return void 0;
  return {
    suite: spec.suite,
    id: r.id,
    repeat: r.repeat,
    ...r.line ? { line: r.line } : {},
    scorers: failed,
    ...unjudged.length ? { error: unjudged.join("; ") } : {},
    ...r.expected !== void 0 ? { expected: r.expected } : {},
    output: r.output
  };
}
function confusionMatrices(spec, records) {
  const confusion = spec.scorers.flatMap((scorer) => {
    const scores = records.flatMap((r) => r.error || !r.scores[scorer.id] ? [] : [r.scores[scorer.id]]);
    const matrix = suiteMetricValues(scorer, scores).confusion;
    return matrix ? [{ scorer: scorer.id, ...matrix }] : [];
  });
  return confusion.length ? { confusion } : {};
}
function metricValues(spec, records) {
  const scored = records.filter((r) => !r.error);
  const out = [];
  for (const scorer of spec.scorers) {
    const scores = scored.map((r) => r.scores[scorer.id]).filter((s) => s !== void 0);
    const judged = scores.filter((s) => s.pass !== null);
    if (judged.length || scores.length === 0) {
      const successes = judged.filter((s) => s.pass).length;
      out.push({
        metric: `${scorer.id}.pass_rate`,
        kind: "rate",
        value: judged.length ? successes / judged.length : null,
        n: judged.length,
        successes,
        interval: wilson(successes, judged.length),
        method: "wilson|conf:0.95"
      });
    }
    out.push({ metric: `${scorer.id}.mean`, kind: "mean", value: mean(scores.map((s) => s.value)), n: scores.length });
    out.push(...suiteMetricValues(scorer, scores).metrics);
  }
  const failedCritical = records.filter((r) => criticalFailure(spec, r)).length;
  out.push({ metric: "critical_failures", kind: "count", value: failedCritical, n: records.length });
  const criticalCases = records.filter((r) => r.severity === "critical").length;
  if (criticalCases && spec.criticalRates) out.push(...criticalRates(criticalCases, failedCritical, records.length));
  const latencies = scored.map((r) => r.latency_ms).filter((v) => v !== null);
  for (const [name, q] of LATENCY_QUANTILES) {
    out.push({
      metric: `latency.${name}`,
      kind: "quantile",
      value: quantile(latencies, q) ?? null,
      n: latencies.length,
      method: "numpy-linear"
    });
  }
  out.push({ metric: "latency.mean", kind: "mean", value: mean(latencies), n: latencies.length });
  const costs = records.map((r) => r.cost_usd).filter((v) => v !== null);
  out.push({ metric: "cost.total", kind: "total", value: costs.length ? sum(costs) : null, n: costs.length });
  out.push({ metric: "cost.mean", kind: "mean", value: mean(costs), n: costs.length });
  const judgeCosts = records.map((r) => r.judge_cost_usd).filter((v) => v !== null && v !== void 0);
  if (judgeCosts.length)
    out.push({ metric: "cost.judge", kind: "total", value: sum(judgeCosts), n: judgeCosts.length });
  const tokens = records.map((r) => r.tokens?.total).filter((v) => v !== void 0);
  out.push({ metric: "tokens.total", kind: "total", value: tokens.length ? sum(tokens) : null, n: tokens.length });
  out.push({ metric: "tokens.mean", kind: "mean", value: mean(tokens), n: tokens.length });
  const errors = records.filter((r) => r.error).length;
  out.push({
    metric: "errors.rate",
    kind: "rate",
    value: records.length ? errors / records.length : null,
    n: records.length,
    successes: errors
  });
  out.push({ metric: "errors.count", kind: "count", value: errors, n: records.length });
  const contamination = contaminationRate(records);
  if (contamination) out.push(contamination);
  return out;
}
function contaminationRate(records) {
  const flagged = /* @__PURE__ */ new Map();
  for (const r of records) if (r.contamination) flagged.set(r.id, r.contamination.flagged);
  if (!flagged.size) return void 0;
  const successes = [...flagged.values()].filter(Boolean).length;
  return {
    metric: "contamination.rate",
    kind: "rate",
    value: successes / flagged.size,
    n: flagged.size,
    successes,
    interval: wilson(successes, flagged.size),
    method: "wilson|conf:0.95"
  };
}
function wilson(successes, n) {
  const ci = proportionInterval(successes, n, { method: "wilson", confidence: 0.95 });
  return ci ? [ci[0], ci[1]] : null;
}
var sum = (xs) => xs.reduce((a, b) => a + b, 0);
var mean = (xs) => xs.length ? sum(xs) / xs.length : null;
function criticalRates(critical, failed, total) {
  const exact = proportionInterval(failed, total, { method: "clopper-pearson", confidence: 0.95 });
  return [
    {
      metric: "critical.pass_rate",
      kind: "rate",
      value: (critical - failed) / critical,
      n: critical,
      successes: critical - failed,
      interval: wilson(critical - failed, critical),
      method: "wilson|conf:0.95"
    },
    {
      metric: "critical.failure_rate",
      kind: "rate",
      value: failed / total,
      n: total,
      successes: failed,
      interval: exact ? [exact[0], exact[1]] : null,
      method: "clopper-pearson|conf:0.95"
    }
  ];
}

// src/gate/explain.ts
function explain(input) {
  const { ref, rule, slice } = input;
  const subject = slice ? `${rule.metric} for ${slice.name}=${slice.value}` : rule.metric;
  if (input.absolute) {
    const { value, interval, perCase } = input.absolute;
    const n = perCase ? `${input.absolute.n} cases \xD7 ${perCase.repeats} repeats, ${perCase.aggregate}` : `${input.absolute.n}`;
    const ci = interval ? ` (95% CI ${formatValue(ref, interval[0])}\u2013${formatValue(ref, interval[1])}, n=${n})` : ` (n=${n})`;
    if (rule.min !== void 0) {
      return `${subject} is ${formatValue(ref, value)}${ci}, ${input.status === "pass" ? "at or above" : "below"} the minimum ${formatValue(ref, rule.min)}.`;
    }
    const tail = ref.kind === "critical_failures" && input.status === "fail" ? "; the failed critical cases are listed by id." : ".";
    return `${subject} is ${formatValue(ref, value)}${ci}, ${input.status === "pass" ? "within" : "above"} the maximum ${formatValue(ref, rule.max)}${tail}`;
  }
  const e = input.evidence;
  const conf = `${round(rule.confidence * 100, 0)}%`;
  const up = higherIsBetter(ref);
  const worse = up ? "drop" : "increase";
  const amount = (w) => e.ratio ? `${round(Math.abs(w - 1) * 100, 1)}%` : formatDelta(ref, Math.abs(w)).replace(/^[+−±]/, "");
  const signedAmount = (w) => (e.ratio ? w - 1 : w) < 0 ? `\u2212${amount(w)}` : amount(w);
  const zero = e.ratio ? 1 : 0;
  const moved = e.worsening > zero ? up ? "fell" : "rose" : e.worsening < zero ? up ? "rose" : "fell" : "did not change";
  const size = e.worsening === zero ? "" : ` by ${amount(e.worsening)}`;
  const margin = amount(e.threshold);
  const corrected = input.correction ? ` (${input.correction.method === "holm" ? "Holm" : "Benjamini\u2013Hochberg"}-corrected over ${input.correction.tests} slices)` : "";
  const sample = e.paired ? `n=${e.n} paired` : `unpaired, n=${e.arms.current} vs ${e.arms.baseline}`;
  const lead = `${subject} ${moved}${size} (${sample})`;
  switch (input.status) {
    case "pass": {
      const [, upper] = e.interval;
      const bound = upper > zero ? `the ${worse} is at most ${amount(upper)}` : `it ${up ? "rose" : "fell"} by at least ${amount(upper)}`;
      return `${lead}; with ${conf} confidence ${bound}, within the ${margin} margin.`;
    }
    case "fail":
      return `${lead}; with ${conf} confidence the ${worse} is at least ${amount(e.interval[0])}, beyond the ${margin} margin${corrected}.`;
    case "inconclusive":
      return `${lead}; the ${worse} could be anywhere from ${signedAmount(e.interval[0])} to ${signedAmount(e.interval[1])}, so the data cannot tell whether it exceeds the ${margin} margin.`;
  }
}

// src/gate/dataset-changes.ts
function datasetChanges(base, current, baselineRecords, records, dataset) {
  const before = base.dataset_cases ?? hashesOf(baselineRecords);
  const after = current.dataset_cases && base.dataset_cases ? current.dataset_cases : hashesOf(records);
  const added = [];
  const edited = [];
  for (const id of Object.keys(after)) {
    const hash = after[id];
    const was = before[id];
    if (was === void 0) added.push(id);
    else if (was !== hash) edited.push(id);
  }
  const stillThere = (id) => current.dataset_cases && base.dataset_cases ? id in current.dataset_cases : dataset?.has(id) ?? id in after;
  const removed = Object.keys(before).filter((id) => !stillThere(id));
  return { added, removed, edited };
}
function hashesOf(records) {
  const out = {};
  for (const r of records) out[r.id] ??= r.fingerprint;
  return out;
}
var hasChanges = (c) => c.added.length + c.removed.length + c.edited.length > 0;

// src/gate/suite-bootstrap.ts
function replicateDecision(worsening, threshold, confidence) {
  const alpha = 1 - confidence;
  const at = (q) => worsening[Math.min(worsening.length - 1, Math.max(0, Math.floor(q * worsening.length)))];
  let atOrBelow = 0;
  let below = 0;
  for (const w of worsening) {
    if (w <= threshold) atOrBelow++;
    if (w < threshold) below++;
  }
  return {
    interval: [at(alpha), at(1 - alpha)],
    pFail: (atOrBelow + 1) / (worsening.length + 1),
    pPass: (worsening.length - below + 1) / (worsening.length + 1)
  };
}
function suiteBootstrapEvidence(current, baseline, statistic, o) {
  const flat = (cases) => cases.flat();
  const currentValue = statistic(flat(current));
  const baselineValue = statistic(flat(baseline));
  if (currentValue === null || baselineValue === null || !current.length || !baseline.length) return null;
  const orient = (c, b) => o.higherIsBetter ? b - c : c - b;
  const random = new Mulberry32(o.seed);
  const draw = (cases, picks) => {
    const sample = [];
    for (const i of picks) for (const s of cases[i]) sample.push(s);
    return sample;
  };
  const pick = (n2) => {
    const picks = new Int32Array(n2);
    for (let i = 0; i < n2; i++) picks[i] = random.index(n2);
    return picks;
  };
  const replicates = [];
  for (let r = 0; r < o.resamples; r++) {
    const currentPicks = pick(current.length);
    const baselinePicks = o.paired ? currentPicks : pick(baseline.length);
    const c = statistic(draw(current, currentPicks));
    const b = statistic(draw(baseline, baselinePicks));
    if (c !== null && b !== null && Number.isFinite(c) && Number.isFinite(b)) replicates.push(orient(c, b));
  }
  if (!replicates.length) return null;
  const n = o.paired ? current.length : Math.min(current.length, baseline.length);
  return {
    worsening: orient(currentValue, baselineValue),
    ...replicateDecision(Float64Array.from(replicates).sort(), o.threshold, o.confidence),
    threshold: o.threshold,
    ratio: false,
    pChange: null,
    method: o.paired ? `paired bootstrap resampling of cases (Koehn 2004, as sacreBLEU --paired-bs; ${o.resamples} resamples, seed ${o.seed}, n=${n})` : `unpaired bootstrap of cases (${o.resamples} resamples, seed ${o.seed}, n=${current.length} vs ${baseline.length}): cases did not pair with the baseline`,
    n,
    arms: { current: current.length, baseline: baseline.length },
    paired: o.paired,
    currentValue,
    baselineValue,
    standardError: null,
    discordantRate: null
  };
}

// src/gate/regression-test.ts
var twoSided = (oneSided) => 1 - 2 * (1 - oneSided);
function pairedBinaryEvidence(current, baseline, o) {
  let n11 = 0;
  let n10 = 0;
  let n01 = 0;
  let n00 = 0;
  for (let i = 0; i < current.length; i++) {
    const c = current[i];
    const b = baseline[i];
    if (c && b) n11++;
    else if (c) n10++;
    else if (b) n01++;
    else n00++;
  }
  const n = current.length;
  const sign = o.higherIsBetter ? -1 : 1;
  const worseningInterval = (oneSided) => {
    const [lo, hi] = pairedProportionDiffInterval(n11, n10, n01, n00, {
      method: "newcombe",
      confidence: twoSided(oneSided)
    }) ?? [-1, 1];
    return sign < 0 ? [-hi, -lo] : [lo, hi];
  };
  const estimate = sign * (n10 - n01) / n;
  const discordant = (n10 + n01) / n;
  return {
    worsening: estimate,
    interval: worseningInterval(o.confidence),
    threshold: o.threshold,
    ratio: false,
    pFail: invertInterval((level) => worseningInterval(level)[0] > o.threshold),
    pPass: invertInterval((level) => worseningInterval(level)[1] < o.threshold),
    pChange: n10 + n01 > 0 ? mcnemar(n10, n01, { method: "mid-p" }).pvalue : 1,
    method: `paired Newcombe score interval (discordant ${n10}+${n01} of ${n}), McNemar mid-p`,
    arms: { current: n, baseline: n },
    n,
    paired: true,
    currentValue: (n11 + n10) / n,
    baselineValue: (n11 + n01) / n,
    standardError: Math.sqrt(Math.max(discordant - estimate * estimate, 0) / n),
    discordantRate: discordant
  };
}
function unpairedBinaryEvidence(current, baseline, o) {
  const c1 = current.filter(Boolean).length;
  const c2 = baseline.filter(Boolean).length;
  const [n1, n2] = [current.length, baseline.length];
  const sign = o.higherIsBetter ? -1 : 1;
  const worseningInterval = (oneSided) => {
    const [lo, hi] = proportionDiffInterval(c1, n1, c2, n2, { method: "newcombe", confidence: twoSided(oneSided) }) ?? [
      -1,
      1
    ];
    return sign < 0 ? [-hi, -lo] : [lo, hi];
  };
  const [p1, p2] = [c1 / n1, c2 / n2];
  return {
    worsening: sign * (p1 - p2),
    interval: worseningInterval(o.confidence),
    threshold: o.threshold,
    ratio: false,
    pFail: invertInterval((level) => worseningInterval(level)[0] > o.threshold),
    pPass: invertInterval((level) => worseningInterval(level)[1] < o.threshold),
    pChange: null,
    method: `unpaired Newcombe score interval (${c1}/${n1} vs ${c2}/${n2}): cases did not pair with the baseline`,
    arms: { current: n1, baseline: n2 },
    n: Math.min(n1, n2),
    paired: false,
    currentValue: p1,
    baselineValue: p2,
    standardError: Math.sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2),
    discordantRate: null
  };
}
function meanEvidence(current, baseline, o) {
  const [x, y] = o.higherIsBetter ? [baseline, current] : [current, baseline];
  const test = o.paired ? pairedTTest : welchTTest;
  const against = (alternative) => test(x, y, { alternative, nullDifference: o.threshold }).pvalue ?? 1;
  const two = test(x, y, { confidence: twoSided(o.confidence) });
  const mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const estimate = two.meanDiff ?? mean2(x) - mean2(y);
  const n = o.paired ? current.length : Math.min(current.length, baseline.length);
  return {
    worsening: estimate,
    interval: two.interval ? [two.interval[0], two.interval[1]] : [estimate, estimate],
    threshold: o.threshold,
    ratio: false,
    pFail: against("greater"),
    pPass: against("less"),
    pChange: null,
    method: o.paired ? `paired t interval of the per-case difference (n=${n})` : `Welch t interval (n=${current.length} vs ${baseline.length}): cases did not pair with the baseline`,
    arms: { current: current.length, baseline: baseline.length },
    n,
    paired: o.paired,
    currentValue: mean2(current),
    baselineValue: mean2(baseline),
    standardError: two.standardError ?? null,
    discordantRate: null
  };
}
function bootstrapEvidence(current, baseline, o) {
  const compare = o.ratio ? "ratio" : "diff";
  const result = (o.paired ? pairedBootstrap : unpairedBootstrap)(current, baseline, {
    statistic: o.statistic,
    compare,
    resamples: o.resamples,
    seed: o.seed
  });
  const replicates = result.replicates.filter(Number.isFinite);
  if (result.estimate === void 0 || replicates.length === 0) return null;
  const orient = (x) => o.ratio ? o.higherIsBetter ? 1 / x : x : o.higherIsBetter ? -x : x;
  const worsening = Float64Array.from(replicates, orient).sort();
  const alpha = 1 - o.confidence;
  const at = (q) => worsening[Math.min(worsening.length - 1, Math.max(0, Math.floor(q * worsening.length)))];
  let atOrBelow = 0;
  let below = 0;
  for (const w of worsening) {
    if (w <= o.threshold) atOrBelow++;
    if (w < o.threshold) below++;
  }
  const name = o.statistic === "sum" ? "total" : `p${Math.round(o.statistic.quantile * 100)}`;
  const stat = (xs) => o.statistic === "sum" ? xs.reduce((a, b) => a + b, 0) : quantile(xs, o.statistic.quantile) ?? NaN;
  return {
    worsening: orient(result.estimate),
    interval: [at(alpha), at(1 - alpha)],
    threshold: o.threshold,
    ratio: o.ratio,
    // bootstrap p-values: the share of replicates on the null side of the margin (+1 smoothing)
    pFail: (atOrBelow + 1) / (worsening.length + 1),
    pPass: (worsening.length - below + 1) / (worsening.length + 1),
    pChange: null,
    method: `${o.paired ? "paired" : "unpaired"} bootstrap of the ${name} ${o.ratio ? "ratio" : "difference"} (${o.resamples} resamples, seed ${o.seed}, n=${current.length})${o.paired ? "" : ": cases did not pair with the baseline"}`,
    arms: { current: current.length, baseline: baseline.length },
    n: o.paired ? current.length : Math.min(current.length, baseline.length),
    paired: o.paired,
    currentValue: stat(current),
    baselineValue: stat(baseline),
    standardError: null,
    discordantRate: null
  };
}
function detectableWorsening(e, options) {
  const level = { alpha: options.alpha, tests: options.tests, power: options.power };
  if (e.discordantRate !== null)
    return nonInferiorityDetectableDrop({
      ...level,
      n: e.n,
      baselineRate: e.baselineValue,
      discordantRate: e.discordantRate,
      margin: e.threshold
    });
  if (e.standardError !== null && Number.isFinite(e.standardError))
    return detectableShift({ ...level, margin: e.threshold, standardError: e.standardError });
  const [lo, hi] = e.interval;
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return null;
  return detectableShift({ ...level, margin: e.threshold, standardError: (hi - lo) / (2 * normalIsf(options.alpha)) });
}
function invertInterval(rejects) {
  if (!rejects(0.5 + 1e-9)) return 1;
  if (rejects(1 - 1e-12)) return 1e-12;
  let lo = 0.5;
  let hi = 1 - 1e-12;
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (rejects(mid)) lo = mid;
    else hi = mid;
  }
  return 1 - lo;
}

// src/gate/evidence.ts
var MIN_PAIRED_SHARE = 0.5;
function regressionEvidence(input) {
  const { ref, rule } = input;
  const margin = rule.max_drop ?? rule.max_increase;
  const up = higherIsBetter(ref);
  const currentCases = distinctCases(input.current);
  const pairedCases = distinctCases(input.pairs.map((p) => p.current));
  const paired = pairedCases > 0 && pairedCases >= MIN_PAIRED_SHARE * currentCases;
  const orientation = { higherIsBetter: up, confidence: rule.confidence };
  if (ref.kind === "suite") {
    if (!input.statistic) return null;
    const sides = paired ? pairedCaseScores(input.pairs, ref.scorer) : { current: caseScores(input.current, ref.scorer), baseline: caseScores(input.baseline, ref.scorer) };
    const baselineValue = input.statistic(sides.baseline.flat());
    if (baselineValue === null) return null;
    return suiteBootstrapEvidence(sides.current, sides.baseline, input.statistic, {
      ...orientation,
      threshold: margin.relative ? margin.value * Math.abs(baselineValue) : margin.value,
      paired,
      seed: input.seed,
      resamples: input.resamples
    });
  }
  if (isRateMetric(ref) || ref.kind === "scorer" && ref.stat === "mean") {
    const unit = caseUnit(ref);
    const aggregate = caseAggregate(ref, rule);
    const sides = paired ? pairedCaseValues(input.pairs, unit, aggregate) : { current: caseValues(input.current, unit, aggregate), baseline: caseValues(input.baseline, unit, aggregate) };
    if (!sides.current.length || !sides.baseline.length) return null;
    const mean2 = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const baselineValue = mean2(sides.baseline);
    const threshold2 = margin.relative ? margin.value * Math.max(baselineValue, 1e-9) : margin.value;
    const binary = [...sides.current, ...sides.baseline].every((v) => v === 0 || v === 1);
    if (binary) {
      const toBool = (xs) => xs.map((v) => v === 1);
      return (paired ? pairedBinaryEvidence : unpairedBinaryEvidence)(toBool(sides.current), toBool(sides.baseline), {
        ...orientation,
        threshold: threshold2
      });
    }
    return meanEvidence(sides.current, sides.baseline, { ...orientation, threshold: threshold2, paired });
  }
  const value = recordValue(ref);
  const pairs = input.pairs.map((p) => [value(p.current), value(p.baseline)]).filter((x) => x[0] !== null && x[1] !== null);
  const current = paired ? pairs.map((x) => x[0]) : input.current.map(value).filter((v) => v !== null);
  const baseline = paired ? pairs.map((x) => x[1]) : input.baseline.map(value).filter((v) => v !== null);
  if (!current.length || !baseline.length) return null;
  const statistic = ref.kind === "latency" && ref.stat !== "mean" ? { quantile: Number(ref.stat.slice(1)) / 100 } : (ref.kind === "cost" || ref.kind === "tokens") && ref.stat !== "mean" ? "sum" : null;
  if (!statistic) {
    const base = baseline.reduce((a, b) => a + b, 0) / baseline.length;
    return meanEvidence(current, baseline, {
      ...orientation,
      threshold: margin.relative ? margin.value * base : margin.value,
      paired
    });
  }
  const threshold = margin.relative ? 1 + margin.value : margin.value;
  return bootstrapEvidence(current, baseline, {
    ...orientation,
    threshold,
    paired,
    ratio: margin.relative,
    statistic,
    seed: input.seed,
    resamples: input.resamples
  });
}
function caseLevelMetric(ref, rule, records, confidence = 0.95) {
  if (!isRateMetric(ref) && !(ref.kind === "scorer" && ref.stat === "mean")) return void 0;
  const aggregate = caseAggregate(ref, rule);
  const values = caseValues(records, caseUnit(ref), aggregate);
  const n = values.length;
  if (!n) return void 0;
  const value = values.reduce((a, b) => a + b, 0) / n;
  const common = { metric: rule.metric, kind: isRateMetric(ref) ? "rate" : "mean", value, n };
  if (values.every((v) => v === 0 || v === 1)) {
    const successes = values.filter((v) => v === 1).length;
    const ci = proportionInterval(successes, n, { method: "wilson", confidence });
    return {
      ...common,
      successes,
      interval: ci ? [ci[0], ci[1]] : null,
      method: `wilson|conf:${confidence}|unit:case|aggregate:${aggregate}`
    };
  }
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - value) ** 2, 0) / Math.max(1, n - 1));
  const half = n > 1 ? tPpf(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n)) : NaN;
  return {
    ...common,
    interval: Number.isFinite(half) ? [Math.max(0, value - half), Math.min(1, value + half)] : null,
    method: `t|conf:${confidence}|unit:case|aggregate:${aggregate}`
  };
}
function caseAggregate(ref, rule) {
  return ref.kind === "scorer" && ref.stat === "pass_rate" ? rule.aggregate : "mean";
}
function caseUnit(ref) {
  if (ref.kind === "errors") return (r) => r.error ? 1 : 0;
  if (ref.kind !== "scorer") return () => null;
  if (ref.stat === "mean") return (r) => r.error ? null : r.scores[ref.scorer]?.value ?? null;
  return (r) => {
    const pass = r.error ? null : r.scores[ref.scorer]?.pass;
    return pass === null || pass === void 0 ? null : pass ? 1 : 0;
  };
}
function combine(values, aggregate) {
  const passes = values.filter((v) => v >= 1).length;
  switch (aggregate) {
    case "pass@k":
      return passes > 0 ? 1 : 0;
    case "pass^k":
      return passes === values.length ? 1 : 0;
    case "majority":
      return passes * 2 > values.length ? 1 : 0;
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}
var unrepeated = (records) => records.every((r) => r.repeat === 0);
var distinctCases = (records) => unrepeated(records) ? records.length : new Set(records.map((r) => r.id)).size;
var combineOne = (v, aggregate) => aggregate === "mean" ? v : v >= 1 ? 1 : 0;
function groupByCase(records, unit) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of records) {
    const v = unit(r);
    if (v === null) continue;
    const list = groups.get(r.id);
    if (list) list.push(v);
    else groups.set(r.id, [v]);
  }
  return groups;
}
function caseValues(records, unit, aggregate) {
  if (!unrepeated(records)) return [...groupByCase(records, unit).values()].map((vs) => combine(vs, aggregate));
  const values = [];
  for (const r of records) {
    const v = unit(r);
    if (v !== null) values.push(combineOne(v, aggregate));
  }
  return values;
}
function pairedCaseValues(pairs, unit, aggregate) {
  if (pairs.every((p) => p.current.repeat === 0)) {
    const sides = { current: [], baseline: [] };
    for (const p of pairs) {
      const c = unit(p.current);
      const b = unit(p.baseline);
      if (c === null || b === null) continue;
      sides.current.push(combineOne(c, aggregate));
      sides.baseline.push(combineOne(b, aggregate));
    }
    return sides;
  }
  const current = groupByCase(
    pairs.map((p) => p.current),
    unit
  );
  const baseline = groupByCase(
    pairs.map((p) => p.baseline),
    unit
  );
  const ids = [...current.keys()].filter((id) => baseline.has(id));
  return {
    current: ids.map((id) => combine(current.get(id), aggregate)),
    baseline: ids.map((id) => combine(baseline.get(id), aggregate))
  };
}
function scoresByCase(records, scorer) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of records) {
    const s = r.error ? void 0 : r.scores[scorer];
    if (!s) continue;
    const list = groups.get(r.id);
    if (list) list.push(s);
    else groups.set(r.id, [s]);
  }
  return groups;
}
var caseScores = (records, scorer) => [...scoresByCase(records, scorer).values()];
function pairedCaseScores(pairs, scorer) {
  const current = scoresByCase(
    pairs.map((p) => p.current),
    scorer
  );
  const baseline = scoresByCase(
    pairs.map((p) => p.baseline),
    scorer
  );
  const ids = [...current.keys()].filter((id) => baseline.has(id));
  return { current: ids.map((id) => current.get(id)), baseline: ids.map((id) => baseline.get(id)) };
}
function recordValue(ref) {
  switch (ref.kind) {
    case "latency":
      return (r) => r.error ? null : r.latency_ms;
    case "cost":
      return ref.stat === "judge" ? (r) => r.judge_cost_usd ?? null : (r) => r.cost_usd;
    case "tokens":
      return (r) => r.tokens?.total ?? null;
    default:
      return () => null;
  }
}

// src/gate/decide.ts
var IMPLICIT_CRITICAL = RuleConfig.parse({ metric: "critical_failures", max: 0 });
function decide(input) {
  const outcomes = [];
  const criticalFailures = [];
  const comparisons = {};
  for (const suite of input.suites) {
    const aggregate = input.aggregates.find((a) => a.suite === suite.suite);
    const pairing = input.pairings.find((p) => p.suite === suite.suite);
    if (!aggregate || !pairing) continue;
    const records = input.records.filter((r) => r.suite === suite.suite);
    for (const f of aggregate.critical_failures) criticalFailures.push(f);
    comparisons[suite.suite] = {
      baseline: pairing.hasBaseline ? input.baselineInfo : null,
      paired: pairing.pairs.length,
      added: pairing.added,
      removed: pairing.removed,
      changed: pairing.changed,
      notes: pairing.notes,
      ...pairing.demoted.length ? { demoted: pairing.demoted } : {},
      ...pairing.settingsChanged.length ? { settings_changed: pairing.settingsChanged } : {},
      ...hasChanges(pairing.datasetChanges) ? { dataset_changes: pairing.datasetChanges } : {}
    };
    if (pairing.demoted.length && input.baseBranch)
      comparisons[suite.suite].notes = [
        ...pairing.notes,
        `${casesAre(pairing.demoted.length)} less severe than in the previous run of the base branch, and count so from now on ${listDemotions(pairing.demoted)}.`
      ];
    else if (pairing.demoted.length) outcomes.push(demotionOutcome(suite.suite, pairing.demoted));
    const rules = suite.rules.some((r) => r.metric === "critical_failures") ? suite.rules : [...suite.rules, IMPLICIT_CRITICAL];
    rules.forEach((rule, index) => {
      const baselineAggregate = pairing.hasBaseline ? input.baselineAggregates?.find((a) => a.suite === suite.suite) : void 0;
      outcomes.push(
        ...evaluateRule({
          suite: suite.suite,
          rule,
          hash: suite.ruleHashes[index] ?? null,
          index: index < suite.rules.length ? index : -1,
          records,
          aggregate,
          baselineAggregate,
          pairing,
          scorers: suite.scorers,
          seed: input.seed ?? 1,
          resamples: input.resamples ?? 2e3,
          baseBranch: input.baseBranch ?? false,
          sequential: input.sequential
        })
      );
    });
    if (pairing.removedRules > 0) {
      const n = pairing.removedRules;
      outcomes.push(
        suiteWarning(
          suite.suite,
          {
            metric: "rules",
            status: "not_comparable",
            current: suite.rules.length,
            n: 0,
            bound: "as on the base branch",
            method: "definition hashes"
          },
          `${n} rule${n === 1 ? "" : "s"} of the baseline run ${n === 1 ? "is" : "are"} not in this config; a reviewer should confirm the gate was meant to change.`
        )
      );
    }
    if (aggregate.errors > 0 && !suite.rules.some((r) => r.metric.startsWith("errors."))) {
      outcomes.push(
        suiteWarning(
          suite.suite,
          {
            metric: "errors.count",
            status: "inconclusive",
            current: aggregate.errors,
            n: aggregate.records,
            bound: "none set",
            method: "count"
          },
          `${aggregate.errors} of ${aggregate.records} calls failed for infrastructure reasons and were left out of the scores; add an errors.rate rule to set what is acceptable.`
        )
      );
    }
  }
  const failing = outcomes.filter((o) => o.outcome === "fail");
  const warning = outcomes.filter((o) => o.outcome === "warn");
  if (input.incomplete) {
    return {
      verdict: "error",
      summary: incompleteSummary(input.incomplete),
      reasons: [
        input.incomplete.message,
        "The rules below were checked on the finished cases only; they decide nothing until the whole run has finished."
      ],
      rules: outcomes,
      critical_failures: criticalFailures,
      comparisons,
      override: null,
      ...input.override?.ignored.length ? { override_notes: input.override.ignored } : {}
    };
  }
  let verdict = failing.length ? "fail" : warning.length ? "warn" : "pass";
  const override = input.override?.applied ?? null;
  if (verdict === "fail" && override) verdict = "overridden";
  const reasons = [...failing, ...warning].map((o) => `${o.suite}: ${o.explanation}`);
  return {
    verdict,
    summary: summarize(verdict, failing, warning, criticalFailures.length, override),
    reasons,
    rules: outcomes,
    critical_failures: criticalFailures,
    comparisons,
    override: verdict === "overridden" ? override : null,
    ...input.override?.ignored.length ? { override_notes: input.override.ignored } : {}
  };
}
function demotionOutcome(suite, demoted) {
  const n = demoted.length;
  return {
    ...suiteWarning(
      suite,
      { metric: "severity", status: "fail", current: n, n, bound: "not lowered", method: "dataset severities" },
      `${casesAre(n)} less severe than on the base branch, which loosens the gate: this fails until a maintainer overrides it, and the base branch's severity counts until it is merged ${listDemotions(demoted)}.`
    ),
    kind: "critical",
    outcome: "fail"
  };
}
var casesAre = (n) => `${n} case${n === 1 ? " is" : "s are"}`;
function listDemotions(demoted) {
  const n = demoted.length;
  const byChange = /* @__PURE__ */ new Map();
  for (const d of demoted.slice(0, 10)) {
    const change = `${d.baseline} \u2192 ${d.current ?? "removed"}`;
    byChange.set(change, [...byChange.get(change) ?? [], d.id]);
  }
  const list = [...byChange].map(([change, ids]) => `${change}: ${ids.join(", ")}`).join("; ");
  return `(${list}${n > 10 ? `; ${n - 10} more in run.json` : ""})`;
}
function incompleteSummary(i) {
  const at = `${i.done}/${i.total}`;
  const kept = i.done ? ` The ${i.done} finished ${i.done === 1 ? "case is" : "cases are"} kept in run.json.` : "";
  switch (i.kind) {
    case "interrupted":
      return `Could not evaluate: interrupted at ${at} cases.${kept}`;
    case "circuit_breaker":
      return `Could not evaluate: the run stopped at ${at} cases when the provider's circuit breaker opened.${kept}`;
    case "budget":
      return `Could not evaluate: the run stopped at ${at} cases when its budget ran out.${kept}`;
    case "all_failed":
      return `Could not evaluate: all ${i.done} model calls failed.`;
  }
}
function suiteWarning(suite, o, explanation) {
  return {
    suite,
    rule: -1,
    kind: "absolute",
    slice: null,
    outcome: "warn",
    baseline: null,
    delta: null,
    interval: null,
    pvalue: null,
    ...o,
    explanation
  };
}
function summarize(verdict, failing, warning, critical, override) {
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const byRule = (outcomes) => {
    const rules = /* @__PURE__ */ new Map();
    for (const o of outcomes) {
      const key = `${o.suite}\0${o.rule}\0${o.metric}\0${o.bound}`;
      rules.set(key, [...rules.get(key) ?? [], o]);
    }
    return [...rules.values()];
  };
  const failed = byRule(failing);
  const sliced = failed.filter((os) => os.some((o) => o.slice !== null)).map((os) => `${os[0].metric} ${os[0].bound} in ${plural(os.filter((o) => o.slice !== null).length, "slice")}`);
  const failedText = `${plural(failed.length, "rule")} failed${sliced.length ? ` (${sliced.join("; ")})` : ""}${critical ? `, including ${plural(critical, "critical case")}` : ""}`;
  const warned = byRule(warning).length;
  const notes = warning.filter(isSuiteNote).length;
  const warnedRules = warned - notes;
  const more = warned ? `; ${warned} more warn${warned === 1 ? "s" : ""}` : "";
  switch (verdict) {
    case "pass":
      return "All gate rules pass.";
    case "warn":
      return `No rule failed; ${[
        warnedRules ? `${plural(warnedRules, "rule")} could not be shown to pass` : "",
        notes ? `${plural(notes, "warning")} about the suite${notes === 1 ? "" : "s"}` : ""
      ].filter(Boolean).join(" and ")}.`;
    case "fail":
      return `${failedText}${more}.`;
    case "overridden":
      return `${failedText}, overridden by @${override?.actor} (${override?.permission}) with the "${override?.label}" label${more}.`;
    default:
      return verdict;
  }
}
function evaluateRule(ctx) {
  const { rule } = ctx;
  const { ref } = rule;
  const regression = rule.max_drop !== void 0 || rule.max_increase !== void 0;
  const base = {
    suite: ctx.suite,
    rule: ctx.index,
    metric: rule.metric,
    kind: ref.kind === "critical_failures" ? "critical" : regression ? "regression" : "absolute"
  };
  const targets = rule.per_slice ? sliceTargets(ctx) : [
    {
      slice: null,
      metrics: ctx.aggregate.metrics,
      pairs: ctx.pairing.pairs,
      current: ctx.records,
      baseline: ctx.pairing.baselineRecords
    }
  ];
  if (!regression) {
    const changed = ctx.pairing.hasBaseline && (ctx.hash !== null && ctx.pairing.newRules.has(ctx.hash) || (ref.kind === "scorer" || ref.kind === "suite") && ctx.pairing.changedScorers.has(ref.scorer));
    const repeats = ctx.records.reduce((most, r) => Math.max(most, r.repeat), 0) + 1;
    return targets.map((t) => {
      const baselineMetrics = t.slice ? ctx.baselineAggregate?.slices.find((s) => s.slice === t.slice.name && s.value === t.slice.value)?.metrics : ctx.baselineAggregate?.metrics;
      const perCase = repeats > 1 ? caseLevelMetric(ref, rule, t.current) : void 0;
      const measured = absoluteOutcome(
        base,
        ref,
        rule,
        t.slice,
        perCase ?? metricOf(t.metrics, rule.metric),
        perCase ? { repeats, aggregate: caseAggregate(ref, rule) } : void 0
      );
      const outcome = {
        ...measured,
        explanation: measured.explanation + judgeFailureNote(ref, ctx.aggregate),
        baseline: metricOf(baselineMetrics ?? [], rule.metric)?.value ?? null
      };
      return changed && outcome.outcome === "pass" ? {
        ...outcome,
        outcome: "warn",
        explanation: `${outcome.explanation} This rule or its scorer changed since the baseline run, so a reviewer should confirm the change.`
      } : outcome;
    });
  }
  const untested = (status, outcome, explanation) => [
    {
      ...base,
      slice: null,
      status,
      outcome,
      current: metricOf(ctx.aggregate.metrics, rule.metric)?.value ?? null,
      baseline: null,
      delta: null,
      interval: null,
      n: 0,
      bound: boundText(rule),
      method: "none",
      pvalue: null,
      explanation
    }
  ];
  if (!ctx.pairing.hasBaseline) {
    return untested(
      "no_baseline",
      ctx.baseBranch && rule.on_no_baseline === "fail" ? "warn" : rule.on_no_baseline,
      `${rule.metric} (${boundText(rule)}): no baseline to compare with, so this regression rule was not tested.`
    );
  }
  if ((ref.kind === "scorer" || ref.kind === "suite") && ctx.pairing.changedScorers.has(ref.scorer)) {
    return untested(
      "not_comparable",
      "warn",
      `${rule.metric}: the scorer "${ref.scorer}" changed since the baseline, so its numbers are not comparable.`
    );
  }
  if (ctx.hash !== null && ctx.pairing.newRules.has(ctx.hash)) {
    return untested(
      "not_comparable",
      "warn",
      `${rule.metric}: this rule is new or changed since the baseline run, so it is reported, not enforced, until the base branch has run it.`
    );
  }
  const scorer = ref.kind === "suite" ? ctx.scorers.find((s) => s.id === ref.scorer) : void 0;
  const statistic = ref.kind === "suite" && scorer ? suiteStatistic(scorer, ref.stat, ref.class) : void 0;
  const tested = targets.map((t) => {
    const evidence = t.current.length && t.baseline.length ? regressionEvidence({
      ref,
      rule,
      pairs: t.pairs,
      current: t.current,
      baseline: t.baseline,
      seed: ctx.seed,
      resamples: ctx.resamples,
      ...statistic ? { statistic } : {}
    }) : null;
    return { target: t, evidence };
  });
  const gated = tested.filter((t) => t.evidence && (!rule.per_slice || t.evidence.n >= rule.min_n));
  const alpha = 1 - rule.confidence;
  const adjusted = rule.correction !== "none" && gated.length > 1 ? adjustPValues(
    gated.map((t) => t.evidence.pFail),
    { method: rule.correction, alpha }
  ).adjusted : gated.map((t) => t.evidence.pFail);
  const correction = rule.correction !== "none" && gated.length > 1 ? rule.correction : null;
  return tested.map(({ target, evidence }) => {
    const current = metricOf(target.metrics, rule.metric)?.value ?? null;
    const common = { ...base, slice: target.slice, current, bound: boundText(rule) };
    const n = evidence?.n ?? target.pairs.length;
    if (!evidence || rule.per_slice && n < rule.min_n) {
      return {
        ...common,
        status: "not_gated",
        outcome: "info",
        baseline: null,
        delta: null,
        interval: null,
        n,
        method: "none",
        pvalue: null,
        mde: null,
        explanation: `${describeTarget(rule.metric, target.slice)}: not gated (n=${n} ${evidence?.paired === false ? "cases" : "paired"} < ${rule.min_n}).`
      };
    }
    const pFail = adjusted[gated.findIndex((g) => g.target === target)] ?? evidence.pFail;
    const tests = correction ? gated.length : 1;
    const sequential = ctx.sequential?.({
      suite: ctx.suite,
      rule: ctx.index,
      slice: target.slice,
      evidence,
      alpha,
      tests
    });
    if (sequential && "frozen" in sequential) return sequential.frozen;
    const status = sequential ? sequential.status : pFail < alpha ? "fail" : evidence.pPass < alpha ? "pass" : "inconclusive";
    const outcome = status === "inconclusive" ? rule.on_inconclusive : status;
    const fixed = {
      ...common,
      status,
      outcome,
      current: evidence.currentValue,
      baseline: evidence.baselineValue,
      delta: evidence.ratio ? null : evidence.worsening * (higherIsBetter(ref) ? -1 : 1),
      interval: evidence.interval,
      n: evidence.n,
      method: evidence.method + (correction ? `, ${correction} across ${gated.length} slices` : ""),
      pvalue: pFail,
      mde: detectableWorsening(evidence, { alpha, tests }),
      confidence: rule.confidence,
      explanation: explain({
        ref,
        rule,
        slice: target.slice,
        evidence,
        status,
        correction: correction ? { method: correction, tests: gated.length } : null
      }) + judgeFailureNote(ref, ctx.aggregate)
    };
    if (!sequential) return fixed;
    const note = sequential.sequential;
    return {
      ...fixed,
      method: `${evidence.method}; ${SEQUENTIAL_METHOD}, look ${note.look}${tests > 1 ? `, fail test at \u03B1/${tests}` : ""}`,
      sequential: note,
      explanation: sequential.explanation ? `${describeTarget(rule.metric, target.slice)} (${boundText(rule)}): ${sequential.explanation}` : `${fixed.explanation} Decided at look ${note.look} after ${note.cases} cases by a group-sequential boundary.`
    };
  });
}
function judgeFailureNote(ref, aggregate) {
  const failed = ref.kind === "scorer" ? aggregate.scorer_errors?.[ref.scorer] ?? 0 : 0;
  if (!failed || ref.kind !== "scorer") return "";
  const graded = aggregate.records - aggregate.errors;
  return ` ${failed} of ${graded} judge call${graded === 1 ? "" : "s"} of "${ref.scorer}" failed and are left out, so n counts only the graded cases.`;
}
function absoluteOutcome(base, ref, rule, slice, metric, perCase) {
  const value = metric?.value ?? null;
  const common = {
    ...base,
    slice,
    current: value,
    baseline: null,
    delta: null,
    interval: metric?.interval ?? null,
    n: metric?.n ?? 0,
    bound: boundText(rule),
    method: metric?.method ?? "point estimate",
    pvalue: null
  };
  if (value === null) {
    return {
      ...common,
      status: "inconclusive",
      outcome: rule.on_inconclusive,
      explanation: `${describeTarget(rule.metric, slice)}: no data to check ${boundText(rule)} against.`
    };
  }
  if (rule.per_slice && (metric?.n ?? 0) < rule.min_n) {
    return {
      ...common,
      status: "not_gated",
      outcome: "info",
      explanation: `${describeTarget(rule.metric, slice)}: not gated (n=${metric?.n ?? 0} < ${rule.min_n}).`
    };
  }
  const ok = rule.min !== void 0 ? value >= rule.min : value <= rule.max;
  const upper = metric?.interval?.[1];
  if (ok && ref.kind === "critical" && ref.stat === "failure_rate" && upper !== void 0 && upper > rule.max) {
    const cases = Math.ceil(Math.log(0.025) / Math.log(1 - rule.max));
    return {
      ...common,
      status: "inconclusive",
      outcome: rule.on_inconclusive,
      explanation: `${describeTarget(rule.metric, slice)} is ${formatValue(ref, value)}, but its 95% upper bound ${formatValue(ref, upper)} (Clopper-Pearson, n=${metric?.n ?? 0}) is above the maximum ${formatValue(ref, rule.max)}; showing it under takes at least ${cases} cases without a critical failure.`
    };
  }
  return {
    ...common,
    status: ok ? "pass" : "fail",
    outcome: ok ? "pass" : "fail",
    explanation: explain({
      ref,
      rule,
      slice,
      absolute: { value, n: metric?.n ?? 0, interval: metric?.interval ?? null, perCase },
      status: ok ? "pass" : "fail",
      correction: null
    })
  };
}
function sliceTargets(ctx) {
  const inSlice = (name, value) => (r) => (r.tags[name] ?? "(none)") === value;
  return ctx.aggregate.slices.map((s) => ({
    slice: { name: s.slice, value: s.value },
    metrics: s.metrics,
    pairs: ctx.pairing.pairs.filter((p) => inSlice(s.slice, s.value)(p.current)),
    current: ctx.records.filter(inSlice(s.slice, s.value)),
    baseline: ctx.pairing.baselineRecords.filter(inSlice(s.slice, s.value))
  }));
}
var metricOf = (metrics, name) => metrics.find((m) => m.metric === name);
function boundText(rule) {
  if (rule.min !== void 0) return `min ${rule.min}`;
  if (rule.max !== void 0) return `max ${rule.max}`;
  if (rule.max_drop) return `max drop ${rule.max_drop.text}`;
  return `max increase ${rule.max_increase.text}`;
}
function describeTarget(metric, slice) {
  return slice ? `${metric} [${slice.name}=${slice.value}]` : metric;
}

// src/gate/pairing.ts
function atBaselineSeverity(records, pairings) {
  const held = new Map(pairings.flatMap((p) => p.demoted.map((d) => [`${p.suite}\0${d.id}`, d.baseline])));
  if (!held.size) return [...records];
  return records.map((r) => {
    const severity = held.get(`${r.suite}\0${r.id}`);
    return severity ? { ...r, severity } : r;
  });
}
var RANK = { low: 0, normal: 1, high: 2, critical: 3 };
function pairSuite(suite, records, baseline, dataset) {
  const base = baseline?.manifest.suites.find((s) => s.id === suite.id);
  const empty = {
    suite: suite.id,
    hasBaseline: false,
    pairs: [],
    baselineRecords: [],
    added: 0,
    removed: 0,
    changed: 0,
    demoted: [],
    changedScorers: /* @__PURE__ */ new Set(),
    newRules: /* @__PURE__ */ new Set(),
    removedRules: 0,
    notes: [],
    settingsChanged: [],
    datasetChanges: { added: [], removed: [], edited: [] }
  };
  if (!baseline || !base) return empty;
  const gatedAlike = (a, b) => a.fingerprint === b.fingerprint && a.severity === b.severity;
  const firstRepeats = /* @__PURE__ */ new Map();
  const laterRepeats = /* @__PURE__ */ new Map();
  const lastById = /* @__PURE__ */ new Map();
  const baselineRecords = [];
  for (const r of baseline.cases) {
    if (r.suite !== suite.id) continue;
    baselineRecords.push(r);
    if (r.repeat === 0) firstRepeats.set(r.id, r);
    else laterRepeats.set(`${r.id}\0${r.repeat}`, r);
    lastById.set(r.id, r);
  }
  const pairs = [];
  const currentById = /* @__PURE__ */ new Map();
  for (const r of records) {
    currentById.set(r.id, r);
    const b = r.repeat === 0 ? firstRepeats.get(r.id) : laterRepeats.get(`${r.id}\0${r.repeat}`);
    if (b && gatedAlike(b, r)) pairs.push({ current: r, baseline: b });
  }
  const currentSeverity = dataset ?? severities(currentById);
  let added = 0;
  let changed = 0;
  currentById.forEach((r, id) => {
    const before = lastById.get(id);
    if (before === void 0) added++;
    else if (!gatedAlike(before, r)) changed++;
  });
  const stillThere = dataset ?? currentById;
  let removed = 0;
  lastById.forEach((_, id) => {
    if (!stillThere.has(id)) removed++;
  });
  const demoted = demotions(lastById, currentSeverity, dataset !== void 0);
  const changedScorers = new Set(
    Object.entries(suite.scorer_hashes).filter(([id, hash]) => base.scorer_hashes[id] !== void 0 && base.scorer_hashes[id] !== hash).map(([id]) => id)
  );
  const newRules = new Set(suite.rule_hashes.filter((h) => !base.rule_hashes.includes(h)));
  const removedRules = base.rule_hashes.filter((h) => !suite.rule_hashes.includes(h)).length;
  const notes = [];
  if (changed)
    notes.push(
      `${changed} case${changed === 1 ? "" : "s"} changed content or severity since the baseline and ${changed === 1 ? "is" : "are"} left out of the comparison`
    );
  if (added) notes.push(`${added} case${added === 1 ? "" : "s"} added since the baseline`);
  let promoted = 0;
  currentSeverity.forEach((now, id) => {
    const before = lastById.get(id);
    if (before && RANK[now] > RANK[before.severity]) promoted++;
  });
  if (promoted)
    notes.push(
      `${promoted} case${promoted === 1 ? "" : "s"} had ${promoted === 1 ? "its" : "their"} severity raised since the baseline`
    );
  if (removed) notes.push(`${removed} baseline case${removed === 1 ? "" : "s"} removed from the dataset`);
  if (base.dataset_hash !== suite.dataset_hash)
    notes.push("the dataset changed since the baseline; only unchanged cases are compared");
  if (base.prompt_hash !== suite.prompt_hash)
    notes.push("the prompt changed since the baseline (compared case by case)");
  const settingsChanged = settingChanges(base, suite);
  for (const id of changedScorers)
    notes.push(`scorer "${id}" changed since the baseline; its metrics are not comparable`);
  return {
    suite: suite.id,
    hasBaseline: true,
    pairs,
    baselineRecords,
    added,
    removed,
    changed,
    demoted,
    changedScorers,
    newRules,
    removedRules,
    notes,
    settingsChanged,
    datasetChanges: datasetChanges(base, suite, baselineRecords, records, dataset)
  };
}
function severities(records) {
  const out = /* @__PURE__ */ new Map();
  records.forEach((r, id) => out.set(id, r.severity));
  return out;
}
function demotions(baseline, current, wholeDataset) {
  const out = [];
  baseline.forEach(({ severity: before }, id) => {
    const now = current.get(id);
    if (now === void 0 ? wholeDataset && before === "critical" : RANK[now] < RANK[before])
      out.push({ id, baseline: before, current: now ?? null });
  });
  return out;
}
function settingChanges(base, current) {
  const out = base.model !== current.model ? [`model ${base.model} \u2192 ${current.model}`] : [];
  if (!base.settings || !current.settings) return out;
  const shown = (v) => v === null ? "default" : String(v);
  for (const key of ["temperature", "max_tokens", "seed"])
    if (base.settings[key] !== current.settings[key])
      out.push(`${key} ${shown(base.settings[key])} \u2192 ${shown(current.settings[key])}`);
  if (base.settings.system_prompt_hash !== current.settings.system_prompt_hash)
    out.push(
      current.settings.system_prompt_hash === null ? "system prompt removed" : base.settings.system_prompt_hash === null ? "system prompt added" : "system prompt changed"
    );
  return out;
}

// src/pipeline/finalize.ts
function finalizeRun(input) {
  const suites = input.manifest.suites.map((m) => {
    const config = input.loaded.suites.find((s) => s.id === m.id);
    if (!config) throw new Error(`suite ${m.id} is not in the config`);
    const scorers = [...config.scorers, ...(config.case_scorers ?? []).map((id) => ({ id, critical: true }))];
    return { manifest: m, config, scorers, records: input.records.filter((r) => r.suite === m.id) };
  });
  const pairings = suites.map(
    (s) => pairSuite(s.manifest, s.records, input.baseline, input.datasetIds?.get(s.config.id))
  );
  const gated = input.baseBranch ? input.records : atBaselineSeverity(input.records, pairings);
  const aggregates = suites.map(
    (s) => aggregateSuite(
      {
        suite: s.config.id,
        scorers: s.scorers,
        slices: s.config.slices,
        criticalRates: s.config.rules.some((r) => r.ref.kind === "critical"),
        calibration: s.manifest.calibration
      },
      gated.filter((r) => r.suite === s.config.id)
    )
  );
  const decision = decide({
    suites: suites.map((s) => ({
      suite: s.config.id,
      rules: s.config.rules,
      ruleHashes: s.manifest.rule_hashes,
      scorers: s.scorers
    })),
    records: gated,
    aggregates,
    baselineAggregates: input.baseline?.aggregates,
    pairings,
    baselineInfo: input.baselineInfo,
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete: input.incomplete,
    sequential: input.sequential
  });
  if (input.adaptive?.length) decision.adaptive = input.adaptive;
  for (const s of suites) {
    const note = missingPriceNote(s.manifest, s.records);
    if (note) decision.comparisons[s.config.id]?.notes.push(note);
    decision.comparisons[s.config.id]?.notes.push(
      ...agreementNotes(s.config, s.manifest, aggregates.find((a) => a.suite === s.config.id)?.metrics ?? [])
    );
  }
  return {
    schema: RUN_SCHEMA,
    manifest: input.manifest,
    cases: input.records,
    aggregates,
    decision,
    ...input.incomplete ? { incomplete: input.incomplete } : {}
  };
}

export {
  aggregateSuite,
  finalizeRun
};
