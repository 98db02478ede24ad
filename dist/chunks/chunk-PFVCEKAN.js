import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  JUDGE_PREAMBLE,
  WorkerPool,
  askJudge,
  combineRatings,
  commandEnvironment,
  describeInput,
  excerpt,
  llmJudgeScorer,
  material,
  parsePrompt,
  providersOf,
  readJsonFile,
  reasons,
  renderMessages,
  sumCosts
} from "./chunk-FMZSDQ53.js";
import {
  parseDatasetText,
  readDatasetText
} from "./chunk-COK2ABR5.js";
import {
  displayPath,
  formatPath
} from "./chunk-NI63WJDQ.js";
import {
  fail,
  ok
} from "./chunk-TOJ4UG27.js";
import {
  ProviderError,
  binary,
  bleuScorer,
  canaryScorer,
  choiceScorer,
  chrfScorer,
  classifyScorer,
  codeScorer,
  contentHash,
  equalsScorer,
  exactMatchScorer,
  expandTemplates,
  levenshteinScorer,
  lookupPath,
  meteorScorer,
  placeholders,
  promptLeakScorer,
  refusalScorer,
  rougeScorer,
  sha256,
  similarityScorer,
  templateContext,
  toScore,
  tokenF1Scorer,
  toolCallScorer
} from "./chunk-U3WIKXHJ.js";
import {
  parseMetricName
} from "./chunk-XLT3OMSK.js";
import {
  didYouMean,
  judgeRubric
} from "./chunk-3Y7FXN34.js";

// src/dataset/sample.ts
function seededOrder(cases, seed) {
  return cases.map((c) => ({ c, key: sha256(`${seed}\0${c.id}`) })).sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0).map((x) => x.c);
}
function sampleSize(sample, total) {
  if (!sample) return total;
  return "count" in sample ? Math.min(sample.count, total) : Math.min(total, Math.max(1, Math.round(sample.fraction * total)));
}
function sampleCases(cases, sample, seed, strata = { slices: [], minN: 0 }) {
  if (!sample) return [...cases];
  const k = sampleSize(sample, cases.length);
  if (k >= cases.length) return [...cases];
  const order = seededOrder(cases, seed);
  const keep = /* @__PURE__ */ new Set();
  for (const c of order) if (c.severity === "critical") keep.add(c.id);
  for (const tag of strata.slices) {
    const have = /* @__PURE__ */ new Map();
    for (const c of order) {
      const value = c.tags[tag];
      if (value !== void 0 && keep.has(c.id)) have.set(value, (have.get(value) ?? 0) + 1);
    }
    for (const c of order) {
      const value = c.tags[tag];
      if (value === void 0 || keep.has(c.id) || (have.get(value) ?? 0) >= strata.minN) continue;
      keep.add(c.id);
      have.set(value, (have.get(value) ?? 0) + 1);
    }
  }
  for (const c of order) {
    if (keep.size >= k) break;
    keep.add(c.id);
  }
  return cases.filter((c) => keep.has(c.id));
}
function composition(cases, slices) {
  const out = { cases: cases.length, critical: 0, slices: {} };
  for (const tag of slices) out.slices[tag] = {};
  for (const c of cases) {
    if (c.severity === "critical") out.critical++;
    for (const tag of slices) {
      const value = c.tags[tag];
      if (value !== void 0) out.slices[tag][value] = (out.slices[tag][value] ?? 0) + 1;
    }
  }
  return out;
}
function describeComposition(c) {
  const parts = Object.entries(c.slices).filter(([, values]) => Object.keys(values).length > 0).map(
    ([tag, values]) => `${tag} ${Object.entries(values).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([v, n]) => `${v} ${n}`).join(", ")}`
  );
  return `${c.cases} case${c.cases === 1 ? "" : "s"}: ${c.critical} critical${parts.length ? `; ${parts.join("; ")}` : ""}`;
}
function shardCases(cases, index, count) {
  return cases.filter((_, i) => i % count === index - 1);
}

// src/pipeline/plan-suites.ts
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";

