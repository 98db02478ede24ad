import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  STDERR_TAIL,
  WorkerPool,
  commandEnvironment,
  excerpt,
  readJsonFile,
  renderMessages,
  tail
} from "./chunk-FMZSDQ53.js";
import {
  eachByteLine
} from "./chunk-COK2ABR5.js";
import {
  displayPath
} from "./chunk-NI63WJDQ.js";
import {
  createInterner
} from "./chunk-PBYLG6YC.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  batchPrice,
  costUsd,
  priceFor
} from "./chunk-GJ43RANW.js";
import {
  ProviderError,
  callSettings,
  canonicalJson,
  getPath,
  parseJsonPath,
  render,
  sha256,
  templateContext
} from "./chunk-U3WIKXHJ.js";
import {
  external_exports
} from "./chunk-XLT3OMSK.js";

// src/runner/caller.ts
import { setMaxListeners } from "node:events";

// src/providers/backoff.ts
var MAX_RETRY_AFTER_MS = 6e4;
function backoffMs(attempt, random, baseMs = 500, capMs = 2e4) {
  return random() * Math.min(capMs, baseMs * 2 ** attempt);
}
function retryDelayMs(attempt, retryAfterMs, random) {
  if (retryAfterMs !== void 0) return retryAfterMs * (1 + 0.1 * random());
  return backoffMs(attempt, random);
}
function parseRetryAfter(header, now = Date.now()) {
  const ms = Number(header("retry-after-ms") ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const raw = header("retry-after")?.trim();
  if (!raw) return void 0;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1e3;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? void 0 : Math.max(0, date - now);
}
function parseDuration(text) {
  if (!text) return void 0;
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (!parts.length || parts.map((p) => p[0]).join("") !== text.trim()) return void 0;
  const unit = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
  return parts.reduce((sum, p) => sum + Number(p[1]) * unit[p[2]], 0);
}
function sleep(ms, stop) {
  return new Promise((done) => {
    if (stop && stop.stopped !== null) return done();
    const unsubscribe = stop?.onStop(() => {
      clearTimeout(timer);
      done();
    });
    const timer = setTimeout(() => {
      unsubscribe?.();
      done();
    }, ms);
  });
}

// src/runner/cache.ts
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
var CACHE_VERSION = 1;
function defaultCacheDir(env = process.env) {
  if (env.EVALGATE_CACHE_DIR) return env.EVALGATE_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "evalgate");
}
var ResponseCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  made = /* @__PURE__ */ new Set();
  writing = /* @__PURE__ */ new Set();
  counter = 0;
  static key(parts) {
    return sha256(canonicalJson({ v: CACHE_VERSION, ...parts }));
  }
  path(key2) {
    const folder = join(this.dir, key2.slice(0, 2));
    return { folder, file: join(folder, `${key2.slice(2)}.json`) };
  }
  async get(key2) {
    const entry = await this.read(key2);
    return typeof entry?.response?.output === "string" ? entry.response : void 0;
  }
  /** Writes in the background, so the case goes on to scoring; `flush` waits for every write. */
  put(key2, response) {
    this.enqueue(key2, { response });
  }
  /** An embedding, keyed like responses: provider identity, model and the text's hash (docs/metrics.md, `similarity`). */
  async getEmbedding(key2) {
    const vector = (await this.read(key2))?.embedding;
    return Array.isArray(vector) && vector.length > 0 && vector.every((x) => typeof x === "number") ? vector : void 0;
  }
  putEmbedding(key2, vector) {
    this.enqueue(key2, { embedding: vector });
  }
  async read(key2) {
    try {
      const entry = JSON.parse(await readFile(this.path(key2).file, "utf8"));
      return entry.v === CACHE_VERSION ? entry : void 0;
    } catch {
      return void 0;
    }
  }
  enqueue(key2, content) {
    const write = this.write(key2, content).finally(() => this.writing.delete(write));
    this.writing.add(write);
  }
  async flush() {
    while (this.writing.size) await Promise.all([...this.writing]);
  }
  async write(key2, content) {
    const { folder, file } = this.path(key2);
    const temp = `${file}.${process.pid}.${++this.counter}.${Math.random().toString(36).slice(2)}.tmp`;
    try {
      if (!this.made.has(folder)) {
        await mkdir(folder, { recursive: true });
        this.made.add(folder);
      }
      await writeFile(temp, JSON.stringify({ v: CACHE_VERSION, created_at: (/* @__PURE__ */ new Date()).toISOString(), ...content }));
      await rename(temp, file);
    } catch {
      await unlink(temp).catch(() => void 0);
    }
  }
};

// src/runner/limiter.ts
var AdaptiveLimiter = class {
  constructor(max, now = () => performance.now()) {
    this.max = max;
    this.now = now;
    this.limitValue = max;
  }
  max;
  now;
  limitValue;
  inFlight = 0;
  waiting = [];
  retrying = [];
  recent = [];
  epoch = 0;
  pausedUntil = 0;
  pauseTimer;
  /** The current bound on calls in flight. */
  get limit() {
    return Math.max(1, Math.floor(this.limitValue));
  }
  get active() {
    return this.inFlight;
  }
  /**
   * Waits for a slot; retries go ahead of first attempts so a throttled case does not wait
   * for the whole queue. Resolves to a ticket to hand back to `release`, or null when
   * the run stopped first.
   */
  acquire(retry, stop) {
    if (stop && stop.stopped !== null) return Promise.resolve(null);
    if (this.canStart() && !this.waiting.length && !this.retrying.length) {
      this.inFlight++;
      return Promise.resolve(this.epoch);
    }
    return new Promise((resolve2) => {
      const queue = retry ? this.retrying : this.waiting;
      const unsubscribe = stop?.onStop(() => {
        const i = queue.indexOf(start);
        if (i >= 0) queue.splice(i, 1);
        resolve2(null);
      });
      const start = () => {
        unsubscribe?.();
        this.inFlight++;
        resolve2(this.epoch);
      };
      queue.push(start);
    });
  }
  /** Returns a slot with the ticket `acquire` gave. `throttled`: the server answered 429. */
  release(outcome, ticket = this.epoch) {
    this.inFlight--;
    const window = Math.max(8, 2 * this.limit);
    if (ticket === this.epoch) {
      this.recent.push(outcome === "throttled");
      while (this.recent.length > window) this.recent.shift();
    }
    if (outcome === "throttled") {
      const throttled = this.recent.filter(Boolean).length;
      if (ticket === this.epoch && this.recent.length >= window && throttled * 2 >= this.recent.length) {
        this.limitValue = Math.max(1, this.limit / 2);
        this.epoch++;
        this.recent.length = 0;
      }
    } else if (outcome === "ok") {
      this.limitValue = Math.min(this.max, this.limitValue + 1 / this.limit);
    }
    this.dispatch();
  }
  /** No new calls for `ms` (the server said its request window is used up). */
  pause(ms) {
    const until = this.now() + ms;
    if (until <= this.pausedUntil) return;
    this.pausedUntil = until;
    clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => {
      this.pausedUntil = 0;
      this.dispatch();
    }, ms);
  }
  canStart() {
    return this.inFlight < this.limit && this.now() >= this.pausedUntil;
  }
  dispatch() {
    while (this.canStart()) {
      const next = this.retrying.shift() ?? this.waiting.shift();
      if (!next) return;
      next();
    }
  }
};

