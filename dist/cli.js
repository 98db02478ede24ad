#!/usr/bin/env node
import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  VERSION
} from "./chunks/chunk-3RM4HJMP.js";
import {
  InfrastructureError,
  InputError,
  fail,
  formatIssue,
  ok
} from "./chunks/chunk-TOJ4UG27.js";
import {
  JUDGE_PRESETS,
  didYouMean
} from "./chunks/chunk-3Y7FXN34.js";
import "./chunks/chunk-BX4ROB6G.js";

// src/cli.ts
import module from "node:module";

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  config: { type: "string", short: "c", help: "the gate config (YAML), e.g. gates/evalgate.yml" },
  tier: { type: "string", help: "which tier of each suite runs (default full)" },
  suite: {
    type: "string",
    multiple: true,
    help: "the suite by id (run, calibrate: only this suite; repeat for several)"
  },
  baseline: { type: "string", help: "a baseline run.json to compare with, or 'none'" },
  out: {
    type: "string",
    short: "o",
    help: "where run.json and report.md go (default evalgate-results); redteam: the variants file (default <dataset>.redteam.jsonl)"
  },
  shard: { type: "string", help: "run the I-th of N shards, e.g. 2/4; combine them with merge" },
  "no-cache": { type: "boolean", help: "call the model even when a cached answer exists" },
  "cache-dir": {
    type: "string",
    help: "where cached answers live (default $EVALGATE_CACHE_DIR, else ~/.cache/evalgate)"
  },
  record: { type: "string", help: "also write every answer to this JSONL, for a replay provider" },
  scorer: { type: "string", help: "the id of the llm-judge scorer to calibrate" },
  run: { type: "string", help: "judge the outputs of this run.json instead of calling the model" },
  concurrency: { type: "string", help: "calls in flight at once (overrides the provider)" },
  repeats: { type: "string", help: "independent calls per case (overrides the suite)" },
  quiet: { type: "boolean", short: "q", help: "print no progress and no summary" },
  junit: { type: "string", help: "also write the results as JUnit XML to this file, for a CI test view" },
  dir: { type: "string", help: "the repository to scaffold (default .)" },
  branch: { type: "string", help: "the base branch the workflows watch (default main)" },
  forks: { type: "boolean", help: "also write the trusted workflow_run stage for pull requests from forks" },
  "action-sha": { type: "string", help: "pin the action to this full commit SHA in the workflows" },
  force: {
    type: "boolean",
    help: "init, import: overwrite files that exist; run: start although the estimated cost is over the budget"
  },
  "budget-usd": { type: "string", help: "most USD the run may spend (replaces the config's budget.usd)" },
  example: { type: "string", help: "which bundled example: support-bot (default) or summaries-tickets" },
  health: { type: "boolean", help: "also write the weekly gate-health workflow" },
  runs: { type: "string", help: "a folder of past run.json files (any depth)" },
  artifacts: {
    type: "string",
    help: "the last N results artifacts of the repository (GITHUB_TOKEN, GITHUB_REPOSITORY)"
  },
  format: { type: "string", help: "md (default), html, prom (Prometheus text) or jsonl" },
  preset: {
    type: "string",
    help: `judge this preset's bundled calibration set (${JUDGE_PRESETS.join(", ")}) instead of the suite's labelled cases`
  },
  from: {
    type: "string",
    help: "the trace: an OpenAI chat request + response JSON, or one JSON line with input/output/expected/vars/tags"
  },
  ref: { type: "string", help: "the incident reference, e.g. INC-123 (tag incident: and part of the case id)" },
  var: { type: "string", multiple: true, help: "a prompt variable NAME=VALUE; wins over the trace's vars; repeat" },
  expected: { type: "string", help: "the expected answer; wins over the trace's expected" },
  tag: { type: "string", multiple: true, help: "a tag KEY=VALUE; wins over the trace's tags; repeat" },
  severity: { type: "string", help: "critical (default), high, normal or low" },
  seed: { type: "string", help: "the seed of the mutations that draw a variant (default 1)" },
  mutations: {
    type: "string",
    help: "which mutations, comma-separated (default all): base64, rot13, leetspeak, language, suffix, roleplay"
  },
  input: { type: "string", help: "the variable that holds the attack text (default question, else the longest)" },
  corpus: {
    type: "string",
    multiple: true,
    help: "a corpus file (fine-tuning .jsonl, few-shot examples, text); repeat for several (default the suite's contamination.corpus)"
  },
  n: { type: "string", help: "the gram length in word tokens (default the suite's, else 13)" },
  threshold: {
    type: "string",
    help: "flag a case when at least this share of its n-grams is in the corpus (default the suite's, else 0.7)"
  },
  json: { type: "boolean", help: "print the results as JSON instead of tables" }
};
var COMMANDS = {
  run: {
    usage: `evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]
                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]
                    [--concurrency N] [--repeats N] [--quiet] [--junit FILE]
                    [--budget-usd N] [--force]`,
    summary: "run the suites, compare with the baseline and decide the gate",
    options: [
      "config",
      "tier",
      "suite",
      "baseline",
      "out",
      "shard",
      "no-cache",
      "cache-dir",
      "record",
      "concurrency",
      "repeats",
      "quiet",
      "junit",
      "budget-usd",
      "force"
    ]
  },
  compare: {
    usage: "evalgate compare  CURRENT BASELINE --config FILE [--out DIR] [--junit FILE]",
    summary: "decide the gate for two finished runs (run.json, promptfoo results JSON or Inspect log), without model calls",
    options: ["config", "out", "quiet", "junit"],
    positionals: true
  },
  merge: {
    usage: "evalgate merge    SHARD.json... --out DIR [--config FILE] [--baseline FILE]",
    summary: "combine the shards of one run and decide the gate",
    options: ["out", "config", "baseline", "quiet"],
    positionals: true
  },
  contamination: {
    usage: `evalgate contamination --config FILE [--suite ID]... [--corpus PATH]... [--n 13] [--threshold 0.7]
                    [--json]`,
    summary: "n-gram overlap of each suite's cases with a corpus and its prompt; exit 1 when a case is flagged",
    options: ["config", "suite", "corpus", "n", "threshold", "json"]
  },
  validate: {
    usage: "evalgate validate --config FILE",
    summary: "check config, datasets and prompts; no model calls",
    options: ["config"]
  },
  plan: {
    usage: "evalgate plan     --config FILE [--baseline FILE]",
    summary: "per suite and tier: n and what each rule can detect",
    options: ["config", "baseline"]
  },
  calibrate: {
    usage: "evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json | --preset NAME] [--out DIR]",
    summary: "judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha",
    options: ["config", "scorer", "suite", "run", "preset", "out", "no-cache", "cache-dir", "concurrency"]
  },
  import: {
    usage: "evalgate import   promptfoo promptfooconfig.yaml [--out gates/] [--force]",
    summary: "a gate, dataset and prompts from a promptfoo config (docs/migrating.md)",
    options: ["out", "force"],
    positionals: true
  },
  health: {
    usage: "evalgate health   --runs DIR|--artifacts N [--format md|html|prom|jsonl]",
    summary: "gate health over past runs: verdicts, overrides, noisy rules, flaky cases, cost, trends",
    options: ["runs", "artifacts", "format"]
  },
  schema: { usage: "evalgate schema", summary: "print the gate YAML's JSON Schema", options: [] },
  demo: {
    usage: "evalgate demo     [--example NAME] [--out DIR]",
    summary: "run a bundled example offline (no API key)",
    options: ["example", "out"]
  },
  "add-case": {
    usage: `evalgate add-case --config FILE --suite ID --from TRACE [--ref INC-123] [--var NAME=VALUE]...
                    [--expected TEXT] [--tag KEY=VALUE]... [--severity critical|high|normal|low]`,
    summary: "turn a production trace into a regression case at the end of the suite's dataset",
    options: ["config", "suite", "from", "ref", "var", "expected", "tag", "severity"]
  },
  redteam: {
    usage: `evalgate redteam  --config FILE --suite ID [--out FILE] [--seed N] [--mutations a,b,...]
                    [--input NAME] [--force]`,
    summary: "write seeded red-team variants of a suite's cases to a new dataset to review and commit",
    options: ["config", "suite", "out", "seed", "mutations", "input", "force"]
  },
  init: {
    usage: "evalgate init     [--dir DIR] [--branch main] [--forks] [--health] [--action-sha SHA] [--force]",
    summary: "scaffold gates/, a dataset, a prompt and the GitHub workflows",
    options: ["dir", "branch", "forks", "health", "action-sha", "force"]
  }
};
var EXIT_CODES = "Exit codes: 0 pass (warn, skipped, overridden), 1 gate failed, 2 bad input, 3 infrastructure failure.";
var USAGE = `evalgate \u2014 a statistically honest release gate for LLM features

Usage:
${Object.values(COMMANDS).map(
  (c) => c.usage.length < 36 ? `  ${c.usage.padEnd(37)}${c.summary}` : `  ${c.usage}
