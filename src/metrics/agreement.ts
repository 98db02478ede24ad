// Chance-corrected inter-rater agreement: Cohen's kappa (two raters, as sklearn
// cohen_kappa_score), Krippendorff's alpha (any raters, missing data; Krippendorff 2011,
// "Computing Krippendorff's Alpha-Reliability", as the `krippendorff` Python package)
// and Fleiss' kappa (a fixed number of raters per unit; Fleiss 1971, as statsmodels).
// All three are 1 − observed/expected disagreement and return `undefined` when the
// expected disagreement is 0, i.e. when the data hold a single category (where the
// references return NaN or raise): agreement beyond chance is then 0/0.

import { checkPaired, confusionMatrix, sortedUniqueLabels } from './classification.js';
import type { Label } from './classification.js';

export type KappaWeights = 'none' | 'linear' | 'quadratic';

export interface CohenKappaOptions {
  /**
   * Disagreement weight of categories i, j by their position in `labels`:
   * none = [i ≠ j], linear = |i − j|, quadratic = (i − j)². Default none.
   */
  weights?: KappaWeights;
  /** Categories in order (sklearn `labels`); default the sorted union of both raters. */
  labels?: readonly Label[];
}

/**
 * Cohen's kappa of two raters (sklearn `cohen_kappa_score`):
 * κ = 1 − Σ w_ij O_ij / Σ w_ij E_ij, with O the confusion matrix and E the outer product
 * of its margins over n. Throws RangeError on empty or unequal-length input.
 */
export function cohenKappa(
  a: readonly Label[],
  b: readonly Label[],
  options: CohenKappaOptions = {},
): number | undefined {
  checkPaired(a, b, 'cohenKappa');
  const weights = options.weights ?? 'none';
  const labels = options.labels === undefined ? sortedUniqueLabels(a, b) : [...options.labels];
  const observed = confusionMatrix(a, b, labels);
  const k = labels.length;
  const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = labels.map((_, j) => observed.reduce((s, row) => s + (row[j] ?? 0), 0));
  const n = rowSums.reduce((s, v) => s + v, 0);
  const weight = (i: number, j: number): number => {
    if (weights === 'linear') return Math.abs(i - j);
    if (weights === 'quadratic') return (i - j) ** 2;
    if (weights === 'none') return i === j ? 0 : 1;
    throw new RangeError(`cohenKappa: unknown weights ${String(weights)}`);
  };
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(i, j);
      observedDisagreement += w * (observed[i]?.[j] ?? 0);
      expectedDisagreement += (w * (rowSums[i] ?? 0) * (colSums[j] ?? 0)) / n;
    }
  }
  return expectedDisagreement === 0 ? undefined : 1 - observedDisagreement / expectedDisagreement;
}

export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface KrippendorffOptions {
  level?: MeasurementLevel;
  /**
   * Ordered value domain, needed for ordinal string values (the package's
   * `value_domain`). Default: the sorted distinct values present.
   */
  valueDomain?: readonly Label[];
}

/** A rating, or null/undefined/NaN for "this rater did not rate this unit". */
export type Rating = Label | null | undefined;

function isMissing(v: Rating): v is null | undefined {
  return v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));
}

/**
 * Squared difference function δ²(c, k) of Krippendorff 2011 for values of the domain,
 * by index; `n` is the pairable frequency n_v of each value (used by ordinal).
 */
function distances(level: MeasurementLevel, domain: readonly Label[], n: readonly number[]): number[][] {
  const num = (v: Label | undefined): number => {
    if (typeof v !== 'number') {
      throw new TypeError(`krippendorffAlpha: ${level} data must be numbers, got ${String(v)}`);
    }
    return v;
  };
  return domain.map((c, i) =>
    domain.map((k, j) => {
      if (level === 'nominal') return i === j ? 0 : 1;
      if (level === 'ordinal') {
        // (Σ_{g=c..k} n_g − (n_c + n_k)/2)², with ranks taken from the domain order.
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        let between = 0;
        for (let g = lo; g <= hi; g++) between += n[g] ?? 0;
        return (between - ((n[i] ?? 0) + (n[j] ?? 0)) / 2) ** 2;
      }
      const x = num(c);
      const y = num(k);
      if (level === 'interval') return (x - y) ** 2;
      if (level === 'ratio') return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      throw new RangeError(`krippendorffAlpha: unknown level ${String(level)}`);
    }),
  );
}

/**
 * Krippendorff's alpha, α = 1 − D_o / D_e, for `data[rater][unit]` with missing ratings
 * as null. Built from the coincidence matrix o_ck = Σ_u Σ_{i≠j} [c,k pair in u]/(m_u − 1)
 * over units rated by m_u ≥ 2 raters (units with fewer, including all-missing ones, are
 * not pairable and drop out), expected coincidences e_ck = n_c(n_k − [c=k])/(n − 1),
 * and D = Σ δ²·o (resp. e). Returns `undefined` when no unit is pairable or when D_e
 * is 0 (one value only). Throws RangeError when raters rate different numbers of units
 * or there are no raters or units; TypeError for non-numeric interval/ratio data or
 * a value outside `valueDomain`.
 */