// src/runner/caller.ts
var DEFAULT_POLICY = { timeoutMs: 6e4, maxRetries: 5, breakerThreshold: 10 };
var RunControl = class {
  controller = new AbortController();
  listeners = /* @__PURE__ */ new Set();
  reason = null;
  why = null;
  graceTimer;
  constructor() {
    setMaxListeners(0, this.controller.signal);
  }
  /** Calls `listener` when the run stops; returns the way to stop listening. */
  onStop(listener) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** Aborted when the calls in flight are abandoned: at the stop, or when its grace period ends. */
  get signal() {
    return this.controller.signal;
  }
  /** Why the run stopped, or null while it runs. */
  get stopped() {
    return this.reason;
  }
  get kind() {
    return this.why;
  }
  /** Stops the run; a second stop without grace abandons the calls still in flight. */
  stop(reason, kind = "circuit_breaker", graceMs = 0) {
    if (this.reason === null) {
      this.reason = reason;
      this.why = kind;
      for (const listener of [...this.listeners]) listener();
      this.listeners.clear();
    }
    if (graceMs > 0 && !this.controller.signal.aborted) {
      this.graceTimer ??= setTimeout(() => this.abandon(), graceMs);
      return;
    }
    this.abandon();
  }
  /** Ends the grace timer once the run is over, so it does not hold the process open. */
  dispose() {
    clearTimeout(this.graceTimer);
  }
  abandon() {
    clearTimeout(this.graceTimer);
    if (!this.controller.signal.aborted) this.controller.abort(new Error(this.reason ?? "stopped"));
  }
};
function createCaller(provider, options) {
  const policy = { ...DEFAULT_POLICY, ...provider.policy, ...options.policy };
  const limiter = new AdaptiveLimiter(Math.max(1, options.concurrency ?? provider.concurrency));
  const random = options.random ?? Math.random;
  const { control, meter } = options;
  const cache = provider.cacheIdentity === void 0 ? void 0 : options.cache;
  const supplied = /* @__PURE__ */ new Map();
  const costOf = (r) => r.costUsd ?? costUsd(r.tokens, provider.price);
  let consecutiveFailures = 0;
  const keyOf = (request) => provider.cacheIdentity === void 0 ? void 0 : ResponseCache.key({
    provider: provider.cacheIdentity,
    messages: request.messages,
    repeat: request.repeat,
    ...request.responseFormat ? { format: request.responseFormat } : {},
    ...request.temperature !== void 0 ? { temperature: request.temperature } : {},
    ...provider.type === "command" || provider.type === "http" ? { vars: request.vars ?? {} } : {}
  });
  const failed = (message) => {
    if (++consecutiveFailures >= policy.breakerThreshold) {
      control.stop(
        `provider "${provider.name}": ${consecutiveFailures} calls in a row failed after retries (circuit breaker); last error: ${message}`
      );
    }
    return { ok: false, aborted: false, message };
  };
  async function attempt(op, reported) {
    const controller = new AbortController();
    const abandon = () => controller.abort(new Error(control.stopped ?? "stopped"));
    control.signal.addEventListener("abort", abandon, { once: true });
    if (control.signal.aborted) abandon();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    }, policy.timeoutMs);
    const started = performance.now();
    try {
      const value = await op(controller.signal);
      return { value, latencyMs: reported?.(value) ?? performance.now() - started };
    } catch (error) {
      if (timedOut) return { error: new ProviderError(`no answer within ${policy.timeoutMs} ms (timeout_ms)`, true) };
      if (error instanceof ProviderError) return { error };
      return { error: new ProviderError(`${error.name ?? "Error"}: ${error.message}`, false) };
    } finally {
      clearTimeout(timer);
      control.signal.removeEventListener("abort", abandon);
    }
  }
  async function retrying(op, validate, reported, billed) {
    let last;
    for (let n = 0; n <= policy.maxRetries; n++) {
      const ticket = await limiter.acquire(n > 0, control);
      if (ticket === null) return { ok: false, aborted: true };
      if (n === 0 && meter && !meter.admit()) {
        limiter.release("error", ticket);
        return { ok: false, aborted: true };
      }
      const result = await attempt(op, reported);
      if (control.stopped !== null && !("value" in result)) {
        limiter.release("error", ticket);
        return { ok: false, aborted: true };
      }
      const invalid = "value" in result ? validate?.(result.value) : void 0;
      if ("value" in result && invalid !== void 0) {
        limiter.release("ok", ticket);
        if (billed) meter?.spend(billed(result.value));
        last = new ProviderError(invalid, true);
        if (n === policy.maxRetries) break;
        continue;
      }
      if ("value" in result) {
        limiter.release("ok", ticket);
        consecutiveFailures = 0;
        if (billed) meter?.spend(billed(result.value));
        return { ok: true, ...result };
      }
      last = result.error;
      limiter.release(last.status === 429 ? "throttled" : "error", ticket);
      if (!last.retryable || n === policy.maxRetries) break;
      if (last.retryAfterMs !== void 0 && last.retryAfterMs > MAX_RETRY_AFTER_MS) {
        return failed(
          `${last.message} (the server asked to wait ${Math.round(last.retryAfterMs / 1e3)} s, longer than evalgate waits)`
        );
      }
      await sleep(retryDelayMs(n, last.retryAfterMs, random), control);
      if (control.stopped !== null) return { ok: false, aborted: true };
    }
    const tries = !last?.retryable ? "" : policy.maxRetries === 0 ? " (no retries)" : ` (after ${policy.maxRetries + 1} attempts)`;
    return failed(`${last?.message ?? "failed"}${tries}`);
  }
  return {
    provider,
    limiter,
    keyOf,
    async cachedAnswer(key2) {
      return cache !== void 0 && await cache.get(key2) !== void 0;
    },
    async supply(answers) {
      let usd = 0;
      let answered = 0;
      for (const [key2, answer] of answers) {
        if (answer instanceof ProviderError) {
          supplied.set(key2, { ok: false, aborted: false, message: answer.message });
          continue;
        }
        const cost = costOf(answer);
        usd += cost ?? 0;
        answered++;
        cache?.put(key2, { ...answer, latencyMs: 0, ...cost !== null ? { costUsd: cost } : {} });
        supplied.set(key2, { ok: true, response: answer, latencyMs: 0, costUsd: cost, cached: false, batched: true });
      }
      meter?.spendBatch(answered, usd);
      await cache?.flush();
    },
    async call(request, options2 = {}) {
      const key2 = cache || supplied.size ? keyOf(request) : void 0;
      const batched = key2 === void 0 ? void 0 : supplied.get(key2);
      if (batched) return batched;
      if (cache && key2) {
        const hit = await cache.get(key2);
        if (hit && !options2.validate?.(hit)) {
          meter?.hit();
          return {
            ok: true,
            response: hit,
            latencyMs: hit.latencyMs ?? 0,
            costUsd: costOf(hit),
            cached: true
          };
        }
      }
      const result = await retrying(
        (signal) => provider.call(Object.assign({}, request, { signal })),
        options2.validate,
        (response2) => response2.latencyMs,
        costOf
      );
      if (!result.ok) return result;
      const { value: response, latencyMs } = result;
      if (response.rateLimit && response.rateLimit.remaining <= 0)
        limiter.pause(Math.min(response.rateLimit.resetMs, MAX_RETRY_AFTER_MS));
      const cost = costOf(response);
      if (cache && key2)
        cache.put(key2, {
          ...response,
          latencyMs,
          ...cost !== null ? { costUsd: cost } : {},
          rateLimit: void 0
        });
      return { ok: true, response, latencyMs, costUsd: cost, cached: false };
    },
    async embed(texts, model) {
      const embed = provider.embed?.bind(provider);
      if (!embed) return { ok: false, aborted: false, message: `provider "${provider.name}" cannot embed text` };
      const embeddingCache = provider.embeddingIdentity === void 0 ? void 0 : options.cache;
      const embeddingKey2 = (text) => ResponseCache.key({ embedding: provider.embeddingIdentity, model, text: sha256(text) });
      const vectors = await Promise.all(texts.map((t) => embeddingCache?.getEmbedding(embeddingKey2(t))));
      const missing = texts.filter((_, i) => vectors[i] === void 0);
      if (missing.length) {
        const result = await retrying(
          (signal) => embed({ texts: missing, model, signal }),
          (r) => r.vectors.length === missing.length && r.vectors.every((v) => v.length > 0) ? void 0 : `expected ${missing.length} embeddings, got ${r.vectors.length}`
        );
        if (!result.ok) return result;
        let next = 0;
        for (let i = 0; i < texts.length; i++) {
          if (vectors[i] !== void 0) continue;
          const vector = result.value.vectors[next++];
          vectors[i] = vector;
          embeddingCache?.putEmbedding(embeddingKey2(texts[i]), vector);
        }
      }
      texts.forEach((text, i) => options.onEmbedding?.({ model, text, vector: vectors[i] }));
      return { ok: true, vectors };
    }
  };
}

