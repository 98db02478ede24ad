import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  createRandom
} from "./chunk-SI22RAST.js";
import {
  normalCdf,
  normalIsf,
  normalPpf,
  normalSf
} from "./chunk-RA6RAVDJ.js";

// src/stats/root-finding.ts
function bisect(f, lo, hi) {
  let a = lo;
  let b = hi;
  let fa = f(a);
  const fb = f(b);
  if (fa === 0) return a;
  if (fb === 0) return b;
  if (Number.isNaN(fa) || Number.isNaN(fb) || Math.sign(fa) === Math.sign(fb)) return void 0;
  for (let i = 0; i < 2e3; i++) {
    const mid = a + (b - a) / 2;
    if (mid === a || mid === b) return mid;
    const fm = f(mid);
    if (fm === 0) return mid;
    if (Math.sign(fm) === Math.sign(fa)) {
      a = mid;
      fa = fm;
    } else {
      b = mid;
    }
  }
  return a + (b - a) / 2;
}

// src/stats/validation.ts
function normalizeAlternative(alternative) {
  switch (alternative ?? "two-sided") {
    case "two-sided":
      return "two-sided";
    case "less":
    case "smaller":
      return "less";
    case "greater":
    case "larger":
      return "greater";
    default:
      throw new RangeError(
        `alternative must be 'two-sided', 'less'/'smaller' or 'greater'/'larger', got ${String(alternative)}`
      );
  }
}
function checkConfidence(confidence, name = "confidence") {
  const value = confidence ?? 0.95;
  if (!(value > 0 && value < 1)) throw new RangeError(`${name} must lie in (0, 1), got ${value}`);
  return value;
}
function checkProbability(value, name) {
  if (!(value >= 0 && value <= 1)) throw new RangeError(`${name} must lie in [0, 1], got ${value}`);
  return value;
}
function checkCount(value, name) {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  return value;
}
function checkCountOutOf(count, n, countName, nName) {
  checkCount(count, countName);
  checkCount(n, nName);
  if (count > n) throw new RangeError(`${countName} (${count}) exceeds ${nName} (${n})`);
}
function checkFiniteSample(values, name) {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isFinite(v)) throw new RangeError(`${name}[${i}] must be a finite number, got ${v}`);
  }
}
function checkSameLength(x, y, what) {
  if (x.length !== y.length) {
    throw new RangeError(`${what} needs paired samples of equal length, got ${x.length} and ${y.length}`);
  }
}
function checkOneOf(value, allowed, name) {
  if (!allowed.includes(value)) {
    throw new RangeError(`${name} must be one of ${allowed.map((a) => `'${a}'`).join(", ")}, got ${String(value)}`);
  }
  return value;
}

