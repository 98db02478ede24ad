import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);

// src/metrics/classification.ts
function checkPaired(a, b, names) {
  if (a.length !== b.length) {
    throw new RangeError(`${names}: inputs differ in length (${a.length} vs ${b.length})`);
  }
  if (a.length === 0) throw new RangeError(`${names}: empty input`);
}
function labelKind(label) {
  const kind = typeof label;
  if (kind === "number" && Number.isNaN(label)) throw new TypeError("a label is NaN");
  if (kind !== "string" && kind !== "number" && kind !== "boolean") {
    throw new TypeError(`labels must be strings, numbers or booleans, got ${kind}`);
  }
  return kind;
}
function compareCodePoints(a, b) {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (; ; ) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? y.done ? 0 : -1 : 1;
    const d = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0);
    if (d !== 0) return d;
  }
}
function sortedUniqueLabels(...sequences) {
  const seen = /* @__PURE__ */ new Set();
  let kind;
  for (const seq of sequences) {
    for (const label of seq) {
      const k = labelKind(label);
      if (kind !== void 0 && k !== kind) {
        throw new TypeError(`mix of label types (${kind} and ${k})`);
      }
      kind = k;
      seen.add(label);
    }
  }
  const out = [...seen];
  if (kind === "string") return out.sort((a, b) => compareCodePoints(String(a), String(b)));
  return out.sort((a, b) => Number(a) - Number(b));
}
function labelIndex(labels) {
  const index = /* @__PURE__ */ new Map();
  labels.forEach((label, i) => {
    if (index.has(label)) throw new RangeError(`duplicate label ${String(label)}`);
    index.set(label, i);
  });
  return index;
}
function confusionMatrix(yTrue, yPred, labels) {
  const index = labelIndex(labels);
  const matrix = labels.map(() => labels.map(() => 0));
  yTrue.forEach((t, i) => {
    const r = index.get(t);
    const c = index.get(yPred[i]);
    const row = r === void 0 ? void 0 : matrix[r];
    if (row !== void 0 && c !== void 0) row[c] = (row[c] ?? 0) + 1;
  });
  return matrix;
}
function divideOrZero(a, b) {
  return b === 0 ? 0 : a / b;
}
function prf(tp, predicted, actual) {
  return {
    precision: divideOrZero(tp, predicted),
    recall: divideOrZero(tp, actual),
    f1: divideOrZero(2 * tp, predicted + actual)
  };
}
function mean(values) {
  return values.length === 0 ? 0 : values.reduce((s, v) => s + v, 0) / values.length;
}
function matthews(matrix) {
  const k = matrix.length;
  const t = matrix.map((row) => row.reduce((s2, v) => s2 + v, 0));
  const p = Array.from({ length: k }, (_, j) => matrix.reduce((s2, row) => s2 + (row[j] ?? 0), 0));
  const s = t.reduce((a, v) => a + v, 0);
  const c = matrix.reduce((a, row, i) => a + (row[i] ?? 0), 0);
  const dot = (u, v) => u.reduce((a, x, i) => a + x * (v[i] ?? 0), 0);
  const covTP = c * s - dot(t, p);
  const covPP = s * s - dot(p, p);
  const covTT = s * s - dot(t, t);
  if (covPP * covTT === 0) return void 0;
  return covTP / Math.sqrt(covTT * covPP);
}
function classificationReport(yTrue, yPred, options = {}) {
  checkPaired(yTrue, yPred, "classificationReport");
  const present = sortedUniqueLabels(yTrue, yPred);
  const labels = options.labels === void 0 ? present : [...options.labels];
  if (labels.length === 0) throw new RangeError("classificationReport: labels is empty");
  labels.forEach(labelKind);
  const n = yTrue.length;
  const tp = /* @__PURE__ */ new Map();
  const predicted = /* @__PURE__ */ new Map();
  const actual = /* @__PURE__ */ new Map();
  const bump = (m, key) => {
    m.set(key, (m.get(key) ?? 0) + 1);
  };
  let correct = 0;
  yTrue.forEach((t, i) => {
    const p = yPred[i];
    bump(actual, t);
    bump(predicted, p);
    if (t === p) {
      correct += 1;
      bump(tp, t);
    }
  });
  const perClass = {};
  const rows = labels.map((label) => {
    const counts3 = {
      tp: tp.get(label) ?? 0,
      predicted: predicted.get(label) ?? 0,
      actual: actual.get(label) ?? 0
    };
    const metrics = { ...prf(counts3.tp, counts3.predicted, counts3.actual), support: counts3.actual };
    Object.defineProperty(perClass, String(label), {
      value: metrics,
      enumerable: true,
      writable: true,
      configurable: true
    });
    return { counts: counts3, metrics };
  });
  const sum = (f) => rows.reduce((s, r) => s + f(r), 0);
  const macro = {
    precision: mean(rows.map((r) => r.metrics.precision)),
    recall: mean(rows.map((r) => r.metrics.recall)),
    f1: mean(rows.map((r) => r.metrics.f1))
  };
  const micro = prf(
    sum((r) => r.counts.tp),
    sum((r) => r.counts.predicted),
    sum((r) => r.counts.actual)
  );
  const totalSupport = sum((r) => r.metrics.support);
  const weighted = {
    precision: divideOrZero(
      sum((r) => r.metrics.precision * r.metrics.support),
      totalSupport
    ),
    recall: divideOrZero(
      sum((r) => r.metrics.recall * r.metrics.support),
      totalSupport
    ),
    f1: divideOrZero(
      sum((r) => r.metrics.f1 * r.metrics.support),
      totalSupport
    )
  };
  const trueLabels = sortedUniqueLabels(yTrue);
  const balancedAccuracy = mean(trueLabels.map((l) => (tp.get(l) ?? 0) / (actual.get(l) ?? 1)));
  const report = {
    labels,
    accuracy: correct / n,
    perClass,
    macro,
    micro,
    weighted,
    confusionMatrix: confusionMatrix(yTrue, yPred, labels),
    balancedAccuracy,
    mcc: matthews(confusionMatrix(yTrue, yPred, present)),
    signature: `classification|labels:${options.labels === void 0 ? "observed" : "given"}|zero-division:0`
  };
  if (options.positiveLabel !== void 0) {
    const pos = options.positiveLabel;
    labelKind(pos);
    report.binary = prf(tp.get(pos) ?? 0, predicted.get(pos) ?? 0, actual.get(pos) ?? 0);
    report.signature += `|pos:${String(pos)}`;
  }
  return report;
}
function toBinaryTruth(yTrue, name) {
  return yTrue.map((y, i) => {
    if (y === true || y === 1) return 1;
    if (y === false || y === 0) return 0;
    throw new RangeError(`${name}: yTrue[${i}] = ${String(y)} is not 0/1 or a boolean`);
  });
}
function checkFinite(values, name, unitInterval = false) {
  values.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new RangeError(`${name}: value ${i} (${String(v)}) is not a finite number`);
    }
    if (unitInterval && (v < 0 || v > 1)) {
      throw new RangeError(`${name}: value ${i} (${v}) is outside [0, 1]`);
    }
  });
}