// src/scorers/contains.ts
function containsScorer(config) {
  const fold = config.type === "icontains" ? (s) => s.toLocaleLowerCase() : (s) => s;
  const templates = Array.isArray(config.expected) ? config.expected : [config.expected];
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ case: c, output }) {
      const haystack = fold(output);
      const needles = expandTemplates(templates, c);
      const found = needles.filter((n) => haystack.includes(fold(n))).length;
      let pass = config.any ? found > 0 : found === needles.length;
      if (config.negate) pass = !pass;
      const value = config.negate ? pass ? 1 : 0 : config.any ? found > 0 ? 1 : 0 : found / needles.length;
      return { value, pass };
    }
  };
}

// src/scorers/json.ts
async function jsonScorer(config, schema) {
  let validate;
  if (schema) {
    const { Ajv } = (await import("./ajv-XMRGXSHG.js")).default;
    const ajv = new Ajv({ allErrors: false, strict: false });
    try {
      validate = ajv.compile(schema);
    } catch (error) {
      return {
        ok: false,
        issues: [
          {
            file: "",
            message: `invalid JSON Schema${typeof config.schema === "string" ? ` in ${config.schema}` : ""}: ${error.message}`
          }
        ]
      };
    }
  }
  return {
    ok: true,
    value: {
      id: config.id,
      type: config.type,
      critical: config.critical,
      score({ output }) {
        const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(output);
        let value;
        try {
          value = JSON.parse(fenced ? fenced[1] : output);
        } catch (error) {
          return binary(false, `not JSON: ${error.message}`);
        }
        if (validate && !validate(value)) {
          const first = validate.errors?.[0];
          return binary(
            false,
            first ? `${first.instancePath || "(root)"} ${first.message ?? "does not match the schema"}` : "does not match the schema"
          );
        }
        return binary(true);
      }
    }
  };
}

// src/scorers/llm-judge-pairwise.ts
var FORMAT = {
  name: "comparison",
  schema: {
    type: "object",
    properties: { reason: { type: "string" }, winner: { type: "string", enum: ["A", "B", "tie"] } },
    required: ["reason", "winner"],
    additionalProperties: false
  }
};
function pairOutcome(candidateFirst, candidateSecond) {
  const first = candidateFirst === "A" ? 1 : candidateFirst === "B" ? -1 : 0;
  const second = candidateSecond === "B" ? 1 : candidateSecond === "A" ? -1 : 0;
  if (first === second) return first > 0 ? "win" : first < 0 ? "loss" : "tie";
  return first * second < 0 ? "inconsistent" : "tie";
}
var OUTCOME_VALUE = { win: 1, tie: 0.5, inconsistent: 0.5, loss: 0 };
function pairMessages(rubric, asked, a, b) {
  return [
    {
      role: "system",
      content: `${JUDGE_PREAMBLE}
Two responses, A and B, answer the same input. Decide which one better meets the rubric, or "tie" when neither is better. Their order says nothing about their quality.
Answer with JSON: {"reason": "<one or two sentences>", "winner": "A" | "B" | "tie"}.`
    },
    {
      role: "user",
      content: [
        material("rubric", rubric),
        material("input", asked),
        material("response-a", a),
        material("response-b", b)
      ].join("\n\n")
    }
  ];
}
function llmJudgePairwiseScorer(config, models) {
  const judges = providersOf(config.provider);
  const parse = (json) => json.winner === "A" || json.winner === "B" || json.winner === "tie" ? json.winner : void 0;
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error("bug: llm-judge-pairwise scores through grade()");
    },
    async grade(input) {
      if (input.baselineOutput === void 0) return void 0;
      if (input.baselineOutput === input.output)
        return { value: 0.5, pass: true, label: "tie", detail: "identical to the baseline output" };
      if (!models) throw new Error("bug: llm-judge-pairwise graded without model access");
      const asked = describeInput(input, config.input);
      const forward = pairMessages(config.rubric ?? "", asked, input.output, input.baselineOutput);
      const swapped = pairMessages(config.rubric ?? "", asked, input.baselineOutput, input.output);
      const perJudge = await Promise.all(
        judges.map(async (p) => {
          const [a, b] = await Promise.all([
            askJudge(models, p, input, forward, FORMAT, config.temperature, parse),
            askJudge(models, p, input, swapped, FORMAT, config.temperature, parse)
          ]);
          return { outcome: pairOutcome(a.verdict, b.verdict), answers: [a, b] };
        })
      );
      const values = perJudge.map((j) => OUTCOME_VALUE[j.outcome]);
      const value = combineRatings(values, config.combine);
      const outcomes = perJudge.map((j) => j.outcome);
      const label = outcomes.length === 1 ? outcomes[0] : value > 0.5 ? "win" : value < 0.5 ? "loss" : outcomes.includes("inconsistent") ? "inconsistent" : "tie";
      const answers = perJudge.flatMap((j) => j.answers);
      const cost = sumCosts(answers);
      return {
        value,
        pass: value >= 0.5,
        label,
        detail: `${label}: ${reasons(answers.slice(0, 1))}`,
        ...cost !== void 0 ? { cost_usd: cost } : {}
      };
    }
  };
}