export function krippendorffAlpha(
  data: readonly (readonly Rating[])[],
  options: KrippendorffOptions = {},
): number | undefined {
  const level = options.level ?? 'interval';
  const units = data[0]?.length ?? 0;
  if (data.length === 0 || units === 0) throw new RangeError('krippendorffAlpha: empty input');
  data.forEach((row, r) => {
    if (row.length !== units) {
      throw new RangeError(`krippendorffAlpha: rater ${r} has ${row.length} units, rater 0 has ${units}`);
    }
  });

  const present = data.flatMap((row) => row.filter((v): v is Label => !isMissing(v)));
  const numeric = present.every((v) => typeof v === 'number');
  if (level === 'ordinal' && options.valueDomain === undefined && !numeric) {
    throw new TypeError('krippendorffAlpha: ordinal string values need an ordered valueDomain');
  }
  const domain = options.valueDomain === undefined ? sortedUniqueLabels(present) : [...options.valueDomain];
  const index = new Map(domain.map((v, i) => [v, i] as const));
  const v = domain.length;

  const o = domain.map(() => new Array<number>(v).fill(0));
  for (let u = 0; u < units; u++) {
    const counts = new Array<number>(v).fill(0);
    let m = 0;
    for (const row of data) {
      const value = row[u];
      if (isMissing(value)) continue;
      const c = index.get(value);
      if (c === undefined) throw new TypeError(`krippendorffAlpha: ${String(value)} is not in valueDomain`);
      counts[c] = (counts[c] ?? 0) + 1;
      m += 1;
    }
    if (m < 2) continue;
    counts.forEach((nc, c) => {
      if (nc === 0) return;
      const oRow = o[c] as number[];
      counts.forEach((nk, k) => {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        oRow[k] = (oRow[k] ?? 0) + pairs / (m - 1);
      });
    });
  }

  const nv = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nv.reduce((s, x) => s + x, 0);
  if (n === 0) return undefined;
  const d = distances(level, domain, nv);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const delta = d[c]?.[k] ?? 0;
      const nc = nv[c] ?? 0;
      const nk = nv[k] ?? 0;
      observed += delta * (o[c]?.[k] ?? 0);
      expected += (delta * (nc * nk - (c === k ? nc : 0))) / (n - 1);
    }
  }
  return expected === 0 ? undefined : 1 - observed / expected;
}

export type FleissMethod = 'fleiss' | 'randolph';

export interface FleissKappaOptions {
  /** `fleiss`: chance agreement from the category margins; `randolph`: 1/categories (free-marginal). */
  method?: FleissMethod;
}

/**
 * Fleiss' kappa (statsmodels `fleiss_kappa`) from `table[unit][category]` = how many
 * raters put the unit in the category; every unit must have the same number (≥ 2) of
 * ratings. κ = (P̄ − P̄ₑ)/(1 − P̄ₑ) with P̄ the mean per-unit agreement
 * (Σ_j n_ij² − r)/(r(r − 1)) and P̄ₑ = Σ_j p_j² (Fleiss 1971) or 1/k (Randolph 2005).
 * `undefined` when P̄ₑ = 1. Throws RangeError on an empty table, ragged rows,
 * negative or fractional counts, or unequal rater counts.
 */
export function fleissKappa(
  table: readonly (readonly number[])[],
  options: FleissKappaOptions = {},
): number | undefined {
  const method = options.method ?? 'fleiss';
  if (method !== 'fleiss' && method !== 'randolph') {
    throw new RangeError(`fleissKappa: unknown method ${String(method)}`);
  }
  const categories = table[0]?.length ?? 0;
  if (table.length === 0 || categories === 0) throw new RangeError('fleissKappa: empty table');
  const raters = table[0]?.reduce((s, x) => s + x, 0) ?? 0;
  if (raters < 2) throw new RangeError('fleissKappa: each unit needs at least two ratings');
  table.forEach((row, u) => {
    const where = `fleissKappa: row ${u}`;
    if (row.length !== categories) throw new RangeError(`${where} has ${row.length} categories, row 0 ${categories}`);
    if (row.some((x) => !Number.isInteger(x) || x < 0)) throw new RangeError(`${where} has a non-count entry`);
    const r = row.reduce((s, x) => s + x, 0);
    if (r !== raters) throw new RangeError(`${where} has ${r} ratings, row 0 ${raters}`);
  });

  const unitAgreement = (row: readonly number[]): number =>
    (row.reduce((s, x) => s + x * x, 0) - raters) / (raters * (raters - 1));
  const agreement = table.reduce((s, row) => s + unitAgreement(row), 0) / table.length;
  let chance = 1 / categories;
  if (method === 'fleiss') {
    const total = table.length * raters;
    chance = 0;
    for (let j = 0; j < categories; j++) {
      const pj = table.reduce((s, row) => s + (row[j] ?? 0), 0) / total;
      chance += pj * pj;
    }
  }
  return chance === 1 ? undefined : (agreement - chance) / (1 - chance);
}