// src/metrics/ranking.ts
function binaryCurve(yTrue, yScore, name) {
  checkPaired(yTrue, yScore, name);
  checkFinite(yScore, name);
  const truth = toBinaryTruth(yTrue, name);
  const order = truth.map((_, i) => i).sort((a, b) => (yScore[b] ?? 0) - (yScore[a] ?? 0));
  const points = [];
  let tp = 0;
  let fp = 0;
  order.forEach((i, k) => {
    if (truth[i] === 1) tp += 1;
    else fp += 1;
    const next = order[k + 1];
    if (next === void 0 || yScore[next] !== yScore[i]) points.push({ tp, fp });
  });
  return { points, positives: tp, negatives: fp };
}
function rocAuc(yTrue, yScore) {
  const { points, positives, negatives } = binaryCurve(yTrue, yScore, "rocAuc");
  if (positives === 0 || negatives === 0) return void 0;
  let twiceArea = 0;
  let prev = { tp: 0, fp: 0 };
  for (const p of points) {
    twiceArea += (p.fp - prev.fp) * (p.tp + prev.tp);
    prev = p;
  }
  return twiceArea / (2 * positives * negatives);
}
function averagePrecision(yTrue, yScore) {
  const { points, positives, negatives } = binaryCurve(yTrue, yScore, "averagePrecision");
  if (positives === 0 || negatives === 0) return void 0;
  let ap = 0;
  let prevTp = 0;
  for (const p of points) {
    ap += (p.tp - prevTp) / positives * (p.tp / (p.tp + p.fp));
    prevTp = p.tp;
  }
  return ap;
}

// src/metrics/calibration.ts
function prepare(yTrue, prob, name) {
  checkPaired(yTrue, prob, name);
  checkFinite(prob, name, true);
  return toBinaryTruth(yTrue, name);
}
function brierScore(yTrue, prob) {
  const y = prepare(yTrue, prob, "brierScore");
  return y.reduce((s, yi, i) => s + ((prob[i] ?? 0) - yi) ** 2, 0) / y.length;
}
function logLoss(yTrue, prob, options = {}) {
  const eps = options.eps ?? Number.EPSILON;
  if (!(eps > 0 && eps < 0.5)) throw new RangeError(`logLoss: eps must be in (0, 0.5), got ${eps}`);
  const y = prepare(yTrue, prob, "logLoss");
  const total = y.reduce((s, yi, i) => {
    const p = Math.min(Math.max(prob[i] ?? 0, eps), 1 - eps);
    return s + (yi === 1 ? Math.log(p) : Math.log1p(-p));
  }, 0);
  return -total / y.length;
}
function unitLinspace(m) {
  const step = 1 / m;
  return Array.from({ length: m + 1 }, (_, i) => i === m ? 1 : i * step);
}
function numpyPercentile(sorted, q) {
  const h = (sorted.length - 1) * (q * 100 / 100);
  const lo = Math.floor(h);
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] ?? a;
  const t = h - lo;
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
function expectedCalibrationError(yTrue, prob, options = {}) {
  const m = options.bins ?? 10;
  if (!Number.isInteger(m) || m < 1) {
    throw new RangeError(`expectedCalibrationError: bins must be a positive integer, got ${m}`);
  }
  const strategy = options.strategy ?? "equal-width";
  const equalMass = strategy === "equal-mass" || strategy === "quantile";
  if (!equalMass && strategy !== "equal-width" && strategy !== "uniform") {
    throw new RangeError(`expectedCalibrationError: unknown strategy ${String(strategy)}`);
  }
  const y = prepare(yTrue, prob, "expectedCalibrationError");
  const sorted = [...prob].sort((a, b) => a - b);
  const grid = unitLinspace(m);
  const edges = equalMass ? grid.map((q) => numpyPercentile(sorted, q)) : grid;
  const count = new Array(m).fill(0);
  const sumProb = new Array(m).fill(0);
  const sumTrue = new Array(m).fill(0);
  prob.forEach((p, i) => {
    let lo = 0;
    let hi = m - 1;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if ((edges[mid + 1] ?? 1) >= p) hi = mid;
      else lo = mid + 1;
    }
    count[lo] = (count[lo] ?? 0) + 1;
    sumProb[lo] = (sumProb[lo] ?? 0) + p;
    sumTrue[lo] = (sumTrue[lo] ?? 0) + (y[i] ?? 0);
  });
  let ece = 0;
  const bins = count.map((c, b) => {
    const meanConfidence = c === 0 ? void 0 : (sumProb[b] ?? 0) / c;
    const accuracy = c === 0 ? void 0 : (sumTrue[b] ?? 0) / c;
    if (meanConfidence !== void 0 && accuracy !== void 0) {
      ece += c / y.length * Math.abs(accuracy - meanConfidence);
    }
    return { lo: edges[b] ?? 0, hi: edges[b + 1] ?? 1, count: c, meanConfidence, accuracy };
  });
  return {
    ece,
    bins,
    signature: `ece|bins:${m}|${equalMass ? "equal-mass" : "equal-width"}`
  };
}

