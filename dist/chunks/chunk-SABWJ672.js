import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  BUNDLED_SCALE,
  canUseBundledSet,
  judgeScale
} from "./chunk-R6UKLIAN.js";
import {
  cohenKappa,
  krippendorffAlpha,
  quantile,
  spearman
} from "./chunk-WRP7FQOV.js";
import {
  createRandom
} from "./chunk-SI22RAST.js";

// src/scorers/llm-judge-agreement.ts
function judgeAgreement(pairs, scale, options = {}) {
  const resamples = options.resamples ?? 2e3;
  const confidence = options.confidence ?? 0.95;
  const seed = options.seed ?? 1;
  const points = Array.from({ length: scale.high - scale.low + 1 }, (_, i) => scale.low + i);
  const round = (r) => Math.min(scale.high, Math.max(scale.low, Math.round(r)));
  const level = scale.passFail ? "nominal" : "ordinal";
  const stats = (sample) => {
    const human = sample.map((p) => p.human);
    const judge = sample.map((p) => p.judge);
    const rounded = judge.map(round);
    return {
      rho: sample.length >= 2 ? spearman(human, judge) : { r: void 0, pvalue: void 0 },
      kappa: sample.length ? cohenKappa(human, rounded, { weights: scale.passFail ? "none" : "quadratic", labels: points }) : void 0,
      alpha: sample.length ? krippendorffAlpha([human, rounded], { level, valueDomain: points }) : void 0
    };
  };
  const point = stats(pairs);
  const draws = { rho: [], kappa: [], alpha: [] };
  if (pairs.length >= 3) {
    const random = createRandom(seed);
    const sample = new Array(pairs.length);
    for (let b = 0; b < resamples; b++) {
      for (let i = 0; i < pairs.length; i++) sample[i] = pairs[Math.floor(random() * pairs.length)];
      const s = stats(sample);
      if (s.rho.r !== void 0) draws.rho.push(s.rho.r);
      if (s.kappa !== void 0) draws.kappa.push(s.kappa);
      if (s.alpha !== void 0) draws.alpha.push(s.alpha);
    }
  }
  const tail = (1 - confidence) / 2;
  const interval = (values) => values.length >= 0.9 * resamples && values.length > 0 ? quantile(values, [tail, 1 - tail]) : null;
  const n = pairs.length;
  return {
    n,
    spearman: { value: point.rho.r, pvalue: point.rho.pvalue, interval: interval(draws.rho) },
    kappa: { value: point.kappa, interval: interval(draws.kappa) },
    alpha: { value: point.alpha, interval: interval(draws.alpha) },
    exact: n ? pairs.filter((p) => round(p.judge) === p.human).length / n : 0,
    bias: n ? pairs.reduce((s, p) => s + p.judge - p.human, 0) / n : 0,
    signature: `kappa:${scale.passFail ? "unweighted" : "quadratic"}|alpha:${level}|ci:percentile-bootstrap|resamples:${resamples}|conf:${confidence}|seed:${seed}`
  };
}
function judgeAgreementMetrics(scorers, records, bundled = {}) {
  return scorers.flatMap((s) => {
    if (s.type !== "llm-judge" || !s.scale) return [];
    if (records.some((r) => r.scores[s.id]?.calibration))
      return [judgeAgreementMetric(s.id, judgeScale(s.scale), records)];
    const set = bundled[s.id];
    return set ? [agreementMetric(s.id, set.pairs, BUNDLED_SCALE, `${BUNDLED_TAG}${set.set}`)] : [];
  });
}
var BUNDLED_TAG = "|set:bundled-";
function agreementMetric(scorerId, pairs, scale, methodSuffix = "") {
  const result = judgeAgreement(pairs, scale);
  return {
    metric: `judge.${scorerId}.agreement`,
    kind: "mean",
    value: result.alpha.value ?? null,
    n: result.n,
    interval: result.alpha.interval,
    method: `krippendorff-alpha|${result.signature}${methodSuffix}`
  };
}
function judgeAgreementMetric(scorerId, scale, records) {
  return agreementMetric(
    scorerId,
    records.flatMap((r) => r.error ? [] : r.scores[scorerId]?.calibration ?? []),
    scale
  );
}
function agreementNotes(suite, manifest, metrics) {
  const metricOf = (scorer) => metrics.find((m) => m.metric === `judge.${scorer}.agreement`);
  const notes = Object.entries(manifest.calibration ?? {}).filter(([scorer]) => metricOf(scorer)?.method?.includes(BUNDLED_TAG)).map(
    ([scorer, set]) => `judge.${scorer}.agreement is measured on the bundled "${set.set}" calibration set (${set.pairs.length} constructed cases${set.skipped ? `, ${set.skipped} not judged` : ""}; labelled by construction, not by your raters): add \`human:\` labels to the dataset to measure it on your cases (docs/metrics.md, "Preset judges")`
  );
  for (const rule of suite.rules) {
    if (rule.ref.kind !== "judge_agreement") continue;
    const judge = rule.ref.scorer;
    const config = suite.scorers.find((c) => c.id === judge);
    if (config?.type === "llm-judge" && config.preset && !canUseBundledSet(config) && !metricOf(judge))
      notes.push(
        `judge.${judge}.agreement has no human labels to be measured on, and the bundled "${config.preset}" calibration set is labelled pass/fail: give "${judge}" a threshold (ratings at or above it pass) or scale: pass-fail, or add \`human:\` labels to the dataset (docs/metrics.md, "Preset judges")`
      );
  }
  return notes;
}

export {
  judgeAgreement,
  judgeAgreementMetrics,
  agreementNotes
};
