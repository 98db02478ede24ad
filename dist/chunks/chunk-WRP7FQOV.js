import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  bisect,
  checkConfidence,
  checkCount,
  checkCountOutOf,
  checkFiniteSample,
  checkOneOf,
  checkProbability,
  checkSameLength,
  normalizeAlternative
} from "./chunk-UX52SBGX.js";
import {
  Mulberry32,
  RANDOM_ALGORITHM,
  createRandom
} from "./chunk-SI22RAST.js";
import {
  checkFinite,
  checkPaired,
  confusionMatrix,
  sortedUniqueLabels
} from "./chunk-PNW7NQUB.js";
import {
  betaPpf,
  binomialCdf,
  binomialPmf,
  chi2Sf1,
  normalCdf,
  normalIsf,
  normalSf,
  tPpf,
  tSf
} from "./chunk-RA6RAVDJ.js";

// src/stats/signature.ts
function formatSignature(name, settings) {
  const parts = Object.entries(settings).map(([key, value]) => `${key}:${String(value)}`);
  return [name, ...parts].join("|");
}
function makeInterval(lo, hi, signature) {
  const pair = [lo, hi];
  Object.defineProperty(pair, "signature", { value: signature, enumerable: false });
  return pair;
}

// src/stats/proportions.ts
function proportionInterval(count, n, options = {}) {
  checkCountOutOf(count, n, "count", "n");
  const method = checkOneOf(options.method ?? "wilson", ["wilson", "clopper-pearson"], "method");
  const confidence = checkConfidence(options.confidence);
  if (n === 0) return void 0;
  const signature = formatSignature(method, { conf: confidence });
  const alpha = 1 - confidence;
  if (method === "clopper-pearson") {
    const lo2 = count === 0 ? 0 : betaPpf(alpha / 2, count, n - count + 1);
    const hi2 = count === n ? 1 : betaPpf(1 - alpha / 2, count + 1, n - count);
    return makeInterval(lo2, hi2, signature);
  }
  const [lo, hi] = wilsonBounds(count, n, alpha);
  return makeInterval(lo, hi, signature);
}
function wilsonBounds(count, n, alpha) {
  const p = count / n;
  const crit = normalIsf(alpha / 2);
  const crit2 = crit * crit;
  const denom = 1 + crit2 / n;
  const center = (p + crit2 / (2 * n)) / denom;
  const dist = crit * Math.sqrt(p * (1 - p) / n + crit2 / (4 * n * n)) / denom;
  return [Math.max(0, center - dist), Math.min(1, center + dist)];
}
function twoProportionZTest(c1, n1, c2, n2, options = {}) {
  checkCountOutOf(c1, n1, "c1", "n1");
  checkCountOutOf(c2, n2, "c2", "n2");
  const side = normalizeAlternative(options.alternative);
  const signature = formatSignature("two-proportion-z", { pooled: true, alt: side });
  if (n1 === 0 || n2 === 0) return { z: void 0, pvalue: void 0, signature };
  const diff = c1 / n1 - c2 / n2;
  const pooled = (c1 + c2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return { z: void 0, pvalue: void 0, signature };
  const z = diff / se;
  return { z, pvalue: zPValue(z, side), signature };
}
function zPValue(z, side) {
  if (side === "greater") return normalSf(z);
  if (side === "less") return normalCdf(z);
  return Math.min(1, 2 * normalSf(Math.abs(z)));
}
function proportionDiffInterval(c1, n1, c2, n2, options = {}) {
  checkCountOutOf(c1, n1, "c1", "n1");
  checkCountOutOf(c2, n2, "c2", "n2");
  const method = checkOneOf(options.method ?? "newcombe", ["newcombe", "wald", "agresti-caffo"], "method");
  const confidence = checkConfidence(options.confidence);
  if (n1 === 0 || n2 === 0) return void 0;
  const signature = formatSignature(`diff-${method}`, { conf: confidence });
  const alpha = 1 - confidence;
  const p1 = c1 / n1;
  const p2 = c2 / n2;
  if (method === "newcombe") {
    const [lo1, hi1] = wilsonBounds(c1, n1, alpha);
    const [lo2, hi2] = wilsonBounds(c2, n2, alpha);
    const diff = p1 - p2;
    const dLow = Math.sqrt((p1 - lo1) ** 2 + (hi2 - p2) ** 2);
    const dUpp = Math.sqrt((p2 - lo2) ** 2 + (hi1 - p1) ** 2);
    return makeInterval(diff - dLow, diff + dUpp, signature);
  }
  const add = method === "agresti-caffo" ? 1 : 0;
  const q1 = (c1 + add) / (n1 + 2 * add);
  const q2 = (c2 + add) / (n2 + 2 * add);
  const se = Math.sqrt(q1 * (1 - q1) / (n1 + 2 * add) + q2 * (1 - q2) / (n2 + 2 * add));
  const half = normalIsf(alpha / 2) * se;
  return makeInterval(q1 - q2 - half, q1 - q2 + half, signature);
}

// src/stats/fisher.ts
var RELATIVE_TOLERANCE = 1 + 1e-7;
function fisherExact(table, options = {}) {
  const [[a, b], [c, d]] = table;
  [a, b, c, d].forEach((v, i) => checkCount(v, `table cell ${i}`));
  const side = normalizeAlternative(options.alternative);
  const signature = formatSignature("fisher-exact", { alt: side });
  if (a + b === 0 || c + d === 0 || a + c === 0 || b + d === 0) {
    return { oddsRatio: void 0, pvalue: 1, signature };
  }
  const oddsRatio = c > 0 && b > 0 ? a * d / (c * b) : Infinity;
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(col1, row1);
  const weights = hypergeometricWeights(lo, hi, row1, row2, col1);
  let total = 0;
  for (const w of weights) total += w;
  const observed = weights[a - lo];
  let tail = 0;
  for (let x = lo; x <= hi; x++) {
    const w = weights[x - lo];
    const include = side === "less" ? x <= a : side === "greater" ? x >= a : w <= observed * RELATIVE_TOLERANCE;
    if (include) tail += w;
  }
  return { oddsRatio, pvalue: Math.min(1, tail / total), signature };
}
function hypergeometricWeights(lo, hi, good, bad, draws) {
  const weights = new Float64Array(hi - lo + 1);
  const mode = Math.min(hi, Math.max(lo, Math.floor((draws + 1) * (good + 1) / (good + bad + 2))));
  weights[mode - lo] = 1;
  for (let x = mode; x < hi; x++) {
    const ratio = (good - x) * (draws - x) / ((x + 1) * (bad - draws + x + 1));
    weights[x + 1 - lo] = weights[x - lo] * ratio;
  }
  for (let x = mode; x > lo; x--) {
    const ratio = x * (bad - draws + x) / ((good - x + 1) * (draws - x + 1));
    weights[x - 1 - lo] = weights[x - lo] * ratio;
  }
  return weights;
}

// src/stats/paired-proportions.ts
function pairedProportionDiffInterval(n11, n10, n01, n00, options = {}) {
  checkCount(n11, "n11");
  checkCount(n10, "n10");
  checkCount(n01, "n01");
  checkCount(n00, "n00");
  const method = checkOneOf(options.method ?? "newcombe", ["newcombe", "tango"], "method");
  const confidence = checkConfidence(options.confidence);
  const n = n11 + n10 + n01 + n00;
  if (n === 0) return void 0;
  const signature = formatSignature(`paired-diff-${method}`, { conf: confidence });
  const alpha = 1 - confidence;
  const [lo, hi] = method === "newcombe" ? newcombeBounds(n11, n10, n01, n00, alpha) : tangoBounds(n10, n01, n, alpha);
  return makeInterval(lo, hi, signature);
}
function newcombeBounds(n11, n10, n01, n00, alpha) {
  const n = n11 + n10 + n01 + n00;
  const row1 = n11 + n10;
  const row2 = n01 + n00;
  const col1 = n11 + n01;
  const col2 = n10 + n00;
  const p1 = row1 / n;
  const p2 = col1 / n;
  const [l1, u1] = wilsonBounds(row1, n, alpha);
  const [l2, u2] = wilsonBounds(col1, n, alpha);
  let phi = 0;
  if (row1 > 0 && row2 > 0 && col1 > 0 && col2 > 0) {
    const a = n11 * n00 - n10 * n01;
    const numerator = a > n / 2 ? a - n / 2 : a >= 0 ? 0 : a;
    phi = numerator / Math.sqrt(row1 * row2 * col1 * col2);
  }
  const d = p1 - p2;
  const lower = d - Math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2));
  const upper = d + Math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1));
  return [lower, upper];
}
function tangoBounds(b, c, n, alpha) {
  const z = normalIsf(alpha / 2);
  const score = (delta) => {
    const numerator = b - c - n * delta;
    const qa = 2 * n;
    const qb = -b - c + (2 * n - b + c) * delta;
    const qc = -c * delta * (1 - delta);
    const p01 = (Math.sqrt(qb * qb - 4 * qa * qc) - qb) / (2 * qa);
    const variance = n * (2 * p01 + delta * (1 - delta));
    if (variance <= 0) return numerator === 0 ? 0 : numerator > 0 ? Infinity : -Infinity;
    return numerator / Math.sqrt(variance);
  };
  const estimate = (b - c) / n;
  const lower = estimate === -1 ? -1 : bisect((d) => score(d) - z, -1, estimate) ?? -1;
  const upper = estimate === 1 ? 1 : bisect((d) => score(d) + z, estimate, 1) ?? 1;
  return [lower, upper];
}