// src/metrics/python-text.ts
var PY_SPACE = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
var PY_WORDS = new RegExp(`[^${PY_SPACE}]+`, "g");
function pyIsSpace(code) {
  if (code <= 32) return code === 32 || code >= 9 && code <= 13 || code >= 28 && code <= 31;
  if (code < 133) return false;
  return code === 133 || code === 160 || code === 5760 || code >= 8192 && code <= 8202 || code === 8232 || code === 8233 || code === 8239 || code === 8287 || code === 12288;
}
function isPyPunctuation(code) {
  return code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
}
function isLowerAlphanumeric(code) {
  return code >= 97 && code <= 122 || code >= 48 && code <= 57;
}
function pySplit(s) {
  return s.match(PY_WORDS) ?? [];
}
function pySplitInto(s, sink) {
  const length = s.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(s.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    while (i < length && !pyIsSpace(s.charCodeAt(i))) i++;
    sink.word(s, start, i);
  }
}
function pyRstrip(s) {
  let end = s.length;
  while (end > 0 && pyIsSpace(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
function pyLower(s) {
  return s.toLowerCase();
}
function codePoints(s) {
  return Array.from(s);
}

// src/metrics/unit-group.ts
var TokenList = class {
  tokens = [];
  word(text, start, end) {
    this.tokens.push(text.slice(start, end));
  }
};
var UnitGroup = class {
  units = new Int32Array(256);
  size = 0;
  ends = [];
  /** The n-gram ids of the group's sentences (ngrams.ts), kept with the group they describe. */
  ngramIds = new Int32Array(0);
  clear() {
    this.size = 0;
    this.ends.length = 0;
  }
  push(unit) {
    if (this.size === this.units.length) {
      const units = new Int32Array(2 * this.units.length);
      units.set(this.units);
      this.units = units;
    }
    this.units[this.size++] = unit;
  }
  /** Closes the current sentence (possibly empty). */
  endSentence() {
    this.ends.push(this.size);
  }
  start(k) {
    return k === 0 ? 0 : this.ends[k - 1];
  }
  length(k) {
    return this.ends[k] - this.start(k);
  }
};
var WordGroup = class extends UnitGroup {
  /** The number of distinct words so far. */
  distinct = 0;
  // open addressing, 2 ints a slot [stamp, id]; a slot is live when its stamp is the current
  // one, so clearing the group is one increment
  slots = new Int32Array(2 * 256);
  stamp = 1;
  // per id: the word's first occurrence and its hash
  texts = [];
  wordStarts = new Int32Array(128);
  wordEnds = new Int32Array(128);
  hashes = new Int32Array(128);
  clear() {
    super.clear();
    this.distinct = 0;
    if (++this.stamp === 2147483647) {
      this.slots.fill(0);
      this.stamp = 1;
    }
  }
  word(text, start, end) {
    let h = 2166136261;
    for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
    h ^= h >>> 15;
    const slots = this.slots;
    const mask = (slots.length >> 1) - 1;
    const length = end - start;
    let at = h & mask;
    for (; ; ) {
      if (slots[2 * at] !== this.stamp) break;
      const id2 = slots[2 * at + 1];
      if (this.hashes[id2] === h && this.same(id2, text, start, length)) {
        this.push(id2);
        return;
      }
      at = at + 1 & mask;
    }
    const id = this.distinct++;
    if (id === this.hashes.length) this.growWords();
    this.texts[id] = text;
    this.wordStarts[id] = start;
    this.wordEnds[id] = end;
    this.hashes[id] = h;
    slots[2 * at] = this.stamp;
    slots[2 * at + 1] = id;
    if (2 * this.distinct > mask) this.rehash();
    this.push(id);
  }
  same(id, text, start, length) {
    const other = this.texts[id];
    const from = this.wordStarts[id];
    if (this.wordEnds[id] - from !== length) return false;
    if (other === text && from === start) return true;
    for (let i = 0; i < length; i++) if (other.charCodeAt(from + i) !== text.charCodeAt(start + i)) return false;
    return true;
  }
  growWords() {
    const grow = (a) => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    this.wordStarts = grow(this.wordStarts);
    this.wordEnds = grow(this.wordEnds);
    this.hashes = grow(this.hashes);
  }
  rehash() {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = (slots.length >> 1) - 1;
    for (let id = 0; id < this.distinct; id++) {
      let at = this.hashes[id] & mask;
      while (slots[2 * at] === this.stamp) at = at + 1 & mask;
      slots[2 * at] = this.stamp;
      slots[2 * at + 1] = id;
    }
    this.slots = slots;
  }
};

// src/metrics/sacrebleu-tokenizers.ts
var V13A_RULES = [
  [/([\x7B-\x7E\x5B-\x60\x20-\x26\x28-\x2B\x3A-\x40\x2F])/gu, " $1 "],
  // period and comma unless preceded by a digit
  [/([^0-9])([.,])/gu, "$1 $2 "],
  // period and comma unless followed by a digit
  [/([.,])([^0-9])/gu, " $1 $2"],
  // dash when preceded by a digit
  [/([0-9])(-)/gu, "$1 $2 "]
];
function unescape13a(text) {
  let line = text;
  if (line.includes("<skipped>")) line = line.replaceAll("<skipped>", "");
  if (line.includes("\n")) line = line.replaceAll("-\n", "").replaceAll("\n", " ");
  if (line.includes("&")) {
    line = line.replaceAll("&quot;", '"').replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">");
  }
  return line;
}
function tokens13aInto(text, sink) {
  const line = unescape13a(text);
  const length = line.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(line.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    let specials = 0;
    for (; i < length; i++) {
      const code = line.charCodeAt(i);
      if (pyIsSpace(code)) break;
      if (isPyPunctuation(code)) specials++;
    }
    if (specials === 0) {
      sink.word(line, start, i);
      continue;
    }
    const last = line.charCodeAt(i - 1);
    if (specials === 1 && i - start > 1 && (last === 46 || last === 44)) {
      sink.word(line, start, i - 1);
      sink.word(line, i - 1, i);
      continue;
    }
    let padded = ` ${line.slice(start, i)} `;
    for (const [pattern, replacement] of V13A_RULES) padded = padded.replace(pattern, replacement);
    pySplitInto(padded, sink);
  }
}
function tokenize13a(text) {
  const list = new TokenList();
  tokens13aInto(text, list);
  return list.tokens.join(" ");
}
var INTL_RULES = [
  [new RegExp("(\\P{N})(\\p{P})", "gu"), "$1 $2 "],
  [new RegExp("(\\p{P})(\\P{N})", "gu"), " $1 $2"],
  [new RegExp("(\\p{S})", "gu"), " $1 "]
];
function tokenizeIntl(text) {
  let line = text;
  for (const [pattern, replacement] of INTL_RULES) line = line.replace(pattern, replacement);
  return pySplit(line).join(" ");
}
function tokenizeChar(text) {
  return codePoints(text).join(" ");
}
function bleuWordsInto(name) {
  if (name === "13a") return tokens13aInto;
  const tokenize = bleuTokenizer(name);
  return (line, sink) => pySplitInto(tokenize(line), sink);
}
function bleuTokenizer(name) {
  switch (name) {
    case "13a":
      return tokenize13a;
    case "intl":
      return tokenizeIntl;
    case "char":
      return tokenizeChar;
    case "none":
      return (line) => line;
    default:
      throw new RangeError(`unknown BLEU tokenizer: ${String(name)}`);
  }
}

// src/metrics/ngrams.ts
var table = new Int32Array(0);
var generation = 0;
function resetTable(entries) {
  let size = 1024;
  while (size < 2 * entries) size *= 2;
  if (4 * size > table.length) {
    table = new Int32Array(4 * size);
    generation = 0;
  }
  generation++;
  if (generation === 2147483647) {
    table.fill(0);
    generation = 1;
  }
}
function ngramsOf(group, maxOrder) {
  const needed = group.size * maxOrder;
  if (group.ngramIds.length < needed)
    group.ngramIds = new Int32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(needed))));
  const bound = directNgrams(group, maxOrder) ?? hashedNgrams(group, maxOrder);
  const all = [];
  for (let k = 0; k < group.ends.length; k++) {
    all.push({ ids: group.ngramIds, start: group.start(k) * maxOrder, length: group.length(k), maxOrder, bound });
  }
  return all;
}
var arrays = new UnitGroup();
var DIRECT = 1 << 18;
var unitSlots = new Int32Array(0);
var keySlots = new Int32Array(0);
var counter = 1;
function directNgrams(group, maxOrder) {
  const units = group.units;
  const total = group.size;
  let maxUnit = 0;
  for (let i = 0; i < total; i++) if (units[i] > maxUnit) maxUnit = units[i];
  if (maxUnit >= DIRECT) return void 0;
  if (unitSlots.length <= maxUnit) {
    unitSlots = new Int32Array(Math.min(DIRECT, Math.max(1 << 12, 2 ** Math.ceil(Math.log2(maxUnit + 1)))));
  }
  if (counter > 1073741823 - total * maxOrder) {
    unitSlots.fill(0);
    keySlots.fill(0);
    counter = 1;
  }
  const ids = group.ngramIds;
  const sentences2 = group.ends.length;
  const base = counter;
  let next = base;
  for (let k = 0; k < sentences2; k++) {
    const from = group.start(k);
    const length = group.length(k);
    const row = from * maxOrder;
    for (let i = 0; i < length; i++) {
      const unit = units[from + i];
      const old = unitSlots[unit];
      const id = old >= base ? old : next;
      next += old >= base ? 0 : 1;
      unitSlots[unit] = id;
      ids[row + i] = id - base + 1;
    }
  }
  counter = next;
  const alphabet = next - base;
  if (total * alphabet > DIRECT) return void 0;
  if (keySlots.length < total * alphabet) keySlots = new Int32Array(DIRECT);
  const slots = keySlots;
  let first = 1;
  for (let n = 2; n <= maxOrder; n++) {
    const previousFirst = first;
    const orderBase = next;
    first = next - base + 1;
    for (let k = 0; k < sentences2; k++) {
      const length = group.length(k);
      const row = group.start(k) * maxOrder + (n - 1) * length;
      const last = group.start(k) * maxOrder + n - 1;
      const end = length - n + 1;
      for (let i = 0; i < end; i++) {
        const key = (ids[row - length + i] - previousFirst) * alphabet + ids[last + i] - 1;
        const old = slots[key];
        const id = old >= orderBase ? old : next;
        next += old >= orderBase ? 0 : 1;
        slots[key] = id;
        ids[row + i] = id - base + 1;
      }
    }
  }
  counter = next;
  return next - base + 1;
}
function hashedNgrams(group, maxOrder) {
  resetTable(group.size * maxOrder);
  const stamp = generation;
  const slots = table;
  const slotMask = (slots.length >> 2) - 1;
  const units = group.units;
  const ids = group.ngramIds;
  let next = 1;
  for (let k = 0; k < group.ends.length; k++) {
    const from = group.start(k);
    const length = group.length(k);
    const base = from * maxOrder;
    for (let n = 1; n <= maxOrder; n++) {
      const row = base + (n - 1) * length;
      const end = length - n + 1;
      for (let i = 0; i < end; i++) {
        const prefix = n === 1 ? 0 : ids[row - length + i];
        const unit = units[from + i + n - 1];
        let h = Math.imul(prefix, 2654435761) ^ Math.imul(unit + 1, 2246822507);
        h ^= h >>> 15;
        let at = (h & slotMask) << 2;
        for (; ; ) {
          if (slots[at] !== stamp) {
            slots[at] = stamp;
            slots[at + 1] = prefix;
            slots[at + 2] = unit;
            slots[at + 3] = next;
            ids[row + i] = next++;
            break;
          }
          if (slots[at + 1] === prefix && slots[at + 2] === unit) {
            ids[row + i] = slots[at + 3];
            break;
          }
          at = at + 4 & slots.length - 1;
        }
      }
    }
  }
  return next;
}
function ngramCount(s, n) {
  return Math.max(0, s.length - n + 1);
}
var counts = new Int32Array(1024);
var maxCounts = new Int32Array(1024);
function scratchFor(bound) {
  if (counts.length >= bound) return;
  let size = counts.length;
  while (size < bound) size *= 2;
  counts = new Int32Array(size);
  maxCounts = new Int32Array(size);
}
function matchCount(hyp, ref, n) {
  scratchFor(hyp.bound);
  const count = counts;
  const refIds = ref.ids;
  const hypIds = hyp.ids;
  const refStart = ref.start + (n - 1) * ref.length;
  const refEnd = refStart + ngramCount(ref, n);
  const hypStart = hyp.start + (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = refStart; i < refEnd; i++) count[refIds[i]]++;
  let matches = 0;
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hypIds[i];
    if (count[id] > 0) {
      matches++;
      count[id]--;
    }
  }
  for (let i = refStart; i < refEnd; i++) count[refIds[i]] = 0;
  return matches;
}
function maxRefMatchCount(hyp, refs, n) {
  if (refs.length === 1) return matchCount(hyp, refs[0], n);
  scratchFor(hyp.bound);
  const count = counts;
  const max = maxCounts;
  for (const ref of refs) {
    const refIds = ref.ids;
    const start = ref.start + (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) count[refIds[i]]++;
    for (let i = start; i < end; i++) {
      const id = refIds[i];
      if (count[id] > max[id]) max[id] = count[id];
    }
    for (let i = start; i < end; i++) count[refIds[i]] = 0;
  }
  let matches = 0;
  const hypIds = hyp.ids;
  const hypStart = hyp.start + (n - 1) * hyp.length;
  const hypEnd = hypStart + ngramCount(hyp, n);
  for (let i = hypStart; i < hypEnd; i++) {
    const id = hypIds[i];
    if (max[id] > 0) {
      matches++;
      max[id]--;
    }
  }
  for (const ref of refs) {
    const refIds = ref.ids;
    const start = ref.start + (n - 1) * ref.length;
    const end = start + ngramCount(ref, n);
    for (let i = start; i < end; i++) max[refIds[i]] = 0;
  }
  return matches;
}