// src/runner/execute.ts
var baselineKey = (id, repeat) => `${id}\0${repeat}`;
async function executeSuite(plan, options) {
  const total = plan.cases.length * plan.repeats;
  const results = new Array(total);
  const window = Math.min(total, Math.max(32, plan.caller.limiter.max * 4));
  let next = 0;
  const share = createInterner();
  const worker = async () => {
    while (next < total && options.control.stopped === null) {
      const index = next++;
      const record = await runCase(
        plan,
        plan.cases[Math.floor(index / plan.repeats)],
        index % plan.repeats,
        options.control,
        share
      );
      if (!record) continue;
      results[index] = record;
      options.onRecord?.(record);
    }
  };
  await Promise.all(Array.from({ length: window }, worker));
  return { records: results.filter((r) => r !== void 0), stopped: options.control.stopped };
}
function recordOf(suite, c, repeat) {
  const record = { suite, id: c.id, repeat, line: c.line, tags: c.tags, severity: c.severity };
  record.fingerprint = c.fingerprint;
  if (c.expected !== void 0) record.expected = c.expected;
  if (c.contamination) record.contamination = c.contamination;
  return record;
}
async function runCase(plan, c, repeat, control, share) {
  const messages = renderMessages(plan.prompt, templateContext(c));
  const outcome = await plan.caller.call({ suite: plan.suite, caseId: c.id, repeat, messages, vars: c.vars });
  if (!outcome.ok) {
    if (outcome.aborted) return void 0;
    const failed = recordOf(plan.suite, c, repeat);
    failed.output = null;
    failed.scores = {};
    failed.latency_ms = null;
    failed.tokens = null;
    failed.cost_usd = null;
    failed.error = { kind: "infrastructure", message: outcome.message };
    return failed;
  }
  const { response } = outcome;
  const record = recordOf(plan.suite, c, repeat);
  record.output = response.output;
  if (response.toolCalls) record.tool_calls = response.toolCalls;
  record.scores = {};
  record.latency_ms = outcome.batched ? null : Math.round(outcome.latencyMs * 10) / 10;
  record.tokens = share(response.tokens ?? null);
  record.cost_usd = outcome.costUsd;
  if (outcome.cached) record.cached = true;
  record.error = null;
  let judgeCost = null;
  const scorers = [...plan.scorers, ...plan.caseScorers?.get(c.id) ?? []];
  for (const scorer of scorers) {
    let score;
    if (scorer.grade) {
      try {
        score = await scorer.grade({
          case: c,
          output: response.output,
          toolCalls: response.toolCalls,
          suite: plan.suite,
          repeat,
          messages,
          baselineOutput: plan.baselineOutputs?.get(baselineKey(c.id, repeat)),
          signal: control.signal
        });
      } catch (error) {
        if (control.stopped !== null) return void 0;
        if (!(error instanceof ProviderError)) throw error;
        record.scorer_errors = { ...record.scorer_errors, [scorer.id]: error.message };
        continue;
      }
      if (score?.cost_usd !== void 0) judgeCost = (judgeCost ?? 0) + score.cost_usd;
    } else {
      score = scorer.score({ case: c, output: response.output, toolCalls: response.toolCalls });
    }
    if (score) record.scores[scorer.id] = share(score);
  }
  if (scorers.some((s) => s.grade)) record.judge_cost_usd = judgeCost;
  record.scores = share(record.scores);
  return record;
}

// src/providers/recorder.ts
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var Recorder = class {
  constructor(path) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: true });
    this.stream = createWriteStream(path, { flags: "w" });
    this.stream.on("error", (error) => this.failure = error);
  }
  path;
  stream;
  failure;
  embedded = /* @__PURE__ */ new Set();
  write(record) {
    if (record.error || record.output === null) return;
    const line = {
      suite: record.suite,
      id: record.id,
      repeat: record.repeat,
      output: record.output,
      ...record.tool_calls ? { tool_calls: record.tool_calls } : {},
      ...record.latency_ms !== null ? { latency_ms: record.latency_ms } : {},
      ...record.tokens ? { tokens: record.tokens } : {},
      ...record.cost_usd !== null ? { cost_usd: record.cost_usd } : {}
    };
    this.stream.write(`${JSON.stringify(line)}
`);
  }
  /** An embedding the run used (similarity), once per model and text, so that replay can embed offline too. */
  writeEmbedding({ model, text, vector }) {
    const seen = `${model}\0${text}`;
    if (this.embedded.has(seen)) return;
    this.embedded.add(seen);
    const line = { model, text, embedding: vector };
    this.stream.write(`${JSON.stringify(line)}
`);
  }
  /** Flushes and closes; rejects when the file could not be written. */
  close() {
    return new Promise((resolve2, reject) => {
      this.stream.end(() => this.failure ? reject(this.failure) : resolve2());
    });
  }
};

// src/providers/registry.ts
import { resolve } from "node:path";

// src/providers/command.ts
var CommandOutput = external_exports.object({
  output: external_exports.string(),
  tool_calls: external_exports.array(external_exports.unknown()).optional(),
  tokens: external_exports.object({ prompt: external_exports.number().nonnegative(), completion: external_exports.number().nonnegative(), total: external_exports.number().nonnegative() }).optional(),
  cost_usd: external_exports.number().nonnegative().optional(),
  /** A worker's way to say this case failed for reasons outside the case (recorded as an infrastructure error). */
  error: external_exports.string().optional()
});
var MAX_STDOUT = 16 * 1024 * 1024;
function createCommandProvider(name, config, cwd, parentEnv = process.env) {
  const env = commandEnvironment(config.env, parentEnv);
  let modules;
  const load = () => modules ??= Promise.all([import("node:child_process"), import("node:readline")]).then(([cp, rl]) => ({
    spawn: cp.spawn,
    createInterface: rl.createInterface
  }));
  const program = typeof config.command === "string" ? config.command : config.command.join(" ");
  const starter = ({ spawn }) => () => typeof config.command === "string" ? spawn(config.command, { cwd, env, shell: true, stdio: "pipe" }) : spawn(config.command[0], config.command.slice(1), { cwd, env, stdio: "pipe" });
  let workers;
  return {
    name,
    type: "command",
    model: config.model,
    ...callSettings(config),
    cacheIdentity: {
      type: "command",
      command: config.command,
      mode: config.mode,
      stdout: config.stdout,
      env: config.env ?? null,
      model: config.model
    },
    async call(request) {
      const loaded = await load();
      const line = `${JSON.stringify(requestLine(request))}
`;
      if (config.mode === "worker")
        return (workers ??= new WorkerPool(
          starter(loaded),
          loaded.createInterface,
          program,
          (line2) => parseOutput(line2, program)
        )).call(line, request.signal);
      return runOnce(starter(loaded), program, line, config.stdout, request.signal);
    },
    async close() {
      await workers?.close();
    }
  };
}
function requestLine(request) {
  const lastUser = [...request.messages].reverse().find((m) => m.role === "user");
  return {
    suite: request.suite,
    id: request.caseId,
    repeat: request.repeat,
    vars: request.vars ?? {},
    messages: request.messages,
    prompt: lastUser?.content ?? ""
  };
}
function parseOutput(text, program) {
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ProviderError(
      `${program} printed something that is not JSON: ${excerpt(text)} (print {"output": "..."}, or set stdout: text)`,
      false
    );
  }
  const parsed = CommandOutput.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ProviderError(
      `${program} printed JSON without a valid ${issue.path.join(".") || "object"}: ${issue.message}`,
      false
    );
  }
  if (parsed.data.error !== void 0) throw new ProviderError(`${program} reported: ${parsed.data.error}`, true);
  return {
    output: parsed.data.output,
    toolCalls: parsed.data.tool_calls,
    tokens: parsed.data.tokens,
    costUsd: parsed.data.cost_usd
  };
}
function runOnce(start, program, line, mode, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(new ProviderError("aborted", true));
    const child = start();
    const stdout = [];
    let size = 0;
    let stderr = "";
    let settled = false;
    const settle = (fn) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener("abort", onAbort);
      fn();
    };
    const onAbort = () => {
      child.kill("SIGKILL");
      settle(() => reject(new ProviderError(`${program} was stopped`, true)));
    };
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_STDOUT) {
        child.kill("SIGKILL");
        settle(() => reject(new ProviderError(`${program} printed more than ${MAX_STDOUT / 1024 / 1024} MiB`, false)));
      } else stdout.push(chunk);
    });
    child.stderr.on("data", (chunk) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-STDERR_TAIL * 2);
    });
    child.on(
      "error",
      (error) => settle(() => reject(new ProviderError(`cannot start ${program}: ${error.message}`, false)))
    );
    child.on("close", (code, sig) => {
      settle(() => {
        if (code !== 0) {
          reject(
            new ProviderError(
              `${program} exited with ${sig ? `signal ${sig}` : `code ${code}`}${stderr.trim() ? `: ${tail(stderr)}` : ""}`,
              true
            )
          );
          return;
        }
        const text = Buffer.concat(stdout).toString("utf8");
        try {
          resolve2(mode === "text" ? { output: text.replace(/\r?\n$/, "") } : parseOutput(text.trim(), program));
        } catch (error) {
          reject(error);
        }
      });
    });
    child.stdin.on("error", () => void 0);
    child.stdin.end(line);
  });
}