// src/stats/mcnemar.ts
function mcnemar(b, c, options = {}) {
  checkCount(b, "b");
  checkCount(c, "c");
  const method = checkOneOf(options.method ?? "exact", ["exact", "mid-p", "chi2", "chi2-corrected"], "method");
  const signature = formatSignature("mcnemar", { method });
  const n = b + c;
  if (n === 0) return { statistic: 0, pvalue: 1, signature };
  if (method === "exact" || method === "mid-p") {
    const k = Math.min(b, c);
    const exact = 2 * binomialCdf(k, n, 0.5);
    const pvalue = method === "exact" ? exact : exact - binomialPmf(k, n, 0.5);
    return { statistic: k, pvalue: Math.min(1, pvalue), signature };
  }
  const correction = method === "chi2-corrected" ? 1 : 0;
  const statistic = (Math.abs(b - c) - correction) ** 2 / n;
  return { statistic, pvalue: chi2Sf1(statistic), signature };
}

// src/stats/t-tests.ts
function mean(values) {
  let sum2 = 0;
  for (let i = 0; i < values.length; i++) sum2 += values[i];
  return sum2 / values.length;
}
function sumSquares(values, m) {
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i] - m;
    ss += d * d;
  }
  return ss;
}
function finish(estimate, se, df, side, confidence, signature, nullDifference) {
  let statistic;
  let pvalue;
  const shift = estimate - nullDifference;
  if (se === 0) {
    statistic = shift === 0 ? void 0 : shift > 0 ? Infinity : -Infinity;
  } else {
    statistic = shift / se;
  }
  if (statistic !== void 0 && df !== void 0) {
    pvalue = side === "greater" ? tSf(statistic, df) : side === "less" ? tSf(-statistic, df) : Math.min(1, 2 * tSf(Math.abs(statistic), df));
  } else if (statistic !== void 0 && se === 0) {
    pvalue = side === "two-sided" ? 0 : side === "greater" === statistic > 0 ? 0 : 1;
  }
  let interval;
  if (se === 0) {
    interval = makeInterval(estimate, estimate, signature);
  } else if (df !== void 0) {
    if (side === "two-sided") {
      const half = tPpf(1 - (1 - confidence) / 2, df) * se;
      interval = makeInterval(estimate - half, estimate + half, signature);
    } else if (side === "greater") {
      interval = makeInterval(estimate - tPpf(confidence, df) * se, Infinity, signature);
    } else {
      interval = makeInterval(-Infinity, estimate + tPpf(confidence, df) * se, signature);
    }
  }
  return { statistic, df, pvalue, meanDiff: estimate, standardError: se, interval, signature };
}
function prepare(x, y, options) {
  checkFiniteSample(x, "x");
  checkFiniteSample(y, "y");
  const nullDifference = options.nullDifference ?? 0;
  if (!Number.isFinite(nullDifference)) throw new RangeError(`nullDifference must be finite, got ${nullDifference}`);
  return {
    side: normalizeAlternative(options.alternative),
    confidence: checkConfidence(options.confidence),
    nullDifference
  };
}
function signatureOf(name, side, confidence, nullDifference) {
  return formatSignature(name, {
    alt: side,
    conf: confidence,
    ...nullDifference !== 0 ? { null: nullDifference } : {}
  });
}
function undefinedResult(meanDiff, df, signature) {
  return {
    statistic: void 0,
    df,
    pvalue: void 0,
    meanDiff,
    standardError: void 0,
    interval: void 0,
    signature
  };
}
function pairedTTest(x, y, options = {}) {
  checkSameLength(x, y, "pairedTTest");
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf("paired-t", side, confidence, nullDifference);
  const n = x.length;
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = x[i] - y[i];
  if (n === 0) return undefinedResult(void 0, void 0, signature);
  const m = mean(d);
  if (n < 2) return undefinedResult(m, void 0, signature);
  const se = Math.sqrt(sumSquares(d, m) / (n - 1) / n);
  return finish(m, se, n - 1, side, confidence, signature, nullDifference);
}
function welchTTest(x, y, options = {}) {
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf("welch-t", side, confidence, nullDifference);
  const n1 = x.length;
  const n2 = y.length;
  const meanDiff = n1 > 0 && n2 > 0 ? mean(x) - mean(y) : void 0;
  if (meanDiff === void 0 || n1 < 2 || n2 < 2) return undefinedResult(meanDiff, void 0, signature);
  const vn1 = sumSquares(x, mean(x)) / (n1 - 1) / n1;
  const vn2 = sumSquares(y, mean(y)) / (n2 - 1) / n2;
  const denominator = vn1 * vn1 / (n1 - 1) + vn2 * vn2 / (n2 - 1);
  const df = denominator > 0 ? (vn1 + vn2) ** 2 / denominator : void 0;
  return finish(meanDiff, Math.sqrt(vn1 + vn2), df, side, confidence, signature, nullDifference);
}
function studentTTest(x, y, options = {}) {
  const { side, confidence, nullDifference } = prepare(x, y, options);
  const signature = signatureOf("student-t", side, confidence, nullDifference);
  const n1 = x.length;
  const n2 = y.length;
  const meanDiff = n1 > 0 && n2 > 0 ? mean(x) - mean(y) : void 0;
  const df = n1 + n2 - 2;
  if (meanDiff === void 0 || df < 1) return undefinedResult(meanDiff, void 0, signature);
  const pooled = (sumSquares(x, mean(x)) + sumSquares(y, mean(y))) / df;
  return finish(meanDiff, Math.sqrt(pooled * (1 / n1 + 1 / n2)), df, side, confidence, signature, nullDifference);
}