// src/metrics/bleu.ts
var SMOOTH_DEFAULTS = {
  none: void 0,
  floor: 0.1,
  "add-k": 1,
  exp: void 0
};
var DEFAULT_ORDER = 4;
function settingsOf(opts, effectiveOrderDefault) {
  const smoothMethod = opts?.smoothMethod ?? "exp";
  if (!(smoothMethod in SMOOTH_DEFAULTS)) throw new RangeError(`unknown smoothMethod: ${smoothMethod}`);
  const maxNgramOrder2 = opts?.maxNgramOrder ?? DEFAULT_ORDER;
  if (!Number.isInteger(maxNgramOrder2) || maxNgramOrder2 < 1) {
    throw new RangeError(`maxNgramOrder must be a positive integer, got ${maxNgramOrder2}`);
  }
  return {
    tokenize: opts?.tokenize ?? "13a",
    lowercase: opts?.lowercase ?? false,
    smoothMethod,
    smoothValue: opts?.smoothValue ?? SMOOTH_DEFAULTS[smoothMethod],
    effectiveOrder: opts?.effectiveOrder ?? effectiveOrderDefault,
    maxNgramOrder: maxNgramOrder2
  };
}
function myLog(x) {
  return x === 0 ? -9999999999 : Math.log(x);
}
function computeBleu(stats, opts, nrefs = 1) {
  const s = settingsOf(opts, false);
  const order = s.maxNgramOrder;
  const correct = [];
  const total = [];
  for (let i = 0; i < order; i++) {
    correct.push(stats.correct[i] ?? 0);
    total.push(stats.total[i] ?? 0);
  }
  const { sysLen, refLen } = stats;
  let bp = 1;
  if (sysLen < refLen) bp = sysLen > 0 ? Math.exp(1 - refLen / sysLen) : 0;
  const precisions = new Array(order).fill(0);
  const result = (score) => ({
    score,
    counts: correct,
    totals: total,
    precisions,
    bp,
    sysLen,
    refLen,
    // built on first read: a scorer computes a BLEU per case and reads the signature once per suite
    get signature() {
      return bleuSignature(s, nrefs);
    }
  });
  if (!correct.some((c) => c !== 0)) return result(0);
  const k = s.smoothValue ?? 0;
  let smoothMteval = 1;
  let effOrder = order;
  for (let n = 1; n <= order; n++) {
    const i = n - 1;
    if (s.smoothMethod === "add-k" && n > 1) {
      correct[i] = correct[i] + k;
      total[i] = total[i] + k;
    }
    const t = total[i];
    const c = correct[i];
    if (t === 0) break;
    if (s.effectiveOrder) effOrder = n;
    if (c === 0) {
      if (s.smoothMethod === "exp") {
        smoothMteval *= 2;
        precisions[i] = 100 / (smoothMteval * t);
      } else if (s.smoothMethod === "floor") {
        precisions[i] = 100 * k / t;
      }
    } else {
      precisions[i] = 100 * c / t;
    }
  }
  let logSum = 0;
  for (let i = 0; i < effOrder; i++) logSum += myLog(precisions[i]);
  return result(bp * Math.exp(logSum / effOrder));
}
function bleuSignature(s, nrefs) {
  const value = s.smoothValue;
  const smooth = SMOOTH_DEFAULTS[s.smoothMethod] === void 0 || value === void 0 ? s.smoothMethod : `${s.smoothMethod}[${value.toFixed(2)}]`;
  const parts = [
    `nrefs:${nrefs}`,
    `case:${s.lowercase ? "lc" : "mixed"}`,
    `eff:${s.effectiveOrder ? "yes" : "no"}`,
    `tok:${s.tokenize}`,
    `smooth:${smooth}`
  ];
  if (s.maxNgramOrder !== DEFAULT_ORDER) parts.push(`ngram:${s.maxNgramOrder}`);
  parts.push("version:2.x");
  return parts.join("|");
}
function closestRefLength(hypLen, refLengths) {
  let bestDiff = -1;
  let best = -1;
  for (const len of refLengths) {
    const diff = Math.abs(hypLen - len);
    if (bestDiff === -1 || diff < bestDiff) {
      bestDiff = diff;
      best = len;
    } else if (diff === bestDiff && len < best) {
      best = len;
    }
  }
  return best;
}
var words = new WordGroup();
function segmentStatistics(hyp, refs, s, tokenize, index) {
  if (refs.length === 0) throw new RangeError(`segment ${index} has no reference`);
  words.clear();
  for (const sentence of [hyp, ...refs]) {
    tokenize(pyRstrip(s.lowercase ? pyLower(sentence) : sentence), words);
    words.endSentence();
  }
  const order = s.maxNgramOrder;
  const [hypNgrams, ...refNgrams] = ngramsOf(words, order);
  const correct = [];
  const total = [];
  for (let n = 1; n <= order; n++) {
    correct.push(maxRefMatchCount(hypNgrams, refNgrams, n));
    total.push(ngramCount(hypNgrams, n));
  }
  const refLen = closestRefLength(
    hypNgrams.length,
    refNgrams.map((r) => r.length)
  );
  return { sysLen: hypNgrams.length, refLen, correct, total };
}
function bleuStatistics(hyps, refStreams, opts) {
  const s = settingsOf(opts, false);
  const tokenize = bleuWordsInto(s.tokenize);
  for (const stream of refStreams) {
    if (stream.length !== hyps.length) {
      throw new RangeError(`a reference stream has ${stream.length} segments, the hypotheses ${hyps.length}`);
    }
  }
  const refCounts = /* @__PURE__ */ new Set();
  const segments = hyps.map((hyp, i) => {
    const refs = [];
    for (const stream of refStreams) {
      const ref = stream[i];
      if (ref !== null && ref !== void 0) refs.push(ref);
    }
    refCounts.add(refs.length);
    return segmentStatistics(hyp, refs, s, tokenize, i);
  });
  const [only, ...others] = refCounts;
  const nrefs = only === void 0 ? refStreams.length : others.length === 0 ? only : "var";
  return { segments, nrefs };
}
function segmentBleuStatistics(hyp, refs, opts) {
  const s = settingsOf(opts, false);
  return segmentStatistics(hyp, refs, s, bleuWordsInto(s.tokenize), 0);
}
function sumBleuStatistics(segments, maxNgramOrder2 = DEFAULT_ORDER) {
  const sum = {
    sysLen: 0,
    refLen: 0,
    correct: new Array(maxNgramOrder2).fill(0),
    total: new Array(maxNgramOrder2).fill(0)
  };
  for (const seg of segments) {
    sum.sysLen += seg.sysLen;
    sum.refLen += seg.refLen;
    for (let i = 0; i < maxNgramOrder2; i++) {
      sum.correct[i] = sum.correct[i] + (seg.correct[i] ?? 0);
      sum.total[i] = sum.total[i] + (seg.total[i] ?? 0);
    }
  }
  return sum;
}
function corpusBleu(hyps, refStreams, opts) {
  const { segments, nrefs } = bleuStatistics(hyps, refStreams, opts);
  return computeBleu(sumBleuStatistics(segments, opts?.maxNgramOrder), opts, nrefs);
}
function sentenceBleu(hyp, refs, opts) {
  const references = typeof refs === "string" ? [refs] : refs;
  const withDefault = { ...opts, effectiveOrder: opts?.effectiveOrder ?? true };
  return corpusBleu(
    [hyp],
    references.map((r) => [r]),
    withDefault
  );
}