${" ".repeat(39)}${c.summary}`
).join("\n")}

Run evalgate COMMAND --help for a command's options.
${EXIT_CODES}`;
function commandUsage(name) {
  const spec = COMMANDS[name];
  const flag = (o) => `${OPTIONS[o].short ? `-${OPTIONS[o].short}, ` : "    "}--${o}${OPTIONS[o].type === "string" ? " VALUE" : ""}`;
  const width = Math.max(0, ...spec.options.map((o) => flag(o).length));
  return [
    `Usage: ${spec.usage.replace(/\n/g, "\n     ")}`,
    "",
    `${spec.summary[0].toUpperCase()}${spec.summary.slice(1)}.`,
    "",
    "Options:",
    ...spec.options.map((o) => `  ${flag(o).padEnd(width)}  ${OPTIONS[o].help}`),
    `  ${"-h, --help".padEnd(width)}  print this help`,
    "",
    EXIT_CODES
  ].join("\n");
}
function pairs(flag, raw) {
  const out = {};
  for (const item of raw ?? []) {
    const at = item.indexOf("=");
    if (at <= 0) return fail(arg(`${flag} expects NAME=VALUE; got "${item}"`));
    out[item.slice(0, at)] = item.slice(at + 1);
  }
  return ok(out);
}
var isCommand = (name) => Object.hasOwn(COMMANDS, name);
var arg = (message) => ({ file: "(arguments)", message });
function positiveInt(name, raw) {
  if (raw === void 0) return ok(void 0);
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? ok(n) : fail(arg(`${name} expects a positive whole number; got "${raw}"`));
}
function unknownOption(command, args) {
  const known = COMMANDS[command].options;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--") return void 0;
    const long = /^--([^=]+)/.exec(a)?.[1];
    const short = /^-([^-])/.exec(a)?.[1];
    const option = known.find((o) => o === long || short !== void 0 && OPTIONS[o].short === short);
    if (option) {
      if (OPTIONS[option].type === "string" && !a.includes("=") && (long !== void 0 || a.length === 2)) i++;
      continue;
    }
    if (long !== void 0 && !known.includes(long))
      return arg(
        `unknown option --${long}${didYouMean(long, known).replace(/"([^"]+)"/, "--$1")} for evalgate ${command}; run evalgate ${command} --help for its options`
      );
    if (short !== void 0 && !known.some((o) => OPTIONS[o].short === short))
      return arg(`unknown option -${short} for evalgate ${command}; run evalgate ${command} --help for its options`);
  }
  return void 0;
}
function parseCommand(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") {
    const topic = rest[0];
    return ok({ command: "help", ...topic && isCommand(topic) ? { topic } : {} });
  }
  if (command === "--version" || command === "version") return ok({ command: "version" });
  if (!isCommand(command))
    return fail(arg(`unknown command "${command}"${didYouMean(command, Object.keys(COMMANDS))}

${USAGE}`));
  const helpAt = rest.indexOf("--");
  if ((helpAt < 0 ? rest : rest.slice(0, helpAt)).some((a) => a === "--help" || a === "-h"))
    return ok({ command: "help", topic: command });
  const unknown = unknownOption(command, rest);
  if (unknown) return fail(unknown);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: COMMANDS[command].positionals === true,
      options: Object.fromEntries(
        COMMANDS[command].options.map((o) => {
          const { help: _help, ...option } = OPTIONS[o];
          return [o, option];
        })
      )
    });
  } catch (error) {
    return fail(
      arg(
        `${error.message.replace(/\. To specify a positional argument.*$/s, "")}

${commandUsage(command)}`
      )
    );
  }
  const v = parsed.values;
  const str = (k) => v[k];
  const out = str("out") ?? "evalgate-results";
  const needConfig = () => str("config") ? ok(str("config")) : fail(arg(`evalgate ${command} needs --config FILE (for example --config gates/evalgate.yml)`));
  const oneSuite = () => {
    const suites = v.suite ?? [];
    return suites.length === 1 ? ok(suites[0]) : fail(arg(`evalgate ${command} needs exactly one --suite ID`));
  };
  switch (command) {
    case "run": {
      const config = needConfig();
      if (!config.ok) return config;
      const concurrency = positiveInt("--concurrency", str("concurrency"));
      if (!concurrency.ok) return concurrency;
      const repeats = positiveInt("--repeats", str("repeats"));
      if (!repeats.ok) return repeats;
      const budgetUsd = str("budget-usd") === void 0 ? void 0 : Number(str("budget-usd"));
      if (budgetUsd !== void 0 && !(Number.isFinite(budgetUsd) && budgetUsd > 0))
        return fail(arg(`--budget-usd expects a positive number of US dollars, like 2.50; got "${str("budget-usd")}"`));
      let shard;
      if (str("shard") !== void 0) {
        const m = /^(\d+)\/(\d+)$/.exec(str("shard"));
        const index = Number(m?.[1]);
        const count = Number(m?.[2]);
        if (!m || index < 1 || count < 1 || index > count)
          return fail(arg(`--shard expects I/N with 1 \u2264 I \u2264 N, like 2/4; got "${str("shard")}"`));
        shard = { index, count };
      }
      return ok({
        command: "run",
        config: config.value,
        tier: str("tier") ?? "full",
        suites: v.suite ?? [],
        baseline: str("baseline"),
        out,
        shard,
        noCache: Boolean(v["no-cache"]),
        cacheDir: str("cache-dir"),
        record: str("record"),
        concurrency: concurrency.value,
        repeats: repeats.value,
        quiet: Boolean(v.quiet),
        ...str("junit") ? { junit: str("junit") } : {},
        ...budgetUsd !== void 0 ? { budgetUsd } : {},
        force: Boolean(v.force)
      });
    }
    case "calibrate": {
      const config = needConfig();
      if (!config.ok) return config;
      if (!str("scorer")) return fail(arg("evalgate calibrate needs --scorer ID, the id of an llm-judge scorer"));
      const concurrency = positiveInt("--concurrency", str("concurrency"));
      if (!concurrency.ok) return concurrency;
      const preset = str("preset");
      if (preset !== void 0 && !JUDGE_PRESETS.includes(preset))
        return fail(
          arg(
            `--preset ${preset}: no such preset${didYouMean(preset, JUDGE_PRESETS)}; presets: ${JUDGE_PRESETS.join(", ")}`
          )
        );
      if (preset !== void 0 && str("run") !== void 0)
        return fail(arg("--preset judges the bundled outputs; it cannot be combined with --run"));
      return ok({
        command: "calibrate",
        ...preset !== void 0 ? { preset } : {},
        config: config.value,
        scorer: str("scorer"),
        suites: v.suite ?? [],
        run: str("run"),
        out,
        noCache: Boolean(v["no-cache"]),
        cacheDir: str("cache-dir"),
        concurrency: concurrency.value
      });
    }
    case "compare": {
      const config = needConfig();
      if (!config.ok) return config;
      const [current, baseline, ...extra] = parsed.positionals;
      if (!current || !baseline || extra.length)
        return fail(arg("evalgate compare expects two files: CURRENT.json BASELINE.json"));
      return ok({
        command: "compare",
        current,
        baseline,
        config: config.value,
        out,
        quiet: Boolean(v.quiet),
        ...str("junit") ? { junit: str("junit") } : {}
      });
    }
    case "validate": {
      const config = needConfig();
      return config.ok ? ok({ command: "validate", config: config.value }) : config;
    }
    case "contamination": {
      const config = needConfig();
      if (!config.ok) return config;
      const n = positiveInt("--n", str("n"));
      if (!n.ok) return n;
      const raw = str("threshold");
      const threshold = raw === void 0 ? void 0 : Number(raw);
      if (threshold !== void 0 && !(threshold > 0 && threshold <= 1))
        return fail(arg(`--threshold expects a share in (0, 1], like 0.7; got "${raw}"`));
      return ok({
        command: "contamination",
        config: config.value,
        suites: v.suite ?? [],
        corpus: v.corpus ?? [],
        ...n.value !== void 0 ? { n: n.value } : {},
        ...threshold !== void 0 ? { threshold } : {},
        json: Boolean(v.json)
      });
    }
    case "merge": {
      if (!parsed.positionals.length)
        return fail(arg("evalgate merge expects one or more shard files: SHARD.json... --out DIR"));
      return ok({
        command: "merge",
        shards: parsed.positionals,
        out,
        config: str("config"),
        baseline: str("baseline"),
        quiet: Boolean(v.quiet)
      });
    }
    case "plan": {
      const config = needConfig();
      return config.ok ? ok({ command: "plan", config: config.value, baseline: str("baseline") }) : config;
    }
    case "import": {
      const [from, file, ...extra] = parsed.positionals;
      if (from !== "promptfoo" || !file || extra.length)
        return fail(arg("evalgate import expects: import promptfoo promptfooconfig.yaml [--out gates/]"));
      return ok({ command: "import", from, file, out: str("out") ?? "gates", force: Boolean(v.force) });
    }
    case "health": {
      const artifacts = positiveInt("--artifacts", str("artifacts"));
      if (!artifacts.ok) return artifacts;
      if (!str("runs") === (artifacts.value === void 0))
        return fail(
          arg("evalgate health needs either --runs DIR (a folder of run.json files) or --artifacts N (from GitHub)")
        );
      const format = str("format") ?? "md";
      if (format !== "md" && format !== "html" && format !== "prom" && format !== "jsonl")
        return fail(arg(`--format expects md, html, prom or jsonl; got "${format}"`));
      return ok({ command: "health", runs: str("runs"), artifacts: artifacts.value, format });
    }
    case "schema":
      return ok({ command: "schema" });
    case "demo":
      return ok({ command: "demo", out, ...str("example") ? { example: str("example") } : {} });
    case "add-case": {
      const config = needConfig();
      if (!config.ok) return config;
      const suite = oneSuite();
      if (!suite.ok) return suite;
      if (!str("from")) return fail(arg("evalgate add-case needs --from FILE, the production trace (JSON)"));
      const vars = pairs("--var", v.var);
      if (!vars.ok) return vars;
      const tags = pairs("--tag", v.tag);
      if (!tags.ok) return tags;
      const severity = str("severity") ?? "critical";
      if (severity !== "critical" && severity !== "high" && severity !== "normal" && severity !== "low")
        return fail(arg(`--severity expects critical, high, normal or low; got "${severity}"`));
      return ok({
        command: "add-case",
        config: config.value,
        suite: suite.value,
        from: str("from"),
        ...str("ref") !== void 0 ? { ref: str("ref") } : {},
        vars: vars.value,
        ...str("expected") !== void 0 ? { expected: str("expected") } : {},
        tags: tags.value,
        severity
      });
    }
    case "redteam": {
      const config = needConfig();
      if (!config.ok) return config;
      const suite = oneSuite();
      if (!suite.ok) return suite;
      const seed = str("seed") === void 0 ? 1 : Number(str("seed"));
      if (!Number.isInteger(seed) || Math.abs(seed) > 2 ** 31)
        return fail(arg(`--seed expects a whole number; got "${str("seed")}"`));
      const mutations = str("mutations")?.split(",").map((m) => m.trim()).filter(Boolean);
      return ok({
        command: "redteam",
        config: config.value,
        suite: suite.value,
        ...str("out") !== void 0 ? { out: str("out") } : {},
        seed,
        ...mutations ? { mutations } : {},
        ...str("input") !== void 0 ? { input: str("input") } : {},
        force: Boolean(v.force)
      });
    }
    case "init": {
      const sha = str("action-sha");
      if (sha !== void 0 && !/^[0-9a-f]{40}$/.test(sha))
        return fail(arg(`--action-sha expects a full 40-character commit SHA; got "${sha}"`));
      const branch = str("branch") ?? "main";
      if (!/^[\w./-]+$/.test(branch)) return fail(arg(`--branch expects a branch name; got "${branch}"`));
      return ok({
        command: "init",
        dir: str("dir") ?? ".",
        branch,
        forks: Boolean(v.forks),
        actionSha: sha,
        force: Boolean(v.force),
        health: Boolean(v.health)
      });
    }
  }
}