// src/stats/ranks.ts
function averageRanks(values) {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => values[i] - values[j]);
  const ranks = new Float64Array(n);
  const tieSizes = [];
  let start = 0;
  while (start < n) {
    let end = start + 1;
    const value = values[order[start]];
    while (end < n && values[order[end]] === value) end++;
    const rank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) ranks[order[k]] = rank;
    tieSizes.push(end - start);
    start = end;
  }
  return { ranks, tieSizes };
}
function tieTerm(tieSizes) {
  let sum2 = 0;
  for (const t of tieSizes) sum2 += t * t * t - t;
  return sum2;
}

// src/stats/wilcoxon.ts
function signedRankStatistic(d, zeroMethod) {
  const kept = zeroMethod === "wilcox" ? d.filter((v) => v !== 0) : d;
  const count = kept.length;
  const { ranks, tieSizes } = averageRanks(kept.map(Math.abs));
  let rPlus = 0;
  let rMinus = 0;
  let rZero = 0;
  let nZero = 0;
  for (let i = 0; i < count; i++) {
    const v = kept[i];
    const r = ranks[i];
    if (v > 0) rPlus += r;
    else if (v < 0) rMinus += r;
    else {
      rZero += r;
      nZero++;
    }
  }
  if (zeroMethod === "zsplit") {
    rPlus += rZero / 2;
    rMinus += rZero / 2;
  }
  let mean2 = count * (count + 1) / 4;
  let variance24 = count * (count + 1) * (2 * count + 1);
  let ties = tieSizes;
  if (zeroMethod === "pratt" && nZero > 0) {
    mean2 -= nZero * (nZero + 1) / 4;
    variance24 -= nZero * (nZero + 1) * (2 * nZero + 1);
    ties = tieSizes.slice(1);
  }
  const se = Math.sqrt((variance24 - tieTerm(ties) / 2) / 24);
  return { rPlus, rMinus, count, mean: mean2, se, hasTies: tieSizes.some((t) => t > 1) };
}
function signedRankLowerCdf(n, limit) {
  const pmf = new Float64Array(limit + 1);
  pmf[0] = 1;
  for (let i = 1; i <= n; i++) {
    for (let k = limit; k >= 0; k--) {
      pmf[k] = 0.5 * pmf[k] + (k >= i ? 0.5 * pmf[k - i] : 0);
    }
  }
  for (let k = 1; k <= limit; k++) pmf[k] = pmf[k] + pmf[k - 1];
  return pmf;
}
function exactPValue(rPlus, count, side) {
  const max = count * (count + 1) / 2;
  const mean2 = max / 2;
  const up = Math.ceil(rPlus);
  const down = Math.floor(rPlus);
  const limit = Math.min(Math.floor(mean2) + 1, Math.max(Math.min(up, max - up), Math.min(down, max - down)) + 1);
  const lower = signedRankLowerCdf(count, Math.max(0, limit));
  const below = (j) => j < 0 ? 0 : lower[j];
  const cdf = (k) => k <= mean2 ? below(k) : 1 - below(max - k - 1);
  const sf = (k) => k <= mean2 ? 1 - below(k - 1) : below(max - k);
  if (side === "less") return cdf(up);
  if (side === "greater") return sf(down);
  return Math.min(1, 2 * Math.min(sf(down), cdf(up)));
}
function permutationPValue(d, zeroMethod, observed, side) {
  const n = d.length;
  const total = 2 ** n;
  const flipped = new Float64Array(n);
  const gamma = Math.abs(observed) * 1e-14;
  let atMost = 0;
  let atLeast = 0;
  for (let mask = 0; mask < total; mask++) {
    for (let i = 0; i < n; i++) flipped[i] = mask & 1 << i ? -d[i] : d[i];
    const r = signedRankStatistic(flipped, zeroMethod).rPlus;
    if (r <= observed + gamma) atMost++;
    if (r >= observed - gamma) atLeast++;
  }
  const less = atMost / total;
  const greater = atLeast / total;
  if (side === "less") return less;
  if (side === "greater") return greater;
  return Math.min(1, 2 * Math.min(less, greater));
}
function wilcoxonSignedRank(x, y, options = {}) {
  if (y !== void 0) {
    checkSameLength(x, y, "wilcoxonSignedRank");
    checkFiniteSample(y, "y");
  }
  checkFiniteSample(x, "x");
  const requested = checkOneOf(options.method ?? "auto", ["auto", "exact", "approx", "asymptotic"], "method");
  const zeroMethod = checkOneOf(options.zeroMethod ?? "wilcox", ["wilcox", "pratt", "zsplit"], "zeroMethod");
  const correction = options.correction ?? false;
  const side = normalizeAlternative(options.alternative);
  const n = x.length;
  const d = new Float64Array(n);
  let nZero = 0;
  for (let i = 0; i < n; i++) {
    d[i] = x[i] - (y === void 0 ? 0 : y[i]);
    if (d[i] === 0) nZero++;
  }
  const stat = signedRankStatistic(d, zeroMethod);
  const untied = !stat.hasTies && nZero === 0;
  const method = requested === "exact" ? "exact" : requested !== "auto" || n > 50 ? "approx" : untied ? "exact" : n <= 13 ? "permutation" : "approx";
  const signature = formatSignature("wilcoxon", {
    method: requested === "auto" ? `auto->${method}` : method,
    zero: zeroMethod,
    correction,
    alt: side
  });
  const statistic = side === "two-sided" ? Math.min(stat.rPlus, stat.rMinus) : stat.rPlus;
  if (n === 0) return { statistic: void 0, pvalue: void 0, signature };
  if (method === "exact") {
    return { statistic, pvalue: exactPValue(stat.rPlus, stat.count, side), signature };
  }
  if (method === "permutation") {
    return { statistic, pvalue: permutationPValue(d, zeroMethod, stat.rPlus, side), signature };
  }
  if (stat.se === 0) return { statistic, pvalue: void 0, signature };
  let z = (stat.rPlus - stat.mean) / stat.se;
  if (correction) {
    const sign = side === "greater" ? 1 : side === "less" ? -1 : Math.sign(z);
    z -= sign * 0.5 / stat.se;
  }
  const pvalue = side === "two-sided" ? zPValue(z, side) : side === "greater" ? normalSf(z) : normalCdf(z);
  return { statistic, pvalue, z: side === "two-sided" ? -Math.abs(z) : z, signature };
}