// src/providers/keep-alive-fetch.ts
import http from "node:http";
function keepAliveFetch() {
  const plainAgent = new http.Agent({ keepAlive: true });
  let tls;
  const secure = () => tls ??= import("node:https").then((https) => ({
    request: https.request,
    agent: new https.Agent({ keepAlive: true })
  }));
  const close = () => {
    plainAgent.destroy();
    void tls?.then(({ agent }) => agent.destroy());
  };
  const nodeFetch = (input, init = {}) => {
    const body = init.body;
    const plain = typeof input === "string" || input instanceof URL;
    const url = plain ? new URL(input) : void 0;
    if (!url || body !== void 0 && body !== null && typeof body !== "string" && !(body instanceof Uint8Array) || url.protocol !== "http:" && url.protocol !== "https:") {
      return fetch(input, init);
    }
    const transport = url.protocol === "https:" ? secure() : { request: http.request, agent: plainAgent };
    return Promise.resolve(transport).then(
      (client) => send(client, url, init, body)
    );
  };
  return { fetch: nodeFetch, close };
}
function send(client, url, init, body) {
  return new Promise((resolve2, reject) => {
    const request = client.request(
      url,
      {
        method: init.method ?? "GET",
        headers: headerRecord(init.headers),
        agent: client.agent,
        signal: init.signal ?? void 0
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("error", (error) => reject(error));
        response.on(
          "aborted",
          () => reject(new TypeError("fetch failed", { cause: new Error("the response was cut off") }))
        );
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          const headers = [];
          for (let i = 0; i < response.rawHeaders.length; i += 2)
            headers.push([response.rawHeaders[i], response.rawHeaders[i + 1]]);
          resolve2(
            new BufferedResponse(
              url.href,
              status,
              response.statusMessage ?? "",
              new Headers(headers),
              Buffer.concat(chunks)
            )
          );
        });
      }
    );
    request.on(
      "error",
      (error) => reject(error.name === "AbortError" ? error : new TypeError("fetch failed", { cause: error }))
    );
    request.end(body ?? void 0);
  });
}
function headerRecord(headers) {
  if (!headers) return {};
  if (headers instanceof Headers) {
    const out = {};
    headers.forEach((value, key2) => out[key2] = value);
    return out;
  }
  return Array.isArray(headers) ? Object.fromEntries(headers) : { ...headers };
}
var BufferedResponse = class _BufferedResponse {
  constructor(url, status, statusText, headers, bytes) {
    this.url = url;
    this.status = status;
    this.statusText = statusText;
    this.headers = headers;
    this.bytes = bytes;
  }
  url;
  status;
  statusText;
  headers;
  bytes;
  body = null;
  bodyUsed = false;
  redirected = false;
  type = "basic";
  get ok() {
    return this.status >= 200 && this.status < 300;
  }
  async text() {
    this.bodyUsed = true;
    return this.bytes.toString("utf8");
  }
  async json() {
    return JSON.parse(await this.text());
  }
  async arrayBuffer() {
    this.bodyUsed = true;
    return this.bytes.buffer.slice(this.bytes.byteOffset, this.bytes.byteOffset + this.bytes.byteLength);
  }
  clone() {
    return new _BufferedResponse(this.url, this.status, this.statusText, new Headers(this.headers), this.bytes);
  }
};

// src/providers/http.ts
var WHOLE_PLACEHOLDER = /^\s*\{\{\s*([A-Za-z_][\w.]*)\s*\}\}\s*$/;
function createHttpProvider(name, config, env = process.env) {
  const secrets = [];
  const missing = /* @__PURE__ */ new Set();
  const headers = { "content-type": "application/json", accept: "application/json" };
  for (const [header, template] of Object.entries(config.headers)) {
    headers[header.toLowerCase()] = template.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, variable) => {
      const value = env[variable];
      if (value === void 0 || value === "") missing.add(variable);
      else secrets.push(value);
      return value ?? "";
    });
  }
  if (missing.size)
    return fail({
      file: "(environment)",
      message: `provider "${name}" uses ${[...missing].join(", ")} in its headers, which ${missing.size === 1 ? "is" : "are"} not set`
    });
  const paths = {
    output: void 0,
    tool_calls: void 0,
    usage: void 0
  };
  for (const key2 of ["output", "tool_calls", "usage"]) {
    const text = config[key2];
    if (text === void 0) continue;
    const path = parseJsonPath(text);
    if (!path)
      return fail({
        file: "(config)",
        path: `providers.${name}.${key2}`,
        message: `not a JSON path: ${JSON.stringify(text)}; write it like choices[0].message.content`
      });
    paths[key2] = path;
  }
  const redact = (text) => secrets.reduce((t, s) => t.split(s).join("***"), text);
  const connections = keepAliveFetch();
  return ok({
    name,
    type: "http",
    model: config.model,
    ...callSettings(config),
    cacheIdentity: {
      type: "http",
      url: config.url,
      method: config.method,
      body: config.body,
      output: config.output,
      model: config.model
    },
    async call(request) {
      const body = JSON.stringify(renderBody(config.body, bodyContext(request)));
      let response;
      try {
        response = await connections.fetch(config.url, {
          method: config.method,
          headers,
          body,
          signal: request.signal
        });
      } catch (error) {
        const cause = error.cause;
        throw new ProviderError(
          redact(`cannot reach ${config.url}: ${cause?.code ?? cause?.message ?? error.message}`),
          true
        );
      }
      const text = await response.text().catch((error) => {
        throw new ProviderError(`the response from ${config.url} broke off: ${error.message}`, true);
      });
      if (!response.ok) {
        const status = response.status;
        const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
        throw new ProviderError(
          redact(`HTTP ${status} from ${config.url}: ${text.slice(0, 300)}`),
          retryable,
          parseRetryAfter((h) => response.headers.get(h)),
          status
        );
      }
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        throw new ProviderError(
          `${config.url} answered with malformed JSON: ${JSON.stringify(text.slice(0, 200))}`,
          true
        );
      }
      const output = getPath(json, paths.output);
      if (output === void 0 || output === null)
        throw new ProviderError(`the response from ${config.url} has no value at ${config.output}`, false);
      const toolCalls = paths.tool_calls ? getPath(json, paths.tool_calls) : void 0;
      const usage = paths.usage ? getPath(json, paths.usage) : void 0;
      const tokens = usage && typeof usage.prompt_tokens === "number" && typeof usage.completion_tokens === "number" ? {
        prompt: usage.prompt_tokens,
        completion: usage.completion_tokens,
        total: usage.total_tokens ?? usage.prompt_tokens + usage.completion_tokens
      } : void 0;
      return {
        output: typeof output === "string" ? output : JSON.stringify(output),
        ...Array.isArray(toolCalls) ? { toolCalls } : {},
        ...tokens ? { tokens } : {}
      };
    },
    async close() {
      connections.close();
    }
  });
}
function bodyContext(request) {
  const vars = request.vars ?? {};
  const lastUser = [...request.messages].reverse().find((m) => m.role === "user");
  return {
    ...vars,
    vars,
    messages: request.messages,
    prompt: lastUser?.content ?? "",
    id: request.caseId,
    repeat: request.repeat,
    suite: request.suite
  };
}
function renderBody(template, context) {
  if (typeof template === "string") {
    const whole = WHOLE_PLACEHOLDER.exec(template);
    if (whole) {
      const value = whole[1].split(".").reduce(
        (v, k) => v && typeof v === "object" ? v[k] : void 0,
        context
      );
      return value === void 0 ? null : value;
    }
    return render(template, context);
  }
  if (Array.isArray(template)) return template.map((t) => renderBody(t, context));
  if (template && typeof template === "object")
    return Object.fromEntries(Object.entries(template).map(([k, v]) => [k, renderBody(v, context)]));
  return template;
}