// src/scorers/regex.ts
function regexScorer(config) {
  const re = new RegExp(config.pattern, config.flags.replace(/[gy]/g, ""));
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score({ output }) {
      return binary(re.test(output) !== config.negate);
    }
  };
}

// src/scorers/code-worker.ts
function parseScore(line, threshold) {
  let json;
  try {
    json = JSON.parse(line);
  } catch {
    throw new ProviderError(`printed something that is not JSON: ${excerpt(line)} (print {"value": ...})`, false);
  }
  if (json && typeof json === "object" && typeof json.error === "string")
    throw new ProviderError(`reported: ${json.error}`, false);
  const score = toScore(json, threshold);
  if (typeof score === "string") throw new ProviderError(score, false);
  return score;
}
function codeWorkerScorer(config, cwd, parentEnv = process.env) {
  const program = config.command.join(" ");
  const env = commandEnvironment(config.env, parentEnv);
  let pool;
  const workers = () => pool ??= Promise.all([import("node:child_process"), import("node:readline")]).then(
    ([cp, rl]) => new WorkerPool(
      () => cp.spawn(config.command[0], config.command.slice(1), { cwd, env, stdio: "pipe" }),
      rl.createInterface,
      program,
      (line) => parseScore(line, config.threshold)
    )
  );
  let running = 0;
  const waiting = [];
  const slot = async () => {
    if (running >= config.concurrency) await new Promise((go) => waiting.push(go));
    running++;
  };
  const free = () => {
    running--;
    waiting.shift()?.();
  };
  return {
    id: config.id,
    type: config.type,
    critical: config.critical,
    score() {
      throw new Error("the code scorer grades asynchronously");
    },
    async grade({ case: c, output, toolCalls }) {
      const line = `${JSON.stringify({
        output,
        expected: c.expected ?? null,
        vars: c.vars,
        tags: c.tags,
        toolCalls: toolCalls ?? [],
        id: c.id
      })}
`;
      await slot();
      const timeout = AbortSignal.timeout(config.timeout_ms);
      try {
        return await (await workers()).call(line, timeout);
      } catch (error) {
        const message = timeout.aborted ? `no result within ${config.timeout_ms} ms (timeout_ms)` : error.message.replace(/^(the worker )?/, "");
        throw new ProviderError(`${program}: ${message}`, false);
      } finally {
        free();
      }
    },
    async close() {
      await (await pool)?.close();
    }
  };
}

