import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import {
  InputError,
  fail,
  ok
} from "./chunk-TOJ4UG27.js";

// src/contamination/corpus.ts
import { open } from "node:fs/promises";
import { extname } from "node:path";
import { StringDecoder } from "node:string_decoder";
var isJsonl = (path) => [".jsonl", ".ndjson"].includes(extname(path).toLowerCase());
async function scanCorpus(index, files) {
  const out = [];
  for (const file of files) {
    const stats = { file: file.display, lines: 0, bytes: 0 };
    const scanned = await scanFile(index, file, stats);
    if (!scanned.ok) return scanned;
    out.push(stats);
  }
  return ok(out);
}
async function scanFile(index, file, stats) {
  const unreadable = (error) => ({
    file: file.display,
    message: `cannot read the corpus file: ${error.code ?? error.message}`
  });
  let handle;
  try {
    handle = await open(file.path, "r");
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      return fail({ file: file.display, message: "cannot read the corpus file: it is not a file" });
    }
  } catch (error) {
    return fail(unreadable(error));
  }
  const jsonl = isJsonl(file.path);
  const decoder = new StringDecoder("utf8");
  const buffer = Buffer.allocUnsafe(1 << 20);
  let rest = "";
  let line = 0;
  let problem;
  const onLine = (text) => {
    line++;
    if (!jsonl) return index.feed(text, line);
    if (!text.trim()) return;
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      problem ??= { file: file.display, line, message: `not a JSON line: ${error.message}` };
      return;
    }
    index.beginDocument(file.display);
    for (const field of documentText(value)) index.feed(field, line);
  };
  try {
    if (!jsonl) index.beginDocument(file.display);
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      stats.bytes += bytesRead;
      const chunk = rest + decoder.write(buffer.subarray(0, bytesRead));
      let start = 0;
      for (let nl = chunk.indexOf("\n"); nl >= 0 && !problem; nl = chunk.indexOf("\n", start)) {
        onLine(chunk.slice(start, nl));
        start = nl + 1;
      }
      if (problem) break;
      rest = chunk.slice(start);
    }
    rest += decoder.end();
    if (rest && !problem) onLine(rest);
  } catch (error) {
    return fail(unreadable(error));
  } finally {
    await handle.close();
  }
  stats.lines += line;
  return problem ? fail(problem) : ok(void 0);
}
function documentText(value) {
  if (!value || typeof value !== "object" || Array.isArray(value)) return strings(value);
  const record = value;
  if (Array.isArray(record.messages))
    return record.messages.flatMap((m) => {
      const content = m?.content;
      if (typeof content === "string") return [content];
      return Array.isArray(content) ? content.flatMap(
        (p) => typeof p?.text === "string" ? [p.text] : []
      ) : [];
    });
  const named = ["prompt", "completion"].flatMap((k) => typeof record[k] === "string" ? [record[k]] : []);
  if (named.length) return named;
  if (typeof record.text === "string") return [record.text];
  return strings(value);
}
function strings(value) {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

// src/contamination/tokens.ts
var WORD = /^[\p{L}\p{M}\p{N}]$/u;
var NON_ASCII = /[\u0080-\uffff]/;
var bmpClass = new Uint8Array(65536);
var lowerCache = /* @__PURE__ */ new Map();
function isWordCodePoint(cp) {
  if (cp < 65536) {
    let k = bmpClass[cp];
    if (k === 0) {
      k = WORD.test(String.fromCharCode(cp)) ? 1 : 2;
      bmpClass[cp] = k;
    }
    return k === 1;
  }
  return WORD.test(String.fromCodePoint(cp));
}
function lowerOf(cp) {
  let s = lowerCache.get(cp);
  if (s === void 0) {
    s = String.fromCodePoint(cp).toLowerCase();
    if (lowerCache.size < 1e5) lowerCache.set(cp, s);
  }
  return s;
}
var FNV_OFFSET = 2166136261 | 0;
var FNV_PRIME = 16777619;
var SECOND_SEED = 2538058380 | 0;
function fmix32(h) {
  h ^= h >>> 16;
  h = Math.imul(h, 2246822507);
  h ^= h >>> 13;
  h = Math.imul(h, 3266489909);
  h ^= h >>> 16;
  return h | 0;
}
function scanTokens(text, sink) {
  if (NON_ASCII.test(text)) text = text.normalize("NFKC");
  let a = FNV_OFFSET;
  let b = SECOND_SEED;
  let inWord = false;
  const len = text.length;
  for (let i = 0; i < len; i++) {
    let c = text.charCodeAt(i);
    if (c < 128) {
      if (c >= 65 && c <= 90) c |= 32;
      else if (!(c >= 97 && c <= 122 || c >= 48 && c <= 57)) {
        if (inWord) {
          sink(fmix32(a), fmix32(b));
          a = FNV_OFFSET;
          b = SECOND_SEED;
          inWord = false;
        }
        continue;
      }
      a = Math.imul(a ^ c, FNV_PRIME);
      b = Math.imul(b ^ c, 1540483477);
      b ^= b >>> 15;
      inWord = true;
      continue;
    }
    const cp = text.codePointAt(i);
    if (cp > 65535) i++;
    if (!isWordCodePoint(cp)) {
      if (inWord) {
        sink(fmix32(a), fmix32(b));
        a = FNV_OFFSET;
        b = SECOND_SEED;
        inWord = false;
      }
      continue;
    }
    const lower = lowerOf(cp);
    for (let k = 0; k < lower.length; k++) {
      const unit = lower.charCodeAt(k);
      a = Math.imul(a ^ unit, FNV_PRIME);
      b = Math.imul(b ^ unit, 1540483477);
      b ^= b >>> 15;
    }
    inWord = true;
  }
  if (inWord) sink(fmix32(a), fmix32(b));
}
function tokenHashes(text) {
  const out = [];
  scanTokens(text, (a, b) => out.push(a, b));
  return Int32Array.from(out);
}

// src/contamination/gram-hash.ts
var BASE_A = 16777619;
var BASE_B = 1540483477;
var GramWindows = class {
  constructor(lengths, sink) {
    this.lengths = lengths;
    this.sink = sink;
    this.capacity = Math.max(1, ...lengths);
    this.ring = new Int32Array(this.capacity * 2);
    this.powA = new Int32Array(lengths.length);
    this.powB = new Int32Array(lengths.length);
    lengths.forEach((k, i) => {
      let pa = 1;
      let pb = 1;
      for (let j = 0; j < k; j++) {
        pa = Math.imul(pa, BASE_A);
        pb = Math.imul(pb, BASE_B);
      }
      this.powA[i] = pa;
      this.powB[i] = pb;
    });
    this.hashA = new Int32Array(lengths.length);
    this.hashB = new Int32Array(lengths.length);
  }
  lengths;
  sink;
  ring;
  capacity;
  powA;
  powB;
  hashA;
  hashB;
  count = 0;
  reset() {
    this.count = 0;
    this.hashA.fill(0);
    this.hashB.fill(0);
  }
  push(a, b) {
    const slot = this.count % this.capacity;
    const count = ++this.count;
    const { lengths, ring, capacity } = this;
    for (let i = 0; i < lengths.length; i++) {
      const k = lengths[i];
      let ha = Math.imul(this.hashA[i], BASE_A) + a;
      let hb = Math.imul(this.hashB[i], BASE_B) + b;
      if (count > k) {
        const old = (slot - k + capacity) % capacity;
        ha -= Math.imul(ring[old * 2], this.powA[i]);
        hb -= Math.imul(ring[old * 2 + 1], this.powB[i]);
      }
      ha |= 0;
      hb |= 0;
      this.hashA[i] = ha;
      this.hashB[i] = hb;
      if (count >= k) this.sink(gramKeyA(ha, k), gramKeyB(hb, k), k);
    }
    ring[slot * 2] = a;
    ring[slot * 2 + 1] = b;
  }
};
var gramKeyA = (h, k) => fmix32(h ^ Math.imul(k, 2654435769));
var gramKeyB = (h, k) => fmix32(h + Math.imul(k, 2246822507) | 0);
var GramTable = class {
  keyA;
  keyB;
  used;
  /** Per slot: 0 not found, else 1 + the index of the source it was first found in. */
  foundIn;
  foundLine;
  mask;
  filter;
  filterMask;
  size = 0;
  constructor(expected) {
    let capacity = 16;
    while (capacity < expected * 4) capacity *= 2;
    this.mask = capacity - 1;
    this.filter = new Int32Array(capacity / 8);
    this.filterMask = capacity * 4 - 1;
    this.keyA = new Int32Array(capacity);
    this.keyB = new Int32Array(capacity);
    this.used = new Uint8Array(capacity);
    this.foundIn = new Uint32Array(capacity);
    this.foundLine = new Uint32Array(capacity);
  }
  /** The slot of a key, inserting it if new. */
  insert(a, b) {
    let i = (a ^ Math.imul(b, 668265261)) & this.mask;
    while (this.used[i]) {
      if (this.keyA[i] === a && this.keyB[i] === b) return i;
      i = i + 1 & this.mask;
    }
    if (this.size * 2 >= this.mask + 1) throw new Error("gram table sized too small");
    const f1 = b & this.filterMask;
    const f2 = a >>> 7 & this.filterMask;
    this.filter[f1 >>> 5] = this.filter[f1 >>> 5] | 1 << (f1 & 31);
    this.filter[f2 >>> 5] = this.filter[f2 >>> 5] | 1 << (f2 & 31);
    this.used[i] = 1;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.size++;
    return i;
  }
  /** The slot of a key, or -1. */
  find(a, b) {
    let i = (a ^ Math.imul(b, 668265261)) & this.mask;
    while (this.used[i]) {
      if (this.keyA[i] === a && this.keyB[i] === b) return i;
      i = i + 1 & this.mask;
    }
    return -1;
  }
  /** Marks a key as seen in the corpus at `source` (an index) and `line`, keeping the first place. */
  mark(a, b, source, line) {
    const f1 = b & this.filterMask;
    const f2 = a >>> 7 & this.filterMask;
    if ((this.filter[f1 >>> 5] & 1 << (f1 & 31)) === 0 || (this.filter[f2 >>> 5] & 1 << (f2 & 31)) === 0) return;
    const i = this.find(a, b);
    if (i >= 0 && this.foundIn[i] === 0) {
      this.foundIn[i] = source + 1;
      this.foundLine[i] = line;
    }
  }
};

// src/contamination/overlap.ts
function overlapCase(c) {
  const text = (v) => typeof v === "string" ? v : JSON.stringify(v) ?? "";
  const expected = c.expected === void 0 || c.expected === null ? [] : Array.isArray(c.expected) && c.expected.every((e) => typeof e === "string") ? c.expected : [text(c.expected)];
  return {
    id: c.id,
    ...c.line !== void 0 ? { line: c.line } : {},
    input: Object.values(c.vars).map(text).join("\n"),
    expected
  };
}
var pairs = (tokens) => tokens.length / 2;
var OverlapIndex = class {
  constructor(cases, settings) {
    this.cases = cases;
    this.settings = settings;
    const { n } = settings;
    const texts = cases.map((c) => tokenHashes([c.input, ...c.expected].join("\n")));
    const short = /* @__PURE__ */ new Set();
    let expected = 0;
    for (const t of texts) {
      const m = pairs(t);
      if (m > 0 && m < n) short.add(m);
      expected += m >= n ? m - n + 1 : m > 0 ? 1 : 0;
    }
    this.lengths = [n, ...[...short].sort((a, b) => a - b)];
    this.table = new GramTable(expected);
    this.offsets = new Int32Array(cases.length + 1);
    const all = [];
    const windowsOf = /* @__PURE__ */ new Map();
    const collect = (k) => {
      let w = windowsOf.get(k);
      if (!w) {
        const out = [];
        w = { windows: new GramWindows([k], (a, b) => out.push(this.table.insert(a, b))), out };
        windowsOf.set(k, w);
      }
      return w;
    };
    texts.forEach((t, i) => {
      const m = pairs(t);
      const w = collect(m >= n ? n : m);
      w.windows.reset();
      w.out.length = 0;
      if (m > 0) for (let j = 0; j < m; j++) w.windows.push(t[2 * j], t[2 * j + 1]);
      const distinct = [...new Set(w.out)];
      all.push(...distinct);
      this.offsets[i + 1] = all.length;
    });
    this.slots = Int32Array.from(all);
    const table = this.table;
    this.windows = new GramWindows(this.lengths, (a, b) => table.mark(a, b, this.source, this.line));
    const windows = this.windows;
    this.push = (a, b) => windows.push(a, b);
  }
  cases;
  settings;
  /** The gram lengths the corpus is probed with: n, and each shorter length a whole short case has. */
  lengths;
  table;
  offsets;
  slots;
  sources = [];
  windows;
  source = 0;
  line = 0;
  push;
  /** Starts a corpus document: no gram spans two documents. */
  beginDocument(source) {
    let index = this.sources.lastIndexOf(source);
    if (index < 0) index = this.sources.push(source) - 1;
    this.source = index;
    this.windows.reset();
  }
  /** Feeds one line (or any piece) of the current document's text. */
  feed(text, line) {
    this.line = line;
    scanTokens(text, this.push);
  }
  /** Each case's overlap; `prompts` are checked for an expected answer held verbatim. */
  results(prompts = []) {
    const inPrompt = promptMatcher(prompts);
    return this.cases.map((c, i) => {
      const from = this.offsets[i];
      const to = this.offsets[i + 1];
      let matched = 0;
      let first;
      for (let j = from; j < to; j++) {
        const slot = this.slots[j];
        const source = this.table.foundIn[slot];
        if (source === 0) continue;
        matched++;
        const line = this.table.foundLine[slot];
        if (!first || source - 1 < first.source || source - 1 === first.source && line < first.line)
          first = { source: source - 1, line };
      }
      const grams = to - from;
      const overlap = grams ? matched / grams : 0;
      const promptHit = c.expected.map(inPrompt).find((hit) => hit !== void 0);
      const at = promptHit ?? (first ? { source: this.sources[first.source], line: first.line } : void 0);
      return {
        id: c.id,
        ...c.line !== void 0 ? { line: c.line } : {},
        grams,
        matched,
        overlap,
        expected_in_prompt: promptHit !== void 0,
        flagged: promptHit !== void 0 || grams > 0 && overlap >= this.settings.threshold,
        ...at ? { first: at } : {}
      };
    });
  }
};
function promptMatcher(prompts) {
  const byLength = /* @__PURE__ */ new Map();
  const keysOf = (k) => {
    let keys = byLength.get(k);
    if (keys) return keys;
    keys = /* @__PURE__ */ new Map();
    const found = keys;
    for (const p of prompts) {
      let line = 0;
      const windows = new GramWindows([k], (a, b) => {
        const key = `${a}:${b}`;
        if (!found.has(key)) found.set(key, { source: p.source, line });
      });
      for (const text of p.text.split("\n")) {
        line++;
        scanTokens(text, (a, b) => windows.push(a, b));
      }
    }
    byLength.set(k, keys);
    return keys;
  };
  return (expected) => {
    const tokens = tokenHashes(expected);
    const m = pairs(tokens);
    if (m === 0 || !prompts.length) return void 0;
    let hit;
    const windows = new GramWindows([m], (a, b) => hit = keysOf(m).get(`${a}:${b}`));
    for (let j = 0; j < m; j++) windows.push(tokens[2 * j], tokens[2 * j + 1]);
    return hit;
  };
}

// src/contamination/check-suite.ts
async function checkSuite(input) {
  const index = new OverlapIndex(input.cases.map(overlapCase), input.settings);
  const promptLines = input.prompt.text.split("\n");
  index.beginDocument(input.prompt.display);
  promptLines.forEach((text, k) => index.feed(text, k + 1));
  const scanned = await scanCorpus(index, input.corpus);
  if (!scanned.ok) return scanned;
  const results = index.results([{ source: input.prompt.display, text: input.prompt.text }]);
  const read = [
    { file: input.prompt.display, lines: promptLines.length, bytes: Buffer.byteLength(input.prompt.text) },
    ...scanned.value
  ];
  return ok({
    results,
    read,
    manifest: {
      n: input.settings.n,
      threshold: input.settings.threshold,
      corpus: read,
      cases: results.length,
      flagged: results.filter((r) => r.flagged).length
    }
  });
}

// src/pipeline/check-contamination.ts
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
async function checkContamination(loaded, planned) {
  const out = [];
  for (const suite of planned) {
    const settings = suite.config.contamination;
    if (!settings) {
      out.push(suite);
      continue;
    }
    const runnable = [...suite.cases, ...suite.adaptive?.remaining ?? []];
    const checked = await checkSuite({
      cases: runnable,
      prompt: { display: displayPath(suite.config.promptPath), text: readFileSync(suite.config.promptPath, "utf8") },
      corpus: configuredCorpus(loaded.dir, settings.corpus),
      settings
    });
    if (!checked.ok) throw new InputError(checked.issues);
    const byId = new Map(checked.value.results.map((r) => [r.id, { overlap: r.overlap, flagged: r.flagged }]));
    const annotate = (c) => ({ ...c, contamination: byId.get(c.id) });
    out.push({
      ...suite,
      cases: suite.cases.map(annotate),
      ...suite.adaptive ? { adaptive: { ...suite.adaptive, remaining: suite.adaptive.remaining.map(annotate) } } : {},
      manifest: { ...suite.manifest, contamination: checked.value.manifest }
    });
  }
  return out;
}
var configuredCorpus = (dir, paths) => paths.map((path) => {
  const absolute = resolve(dir, path);
  return { path: absolute, display: displayPath(absolute) };
});

export {
  checkSuite,
  checkContamination,
  configuredCorpus
};