// src/metrics/chrf.ts
function settingsOf2(opts) {
  const s = {
    charOrder: opts?.charOrder ?? 6,
    wordOrder: opts?.wordOrder ?? 0,
    beta: opts?.beta ?? 2,
    lowercase: opts?.lowercase ?? false,
    whitespace: opts?.whitespace ?? false,
    epsSmoothing: opts?.epsSmoothing ?? false
  };
  if (!Number.isInteger(s.charOrder) || s.charOrder < 0 || !Number.isInteger(s.wordOrder) || s.wordOrder < 0) {
    throw new RangeError("charOrder and wordOrder must be non-negative integers");
  }
  if (s.charOrder + s.wordOrder === 0) throw new RangeError("charOrder + wordOrder must be positive");
  return s;
}
function chrfSignature(s, nrefs) {
  const parts = [
    `nrefs:${nrefs}`,
    `case:${s.lowercase ? "lc" : "mixed"}`,
    `eff:${s.epsSmoothing ? "no" : "yes"}`,
    `nc:${s.charOrder}`,
    `nw:${s.wordOrder}`,
    `space:${s.whitespace ? "yes" : "no"}`
  ];
  if (s.beta !== 2) parts.push(`beta:${s.beta}`);
  parts.push("version:2.x");
  return parts.join("|");
}
var PunctuationSplitter = class {
  constructor(words5) {
    this.words = words5;
  }
  words;
  word(text, start, end) {
    if (end - start > 1 && isPyPunctuation(text.charCodeAt(end - 1))) {
      this.words.word(text, start, end - 1);
      this.words.word(text, end - 1, end);
    } else if (end - start > 1 && isPyPunctuation(text.charCodeAt(start))) {
      this.words.word(text, start, start + 1);
      this.words.word(text, start + 1, end);
    } else {
      this.words.word(text, start, end);
    }
  }
};
function charUnitsInto(sentence, whitespace, group) {
  for (let i = 0; i < sentence.length; i++) {
    const code = sentence.codePointAt(i);
    if (code > 65535) i++;
    if (whitespace || !pyIsSpace(code)) group.push(code);
  }
  group.endSentence();
}
var chars = new UnitGroup();
var words2 = new WordGroup();
var wordsSplit = new PunctuationSplitter(words2);
function groupOrders(sentences2, s) {
  chars.clear();
  for (const sentence of sentences2) charUnitsInto(sentence, s.whitespace, chars);
  if (s.wordOrder === 0) return { chars: ngramsOf(chars, s.charOrder), words: void 0 };
  words2.clear();
  for (const sentence of sentences2) {
    pySplitInto(sentence, wordsSplit);
    words2.endSentence();
  }
  return { chars: ngramsOf(chars, s.charOrder), words: ngramsOf(words2, s.wordOrder) };
}
function matchStatistics(group, ref, s) {
  const stats = [];
  const push = (sentences2, order) => {
    const h = sentences2[0];
    const r = sentences2[ref];
    for (let n = 1; n <= order; n++) {
      const refTotal = ngramCount(r, n);
      stats.push(refTotal > 0 ? ngramCount(h, n) : 0, refTotal, matchCount(h, r, n));
    }
  };
  push(group.chars, s.charOrder);
  if (group.words) push(group.words, s.wordOrder);
  return stats;
}
function fScore(stats, s) {
  const eps = 1e-16;
  const factor = s.beta ** 2;
  const order = s.charOrder + s.wordOrder;
  let score = 0;
  let effectiveOrder = 0;
  let avgPrec = 0;
  let avgRec = 0;
  for (let i = 0; i < order; i++) {
    const nHyp = stats[3 * i] ?? 0;
    const nRef = stats[3 * i + 1] ?? 0;
    const nMatch = stats[3 * i + 2] ?? 0;
    const prec = nHyp > 0 ? nMatch / nHyp : eps;
    const rec = nRef > 0 ? nMatch / nRef : eps;
    const denom = factor * prec + rec;
    score += denom > 0 ? (1 + factor) * prec * rec / denom : eps;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effectiveOrder += 1;
    }
  }
  if (s.epsSmoothing) return 100 * score / order;
  if (effectiveOrder === 0) {
    avgPrec = 0;
    avgRec = 0;
  } else {
    avgPrec /= effectiveOrder;
    avgRec /= effectiveOrder;
  }
  if (avgPrec + avgRec === 0) return 0;
  return 100 * ((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec);
}
function segmentStatistics2(hyp, refs, s, index) {
  const prep = (sentence) => s.lowercase ? pyLower(sentence) : sentence;
  const group = groupOrders([prep(hyp), ...refs.map(prep)], s);
  let best;
  let bestF = -1;
  for (let ref = 1; ref <= refs.length; ref++) {
    const stats = matchStatistics(group, ref, s);
    const f = fScore(stats, s);
    if (f > bestF) {
      bestF = f;
      best = stats;
    }
  }
  if (best === void 0) throw new RangeError(`segment ${index} has no reference`);
  return best;
}
function chrfStatistics(hyps, refStreams, opts) {
  const s = settingsOf2(opts);
  for (const stream of refStreams) {
    if (stream.length !== hyps.length) {
      throw new RangeError(`a reference stream has ${stream.length} segments, the hypotheses ${hyps.length}`);
    }
  }
  const refCounts = /* @__PURE__ */ new Set();
  const segments = hyps.map((hyp, i) => {
    const refs = [];
    for (const stream of refStreams) {
      const ref = stream[i];
      if (ref !== null && ref !== void 0) refs.push(ref);
    }
    refCounts.add(refs.length);
    return segmentStatistics2(hyp, refs, s, i);
  });
  const [only, ...others] = refCounts;
  const nrefs = only === void 0 ? refStreams.length : others.length === 0 ? only : "var";
  return { segments, nrefs };
}
function segmentChrfStatistics(hyp, refs, opts) {
  return segmentStatistics2(hyp, refs, settingsOf2(opts), 0);
}
function computeChrf(stats, opts, nrefs = 1) {
  const s = settingsOf2(opts);
  return {
    score: fScore(stats, s),
    // built on first read: a scorer computes a chrF per case and reads the signature once per suite
    get signature() {
      return chrfSignature(s, nrefs);
    }
  };
}
function corpusChrf(hyps, refStreams, opts) {
  const { segments, nrefs } = chrfStatistics(hyps, refStreams, opts);
  const s = settingsOf2(opts);
  const sum = new Array(3 * (s.charOrder + s.wordOrder)).fill(0);
  for (const seg of segments) seg.forEach((v, i) => sum[i] = sum[i] + v);
  return computeChrf(sum, opts, nrefs);
}
function sentenceChrf(hyp, refs, opts) {
  const references = typeof refs === "string" ? [refs] : refs;
  return corpusChrf(
    [hyp],
    references.map((r) => [r]),
    opts
  );
}