// src/providers/sdk-error.ts
function toProviderError(error, errors, redact, baseURL) {
  if (error instanceof ProviderError) return error;
  if (error instanceof errors.APIUserAbortError) return new ProviderError("the call was aborted", true);
  if (error instanceof errors.APIConnectionTimeoutError) return new ProviderError("the request timed out", true);
  if (error instanceof errors.APIConnectionError) {
    const cause = error.cause;
    return new ProviderError(
      redact(`cannot reach ${baseURL}: ${cause?.code ?? cause?.message ?? error.message}`),
      true
    );
  }
  if (error instanceof errors.APIError && typeof error.status === "number") {
    const { status, headers } = error;
    return httpError(status, error.message.replace(/^\d{3}\s*/, ""), headers, redact);
  }
  return otherError(error, redact);
}
function httpError(status, message, headers, redact, retryAfterMs = headers ? parseRetryAfter((h) => headers.get(h)) : void 0) {
  const retryable = status === 408 || status === 409 || status === 429 || status >= 500;
  return new ProviderError(redact(`HTTP ${status}: ${message}`), retryable, retryAfterMs, status);
}
function otherError(error, redact) {
  if (error instanceof SyntaxError)
    return new ProviderError(`the server answered with malformed JSON (${error.message})`, true);
  const e = error;
  return new ProviderError(redact(`${e?.name ?? "Error"}: ${e?.message ?? String(error)}`), true);
}
function redactor(key2) {
  return (text) => {
    const out = key2 ? text.split(key2).join("***") : text;
    return out.replace(/\bsk-(ant-)?[A-Za-z0-9_*-]{6,}/g, "sk-***").replace(/\bAIza[0-9A-Za-z_-]{20,}/g, "AIza***");
  };
}
function parseArguments(text) {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// src/providers/tool-definitions.ts
function functionTool(definition) {
  const inner = definition.type === "function" && definition.function && typeof definition.function === "object" ? definition.function : definition;
  if (typeof inner.name !== "string") return void 0;
  const parameters = inner.parameters ?? inner.input_schema ?? inner.parametersJsonSchema;
  return {
    name: inner.name,
    ...typeof inner.description === "string" ? { description: inner.description } : {},
    parameters: parameters && typeof parameters === "object" ? parameters : { type: "object", properties: {} }
  };
}

// src/providers/chat-shared.ts
function readKey(name, keyName, env, keyless = "a gateway that needs no key") {
  const key2 = keyName ? env[keyName] : void 0;
  if (!keyName || key2) return ok(key2);
  return fail({
    file: "(environment)",
    message: `provider "${name}" reads its API key from ${keyName}, which is not set; set it (a repository secret in GitHub Actions), or for ${keyless} set api_key_env: null`
  });
}
function splitSystem(messages) {
  const system = messages.filter((m) => m.role === "system").map((m) => m.content);
  const turns = messages.flatMap(
    (m) => m.role === "system" ? [] : [{ role: m.role, content: m.content }]
  );
  return { system: system.length ? system.join("\n\n") : void 0, turns };
}
function configuredTools(resolved, tools) {
  const list = resolved.tools ?? (Array.isArray(tools) ? tools : void 0);
  return list?.map(functionTool).filter((t) => t !== void 0);
}

// src/providers/anthropic.ts
var DEFAULT_BASE_URL = "https://api.anthropic.com";
function createAnthropicProvider(name, config, resolved, env = process.env) {
  const keyRead = readKey(name, config.api_key_env, env);
  if (!keyRead.ok) return keyRead;
  const key2 = keyRead.value;
  const baseURL = config.base_url ?? (env.ANTHROPIC_BASE_URL || DEFAULT_BASE_URL);
  const redact = redactor(key2);
  const tools = configuredTools(resolved, config.tools)?.map((t) => ({
    name: t.name,
    ...t.description ? { description: t.description } : {},
    input_schema: t.parameters
  }));
  const toolChoice = config.tool_choice === void 0 ? void 0 : typeof config.tool_choice === "object" ? { type: "tool", name: config.tool_choice.function } : { type: { auto: "auto", none: "none", required: "any" }[config.tool_choice] };
  const format = typeof config.response_format === "object" ? {
    type: "json_schema",
    schema: resolved.schema ?? config.response_format.json_schema
  } : void 0;
  const settings = {
    model: config.model,
    max_tokens: config.max_tokens,
    ...config.temperature !== void 0 ? { temperature: config.temperature } : {},
    ...config.top_p !== void 0 ? { top_p: config.top_p } : {},
    ...config.top_k !== void 0 ? { top_k: config.top_k } : {},
    ...config.stop ? { stop_sequences: config.stop } : {},
    ...tools?.length ? { tools } : {},
    ...toolChoice ? { tool_choice: toolChoice } : {},
    ...format ? { output_config: { format } } : {}
  };
  const call = callSettings(config, priceFor(config.model));
  const connections = keepAliveFetch();
  let loaded;
  const getClient = () => loaded ??= import("./sdk-X54YZ4UA.js").then((errors) => ({
    errors,
    client: new errors.Anthropic({
      apiKey: key2 ?? "no-key",
      authToken: null,
      baseURL,
      maxRetries: 0,
      timeout: config.timeout_ms + 5e3,
      defaultHeaders: config.headers,
      fetch: connections.fetch
    })
  }));
  return ok({
    name,
    type: "anthropic",
    model: config.model,
    ...call,
    cacheIdentity: { type: "anthropic", base_url: baseURL, ...settings },
    async call(request) {
      const { client, errors } = await getClient();
      const { system, turns } = splitSystem(request.messages);
      const body = {
        ...settings,
        ...system ? { system } : {},
        messages: turns,
        ...request.temperature !== void 0 ? { temperature: request.temperature } : {},
        ...request.responseFormat ? { output_config: { format: { type: "json_schema", schema: request.responseFormat.schema } } } : {}
      };
      try {
        const { data, response } = await client.messages.create(body, { signal: request.signal }).withResponse();
        if (!Array.isArray(data?.content)) throw new ProviderError("the response has no content list", true);
        const text = data.content.flatMap((block) => block.type === "text" ? [block.text] : []).join("");
        const toolCalls = data.content.flatMap(
          (block) => block.type === "tool_use" ? [{ id: block.id, name: block.name, arguments: block.input }] : []
        );
        const usage = data.usage;
        const tokens = usage ? {
          cached: usage.cache_read_input_tokens ?? 0,
          cacheWrite: usage.cache_creation_input_tokens ?? 0,
          prompt: usage.input_tokens + (usage.cache_read_input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0),
          completion: usage.output_tokens
        } : void 0;
        const cost = costUsd(tokens, call.price);
        return {
          output: text,
          ...toolCalls.length ? { toolCalls } : {},
          ...tokens ? {
            tokens: {
              prompt: tokens.prompt,
              completion: tokens.completion,
              total: tokens.prompt + tokens.completion
            }
          } : {},
          ...cost !== null ? { costUsd: cost } : {},
          ...rateLimitOf(response.headers)
        };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL);
      }
    },
    async close() {
      connections.close();
    }
  });
}
function rateLimitOf(headers, now = Date.now()) {
  let resetMs;
  for (const window of ["requests", "tokens", "input-tokens", "output-tokens"]) {
    const remaining = headers.get(`anthropic-ratelimit-${window}-remaining`);
    if (remaining === null || Number(remaining) > 0) continue;
    const at = Date.parse(headers.get(`anthropic-ratelimit-${window}-reset`) ?? "");
    if (!Number.isNaN(at)) resetMs = Math.max(resetMs ?? 0, at - now);
  }
  return resetMs === void 0 ? {} : { rateLimit: { remaining: 0, resetMs: Math.max(0, resetMs) } };
}