// src/stats/mann-whitney.ts
function exactUpperTail(k, n1, n2) {
  const m = Math.min(n1, n2);
  const n = Math.max(n1, n2);
  const total = m * n;
  if (k <= 0) return 1;
  if (k > total) return 0;
  const complement = k - 1 < total - k;
  const limit = complement ? k - 1 : total - k;
  const coefficients = new Float64Array(limit + 1);
  coefficients[0] = 1;
  let logScale = 0;
  let logTotal = 0;
  for (let i = 1; i <= m; i++) {
    for (let u = i; u <= limit; u++) coefficients[u] = coefficients[u] + coefficients[u - i];
    for (let u = limit; u >= n + i; u--) {
      coefficients[u] = coefficients[u] - coefficients[u - n - i];
    }
    logTotal += Math.log((n + i) / i);
    let largest = 0;
    for (let u = 0; u <= limit; u++) largest = Math.max(largest, coefficients[u]);
    if (largest > 1e200) {
      for (let u = 0; u <= limit; u++) coefficients[u] = coefficients[u] / largest;
      logScale += Math.log(largest);
    }
  }
  let sum2 = 0;
  for (let u = 0; u <= limit; u++) sum2 += coefficients[u];
  const cdf = Math.exp(Math.log(sum2) + logScale - logTotal);
  return complement ? 1 - cdf : cdf;
}
function mannWhitneyU(x, y, options = {}) {
  checkFiniteSample(x, "x");
  checkFiniteSample(y, "y");
  const requested = checkOneOf(options.method ?? "auto", ["auto", "exact", "asymptotic"], "method");
  const continuity = options.continuity ?? true;
  const side = normalizeAlternative(options.alternative);
  const n1 = x.length;
  const n2 = y.length;
  const pooled = new Float64Array(n1 + n2);
  for (let i = 0; i < n1; i++) pooled[i] = x[i];
  for (let j = 0; j < n2; j++) pooled[n1 + j] = y[j];
  const { ranks, tieSizes } = averageRanks(pooled);
  const hasTies = tieSizes.some((t) => t > 1);
  const method = requested !== "auto" ? requested : n1 > 8 && n2 > 8 || hasTies ? "asymptotic" : "exact";
  const signature = formatSignature("mann-whitney", {
    method: requested === "auto" ? `auto->${method}` : method,
    continuity,
    alt: side
  });
  if (n1 === 0 || n2 === 0) return { u1: void 0, pvalue: void 0, signature };
  let r1 = 0;
  for (let i = 0; i < n1; i++) r1 += ranks[i];
  const u1 = r1 - n1 * (n1 + 1) / 2;
  const u2 = n1 * n2 - u1;
  const u = side === "greater" ? u1 : side === "less" ? u2 : Math.max(u1, u2);
  const factor = side === "two-sided" ? 2 : 1;
  let p;
  if (method === "exact") {
    p = exactUpperTail(Math.floor(u), n1, n2);
  } else {
    const n = n1 + n2;
    const s = Math.sqrt(n1 * n2 / 12 * (n + 1 - tieTerm(tieSizes) / (n * (n - 1))));
    const numerator = u - n1 * n2 / 2 - (continuity ? 0.5 : 0);
    const z = numerator / s;
    if (Number.isNaN(z)) return { u1, pvalue: void 0, signature };
    p = normalSf(z);
  }
  return { u1, pvalue: Math.min(1, Math.max(0, p * factor)), signature };
}

