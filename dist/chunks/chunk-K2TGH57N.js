import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  normalIsf,
  normalSf
} from "./chunk-RA6RAVDJ.js";

// src/stats/alpha-spending.ts
function obrienFlemingSpending(t, alpha) {
  if (t <= 0) return 0;
  if (t >= 1) return alpha;
  return 2 * normalSf(normalIsf(alpha / 2) / Math.sqrt(t));
}
function powerSpending(rho) {
  return (t, alpha) => t <= 0 ? 0 : t >= 1 ? alpha : alpha * t ** rho;
}
var GRID = 241;
var REACH = 8;
var NO_BOUNDARY = 40;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var phi = (x) => Math.exp(-0.5 * x * x) / SQRT_2PI;
function simpsonGrid(lo, hi) {
  const s = new Float64Array(GRID);
  const w = new Float64Array(GRID);
  const h = (hi - lo) / (GRID - 1);
  for (let i = 0; i < GRID; i++) {
    s[i] = lo + i * h;
    w[i] = h / 3 * (i === 0 || i === GRID - 1 ? 1 : i % 2 === 1 ? 4 : 2);
  }
  return { s, w };
}
function spendingBoundaries(fractions, alpha, options = {}) {
  const spend = options.spending ?? obrienFlemingSpending;
  const bounds = [];
  let grid = null;
  let prevT = 0;
  let spent = 0;
  for (let k = 0; k < fractions.length; k++) {
    const last = k === fractions.length - 1 && options.final === true;
    const t = last ? Math.max(fractions[k], prevT + 1e-9) : Math.min(fractions[k], 1);
    const target = (last ? alpha : spend(t, alpha)) - spent;
    const dt = t - prevT;
    const crossing = (c2) => {
      const edge = c2 * Math.sqrt(t);
      if (!grid) return normalSf(c2);
      let p = 0;
      const sd = Math.sqrt(dt);
      for (let i = 0; i < GRID; i++) p += grid.wf[i] * normalSf((edge - grid.s[i]) / sd);
      return p;
    };
    let c;
    if (!(target > 1e-15) || !(dt > 0)) c = NO_BOUNDARY;
    else {
      let lo = -10;
      let hi = NO_BOUNDARY;
      for (let i = 0; i < 56; i++) {
        const mid = (lo + hi) / 2;
        if (crossing(mid) > target) lo = mid;
        else hi = mid;
      }
      c = hi;
    }
    bounds.push(c);
    spent += c >= NO_BOUNDARY ? 0 : crossing(c);
    const sdT = Math.sqrt(t);
    const { s, w } = simpsonGrid(-REACH * sdT, Math.min(c, REACH) * sdT);
    const wf = new Float64Array(GRID);
    if (!grid) {
      for (let j = 0; j < GRID; j++) wf[j] = w[j] * phi(s[j] / sdT) / sdT;
    } else {
      const sd = Math.sqrt(dt);
      for (let j = 0; j < GRID; j++) {
        let f = 0;
        for (let i = 0; i < GRID; i++) f += grid.wf[i] * phi((s[j] - grid.s[i]) / sd);
        wf[j] = w[j] * f / sd;
      }
    }
    grid = { s, wf };
    prevT = t;
  }
  return bounds;
}
function crossingProbabilities(fractions, bounds, drift) {
  const out = [];
  let grid = null;
  let prevT = 0;
  for (let k = 0; k < fractions.length; k++) {
    const t = fractions[k];
    const dt = t - prevT;
    const c = bounds[k];
    const edge = c * Math.sqrt(t);
    const sd = Math.sqrt(dt);
    const mean = drift * dt;
    if (!grid) out.push(normalSf((edge - drift * t) / Math.sqrt(t)));
    else {
      let p = 0;
      for (let i = 0; i < GRID; i++) p += grid.wf[i] * normalSf((edge - grid.s[i] - mean) / sd);
      out.push(p);
    }
    const sdT = Math.sqrt(t);
    const centre = drift * t;
    const { s, w } = simpsonGrid(centre - REACH * sdT, Math.min(edge, centre + REACH * sdT));
    const wf = new Float64Array(GRID);
    if (!grid) {
      for (let j = 0; j < GRID; j++) wf[j] = w[j] * phi((s[j] - centre) / sdT) / sdT;
    } else {
      for (let j = 0; j < GRID; j++) {
        let f = 0;
        for (let i = 0; i < GRID; i++) f += grid.wf[i] * phi((s[j] - grid.s[i] - mean) / sd);
        wf[j] = w[j] * f / sd;
      }
    }
    grid = { s, wf };
    prevT = t;
  }
  return out;
}