// src/stats/power.ts
function cohensH(p1, p2) {
  checkProbability(p1, "p1");
  checkProbability(p2, "p2");
  return 2 * Math.asin(Math.sqrt(p1)) - 2 * Math.asin(Math.sqrt(p2));
}
function normalPower(effectSize, nobs, alpha, alternative) {
  const side = normalizeAlternative(alternative);
  const a = side === "two-sided" ? alpha / 2 : alpha;
  const shift = effectSize * Math.sqrt(nobs);
  let power = 0;
  if (side !== "less") power += normalSf(normalIsf(a) - shift);
  if (side !== "greater") power += normalCdf(normalPpf(a) - shift);
  return power;
}
function effectiveN(n1, ratio) {
  return ratio > 0 ? 1 / (1 / n1 + 1 / (n1 * ratio)) : n1;
}
function checkPositive(value, name) {
  if (!(value > 0) || !Number.isFinite(value)) throw new RangeError(`${name} must be a positive number, got ${value}`);
  return value;
}
function checkRatio(ratio) {
  const value = ratio ?? 1;
  if (!(value >= 0) || !Number.isFinite(value)) throw new RangeError(`ratio must be >= 0, got ${value}`);
  return value;
}
function powerTwoProportions(options) {
  const n1 = checkPositive(options.n1, "n1");
  const alpha = checkConfidence(options.alpha ?? 0.05, "alpha");
  const ratio = checkRatio(options.ratio);
  if (!Number.isFinite(options.effectSize)) throw new RangeError("effectSize must be finite");
  return normalPower(options.effectSize, effectiveN(n1, ratio), alpha, options.alternative);
}
function sampleSizeTwoProportions(options) {
  const alpha = checkConfidence(options.alpha ?? 0.05, "alpha");
  const target = checkConfidence(options.power, "power");
  const ratio = checkRatio(options.ratio);
  if (!Number.isFinite(options.effectSize)) throw new RangeError("effectSize must be finite");
  const shortfall = (n1) => normalPower(options.effectSize, effectiveN(n1, ratio), alpha, options.alternative) - target;
  let hi = 1;
  while (shortfall(hi) < 0) {
    hi *= 2;
    if (hi > 1e15) return void 0;
  }
  const lo = 1e-12;
  if (shortfall(lo) >= 0) return void 0;
  return bisect(shortfall, lo, hi);
}
function minimumDetectableDrop(options) {
  const p = checkProbability(options.baselineRate, "baselineRate");
  const n = checkPositive(options.n, "n");
  const alpha = checkConfidence(options.alpha ?? 0.05, "alpha");
  const target = checkConfidence(options.power ?? 0.8, "power");
  const twoSided = (options.sides ?? "one-sided") === "two-sided";
  if (p === 0) return void 0;
  let powerAt;
  let maxDrop = p;
  if (options.paired) {
    const given = options.paired.discordantRate;
    if (given !== void 0) {
      checkProbability(given, "discordantRate");
      if (given === 0) return void 0;
      maxDrop = Math.min(given, p);
    }
    const discordance2 = (drop) => given ?? 2 * p * (1 - p) + drop * (2 * p - 1);
    const z = normalIsf(twoSided ? alpha / 2 : alpha);
    powerAt = (drop) => {
      const psi = discordance2(drop);
      return normalCdf((drop * Math.sqrt(n) - z * Math.sqrt(psi)) / Math.sqrt(psi - drop * drop));
    };
  } else {
    const nobs = effectiveN(n, 1);
    powerAt = (drop) => normalPower(cohensH(p, Math.max(0, p - drop)), nobs, alpha, twoSided ? "two-sided" : "larger");
  }
  if (powerAt(maxDrop) < target) return void 0;
  return bisect((drop) => powerAt(drop) - target, Number.EPSILON * maxDrop, maxDrop);
}
function nonInferiorityDetectableDrop(options) {
  const n = checkPositive(options.n, "n");
  const p = checkProbability(options.baselineRate, "baselineRate");
  const psi = checkProbability(options.discordantRate ?? 2 * p * (1 - p), "discordantRate");
  const z = zSum(options);
  const seAt = (delta2) => Math.sqrt(Math.max(Math.max(psi, delta2) - delta2 * delta2, 0) / n);
  let delta = options.margin + z * seAt(options.margin);
  for (let i = 0; i < 100; i++) delta = options.margin + z * seAt(delta);
  return Math.min(delta, 1);
}
function nonInferioritySampleSize(options) {
  if (!(options.drop > options.margin)) return void 0;
  const at = (n) => nonInferiorityDetectableDrop({ ...options, n });
  let lo = 1;
  let hi = 1;
  while (at(hi) > options.drop) {
    lo = hi;
    hi *= 2;
    if (hi > 1e6) return void 0;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (at(mid) > options.drop) lo = mid;
    else hi = mid;
  }
  return hi;
}
function detectableShift(options) {
  return options.margin + zSum(options) * options.standardError;
}
function zSum(options) {
  const alpha = checkConfidence(options.alpha ?? 0.05, "alpha");
  const tests = options.tests ?? 1;
  if (!(tests >= 1) || !Number.isInteger(tests)) throw new RangeError(`tests must be a positive integer, got ${tests}`);
  return normalIsf(alpha / tests) + normalIsf(1 - checkConfidence(options.power ?? 0.8, "power"));
}
function provableMargin(options) {
  const n = checkPositive(options.n, "n");
  return zSum({ ...options, tests: 1 }) * Math.sqrt(discordance(options) / n);
}
function casesToProve(options) {
  const z = zSum({ ...options, tests: 1 });
  return Math.ceil(discordance(options) * z * z / (options.margin * options.margin));
}
function discordance(options) {
  const p = checkProbability(options.baselineRate, "baselineRate");
  return checkProbability(options.discordantRate ?? 2 * p * (1 - p), "discordantRate");
}
function meanDetectableShift(options) {
  const n = checkPositive(options.n, "n");
  return detectableShift({ ...options, standardError: options.sdDifference / Math.sqrt(n) });
}
function meanSampleSize(options) {
  if (!(options.shift > options.margin)) return void 0;
  const z = zSum(options);
  const n = Math.ceil((z * options.sdDifference / (options.shift - options.margin)) ** 2);
  return n > 1e6 ? void 0 : Math.max(n, 2);
}
function bootstrapStandardError(units, statistic, options = {}) {
  const random = createRandom(options.seed ?? 1);
  const values = [];
  const sample = new Array(units.length);
  for (let b = 0; b < (options.resamples ?? 500); b++) {
    for (let i = 0; i < units.length; i++) sample[i] = units[Math.floor(random() * units.length)];
    const value = statistic(sample);
    if (value !== null && Number.isFinite(value)) values.push(value);
  }
  if (values.length < 2) return void 0;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / (values.length - 1));
}

export {
  normalizeAlternative,
  checkConfidence,
  checkProbability,
  checkCount,
  checkCountOutOf,
  checkFiniteSample,
  checkSameLength,
  checkOneOf,
  bisect,
  cohensH,
  powerTwoProportions,
  sampleSizeTwoProportions,
  minimumDetectableDrop,
  nonInferiorityDetectableDrop,
  nonInferioritySampleSize,
  detectableShift,
  provableMargin,
  casesToProve,
  meanDetectableShift,
  meanSampleSize,
  bootstrapStandardError
};