// src/stats/multiplicity.ts
function adjustPValues(pvalues, options = {}) {
  const method = checkOneOf(options.method ?? "holm", ["holm", "bh", "bonferroni"], "method");
  const alpha = checkConfidence(options.alpha ?? 0.05, "alpha");
  pvalues.forEach((p, i) => checkProbability(p, `p[${i}]`));
  const signature = formatSignature("p-adjust", { method, alpha });
  const m = pvalues.length;
  const adjusted = new Array(m).fill(0);
  const reject = new Array(m).fill(false);
  if (m === 0) return { adjusted, reject, signature };
  if (method === "bonferroni") {
    pvalues.forEach((p, i) => {
      adjusted[i] = Math.min(1, p * m);
      reject[i] = p <= alpha / m;
    });
    return { adjusted, reject, signature };
  }
  const order = pvalues.map((_, i) => i).sort((i, j) => pvalues[i] - pvalues[j]);
  const sorted = order.map((i) => pvalues[i]);
  const adjustedSorted = new Array(m).fill(0);
  const rejectSorted = new Array(m).fill(false);
  if (method === "holm") {
    let firstKept = m;
    for (let k = 0; k < m; k++) {
      if (sorted[k] > alpha / (m - k)) {
        firstKept = k;
        break;
      }
    }
    let running = 0;
    for (let k = 0; k < m; k++) {
      running = Math.max(running, sorted[k] * (m - k));
      adjustedSorted[k] = Math.min(1, running);
      rejectSorted[k] = k < firstKept;
    }
  } else {
    let lastRejected = -1;
    for (let k = 0; k < m; k++) {
      if (sorted[k] <= (k + 1) / m * alpha) lastRejected = k;
    }
    let running = Infinity;
    for (let k = m - 1; k >= 0; k--) {
      running = Math.min(running, sorted[k] / ((k + 1) / m));
      adjustedSorted[k] = Math.min(1, running);
      rejectSorted[k] = k <= lastRejected;
    }
  }
  order.forEach((original, k) => {
    adjusted[original] = adjustedSorted[k];
    reject[original] = rejectSorted[k];
  });
  return { adjusted, reject, signature };
}