// src/providers/gemini.ts
var DEFAULT_BASE_URL2 = "https://generativelanguage.googleapis.com";
function createGeminiProvider(name, config, resolved, env = process.env) {
  const keyRead = readKey(name, config.api_key_env, env);
  if (!keyRead.ok) return keyRead;
  const key2 = keyRead.value;
  const baseUrl = config.base_url ?? DEFAULT_BASE_URL2;
  const redact = redactor(key2);
  const declarations = configuredTools(resolved, config.tools)?.map((t) => ({
    name: t.name,
    ...t.description ? { description: t.description } : {},
    parametersJsonSchema: t.parameters
  }));
  const choice = config.tool_choice;
  const toolConfig = choice === void 0 ? void 0 : typeof choice === "object" ? { functionCallingConfig: { mode: "ANY", allowedFunctionNames: [choice.function] } } : { functionCallingConfig: { mode: { auto: "AUTO", none: "NONE", required: "ANY" }[choice] } };
  const format = config.response_format;
  const settings = {
    ...config.temperature !== void 0 ? { temperature: config.temperature } : {},
    ...config.top_p !== void 0 ? { topP: config.top_p } : {},
    ...config.top_k !== void 0 ? { topK: config.top_k } : {},
    ...config.seed !== void 0 ? { seed: config.seed } : {},
    ...config.max_tokens !== void 0 ? { maxOutputTokens: config.max_tokens } : {},
    ...config.stop ? { stopSequences: config.stop } : {},
    ...format === "json" || typeof format === "object" ? { responseMimeType: "application/json" } : {},
    ...typeof format === "object" ? { responseJsonSchema: resolved.schema ?? format.json_schema } : {},
    ...declarations?.length ? { tools: [{ functionDeclarations: declarations }] } : {},
    ...toolConfig ? { toolConfig } : {}
  };
  const call = callSettings(config, priceFor(config.model));
  const connections = keepAliveFetch();
  let loaded;
  const getClient = () => loaded ??= import("./web-7DHMGVPZ.js").then((sdk) => ({
    sdk,
    client: new sdk.GoogleGenAI({
      apiKey: key2 ?? "no-key",
      vertexai: false,
      apiVersion: "v1beta",
      httpOptions: { baseUrl, headers: config.headers, timeout: config.timeout_ms + 5e3 }
    })
  }));
  return ok({
    name,
    type: "gemini",
    model: config.model,
    ...call,
    cacheIdentity: { type: "gemini", base_url: baseUrl, model: config.model, ...settings },
    async call(request) {
      const { client, sdk } = await getClient();
      const { system, turns } = splitSystem(request.messages);
      let errorHeaders;
      const fetchForCall = (input, init) => connections.fetch(input, init).then((response) => {
        if (!response.ok) errorHeaders = response.headers;
        return response;
      });
      const generation = {
        ...settings,
        ...system ? { systemInstruction: system } : {},
        ...request.temperature !== void 0 ? { temperature: request.temperature } : {},
        ...request.responseFormat ? { responseMimeType: "application/json", responseJsonSchema: request.responseFormat.schema } : {},
        automaticFunctionCalling: { disable: true },
        ...request.signal ? { abortSignal: request.signal } : {},
        httpOptions: { fetch: fetchForCall }
      };
      let data;
      try {
        data = await client.models.generateContent({
          model: config.model,
          contents: turns.map((t) => ({
            role: t.role === "assistant" ? "model" : "user",
            parts: [{ text: t.content }]
          })),
          config: generation
        });
      } catch (error) {
        throw toGeminiError(error, sdk, errorHeaders, redact, baseUrl);
      }
      const parts = data.candidates?.[0]?.content?.parts ?? [];
      const output = parts.flatMap((p) => typeof p.text === "string" && !p.thought ? [p.text] : []).join("");
      const toolCalls = parts.flatMap(
        (p) => p.functionCall?.name ? [
          {
            ...p.functionCall.id ? { id: p.functionCall.id } : {},
            name: p.functionCall.name,
            arguments: p.functionCall.args ?? {}
          }
        ] : []
      );
      const usage = data.usageMetadata;
      const tokens = usage ? {
        prompt: usage.promptTokenCount ?? 0,
        completion: (usage.candidatesTokenCount ?? 0) + (usage.thoughtsTokenCount ?? 0),
        cached: usage.cachedContentTokenCount ?? 0
      } : void 0;
      const cost = costUsd(tokens, call.price);
      return {
        output,
        ...toolCalls.length ? { toolCalls } : {},
        ...tokens ? {
          tokens: {
            prompt: tokens.prompt,
            completion: tokens.completion,
            total: tokens.prompt + tokens.completion
          }
        } : {},
        ...cost !== null ? { costUsd: cost } : {}
      };
    },
    async close() {
      connections.close();
    }
  });
}
function toGeminiError(error, sdk, headers, redact, baseUrl) {
  if (error instanceof ProviderError) return error;
  if (error instanceof sdk.ApiError) {
    const body = parseErrorBody(error.message);
    const wait = headers ? parseRetryAfter((h) => headers.get(h)) : void 0;
    return httpError(error.status, body.message ?? error.message, headers, redact, wait ?? body.retryDelayMs);
  }
  const e = error;
  if (e?.name === "AbortError") return new ProviderError("the call was aborted", true);
  if (e instanceof TypeError && e.message === "fetch failed")
    return new ProviderError(
      redact(`cannot reach ${baseUrl}: ${e.cause?.code ?? e.cause?.message ?? e.message}`),
      true
    );
  return otherError(error, redact);
}
function parseErrorBody(text) {
  try {
    const body = JSON.parse(text);
    const retry = body.error?.details?.find((d) => d["@type"]?.endsWith("google.rpc.RetryInfo"));
    return {
      ...body.error?.message ? { message: `${body.error.status ? `${body.error.status}: ` : ""}${body.error.message}` } : {},
      ...retry?.retryDelay ? { retryDelayMs: parseDuration(retry.retryDelay) } : {}
    };
  } catch {
    return {};
  }
}