// src/cli/main.ts
async function main(argv, io) {
  const parsed = parseCommand(argv);
  if (!parsed.ok) return reportInput(io, parsed.issues.map(formatIssue));
  const cmd = parsed.value;
  try {
    switch (cmd.command) {
      case "help":
        io.out(`${cmd.topic ? commandUsage(cmd.topic) : USAGE}
`);
        return 0;
      case "version":
        io.out(`${VERSION}
`);
        return 0;
      case "run":
        return await (await import("./chunks/commands-CQTCRILK.js")).runCommand(cmd, io);
      case "compare":
        return (await import("./chunks/compare-PVEF2WQA.js")).compareCommand(cmd, io);
      case "validate":
        return await (await import("./chunks/validate-XSVQXLYR.js")).validateCommand(cmd, io);
      case "contamination":
        return await (await import("./chunks/contamination-TWDTXFDD.js")).contaminationCommand(cmd, io);
      case "schema":
        return (await import("./chunks/validate-XSVQXLYR.js")).schemaCommand(io);
      case "health":
        return await (await import("./chunks/health-5OBUZOZK.js")).healthCommand(cmd, io);
      case "merge":
        return (await import("./chunks/merge-5FZ3LFA4.js")).mergeCommand(cmd, io);
      case "plan":
        return await (await import("./chunks/plan-3GGHFZEE.js")).planCommand(cmd, io);
      case "calibrate":
        return await (await import("./chunks/calibrate-GMOYFO7F.js")).calibrateCommand(cmd, io);
      case "demo":
        return await (await import("./chunks/demo-X7GYBXDA.js")).demoCommand(cmd.out, io, cmd.example);
      case "import":
        return await (await import("./chunks/import-promptfoo-GLO4S5AA.js")).importCommand(cmd, io);
      case "add-case":
        return (await import("./chunks/add-case-AKVLHUTQ.js")).addCaseCommand(cmd, io);
      case "redteam":
        return (await import("./chunks/redteam-C4RHC6GE.js")).redteamCommand(cmd, io);
      case "init":
        return (await import("./chunks/init-V2RIS2MA.js")).initCommand(cmd, io);
    }
  } catch (error) {
    if (error instanceof InputError) return reportInput(io, error.issues.map(formatIssue));
    if (error instanceof InfrastructureError) {
      io.err(`evalgate: could not evaluate: ${error.message}
`);
      return 3;
    }
    io.err(
      `evalgate: internal error: ${error.message}
${process.env.EVALGATE_DEBUG ? `${error.stack}
` : "Set EVALGATE_DEBUG=1 for details, and please report it.\n"}`
    );
    return 3;
  }
}
function reportInput(io, lines) {
  io.err(`${lines.map((l) => `evalgate: error: ${l}`).join("\n")}
`);
  return 2;
}

// src/cli.ts
module.enableCompileCache?.();
process.exitCode = await main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t)
});