// src/stats/quantile.ts
var QUANTILE_METHODS = [
  "inverted_cdf",
  "averaged_inverted_cdf",
  "closest_observation",
  "interpolated_inverted_cdf",
  "hazen",
  "weibull",
  "linear",
  "median_unbiased",
  "normal_unbiased"
];
var CONTINUOUS = {
  interpolated_inverted_cdf: [0, 1],
  hazen: [0.5, 0.5],
  weibull: [0, 0],
  median_unbiased: [1 / 3, 1 / 3],
  normal_unbiased: [3 / 8, 3 / 8]
};
function discreteIndex(index, chooseFloor) {
  const previous = Math.floor(index);
  const gamma = index - previous;
  const chosen = chooseFloor(gamma, index) ? previous : previous + 1;
  return Math.max(0, chosen);
}
function quantilePosition(n, q, method) {
  if (method === "inverted_cdf") {
    const k = discreteIndex(n * q - 1, (gamma) => gamma === 0);
    return { lower: k, upper: k, weight: 0 };
  }
  if (method === "closest_observation") {
    const k = discreteIndex(n * q - 1 - 0.5, (gamma, index) => gamma === 0 && Math.floor(index) % 2 === 1);
    return { lower: k, upper: k, weight: 0 };
  }
  let virtual;
  if (method === "linear") virtual = (n - 1) * q;
  else if (method === "averaged_inverted_cdf") virtual = n * q - 1;
  else {
    const pair = CONTINUOUS[method];
    if (pair === void 0) throw new RangeError(`unknown quantile method '${String(method)}'`);
    const [alpha, beta] = pair;
    virtual = n * q + (alpha + q * (1 - alpha - beta)) - 1;
  }
  if (virtual >= n - 1) return { lower: n - 1, upper: n - 1, weight: 0 };
  if (virtual < 0) return { lower: 0, upper: 0, weight: 0 };
  const lower = Math.floor(virtual);
  let weight = virtual - lower;
  if (method === "averaged_inverted_cdf") weight = weight === 0 ? 0.5 : 1;
  return { lower, upper: lower + 1, weight };
}
function lerp(a, b, t) {
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function quantileOfSorted(sorted, q, method = "linear") {
  const { lower, upper, weight } = quantilePosition(sorted.length, q, method);
  return lerp(sorted[lower], sorted[upper], weight);
}
function checkLevel(q) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must lie in [0, 1], got ${q}`);
}
function sortedCopy(values) {
  const sorted = Float64Array.from(values);
  for (let i = 0; i < sorted.length; i++) {
    if (Number.isNaN(sorted[i])) throw new RangeError(`values[${i}] is NaN`);
  }
  return sorted.sort();
}
function quantile(values, q, options = {}) {
  const method = options.method ?? "linear";
  if (!QUANTILE_METHODS.includes(method)) throw new RangeError(`unknown quantile method '${String(method)}'`);
  const levels = typeof q === "number" ? [q] : q;
  levels.forEach(checkLevel);
  if (values.length === 0) return void 0;
  const sorted = sortedCopy(values);
  const results = levels.map((level) => quantileOfSorted(sorted, level, method));
  return typeof q === "number" ? results[0] : results;
}
function quantileInPlace(buffer, q, method = "linear") {
  const n = buffer.length;
  const { lower, upper, weight } = quantilePosition(n, q, method);
  const a = select(buffer, lower);
  if (upper === lower) return a;
  let b = Infinity;
  for (let i = lower + 1; i < n; i++) {
    const v = buffer[i];
    if (v < b) b = v;
  }
  return lerp(a, b, weight);
}
function select(buffer, k) {
  let left = 0;
  let right = buffer.length - 1;
  while (right > left) {
    const mid = left + right >>> 1;
    const x = buffer[left];
    const y = buffer[mid];
    const z = buffer[right];
    const pivotIndex = x < y ? y < z ? mid : x < z ? right : left : x < z ? left : y < z ? right : mid;
    swap(buffer, left, pivotIndex);
    const pivot = buffer[left];
    let i = left;
    let j = right + 1;
    for (; ; ) {
      do
        i++;
      while (i <= right && buffer[i] < pivot);
      do
        j--;
      while (buffer[j] > pivot);
      if (i >= j) break;
      swap(buffer, i, j);
    }
    swap(buffer, left, j);
    if (j === k) return buffer[k];
    if (j > k) right = j - 1;
    else left = j + 1;
  }
  return buffer[k];
}
function swap(buffer, i, j) {
  const t = buffer[i];
  buffer[i] = buffer[j];
  buffer[j] = t;
}

// src/stats/bootstrap.ts
function additive(a, b, mean2, generator) {
  const n = a.length;
  const divisor = mean2 ? n : 1;
  return () => {
    let sa = 0;
    let sb = 0;
    for (let i = 0; i < n; i++) {
      const k = generator.index(n);
      sa += a[k];
      sb += b[k];
    }
    return [sa / divisor, sb / divisor];
  };
}
function counted(n, generator, statistic) {
  const counts = new Uint32Array(n);
  return () => {
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const k = generator.index(n);
      counts[k] = counts[k] + 1;
    }
    return statistic(counts);
  };
}
function comparison(compare) {
  return compare === "diff" ? (sa, sb) => sa - sb : (sa, sb) => sb === 0 ? NaN : sa / sb;
}
function statisticName(statistic) {
  if (typeof statistic === "function") return statistic.name ? `fn:${statistic.name}` : "fn";
  if (typeof statistic === "string") return statistic;
  const method = statistic.method && statistic.method !== "linear" ? `/${statistic.method}` : "";
  return `q${statistic.quantile}${method}`;
}
function sum(values) {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += values[i];
  return s;
}
function orderStatistic(a, b, q, method) {
  const n = a.length;
  const { lower, upper, weight } = quantilePosition(n, q, method);
  const arm = (values) => {
    const order = new Uint32Array(values.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    order.sort((i, j) => values[i] - values[j]);
    const sorted = new Float64Array(order.length);
    for (let i = 0; i < order.length; i++) sorted[i] = values[order[i]];
    return { order, sorted };
  };
  const arms = [arm(a), arm(b)];
  const at = (counts, order, sorted, position) => {
    if (position < n / 2) {
      let seen = 0;
      for (let j = 0; j < n; j++) {
        seen += counts[order[j]];
        if (seen > position) {
          if (seen > position + 1) return [sorted[j], sorted[j]];
          for (let k = j + 1; k < n; k++) {
            if (counts[order[k]] > 0) return [sorted[j], sorted[k]];
          }
          return [sorted[j], sorted[j]];
        }
      }
    } else {
      const above = n - 1 - position;
      let seen = 0;
      let next = NaN;
      for (let j = n - 1; j >= 0; j--) {
        const c = counts[order[j]];
        if (c === 0) continue;
        if (seen + c > above) {
          const after = seen === above ? next : sorted[j];
          return [sorted[j], after];
        }
        seen += c;
        next = sorted[j];
      }
    }
    return [NaN, NaN];
  };
  const value = (counts, side) => {
    const [x, y] = at(counts, side.order, side.sorted, lower);
    return upper === lower ? x : lerp(x, y, weight);
  };
  return (counts) => [value(counts, arms[0]), value(counts, arms[1])];
}
function materialised(a, b, statistic) {
  const n = a.length;
  const bufferA = new Float64Array(n);
  const bufferB = new Float64Array(n);
  return (counts) => {
    let k = 0;
    for (let i = 0; i < n; i++) {
      for (let c = counts[i]; c > 0; c--) {
        bufferA[k] = a[i];
        bufferB[k] = b[i];
        k++;
      }
    }
    return [statistic(bufferA), statistic(bufferB)];
  };
}
function plainStatistic(statistic) {
  if (typeof statistic === "function") return statistic;
  if (statistic === "mean") return (values) => sum(values) / values.length;
  if (statistic === "sum") return sum;
  const [q, method] = statistic === "median" ? [0.5, "linear"] : [statistic.quantile, statistic.method ?? "linear"];
  return (values) => quantileInPlace(values, q, method);
}
function pairedBootstrap(a, b, options = {}) {
  checkSameLength(a, b, "pairedBootstrap");
  return percentileBootstrap("paired-bootstrap", a, b, options, (statistic, seed) => {
    const generator = new Mulberry32(seed);
    const valuesA = Float64Array.from(a);
    const valuesB = Float64Array.from(b);
    if (statistic === "mean" || statistic === "sum") return additive(valuesA, valuesB, statistic === "mean", generator);
    return counted(
      a.length,
      generator,
      typeof statistic === "function" ? materialised(valuesA, valuesB, statistic) : statistic === "median" ? orderStatistic(valuesA, valuesB, 0.5, "linear") : orderStatistic(valuesA, valuesB, statistic.quantile, statistic.method ?? "linear")
    );
  });
}
function percentileBootstrap(name, a, b, options, sampler) {
  checkFiniteSample(a, "a");
  checkFiniteSample(b, "b");
  const statistic = options.statistic ?? "mean";
  const compare = checkOneOf(options.compare ?? "diff", ["diff", "ratio"], "compare");
  const resamples = options.resamples ?? 2e3;
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`);
  }
  const confidence = checkConfidence(options.confidence);
  const seed = options.seed ?? 0;
  if (typeof statistic === "object" && !(statistic.quantile >= 0 && statistic.quantile <= 1)) {
    throw new RangeError(`quantile must lie in [0, 1], got ${statistic.quantile}`);
  }
  const signature = formatSignature(name, {
    stat: statisticName(statistic),
    compare,
    resamples,
    conf: confidence,
    seed,
    rng: RANDOM_ALGORITHM,
    ci: "percentile"
  });
  const combine = comparison(compare);
  const none = {
    estimate: void 0,
    interval: void 0,
    replicates: new Float64Array(0),
    resamples,
    seed,
    signature
  };
  if (a.length === 0 || b.length === 0) return none;
  const plain = plainStatistic(statistic);
  const estimate = combine(plain(Float64Array.from(a)), plain(Float64Array.from(b)));
  if (!Number.isFinite(estimate)) return none;
  const draw = sampler(statistic, seed);
  const replicates = new Float64Array(resamples);
  let defined = true;
  for (let r = 0; r < resamples; r++) {
    const [sa, sb] = draw();
    const value = combine(sa, sb);
    if (!Number.isFinite(value)) defined = false;
    replicates[r] = value;
  }
  replicates.sort();
  if (!defined) return { ...none, estimate, replicates };
  const tail = (1 - confidence) / 2;
  const interval = makeInterval(quantileOfSorted(replicates, tail), quantileOfSorted(replicates, 1 - tail), signature);
  return { estimate, interval, replicates, resamples, seed, signature };
}