// src/providers/openai-batch.ts
var ENDPOINT = "/v1/chat/completions";
var MAX_BATCH_REQUESTS = 5e4;
var FINISHED = /* @__PURE__ */ new Set(["completed", "failed", "expired", "cancelled"]);
function batchLine(customId, body) {
  return JSON.stringify({ custom_id: customId, method: "POST", url: ENDPOINT, body });
}
function openAIBatch(parts) {
  return {
    async run(items, options) {
      if (items.length > MAX_BATCH_REQUESTS)
        throw new ProviderError(
          `${items.length} requests are more than the Batch API takes in one batch (${MAX_BATCH_REQUESTS}); sample fewer cases`,
          false
        );
      const openai = await parts.client();
      let batch;
      try {
        if (options.resume) {
          batch = await openai.batches.retrieve(options.resume).catch(() => void 0);
          if (batch?.status === "failed" || batch?.status === "cancelling") batch = void 0;
        }
        if (!batch) {
          const { toFile } = await import("./openai-LDG5BVAT.js");
          const text = `${items.map((item) => batchLine(item.id, parts.body(item.request))).join("\n")}
`;
          const file = await openai.files.create({
            file: await toFile(Buffer.from(text, "utf8"), "evalgate-batch.jsonl", { type: "application/jsonl" }),
            purpose: "batch"
          });
          batch = await openai.batches.create({
            input_file_id: file.id,
            endpoint: ENDPOINT,
            completion_window: "24h",
            metadata: { source: "evalgate" }
          });
          await options.submitted(batch.id);
        }
        let wait = parts.pollMs;
        for (; ; ) {
          const counts = batch.request_counts;
          options.progress({
            id: batch.id,
            status: batch.status,
            total: counts?.total ?? items.length,
            completed: counts?.completed ?? 0,
            failed: counts?.failed ?? 0
          });
          if (FINISHED.has(batch.status)) break;
          if (!await pause(wait, options.signal)) return { stopped: true, id: batch.id };
          wait = Math.min(wait * 1.5, parts.pollMs * 10);
          try {
            batch = await openai.batches.retrieve(batch.id);
          } catch (error) {
            if (!(await parts.toError(error)).retryable) throw error;
          }
        }
        return { stopped: false, id: batch.id, answers: await readAnswers(openai, batch, items, parts) };
      } catch (error) {
        if (options.signal.aborted) return { stopped: true, id: batch?.id ?? null };
        throw await parts.toError(error);
      }
    }
  };
}
function pause(ms, signal) {
  return new Promise((done) => {
    if (signal.aborted) return done(false);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", stop);
      done(true);
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      done(false);
    };
    signal.addEventListener("abort", stop, { once: true });
  });
}
async function readAnswers(openai, batch, items, parts) {
  const answers = /* @__PURE__ */ new Map();
  for (const fileId of [batch.output_file_id, batch.error_file_id]) {
    if (!fileId) continue;
    const text = await (await openai.files.content(fileId)).text();
    for (const raw of text.split("\n")) {
      if (!raw.trim()) continue;
      let line;
      try {
        line = JSON.parse(raw);
      } catch {
        continue;
      }
      if (line.custom_id !== void 0) answers.set(line.custom_id, answerOf(line, parts));
    }
  }
  const failure = batch.status === "failed" ? `the batch ${batch.id} failed: ${(batch.errors?.data ?? []).map((e) => e.message ?? e.code).join("; ") || "no reason given"}` : `the batch ${batch.id} ended ${batch.status} without an answer for this request`;
  for (const item of items) if (!answers.has(item.id)) answers.set(item.id, new ProviderError(failure, false));
  return answers;
}
function answerOf(line, parts) {
  if (line.error)
    return new ProviderError(`batch request failed: ${line.error.code ?? "error"}: ${line.error.message ?? ""}`, false);
  const status = line.response?.status_code;
  if (status !== 200) {
    const message = line.response?.body?.error?.message;
    return new ProviderError(
      `batch request failed: HTTP ${status ?? "?"}: ${message ?? "no message"}`,
      false,
      void 0,
      status
    );
  }
  try {
    return parts.answer(line.response.body);
  } catch (error) {
    return error instanceof ProviderError ? error : new ProviderError(error.message, false);
  }
}

// src/providers/openai.ts
function createOpenAIProvider(name, config, resolved, env = process.env) {
  const keyRead = readKey(name, config.api_key_env, env, "a server that needs no key (Ollama, vLLM)");
  if (!keyRead.ok) return keyRead;
  const key2 = keyRead.value;
  const baseURL = config.base_url ?? (env.OPENAI_BASE_URL || void 0);
  const redact = redactor(key2);
  const responseFormat = config.response_format === "json" ? { type: "json_object" } : config.response_format && typeof config.response_format === "object" ? {
    type: "json_schema",
    json_schema: {
      name: config.response_format.name,
      schema: resolved.schema ?? config.response_format.json_schema,
      strict: config.response_format.strict
    }
  } : void 0;
  const tools = resolved.tools ?? (Array.isArray(config.tools) ? config.tools : void 0);
  const toolChoice = typeof config.tool_choice === "object" ? { type: "function", function: { name: config.tool_choice.function } } : config.tool_choice;
  const settings = {
    model: config.model,
    ...config.temperature !== void 0 ? { temperature: config.temperature } : {},
    ...config.top_p !== void 0 ? { top_p: config.top_p } : {},
    ...config.seed !== void 0 ? { seed: config.seed } : {},
    ...config.max_tokens !== void 0 ? { max_tokens: config.max_tokens } : {},
    ...config.max_completion_tokens !== void 0 ? { max_completion_tokens: config.max_completion_tokens } : {},
    ...config.stop ? { stop: config.stop } : {},
    ...responseFormat ? { response_format: responseFormat } : {},
    ...tools ? { tools } : {},
    ...toolChoice ? { tool_choice: toolChoice } : {}
  };
  const connections = keepAliveFetch();
  let loaded;
  const getClient = () => loaded ??= import("./openai-LDG5BVAT.js").then((errors) => ({
    errors,
    openai: new errors.OpenAI({
      apiKey: key2 ?? "no-key",
      baseURL,
      maxRetries: 0,
      // the runner's per-attempt timeout aborts first; this only bounds a runner bug
      timeout: config.timeout_ms + 5e3,
      defaultHeaders: config.headers,
      defaultQuery: config.query,
      fetch: connections.fetch
    })
  }));
  const bodyOf = (request) => ({
    ...settings,
    messages: request.messages,
    ...request.temperature !== void 0 ? { temperature: request.temperature } : {},
    ...request.responseFormat ? {
      response_format: {
        type: "json_schema",
        json_schema: { ...request.responseFormat, strict: true }
      }
    } : {}
  });
  const call = callSettings(config, priceFor(config.model));
  return ok({
    name,
    type: "openai",
    model: config.model,
    ...call,
    cacheIdentity: { type: "openai", base_url: baseURL ?? null, query: config.query ?? null, ...settings },
    async call(request) {
      const { openai, errors } = await getClient();
      try {
        const { data, response } = await openai.chat.completions.create(bodyOf(request), { signal: request.signal }).withResponse();
        return { ...answerOf2(data, call.price), ...rateLimitOf2(response.headers) };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL ?? "https://api.openai.com/v1");
      }
    },
    embeddingModel: config.embedding_model,
    // only the server answers for an embedding; the chat settings (temperature, tools) do not
    embeddingIdentity: { type: "openai", base_url: baseURL ?? null, query: config.query ?? null },
    ...config.batch ? {
      batch: openAIBatch({
        client: async () => (await getClient()).openai,
        toError: async (error) => toProviderError(error, (await getClient()).errors, redact, baseURL ?? "https://api.openai.com/v1"),
        body: bodyOf,
        answer: (data) => answerOf2(data, call.price && batchPrice(call.price)),
        pollMs: typeof config.batch === "object" ? config.batch.poll_ms : 3e4
      })
    } : {},
    async embed({ texts, model, signal }) {
      const { openai, errors } = await getClient();
      try {
        const data = await openai.embeddings.create({ model, input: texts, encoding_format: "float" }, { signal });
        const vectors = [...data.data].sort((a, b) => a.index - b.index).map((d) => d.embedding);
        if (vectors.length !== texts.length)
          throw new ProviderError(`expected ${texts.length} embeddings, got ${vectors.length}`, true);
        return { vectors, tokens: data.usage?.total_tokens ?? 0 };
      } catch (error) {
        throw toProviderError(error, errors, redact, baseURL ?? "https://api.openai.com/v1");
      }
    },
    async close() {
      connections.close();
    }
  });
}
function answerOf2(data, price) {
  const choice = data?.choices?.[0];
  if (!choice?.message) throw new ProviderError("the response has no choices[0].message", true);
  const message = choice.message;
  const toolCalls = message.tool_calls?.map(
    (call) => call.type === "function" ? { id: call.id, name: call.function.name, arguments: parseArguments(call.function.arguments) } : call
  );
  const usage = data.usage;
  const tokens = usage ? {
    prompt: usage.prompt_tokens,
    completion: usage.completion_tokens,
    cached: usage.prompt_tokens_details?.cached_tokens ?? 0
  } : void 0;
  const cost = tokens ? costUsd(tokens, price) : null;
  return {
    output: message.content ?? message.refusal ?? "",
    ...toolCalls?.length ? { toolCalls } : {},
    ...usage ? { tokens: { prompt: usage.prompt_tokens, completion: usage.completion_tokens, total: usage.total_tokens } } : {},
    ...cost !== null ? { costUsd: cost } : {}
  };
}
function rateLimitOf2(headers) {
  const windows = [
    [headers.get("x-ratelimit-remaining-requests"), headers.get("x-ratelimit-reset-requests")],
    [headers.get("x-ratelimit-remaining-tokens"), headers.get("x-ratelimit-reset-tokens")]
  ];
  let resetMs;
  for (const [remaining, reset] of windows) {
    if (remaining === null || Number(remaining) > 0) continue;
    const ms = parseDuration(reset);
    if (ms !== void 0) resetMs = Math.max(resetMs ?? 0, ms);
  }
  return resetMs === void 0 ? {} : { rateLimit: { remaining: 0, resetMs } };
}

