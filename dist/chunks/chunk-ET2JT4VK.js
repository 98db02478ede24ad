import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  normalIsf
} from "./chunk-YKMLPWKJ.js";

// src/gate/power.ts
function detectableWorsening(e, options) {
  const z = normalIsf(options.alpha / options.tests) + normalIsf(1 - (options.power ?? 0.8));
  const m = e.threshold;
  if (e.discordantRate !== null)
    return pairedDetectableDrop({ n: e.n, discordantRate: e.discordantRate, margin: m, z });
  if (e.standardError !== null && Number.isFinite(e.standardError)) return m + z * e.standardError;
  const [lo, hi] = e.interval;
  const zInterval = normalIsf(options.alpha);
  if (!(hi > lo) || !Number.isFinite(hi - lo)) return null;
  return m + z * ((hi - lo) / (2 * zInterval));
}
function pairedDetectableDrop(o) {
  const seAt = (delta2) => Math.sqrt(Math.max(Math.max(o.discordantRate, delta2) - delta2 * delta2, 0) / o.n);
  let delta = o.margin + o.z * seAt(o.margin);
  for (let i = 0; i < 100; i++) delta = o.margin + o.z * seAt(delta);
  return Math.min(delta, 1);
}
function plannedDetectableDrop(p) {
  const z = normalIsf(p.alpha / (p.tests ?? 1)) + normalIsf(1 - (p.power ?? 0.8));
  return pairedDetectableDrop({
    n: p.n,
    discordantRate: p.discordantRate ?? 2 * p.baselineRate * (1 - p.baselineRate),
    margin: p.margin,
    z
  });
}
function plannedSampleSize(p) {
  if (p.drop <= p.margin) return null;
  let lo = 1;
  let hi = 1;
  while (plannedDetectableDrop({ ...p, n: hi }) > p.drop) {
    lo = hi;
    hi *= 2;
    if (hi > 1e6) return null;
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (plannedDetectableDrop({ ...p, n: mid }) > p.drop) lo = mid;
    else hi = mid;
  }
  return hi;
}

export {
  detectableWorsening,
  plannedDetectableDrop,
  plannedSampleSize
};