// src/stats/unpaired-bootstrap.ts
function unpairedBootstrap(a, b, options = {}) {
  return percentileBootstrap("unpaired-bootstrap", a, b, options, (statistic, seed) => {
    const random = createRandom(seed);
    const stat = plainStatistic(statistic);
    const bufferA = new Float64Array(a.length);
    const bufferB = new Float64Array(b.length);
    return () => {
      for (let i = 0; i < a.length; i++) bufferA[i] = a[Math.floor(random() * a.length)];
      for (let i = 0; i < b.length; i++) bufferB[i] = b[Math.floor(random() * b.length)];
      return [stat(bufferA), stat(bufferB)];
    };
  });
}

// src/metrics/agreement.ts
function cohenKappa(a, b, options = {}) {
  checkPaired(a, b, "cohenKappa");
  const weights = options.weights ?? "none";
  const labels = options.labels === void 0 ? sortedUniqueLabels(a, b) : [...options.labels];
  const observed = confusionMatrix(a, b, labels);
  const k = labels.length;
  const rowSums = observed.map((row) => row.reduce((s, v) => s + v, 0));
  const colSums = labels.map((_, j) => observed.reduce((s, row) => s + (row[j] ?? 0), 0));
  const n = rowSums.reduce((s, v) => s + v, 0);
  const weight = (i, j) => {
    if (weights === "linear") return Math.abs(i - j);
    if (weights === "quadratic") return (i - j) ** 2;
    if (weights === "none") return i === j ? 0 : 1;
    throw new RangeError(`cohenKappa: unknown weights ${String(weights)}`);
  };
  let observedDisagreement = 0;
  let expectedDisagreement = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const w = weight(i, j);
      observedDisagreement += w * (observed[i]?.[j] ?? 0);
      expectedDisagreement += w * (rowSums[i] ?? 0) * (colSums[j] ?? 0) / n;
    }
  }
  return expectedDisagreement === 0 ? void 0 : 1 - observedDisagreement / expectedDisagreement;
}
function isMissing(v) {
  return v === null || v === void 0 || typeof v === "number" && Number.isNaN(v);
}
function distances(level, domain, n) {
  const num = (v) => {
    if (typeof v !== "number") {
      throw new TypeError(`krippendorffAlpha: ${level} data must be numbers, got ${String(v)}`);
    }
    return v;
  };
  return domain.map(
    (c, i) => domain.map((k, j) => {
      if (level === "nominal") return i === j ? 0 : 1;
      if (level === "ordinal") {
        const [lo, hi] = i <= j ? [i, j] : [j, i];
        let between = 0;
        for (let g = lo; g <= hi; g++) between += n[g] ?? 0;
        return (between - ((n[i] ?? 0) + (n[j] ?? 0)) / 2) ** 2;
      }
      const x = num(c);
      const y = num(k);
      if (level === "interval") return (x - y) ** 2;
      if (level === "ratio") return x + y === 0 ? 0 : ((x - y) / (x + y)) ** 2;
      throw new RangeError(`krippendorffAlpha: unknown level ${String(level)}`);
    })
  );
}
function krippendorffAlpha(data, options = {}) {
  const level = options.level ?? "interval";
  const units = data[0]?.length ?? 0;
  if (data.length === 0 || units === 0) throw new RangeError("krippendorffAlpha: empty input");
  data.forEach((row, r) => {
    if (row.length !== units) {
      throw new RangeError(`krippendorffAlpha: rater ${r} has ${row.length} units, rater 0 has ${units}`);
    }
  });
  const present = data.flatMap((row) => row.filter((v2) => !isMissing(v2)));
  const numeric = present.every((v2) => typeof v2 === "number");
  if (level === "ordinal" && options.valueDomain === void 0 && !numeric) {
    throw new TypeError("krippendorffAlpha: ordinal string values need an ordered valueDomain");
  }
  const domain = options.valueDomain === void 0 ? sortedUniqueLabels(present) : [...options.valueDomain];
  const index = new Map(domain.map((v2, i) => [v2, i]));
  const v = domain.length;
  const o = domain.map(() => new Array(v).fill(0));
  for (let u = 0; u < units; u++) {
    const counts = new Array(v).fill(0);
    let m = 0;
    for (const row of data) {
      const value = row[u];
      if (isMissing(value)) continue;
      const c = index.get(value);
      if (c === void 0) throw new TypeError(`krippendorffAlpha: ${String(value)} is not in valueDomain`);
      counts[c] = (counts[c] ?? 0) + 1;
      m += 1;
    }
    if (m < 2) continue;
    counts.forEach((nc, c) => {
      if (nc === 0) return;
      const oRow = o[c];
      counts.forEach((nk, k) => {
        const pairs = c === k ? nc * (nc - 1) : nc * nk;
        oRow[k] = (oRow[k] ?? 0) + pairs / (m - 1);
      });
    });
  }
  const nv = o.map((row) => row.reduce((s, x) => s + x, 0));
  const n = nv.reduce((s, x) => s + x, 0);
  if (n === 0) return void 0;
  const d = distances(level, domain, nv);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < v; c++) {
    for (let k = 0; k < v; k++) {
      const delta = d[c]?.[k] ?? 0;
      const nc = nv[c] ?? 0;
      const nk = nv[k] ?? 0;
      observed += delta * (o[c]?.[k] ?? 0);
      expected += delta * (nc * nk - (c === k ? nc : 0)) / (n - 1);
    }
  }
  return expected === 0 ? void 0 : 1 - observed / expected;
}
function fleissKappa(table, options = {}) {
  const method = options.method ?? "fleiss";
  if (method !== "fleiss" && method !== "randolph") {
    throw new RangeError(`fleissKappa: unknown method ${String(method)}`);
  }
  const categories = table[0]?.length ?? 0;
  if (table.length === 0 || categories === 0) throw new RangeError("fleissKappa: empty table");
  const raters = table[0]?.reduce((s, x) => s + x, 0) ?? 0;
  if (raters < 2) throw new RangeError("fleissKappa: each unit needs at least two ratings");
  table.forEach((row, u) => {
    const where = `fleissKappa: row ${u}`;
    if (row.length !== categories) throw new RangeError(`${where} has ${row.length} categories, row 0 ${categories}`);
    if (row.some((x) => !Number.isInteger(x) || x < 0)) throw new RangeError(`${where} has a non-count entry`);
    const r = row.reduce((s, x) => s + x, 0);
    if (r !== raters) throw new RangeError(`${where} has ${r} ratings, row 0 ${raters}`);
  });
  const unitAgreement = (row) => (row.reduce((s, x) => s + x * x, 0) - raters) / (raters * (raters - 1));
  const agreement = table.reduce((s, row) => s + unitAgreement(row), 0) / table.length;
  let chance = 1 / categories;
  if (method === "fleiss") {
    const total = table.length * raters;
    chance = 0;
    for (let j = 0; j < categories; j++) {
      const pj = table.reduce((s, row) => s + (row[j] ?? 0), 0) / total;
      chance += pj * pj;
    }
  }
  return chance === 1 ? void 0 : (agreement - chance) / (1 - chance);
}