// src/providers/replay.ts
import { readFileSync } from "node:fs";
var Recording = external_exports.strictObject({
  suite: external_exports.string().optional(),
  id: external_exports.union([external_exports.string(), external_exports.number()]).transform(String),
  repeat: external_exports.number().int().nonnegative().default(0),
  output: external_exports.string(),
  tool_calls: external_exports.array(external_exports.unknown()).optional(),
  latency_ms: external_exports.number().nonnegative().optional(),
  tokens: external_exports.object({ prompt: external_exports.number(), completion: external_exports.number(), total: external_exports.number() }).optional(),
  cost_usd: external_exports.number().nonnegative().optional()
});
var EmbeddingRecording = external_exports.strictObject({
  model: external_exports.string().min(1),
  text: external_exports.string(),
  embedding: external_exports.array(external_exports.number()).min(1)
});
var embeddingKey = (model, text) => `${model}\0${text}`;
var key = (suite, id, repeat) => `${suite ?? ""}\0${id}\0${repeat}`;
function createReplayProvider(name, config, path, display) {
  let file;
  try {
    file = readFileSync(path);
  } catch (error) {
    return fail({
      file: display,
      message: `cannot read the recordings: ${error.code ?? error.message}`
    });
  }
  const bytes = file[0] === 239 && file[1] === 187 && file[2] === 191 ? file.subarray(3) : file;
  const lines = /* @__PURE__ */ new Map();
  const starts = [];
  const ends = [];
  const embeddings = /* @__PURE__ */ new Map();
  const issues = [];
  eachByteLine(bytes, (from, to, line) => {
    const raw = bytes.toString("utf8", from, to);
    if (!raw.trim()) return;
    let json;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      issues.push({ file: display, line, message: `invalid JSON: ${error.message}` });
      return;
    }
    const isEmbedding = typeof json === "object" && json !== null && "embedding" in json;
    const parsed = isEmbedding ? EmbeddingRecording.safeParse(json) : Recording.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      issues.push({ file: display, line, path: first.path.join(".") || void 0, message: first.message });
      return;
    }
    if ("embedding" in parsed.data)
      embeddings.set(embeddingKey(parsed.data.model, parsed.data.text), parsed.data.embedding);
    else {
      lines.set(key(parsed.data.suite, parsed.data.id, parsed.data.repeat), starts.length);
      starts.push(from);
      ends.push(to);
    }
  });
  if (issues.length) return fail(...issues);
  const recording = (index) => {
    if (index === void 0) return void 0;
    return JSON.parse(bytes.toString("utf8", starts[index], ends[index]));
  };
  return ok({
    name,
    type: "replay",
    model: config.model,
    concurrency: config.concurrency,
    ...config.embedding_model ? { embeddingModel: config.embedding_model } : {},
    async embed({ texts, model }) {
      const vectors = texts.map((text) => {
        const found = embeddings.get(embeddingKey(model, text));
        if (!found) {
          const shown = text.length > 60 ? `${text.slice(0, 60)}\u2026` : text;
          throw new ProviderError(
            `no recorded embedding by model "${model}" of ${JSON.stringify(shown)} in ${display}`,
            false
          );
        }
        return found;
      });
      return { vectors, tokens: 0 };
    },
    async call(request) {
      const found = recording(
        lines.get(key(request.suite, request.caseId, request.repeat)) ?? lines.get(key(void 0, request.caseId, request.repeat))
      );
      if (!found)
        throw new ProviderError(
          `no recording for case "${request.caseId}" repeat ${request.repeat} in ${display}`,
          false
        );
      return {
        output: found.output,
        toolCalls: found.tool_calls,
        latencyMs: found.latency_ms,
        tokens: found.tokens,
        costUsd: found.cost_usd
      };
    }
  });
}

// src/providers/registry.ts
function createProvider(name, config, dir) {
  switch (config.type) {
    case "replay": {
      const path = resolve(dir, config.recordings);
      return createReplayProvider(name, config, path, displayPath(path));
    }
    case "openai":
    case "anthropic":
    case "gemini": {
      const files = readConfigFiles(config, dir);
      if (!files.ok) return files;
      if (config.type === "anthropic") return createAnthropicProvider(name, config, files.value);
      if (config.type === "gemini") return createGeminiProvider(name, config, files.value);
      return createOpenAIProvider(name, config, files.value);
    }
    case "command":
      return ok(createCommandProvider(name, config, resolve(dir, config.cwd ?? ".")));
    case "http":
      return createHttpProvider(name, config);
  }
}
function readConfigFiles(config, dir) {
  const format = config.response_format;
  const schema = typeof format === "object" && typeof format.json_schema === "string" ? readJsonFile(resolve(dir, format.json_schema)) : void 0;
  if (schema && !schema.ok) return schema;
  const tools = typeof config.tools === "string" ? readJsonFile(resolve(dir, config.tools)) : void 0;
  if (tools && !tools.ok) return tools;
  if (tools && !Array.isArray(tools.value))
    return fail({
      file: displayPath(resolve(dir, config.tools)),
      message: "expected a JSON list of tool definitions"
    });
  return ok({
    ...schema ? { schema: schema.value } : {},
    ...tools ? { tools: tools.value } : {}
  });
}

// src/runner/session.ts
function providerNames(suite) {
  const judges = suite.scorers.flatMap(
    (s) => "provider" in s && s.provider !== void 0 ? Array.isArray(s.provider) ? s.provider : [s.provider] : []
  );
  return [.../* @__PURE__ */ new Set([suite.provider, ...judges])];
}
var ModelSession = class {
  constructor(loaded, options = {}) {
    this.loaded = loaded;
    this.options = options;
    this.control = options.control ?? new RunControl();
    this.cache = options.noCache ? void 0 : new ResponseCache(this.cacheDir);
  }
  loaded;
  options;
  control;
  callers = /* @__PURE__ */ new Map();
  cache;
  recorder;
  /** Builds every provider these suites call; a missing key or unreadable file is an input issue. */
  open(suites) {
    const issues = [];
    for (const name of new Set(suites.flatMap(providerNames))) {
      if (this.callers.has(name)) continue;
      const config = this.loaded.config.providers[name];
      if (!config) {
        issues.push({ file: this.loaded.file, message: `no provider named "${name}"` });
        continue;
      }
      const provider = createProvider(name, config, this.loaded.dir);
      if (!provider.ok) issues.push(...provider.issues);
      else
        this.callers.set(
          name,
          createCaller(provider.value, {
            control: this.control,
            cache: this.cache,
            concurrency: this.options.concurrency,
            onEmbedding: (use) => this.recorder?.writeEmbedding(use),
            meter: this.options.meter
          })
        );
    }
    if (issues.length) return fail(...issues);
    if (this.options.record) this.recorder = new Recorder(this.options.record);
    return ok(void 0);
  }
  /** Where the response cache (and the Batch API's batch ids) live, even with `--no-cache`. */
  get cacheDir() {
    return this.options.cacheDir ?? defaultCacheDir();
  }
  caller(name) {
    const caller = this.callers.get(name);
    if (!caller) throw new Error(`bug: provider "${name}" was not opened`);
    return caller;
  }
  /** Model calls in flight now, over every provider (progress shows it while nothing finishes). */
  inFlight() {
    let n = 0;
    for (const caller of this.callers.values()) n += caller.limiter.active;
    return n;
  }
  provider(name) {
    return this.caller(name).provider;
  }
  /** Called for every finished case: `--record` keeps what the provider answered. */
  finished(record) {
    this.recorder?.write(record);
  }
  async close() {
    this.control.dispose();
    await Promise.all([...this.callers.values()].map((c) => c.provider.close?.()));
    await this.cache?.flush();
    await this.recorder?.close();
  }
};
function baselineOutputs(baseline, suite) {
  if (!baseline) return void 0;
  const outputs = /* @__PURE__ */ new Map();
  for (const r of baseline.cases)
    if (r.suite === suite && r.output !== null && !r.error) outputs.set(baselineKey(r.id, r.repeat), r.output);
  return outputs;
}

export {
  RunControl,
  executeSuite,
  providerNames,
  ModelSession,
  baselineOutputs
};