// src/scorers/registry.ts
async function createScorer(config, resources) {
  switch (config.type) {
    case "equals":
      return ok(equalsScorer(config));
    case "contains":
    case "icontains":
      return ok(containsScorer(config));
    case "regex":
      return ok(regexScorer(config));
    case "json": {
      if (typeof config.schema === "string") {
        const schema = resources.readJson(config.schema);
        return schema.ok ? jsonScorer(config, schema.value) : schema;
      }
      return jsonScorer(config, config.schema);
    }
    case "llm-judge":
      return ok(llmJudgeScorer(config, resources.models));
    case "llm-judge-pairwise":
      return ok(llmJudgePairwiseScorer(config, resources.models));
    case "rouge":
      return ok(rougeScorer(config));
    case "bleu":
      return ok(bleuScorer(config));
    case "chrf":
      return ok(chrfScorer(config));
    case "meteor":
      return ok(meteorScorer(config));
    case "exact-match":
      return ok(exactMatchScorer(config));
    case "token-f1":
      return ok(tokenF1Scorer(config));
    case "levenshtein":
      return ok(levenshteinScorer(config));
    case "similarity":
      return ok(similarityScorer(config, resources.models));
    case "tool-call":
      return toolCallScorer(config);
    case "choice":
      return ok(choiceScorer(config));
    case "classify":
      return ok(classifyScorer(config));
    case "canary":
      return ok(canaryScorer(config));
    case "refusal":
      return ok(refusalScorer(config));
    case "prompt-leak":
      return ok(promptLeakScorer(config, resources.systemPrompt));
    case "code": {
      const locate = (path) => resources.locate?.(path) ?? { absolute: path, display: path };
      if (config.command)
        return ok(codeWorkerScorer({ ...config, command: config.command }, locate(config.cwd ?? ".").absolute));
      const where = locate(config.module ?? "");
      return codeScorer({ ...config, module: config.module ?? "" }, where.absolute, where.display);
    }
  }
}