// src/metrics/correlation.ts
function check(x, y, name) {
  checkPaired(x, y, name);
  if (x.length < 2) throw new RangeError(`${name}: needs at least 2 pairs, got ${x.length}`);
  checkFinite(x, name);
  checkFinite(y, name);
}
function centred(v) {
  const mean2 = v.reduce((s, a) => s + a, 0) / v.length;
  return v.map((a) => a - mean2);
}
function coefficient(x, y) {
  const dx = centred(x);
  const dy = centred(y);
  const sxx = dx.reduce((s, a) => s + a * a, 0);
  const syy = dy.reduce((s, a) => s + a * a, 0);
  if (sxx === 0 || syy === 0) return void 0;
  const sxy = dx.reduce((s, a, i) => s + a * (dy[i] ?? 0), 0);
  return Math.max(-1, Math.min(1, sxy / Math.sqrt(sxx * syy)));
}
function tTestPValue(r, n) {
  const df = n - 2;
  if (Math.abs(r) === 1) return 0;
  const t = r * Math.sqrt(df / ((1 - r) * (1 + r)));
  return Number.isFinite(t) ? Math.min(1, 2 * tSf(Math.abs(t), df)) : 0;
}
function pearson(x, y) {
  check(x, y, "pearson");
  const r = coefficient(x, y);
  if (r === void 0) return { r, pvalue: void 0 };
  if (x.length === 2) return { r: Math.sign(r), pvalue: 1 };
  return { r, pvalue: tTestPValue(r, x.length) };
}
function averageRanks2(values) {
  const order = values.map((_, i) => i).sort((a, b) => (values[a] ?? 0) - (values[b] ?? 0));
  const ranks = new Array(values.length).fill(0);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1] ?? 0] === values[order[start] ?? 0]) end += 1;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k] ?? 0] = rank;
    start = end + 1;
  }
  return ranks;
}
function spearman(x, y) {
  check(x, y, "spearman");
  const r = coefficient(averageRanks2(x), averageRanks2(y));
  if (r === void 0) return { r, pvalue: void 0 };
  return { r, pvalue: x.length === 2 ? void 0 : tTestPValue(r, x.length) };
}

export {
  proportionInterval,
  twoProportionZTest,
  proportionDiffInterval,
  fisherExact,
  pairedProportionDiffInterval,
  mcnemar,
  pairedTTest,
  welchTTest,
  studentTTest,
  wilcoxonSignedRank,
  mannWhitneyU,
  adjustPValues,
  QUANTILE_METHODS,
  quantile,
  quantileInPlace,
  pairedBootstrap,
  unpairedBootstrap,
  cohenKappa,
  krippendorffAlpha,
  fleissKappa,
  pearson,
  spearman
};