// src/metrics/squad.ts
var PUNCTUATION = /[\x21-\x2F\x3A-\x40\x5B-\x60\x7B-\x7E]/g;
var ARTICLES = /(?<![\p{L}\p{N}_])(a|an|the)(?![\p{L}\p{N}_])/gu;
function normalizeAnswer(text) {
  const list = new TokenList();
  normalizedInto(text, list);
  return list.tokens.join(" ");
}
function normalizedInto(text, sink) {
  const lower = pyLower(text);
  if (plainAscii(lower)) plainNormalizedInto(lower, sink);
  else pySplitInto(lower.replace(PUNCTUATION, "").replace(ARTICLES, " "), sink);
}
function plainAscii(text) {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isLowerAlphanumeric(code) && !isPyPunctuation(code) && !pyIsSpace(code)) return false;
  }
  return true;
}
function isArticle(text, start, end) {
  const length = end - start;
  if (length === 1) return text.charCodeAt(start) === 97;
  if (length === 2) return text.charCodeAt(start) === 97 && text.charCodeAt(start + 1) === 110;
  return length === 3 && text.startsWith("the", start);
}
function plainNormalizedInto(lower, sink) {
  const length = lower.length;
  let i = 0;
  while (i < length) {
    while (i < length && pyIsSpace(lower.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    let punctuation = 0;
    for (; i < length; i++) {
      const code = lower.charCodeAt(i);
      if (pyIsSpace(code)) break;
      if (isPyPunctuation(code)) punctuation++;
    }
    if (punctuation === 0) {
      if (!isArticle(lower, start, i)) sink.word(lower, start, i);
    } else if (punctuation < i - start) {
      const word = lower.slice(start, i).replace(PUNCTUATION, "");
      if (!isArticle(word, 0, word.length)) sink.word(word, 0, word.length);
    }
  }
}
var words3 = new WordGroup();
var counts2 = new Int32Array(256);
function normalizeGroup(texts) {
  words3.clear();
  for (const text of texts) {
    normalizedInto(text, words3);
    words3.endSentence();
  }
}
function sameText(a, b) {
  const length = words3.length(a);
  if (words3.length(b) !== length) return false;
  const units = words3.units;
  const from = words3.start(a);
  const to = words3.start(b);
  for (let i = 0; i < length; i++) if (units[from + i] !== units[to + i]) return false;
  return true;
}
function overlapF1(pred, gold) {
  if (counts2.length < words3.distinct) counts2 = new Int32Array(2 * words3.distinct);
  const units = words3.units;
  const goldFrom = words3.start(gold);
  const goldTo = goldFrom + words3.length(gold);
  for (let i = goldFrom; i < goldTo; i++) counts2[units[i]]++;
  let same = 0;
  const predFrom = words3.start(pred);
  const predLength = words3.length(pred);
  for (let i = predFrom; i < predFrom + predLength; i++) {
    const word = units[i];
    if (counts2[word] > 0) {
      same++;
      counts2[word]--;
    }
  }
  for (let i = goldFrom; i < goldTo; i++) counts2[units[i]] = 0;
  if (same === 0) return 0;
  const precision = same / predLength;
  const recall = same / (goldTo - goldFrom);
  return 2 * precision * recall / (precision + recall);
}
function f1Of(pred, gold, version) {
  const predLength = words3.length(pred);
  const goldLength = words3.length(gold);
  if (predLength === 0 || goldLength === 0) return version === "2.0" && predLength === goldLength ? 1 : 0;
  return overlapF1(pred, gold);
}
function tokenF1(prediction, reference) {
  normalizeGroup([prediction, reference]);
  return f1Of(0, 1, "2.0");
}
function bestOver(gold, version) {
  let exact = 0;
  let f1 = 0;
  for (const g of gold) {
    if (sameText(0, g)) exact = 1;
    f1 = Math.max(f1, f1Of(0, g, version));
  }
  return { exact, f1 };
}
function squadScore(prediction, answers, opts) {
  const goldAnswers = typeof answers === "string" ? [answers] : answers;
  const version = opts?.version ?? "2.0";
  if (version === "1.1" && goldAnswers.length === 0) throw new RangeError("SQuAD v1.1 needs at least one gold answer");
  if (version !== "1.1" && version !== "2.0") throw new RangeError(`unknown SQuAD version: ${String(version)}`);
  normalizeGroup([prediction, ...goldAnswers]);
  const gold = goldAnswers.map((_, k) => k + 1);
  if (version === "1.1") return bestOver(gold, version);
  const answerable = gold.filter((k) => words3.length(k) > 0);
  if (answerable.length > 0) return bestOver(answerable, version);
  words3.endSentence();
  return bestOver([words3.ends.length - 1], version);
}
function squadSignature(opts) {
  return `squad|version:${opts?.version ?? "2.0"}`;
}

// src/metrics/porter-stemmer.ts
var IRREGULAR = new Map(
  Object.entries({
    sky: ["sky", "skies"],
    die: ["dying"],
    lie: ["lying"],
    tie: ["tying"],
    news: ["news"],
    inning: ["innings", "inning"],
    outing: ["outings", "outing"],
    canning: ["cannings", "canning"],
    howe: ["howe"],
    proceed: ["proceed"],
    exceed: ["exceed"],
    succeed: ["succeed"]
  }).flatMap(([stem2, forms]) => forms.map((form) => [form, stem2]))
);
var VOWELS = /* @__PURE__ */ new Set(["a", "e", "i", "o", "u"]);
function isConsonant(word, i) {
  const ch = word[i];
  if (VOWELS.has(ch)) return false;
  if (ch === "y") return i === 0 ? true : !isConsonant(word, i - 1);
  return true;
}
function measure(stem2) {
  let m = 0;
  for (let i = 1; i < stem2.length; i++) {
    if (isConsonant(stem2, i) && !isConsonant(stem2, i - 1)) m++;
  }
  return m;
}
var positiveMeasure = (stem2) => measure(stem2) > 0;
var measureAbove1 = (stem2) => measure(stem2) > 1;
function containsVowel(stem2) {
  for (let i = 0; i < stem2.length; i++) if (!isConsonant(stem2, i)) return true;
  return false;
}
function endsDoubleConsonant(word) {
  const n = word.length;
  return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}
function applyRules(word, rules) {
  for (const [suffix, replacement, condition] of rules) {
    if (word.endsWith(suffix)) {
      const stem2 = word.slice(0, word.length - suffix.length);
      return condition === null || condition(stem2) ? stem2 + replacement : word;
    }
  }
  return word;
}
var STEP1A = [
  ["sses", "ss", null],
  ["ies", "i", null],
  ["ss", "ss", null],
  ["s", "", null]
];
var STEP2_COMMON = [
  ["alli", "al", positiveMeasure],
  ["entli", "ent", positiveMeasure],
  ["eli", "e", positiveMeasure],
  ["ousli", "ous", positiveMeasure],
  ["ization", "ize", positiveMeasure],
  ["ation", "ate", positiveMeasure],
  ["ator", "ate", positiveMeasure],
  ["alism", "al", positiveMeasure],
  ["iveness", "ive", positiveMeasure],
  ["fulness", "ful", positiveMeasure],
  ["ousness", "ous", positiveMeasure],
  ["aliti", "al", positiveMeasure],
  ["iviti", "ive", positiveMeasure],
  ["biliti", "ble", positiveMeasure]
];
function step2Rules(mode) {
  return [
    ["ational", "ate", positiveMeasure],
    ["tional", "tion", positiveMeasure],
    ["enci", "ence", positiveMeasure],
    ["anci", "ance", positiveMeasure],
    ["izer", "ize", positiveMeasure],
    mode === "ORIGINAL_ALGORITHM" ? ["abli", "able", positiveMeasure] : ["bli", "ble", positiveMeasure],
    ...STEP2_COMMON,
    ...mode === "NLTK_EXTENSIONS" ? [
      ["fulli", "ful", positiveMeasure],
      ["logi", "log", (stem2) => positiveMeasure(stem2 + "l")]
    ] : mode === "MARTIN_EXTENSIONS" ? [["logi", "log", positiveMeasure]] : []
  ];
}
var STEP3 = [
  ["icate", "ic", positiveMeasure],
  ["ative", "", positiveMeasure],
  ["alize", "al", positiveMeasure],
  ["iciti", "ic", positiveMeasure],
  ["ical", "ic", positiveMeasure],
  ["ful", "", positiveMeasure],
  ["ness", "", positiveMeasure]
];
var STEP4 = [
  ["al", "", measureAbove1],
  ["ance", "", measureAbove1],
  ["ence", "", measureAbove1],
  ["er", "", measureAbove1],
  ["ic", "", measureAbove1],
  ["able", "", measureAbove1],
  ["ible", "", measureAbove1],
  ["ant", "", measureAbove1],
  ["ement", "", measureAbove1],
  ["ment", "", measureAbove1],
  ["ent", "", measureAbove1],
  ["ion", "", (s) => measure(s) > 1 && (s.endsWith("s") || s.endsWith("t"))],
  ["ou", "", measureAbove1],
  ["ism", "", measureAbove1],
  ["ate", "", measureAbove1],
  ["iti", "", measureAbove1],
  ["ous", "", measureAbove1],
  ["ive", "", measureAbove1],
  ["ize", "", measureAbove1]
];
var STEP5B = [["ll", "l", (stem2) => measure(stem2 + "l") > 1]];
function porterStemmer(mode = "NLTK_EXTENSIONS") {
  const nltk = mode === "NLTK_EXTENSIONS";
  const endsCvc = (word) => {
    const n = word.length;
    return n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && !["w", "x", "y"].includes(word[n - 1]) || nltk && n === 2 && !isConsonant(word, 0) && isConsonant(word, 1);
  };
  const step1a = (word) => {
    if (nltk && word.endsWith("ies") && word.length === 4) return word.slice(0, -3) + "ie";
    return applyRules(word, STEP1A);
  };
  const step1b = (word) => {
    if (nltk && word.endsWith("ied")) return word.slice(0, -3) + (word.length === 4 ? "ie" : "i");
    if (word.endsWith("eed")) {
      const stem3 = word.slice(0, -3);
      return measure(stem3) > 0 ? stem3 + "ee" : word;
    }
    let stem2;
    for (const suffix of ["ed", "ing"]) {
      if (word.endsWith(suffix) && containsVowel(word.slice(0, -suffix.length))) {
        stem2 = word.slice(0, -suffix.length);
        break;
      }
    }
    if (stem2 === void 0) return word;
    if (stem2.endsWith("at") || stem2.endsWith("bl") || stem2.endsWith("iz")) return stem2 + "e";
    if (endsDoubleConsonant(stem2)) return "lsz".includes(stem2[stem2.length - 1]) ? stem2 : stem2.slice(0, -1);
    return measure(stem2) === 1 && endsCvc(stem2) ? stem2 + "e" : stem2;
  };
  const step1c = [
    ["y", "i", nltk ? (s) => s.length > 1 && isConsonant(s, s.length - 1) : containsVowel]
  ];
  const step2List = step2Rules(mode);
  const step2 = (word) => {
    if (nltk && word.endsWith("alli") && positiveMeasure(word.slice(0, -4))) {
      return step2(word.slice(0, -4) + "al");
    }
    return applyRules(word, step2List);
  };
  const step5a = (word) => {
    if (!word.endsWith("e")) return word;
    const stem2 = word.slice(0, -1);
    const m = measure(stem2);
    return m > 1 || m === 1 && !endsCvc(stem2) ? stem2 : word;
  };
  return (word) => {
    const lower = word.toLowerCase();
    if (nltk && IRREGULAR.has(word)) return IRREGULAR.get(lower);
    if (mode !== "ORIGINAL_ALGORITHM" && word.length <= 2) return lower;
    let stem2 = step1a(lower);
    stem2 = step1b(stem2);
    stem2 = applyRules(stem2, step1c);
    stem2 = step2(stem2);
    stem2 = applyRules(stem2, STEP3);
    stem2 = applyRules(stem2, STEP4);
    stem2 = step5a(stem2);
    return applyRules(stem2, STEP5B);
  };
}

// src/metrics/rouge.ts
var DEFAULT_TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"];
var porter = porterStemmer("NLTK_EXTENSIONS");
var stemMemo = /* @__PURE__ */ new Map();
function stem(word) {
  let stemmed = stemMemo.get(word);
  if (stemmed === void 0) {
    if (stemMemo.size >= 1e5) stemMemo.clear();
    stemmed = porter(word);
    stemMemo.set(word, stemmed);
  }
  return stemmed;
}
function tokenizeInto(text, useStemmer, sink) {
  const lower = pyLower(text);
  const length = lower.length;
  let i = 0;
  while (i < length) {
    while (i < length && !isLowerAlphanumeric(lower.charCodeAt(i))) i++;
    if (i === length) return;
    const start = i;
    while (i < length && isLowerAlphanumeric(lower.charCodeAt(i))) i++;
    if (!useStemmer) {
      sink.word(lower, start, i);
    } else {
      const token = i - start > 3 ? stem(lower.slice(start, i)) : lower.slice(start, i);
      if (/^[a-z0-9]+$/.test(token)) sink.word(token, 0, token.length);
    }
  }
}
function rougeTokenize(text, useStemmer = false) {
  const list = new TokenList();
  tokenizeInto(text, useStemmer, list);
  return list.tokens;
}
function fmeasure(precision, recall) {
  return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}
var ZERO = { precision: 0, recall: 0, fmeasure: 0 };
function scoreNgrams(target, prediction, n) {
  const overlap = matchCount(target, prediction, n);
  const precision = overlap / Math.max(ngramCount(prediction, n), 1);
  const recall = overlap / Math.max(ngramCount(target, n), 1);
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
var words4 = new WordGroup();
var lineEnds = [];
var masks = new Int32Array(256);
var column = new Int32Array(8);
function lcsLength(units, ref, can, distinct) {
  const rows = ref.to - ref.from;
  const chunks = rows + 31 >>> 5;
  if (masks.length < distinct * chunks) masks = new Int32Array(2 * distinct * chunks);
  if (column.length < chunks) column = new Int32Array(2 * chunks);
  masks.fill(0, 0, distinct * chunks);
  for (let i = 0; i < rows; i++) masks[units[ref.from + i] * chunks + (i >>> 5)] |= 1 << (i & 31);
  column.fill(-1, 0, chunks);
  for (let j = can.from; j < can.to; j++) {
    const mask = units[j] * chunks;
    let carry = 0;
    for (let c = 0; c < chunks; c++) {
      const v = column[c];
      const m = masks[mask + c];
      const sum = (v >>> 0) + ((v & m) >>> 0) + carry;
      carry = sum > 4294967295 ? 1 : 0;
      column[c] = sum | v & ~m;
    }
  }
  let length = 0;
  for (let c = 0; c < chunks; c++) {
    let zeros = ~column[c];
    if (c === chunks - 1 && (rows & 31) !== 0) zeros &= (1 << (rows & 31)) - 1;
    zeros -= zeros >>> 1 & 1431655765;
    zeros = (zeros & 858993459) + (zeros >>> 2 & 858993459);
    length += Math.imul(zeros + (zeros >>> 4) & 252645135, 16843009) >>> 24;
  }
  return length;
}
function scoreLcs(target, prediction) {
  const targetLength = target.to - target.from;
  const predictionLength = prediction.to - prediction.from;
  if (targetLength === 0 || predictionLength === 0) return ZERO;
  const lcs = lcsLength(words4.units, target, prediction, words4.distinct);
  const precision = lcs / predictionLength;
  const recall = lcs / targetLength;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
var table2 = new Int32Array(1024);
function markLcs(units, ref, can, marks) {
  const rows = ref.to - ref.from;
  const cols = can.to - can.from + 1;
  if (table2.length < (rows + 1) * cols) table2 = new Int32Array(2 * (rows + 1) * cols);
  table2.fill(0, 0, cols);
  for (let i2 = 1; i2 <= rows; i2++) {
    table2[i2 * cols] = 0;
    for (let j2 = 1; j2 < cols; j2++) {
      table2[i2 * cols + j2] = units[ref.from + i2 - 1] === units[can.from + j2 - 1] ? table2[(i2 - 1) * cols + j2 - 1] + 1 : Math.max(table2[(i2 - 1) * cols + j2], table2[i2 * cols + j2 - 1]);
    }
  }
  let i = rows;
  let j = cols - 1;
  while (i > 0 && j > 0) {
    if (units[ref.from + i - 1] === units[can.from + j - 1]) {
      marks[i - 1] = 1;
      i--;
      j--;
    } else if (table2[i * cols + j - 1] > table2[(i - 1) * cols + j]) {
      j--;
    } else {
      i--;
    }
  }
}
function summaryLevelLcs(refSents, canSents) {
  if (refSents.length === 0 || canSents.length === 0) return ZERO;
  const m = refSents.reduce((sum, s) => sum + s.to - s.from, 0);
  const n = canSents.reduce((sum, s) => sum + s.to - s.from, 0);
  if (m === 0 || n === 0) return ZERO;
  const units = words4.units;
  const tokenCounts = (sents) => {
    const counts3 = new Int32Array(words4.distinct);
    for (const s of sents) for (let i = s.from; i < s.to; i++) counts3[units[i]]++;
    return counts3;
  };
  const refCounts = tokenCounts(refSents);
  const canCounts = tokenCounts(canSents);
  let hits = 0;
  for (const ref of refSents) {
    const union = new Uint8Array(ref.to - ref.from);
    for (const can of canSents) markLcs(units, ref, can, union);
    for (let i = 0; i < union.length; i++) {
      if (union[i] === 0) continue;
      const token = units[ref.from + i];
      if (canCounts[token] > 0 && refCounts[token] > 0) {
        hits++;
        canCounts[token]--;
        refCounts[token]--;
      }
    }
  }
  const recall = hits / m;
  const precision = hits / n;
  return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
function sentences(text) {
  return text.split("\n").filter((line) => line.length > 0);
}
function maxNgramOrder(types) {
  return Math.max(0, ...types.filter((t) => /^rouge[1-9]$/.test(t)).map((t) => Number(t.slice(5))));
}
function rougeScore(target, prediction, opts) {
  const types = opts?.types ?? DEFAULT_TYPES;
  const useStemmer = opts?.useStemmer ?? false;
  const result = {};
  const byLine = types.includes("rougeLsum");
  const addText = (text) => {
    if (byLine) {
      for (const line of sentences(text)) {
        tokenizeInto(line, useStemmer, words4);
        lineEnds.push(words4.size);
      }
    } else {
      tokenizeInto(text, useStemmer, words4);
    }
    words4.endSentence();
  };
  words4.clear();
  lineEnds.length = 0;
  addText(target);
  const targetLines = lineEnds.length;
  addText(prediction);
  const targetSpan = { from: 0, to: words4.start(1) };
  const predictionSpan = { from: words4.start(1), to: words4.size };
  let ngrams;
  for (const type of types) {
    if (type === "rougeL") {
      result[type] = scoreLcs(targetSpan, predictionSpan);
    } else if (type === "rougeLsum") {
      const lines = lineEnds.map((to, k) => ({ from: k === 0 ? 0 : lineEnds[k - 1], to }));
      result[type] = summaryLevelLcs(lines.slice(0, targetLines), lines.slice(targetLines));
    } else if (/^rouge[1-9]$/.test(type)) {
      const n = Number(type.slice(5));
      ngrams ??= ngramsOf(words4, maxNgramOrder(types));
      const [t, p] = ngrams;
      result[type] = scoreNgrams(t, p, n);
    } else {
      throw new RangeError(`invalid ROUGE type: ${type}`);
    }
  }
  return result;
}
function rougeSignature(opts) {
  const types = opts?.types ?? DEFAULT_TYPES;
  return `rouge-score|types:${types.join(",")}|stem:${opts?.useStemmer ? "yes" : "no"}|tok:default`;
}

export {
  checkPaired,
  sortedUniqueLabels,
  confusionMatrix,
  classificationReport,
  checkFinite,
  rocAuc,
  averagePrecision,
  brierScore,
  logLoss,
  expectedCalibrationError,
  pySplit,
  pyLower,
  tokenize13a,
  tokenizeIntl,
  tokenizeChar,
  computeBleu,
  bleuStatistics,
  segmentBleuStatistics,
  sumBleuStatistics,
  corpusBleu,
  sentenceBleu,
  chrfStatistics,
  segmentChrfStatistics,
  computeChrf,
  corpusChrf,
  sentenceChrf,
  normalizeAnswer,
  tokenF1,
  squadScore,
  squadSignature,
  porterStemmer,
  rougeTokenize,
  rougeScore,
  rougeSignature
};