// src/pipeline/plan-suites.ts
async function planSuites(loaded, options) {
  const issues = [];
  const wanted = options.suites?.length ? new Set(options.suites) : void 0;
  if (wanted) {
    for (const id of wanted)
      if (!loaded.suites.some((s) => s.id === id))
        issues.push({
          file: loaded.file,
          message: `--suite ${id}: no such suite; suites: ${loaded.suites.map((s) => s.id).join(", ")}`
        });
  }
  const planned = [];
  const { limits } = loaded.config;
  for (const [s, suite] of loaded.suites.entries()) {
    if (wanted && !wanted.has(suite.id)) continue;
    const at = (path, message) => ({
      file: loaded.file,
      ...loaded.locate(["suites", s, ...path]),
      path: formatPath(["suites", s, ...path]),
      message
    });
    const tier = options.tier === null ? { sample: void 0, seed: "" } : suite.tiers[options.tier];
    if (!tier) {
      issues.push(
        at(
          ["tiers"],
          `suite "${suite.id}" has no tier "${options.tier}"; tiers: ${Object.keys(suite.tiers).join(", ")}`
        )
      );
      continue;
    }
    const datasetDisplay = displayPath(suite.datasetPath);
    const datasetText = readDatasetText(suite.datasetPath, datasetDisplay, limits);
    if (!datasetText.ok) {
      issues.push(...datasetText.issues);
      continue;
    }
    const datasetLines = lineCount(datasetText.value);
    const loadedCases = parseDatasetText(datasetText.value, suite.datasetPath, datasetDisplay, limits);
    if (!loadedCases.ok) {
      issues.push(...loadedCases.issues);
      continue;
    }
    const dataset = { value: withSuiteVars(suite, loadedCases.value) };
    const tags = [...new Set(dataset.value.flatMap((c) => Object.keys(c.tags)))];
    suite.slices.forEach((slice, i) => {
      if (!tags.includes(slice))
        issues.push(
          at(
            ["slices", i],
            `no case in ${datasetDisplay} has the tag "${slice}"${didYouMean(slice, tags)}; tags: ${tags.join(", ") || "none"}`
          )
        );
    });
    const promptDisplay = displayPath(suite.promptPath);
    const promptBytes = statSync(suite.promptPath).size;
    if (promptBytes > limits.prompt_bytes) {
      issues.push({
        file: promptDisplay,
        message: `the prompt is ${promptBytes} bytes, more than limits.prompt_bytes (${limits.prompt_bytes}) in ${loaded.file} allows`
      });
      continue;
    }
    const promptText = readFileSync(suite.promptPath, "utf8");
    const prompt = parsePrompt(promptText);
    if (suite.packInfo && !prompt.placeholders.some((p) => p.name === suite.input))
      issues.push(
        at(
          ["input"],
          `the prompt ${promptDisplay} never uses {{${suite.input}}}, where pack ${suite.pack} puts each case's attack text${didYouMean(
            suite.input,
            prompt.placeholders.map((p) => p.name)
          )}; name the variable with input: (its placeholders: ${prompt.placeholders.map((p) => p.name).join(", ") || "none"})`
        )
      );
    const systemPrompt = (c) => renderMessages({ ...prompt, parts: prompt.parts.filter((p) => p.role === "system") }, templateContext(c)).map((m) => typeof m.content === "string" ? m.content : "").join("\n");
    const scorers = [];
    for (const [k, config] of suite.scorers.entries()) {
      const built = await createScorer(config, {
        readJson: (path) => readJson(resolve(loaded.dir, path)),
        models: options.models,
        locate: (path) => ({ absolute: resolve(loaded.dir, path), display: displayPath(resolve(loaded.dir, path)) }),
        systemPrompt
      });
      if (built.ok) scorers.push(built.value);
      else issues.push(...built.issues.map((i) => i.file ? i : at(["scorers", k], i.message)));
    }
    issues.push(...classRuleIssues(suite, scorers, dataset.value).map(([path, message]) => at(path, message)));
    let cases = tierCases(suite, dataset.value, tier);
    if (options.shard) cases = shardCases(cases, options.shard.index, options.shard.count);
    const adaptive = "adaptive" in tier && tier.adaptive && !options.shard ? adaptivePlan(dataset.value, cases, tier.adaptive, `${tier.seed}\0${suite.id}`) : void 0;
    const runnable = adaptive ? [...cases, ...adaptive.remaining] : cases;
    const caseScorers = /* @__PURE__ */ new Map();
    for (const c of runnable) {
      if (!c.assert) continue;
      const built = [];
      for (const config of c.assert) {
        const declared = suite.case_scorers ?? [];
        if (!declared.includes(config.id)) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines scorer "${config.id}", which suite "${suite.id}" does not list in case_scorers${didYouMean(config.id, declared)}; case_scorers: ${declared.join(", ") || "none"}`
          });
          continue;
        }
        if (suite.scorers.some((s2) => s2.id === config.id)) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines scorer "${config.id}", which is already a suite scorer; give the case's own scorer another id`
          });
          continue;
        }
        if (config.type === "code" && config.command) {
          issues.push({
            file: datasetDisplay,
            line: c.line,
            message: `case "${c.id}" defines code scorer "${config.id}" with a command; a command runs as workers shared by the whole suite, so make it a suite scorer (a case's own code scorer takes a module)`
          });
          continue;
        }
        const scorer = await createScorer(config, {
          readJson: (path) => readJson(resolve(loaded.dir, path)),
          models: options.models,
          // a case's `code` module is relative to the config too, as a suite scorer's is
          locate: (path) => ({ absolute: resolve(loaded.dir, path), display: displayPath(resolve(loaded.dir, path)) })
        });
        if (scorer.ok) built.push(scorer.value);
        else issues.push(...scorer.issues.map((i) => ({ ...i, file: datasetDisplay, line: c.line })));
      }
      caseScorers.set(c.id, built);
    }
    const used = templateUses(loaded, s, prompt);
    const reported = /* @__PURE__ */ new Set();
    for (const c of runnable) {
      const context = templateContext(c);
      for (const u of used) {
        if (lookupPath(context, u.name) !== void 0 || reported.has(`${c.id}\0${u.name}`)) continue;
        if (suite.packInfo) {
          if (reported.has(u.name)) continue;
          reported.add(u.name);
          issues.push(
            at(
              suite.vars && Object.keys(suite.vars).length ? ["vars"] : ["pack"],
              `${u.where} uses {{${u.name}}}, which pack ${suite.pack} does not supply; give it under vars: (e.g. vars: { ${u.name}: ... })`
            )
          );
          continue;
        }
        reported.add(`${c.id}\0${u.name}`);
        issues.push({
          file: datasetDisplay,
          line: c.line,
          message: `case "${c.id}" has no value for {{${u.name}}}, which ${u.where} uses`
        });
      }
      if (issues.length > 50) break;
    }
    planned.push({
      config: suite,
      allIds: new Map(dataset.value.map((c) => [c.id, c.severity])),
      cases,
      ...adaptive ? { adaptive } : {},
      prompt,
      scorers,
      caseScorers,
      manifest: {
        id: suite.id,
        dataset: datasetDisplay,
        dataset_hash: contentHash(dataset.value.map((c) => [c.id, c.fingerprint])),
        dataset_lines: datasetLines,
        dataset_cases: Object.fromEntries(dataset.value.map((c) => [c.id, c.fingerprint])),
        prompt: promptDisplay,
        prompt_hash: contentHash(promptText),
        provider: suite.provider,
        tier: options.tier ?? "all",
        cases: cases.length,
        ...tier.sample ? { composition: composition(cases, suite.slices) } : {},
        repeats: options.repeats ?? suite.repeats,
        scorer_hashes: suite.hashes.scorers,
        rule_hashes: suite.hashes.rules,
        settings: modelSettings(loaded.config.providers[suite.provider], prompt),
        ...riskManifest(suite),
        ...safetyManifest(suite),
        ...scorerSignatures(scorers, cases)
      }
    });
  }
  if (!issues.length) issues.push(...callLimitIssues(loaded, planned, options.repeats));
  if (issues.length) return fail(...issues);
  if (!planned.length) return fail({ file: loaded.file, message: "no suite selected" });
  return ok(planned);
}
function lineCount(text) {
  let lines = 0;
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return text.length && !text.endsWith("\n") ? lines + 1 : lines;
}
function callLimitIssues(loaded, planned, repeats) {
  const most = loaded.config.limits.calls;
  const bySuite = planned.map((p) => {
    const judged = p.config.scorers.reduce(
      (n, sc) => sc.type === "llm-judge" || sc.type === "llm-judge-pairwise" ? n + (Array.isArray(sc.provider) ? sc.provider.length : 1) * (sc.type === "llm-judge-pairwise" ? 2 : 1) : n,
      0
    );
    const k = repeats ?? p.config.repeats;
    const cases = p.adaptive?.max ?? p.cases.length;
    return { id: p.config.id, calls: cases * k * (1 + judged), cases, k, judged };
  });
  const total = bySuite.reduce((n, s) => n + s.calls, 0);
  if (total <= most) return [];
  const shown = bySuite.map(
    (s) => `${s.id}: ${s.cases} cases \xD7 ${s.k} repeat${s.k === 1 ? "" : "s"}${s.judged ? ` \xD7 (1 + ${s.judged} judge calls)` : ""}`
  ).join("; ");
  return [
    {
      file: loaded.file,
      ...loaded.locate(["limits", "calls"]),
      message: `this run would make ${total} model calls (${shown}), more than limits.calls (${most}) allows; sample fewer cases in the tier, or raise the limit on the base branch`
    }
  ];
}
function strataOf(suite) {
  const perSlice = suite.rules.filter((r) => r.per_slice).map((r) => r.min_n);
  return { slices: suite.slices, minN: perSlice.length ? Math.max(...perSlice) : 20 };
}
function tierCases(suite, cases, tier) {
  return sampleCases(cases, tier.sample, `${tier.seed}\0${suite.id}`, strataOf(suite));
}
var defaultBatch = (max) => Math.max(50, Math.round(max / 20));
function adaptivePlan(all, sample, settings, seed) {
  const inSample = new Set(sample.map((c) => c.id));
  const max = settings.max === "full" ? all.length : Math.max(sample.length, Math.min(settings.max, all.length));
  return {
    remaining: seededOrder(all, seed).filter((c) => !inSample.has(c.id)),
    max,
    batch: settings.batch ?? defaultBatch(max)
  };
}
function modelSettings(provider, prompt) {
  const system = prompt.parts.filter((p) => p.role === "system").map((p) => p.text);
  const openai = provider?.type === "openai" ? provider : void 0;
  return {
    temperature: openai?.temperature ?? null,
    max_tokens: openai?.max_tokens ?? openai?.max_completion_tokens ?? null,
    seed: openai?.seed ?? null,
    system_prompt_hash: system.length ? contentHash(system) : null
  };
}
function templateUses(loaded, s, prompt) {
  const suite = loaded.suites[s];
  const promptDisplay = displayPath(suite.promptPath);
  return [
    ...prompt.placeholders.map((p) => ({ name: p.name, where: `${promptDisplay}:${p.line}` })),
    ...suite.scorers.flatMap(
      (sc, k) => templatesOf(sc).flatMap(
        (t) => placeholders(t).map((p) => ({ name: p.name, where: `${loaded.file} suites[${s}].scorers[${k}]` }))
      )
    )
  ];
}
function templatesOf(scorer) {
  if (scorer.type === "equals") return [scorer.expected];
  if (scorer.type === "contains" || scorer.type === "icontains")
    return Array.isArray(scorer.expected) ? scorer.expected : [scorer.expected];
  if (scorer.type === "llm-judge") {
    const { reference } = judgeRubric(scorer);
    return reference !== void 0 ? [reference] : [];
  }
  if (scorer.type === "classify") return [scorer.reference];
  if (scorer.type === "choice") return [scorer.answer];
  if ("reference" in scorer) return typeof scorer.reference === "string" ? [scorer.reference] : scorer.reference;
  return [];
}
function scorerSignatures(scorers, cases) {
  const signatures = Object.fromEntries(scorers.flatMap((s) => s.signature ? [[s.id, s.signature(cases)]] : []));
  return Object.keys(signatures).length ? { scorer_signatures: signatures } : {};
}
function classRuleIssues(suite, scorers, cases) {
  const expected = /* @__PURE__ */ new Map();
  return suite.rules.flatMap((rule, r) => {
    const ref = parseMetricName(rule.metric);
    if (ref?.kind !== "suite" || ref.class === void 0) return [];
    const scorer = scorers.find((s) => s.id === ref.scorer);
    if (!scorer || scorer.type !== "classify" && scorer.type !== "choice") return [];
    let labels = expected.get(scorer.id);
    if (!labels) {
      labels = new Set(cases.flatMap((c) => scorer.score({ case: c, output: "" }).expected_label ?? []));
      expected.set(scorer.id, labels);
    }
    return labels.has(ref.class) ? [] : [
      [
        ["rules", r, "metric"],
        `no case of ${suite.dataset} expects the class "${ref.class}" of ${rule.metric}${didYouMean(ref.class, [...labels])}; expected classes: ${[...labels].sort().join(", ")}`
      ]
    ];
  });
}
function readJson(path) {
  const read = readJsonFile(path);
  if (!read.ok) return read;
  const value = read.value;
  return value && typeof value === "object" && !Array.isArray(value) ? ok(value) : fail({ file: displayPath(path), message: "expected a JSON object (a JSON Schema)" });
}
function withSuiteVars(suite, cases) {
  if (!suite.packInfo && !Object.keys(suite.vars).length) return cases;
  return cases.map((c) => {
    const { attack, ...own } = c.vars;
    const vars = suite.packInfo ? { ...suite.vars, ...own, [suite.input]: attack } : { ...suite.vars, ...c.vars };
    return { ...c, vars, fingerprint: contentHash({ case: c.fingerprint, vars }) };
  });
}
function riskManifest(suite) {
  const policy = suite.policy;
  return policy ? { risk: { tier: policy.tier, policy_rules: policy.fromPolicy, replaced: policy.replaced } } : {};
}
function safetyManifest(suite) {
  const attack = suite.scorers.filter(
    (sc) => sc.type === "canary" || sc.type === "prompt-leak" || sc.type === "refusal" && sc.expect === "refuse"
  ).map((sc) => sc.id);
  const overRefusal = suite.scorers.filter((sc) => sc.type === "refusal" && sc.expect === "answer").map((sc) => sc.id);
  if (!suite.pack && !attack.length && !overRefusal.length) return {};
  return {
    safety: {
      pack: suite.pack ?? null,
      attack_scorers: attack,
      over_refusal_scorers: overRefusal
    }
  };
}

export {
  sampleSize,
  composition,
  describeComposition,
  planSuites,
  tierCases,
  templateUses
};