// src/gate/sequential.ts
var SEQUENTIAL_METHOD = "group-sequential test, Lan\u2013DeMets \u03B1-spending: Kim\u2013DeMets power (\u03C1 = 2) to show the margin holds, O'Brien\u2013Fleming-type to show it is exceeded";
var PASS_SPENDING = powerSpending(2);
var targetKey = (t) => `${t.suite}\0${t.rule}\0${t.slice ? `${t.slice.name}\0${t.slice.value}` : ""}`;
function marginZ(e, alpha) {
  let se = e.standardError;
  if (se === null || !Number.isFinite(se)) {
    const [lo, hi] = e.interval;
    se = hi > lo && Number.isFinite(hi - lo) ? (hi - lo) / (2 * normalIsf(alpha)) : 0;
  }
  const gap = e.worsening - e.threshold;
  if (!(se > 0)) {
    const z = gap > 0 ? Infinity : gap < 0 ? -Infinity : 0;
    return { fail: z, pass: -z };
  }
  return { fail: gap / se, pass: -gap / se };
}
var SequentialGate = class {
  constructor(capacity, canGrow) {
    this.capacity = capacity;
    this.canGrow = canGrow;
  }
  capacity;
  canGrow;
  tests = /* @__PURE__ */ new Map();
  frozen = /* @__PURE__ */ new Map();
  boundaries = /* @__PURE__ */ new Map();
  look = 0;
  looks = [];
  /** Starts a look: which tests may still grow. */
  beginLook(canGrow) {
    this.canGrow = canGrow;
    this.look++;
  }
  judge = (q) => {
    const key = targetKey(q);
    const frozen = this.frozen.get(key);
    if (frozen) return { frozen };
    const history = this.tests.get(key) ?? { cases: [], final: false, last: null };
    this.tests.set(key, history);
    const n = q.evidence.n;
    const final = !this.canGrow(q);
    if (history.last && history.last.cases === n && history.last.final === final) return history.last.answer;
    if (history.cases.at(-1) === n) history.cases.pop();
    history.cases.push(n);
    history.final = final;
    const cap = Math.max(this.capacity(q), n);
    const fractions = history.cases.map((c) => Math.min(1, c / cap));
    for (let i = 1; i < fractions.length; i++) fractions[i] = Math.max(fractions[i], fractions[i - 1] + 1e-6);
    const passBound = this.boundary(fractions, q.alpha, final, "pass");
    const failBound = this.boundary(fractions, q.alpha / q.tests, final, "fail");
    const z = marginZ(q.evidence, q.alpha);
    const status = z.fail >= failBound ? "fail" : z.pass >= passBound ? "pass" : "inconclusive";
    const look = {
      look: history.cases.length,
      cases: n,
      capacity: cap,
      z_pass: finite(z.pass),
      z_fail: finite(z.fail),
      pass_boundary: passBound,
      fail_boundary: failBound,
      stop: status !== "inconclusive" ? "conclusive" : final ? "max" : "open"
    };
    const answer = {
      status,
      sequential: look,
      explanation: status === "inconclusive" ? inconclusiveText(look) : null
    };
    history.last = { cases: n, final, answer };
    return answer;
  };
  /** Ends a look: decided tests are frozen with the outcome of the look that decided them. */
  endLook(outcomes, cases) {
    let open = 0;
    for (const o of outcomes) {
      if (!o.sequential) continue;
      const key = targetKey(o);
      if (this.frozen.has(key)) continue;
      if (o.status === "pass" || o.status === "fail") this.frozen.set(key, o);
      else if (o.sequential.stop === "open") open++;
    }
    this.looks.push({ cases, open });
  }
  /** The tests still open after the last look. */
  open(outcomes) {
    return outcomes.filter((o) => o.sequential?.stop === "open" && o.status === "inconclusive");
  }
  summary(suite, max, cases, stop) {
    return { suite, method: SEQUENTIAL_METHOD, max, cases, looks: this.looks, stop };
  }
  boundary(fractions, alpha, final, test) {
    const key = `${test}|${alpha}|${final}|${fractions.join(",")}`;
    let bounds = this.boundaries.get(key);
    if (!bounds) {
      bounds = spendingBoundaries(fractions, alpha, {
        final,
        spending: test === "pass" ? PASS_SPENDING : obrienFlemingSpending
      });
      this.boundaries.set(key, bounds);
    }
    return bounds.at(-1);
  }
};
var finite = (x) => Number.isFinite(x) ? x : null;
function inconclusiveText(look) {
  const z = look.z_pass === null ? "" : ` (z = ${look.z_pass.toFixed(2)} towards the margin, ${look.pass_boundary.toFixed(2)} needed)`;
  return look.stop === "max" ? `not shown within the margin after ${look.cases} cases, the most this adaptive tier could run${z}.` : `not decided yet at look ${look.look} (${look.cases} cases)${z}.`;
}
function nextCases(remaining, pairable, open, size) {
  const whole = open.some((t) => t.slice === null);
  const wanted = (c) => whole || open.some((t) => t.slice !== null && c.tags[t.slice.name] === t.slice.value);
  const out = [];
  for (const c of remaining) {
    if (out.length >= size) break;
    if (pairable(c) && wanted(c)) out.push(c);
  }
  return out;
}
function describeStop(a) {
  switch (a.stop) {
    case "conclusive":
      return `conclusive after ${a.cases} of ${a.max} cases`;
    case "max":
      return `max reached (${a.cases} of ${a.max} cases)`;
    case "dataset":
      return `no more cases the baseline has (${a.cases} of ${a.max} cases)`;
    case "stopped":
      return `run stopped after ${a.cases} of ${a.max} cases`;
  }
}
function expectedCases(p) {
  const sizes = [];
  for (let n = p.start; n < p.max; n += p.batch) sizes.push(n);
  sizes.push(p.max);
  const fractions = sizes.map((n) => n / p.max);
  const psi = Math.max(p.psi, p.drop);
  const sd = Math.sqrt(Math.max(psi - p.drop * p.drop, 1e-12));
  const failing = p.drop > p.margin;
  const theta = Math.abs(p.margin - p.drop) * Math.sqrt(p.max) / sd;
  const bounds = spendingBoundaries(fractions, failing ? p.alpha / p.tests : p.alpha, {
    final: true,
    spending: failing ? obrienFlemingSpending : PASS_SPENDING
  });
  const stops = crossingProbabilities(fractions, bounds, theta);
  let expected = 0;
  let stopped = 0;
  stops.forEach((q, k) => {
    expected += q * sizes[k];
    stopped += q;
  });
  return expected + Math.max(0, 1 - stopped) * p.max;
}

export {
  SEQUENTIAL_METHOD,
  SequentialGate,
  nextCases,
  describeStop,
  expectedCases
};
