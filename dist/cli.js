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
  didYouMean
} from "./chunks/chunk-MAXFAU5S.js";
import "./chunks/chunk-BX4ROB6G.js";

// src/cli.ts
import module from "node:module";

// src/cli/args.ts
import { parseArgs } from "node:util";
var OPTIONS = {
  config: { type: "string", short: "c", help: "the gate config (YAML), e.g. gates/evalgate.yml" },
  tier: { type: "string", help: "which tier of each suite runs (default full)" },
  suite: { type: "string", multiple: true, help: "run only this suite; repeat for several" },
  baseline: { type: "string", help: "a baseline run.json to compare with, or 'none'" },
  out: { type: "string", short: "o", help: "where run.json and report.md go (default evalgate-results)" },
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
  force: { type: "boolean", help: "overwrite files that exist" },
  example: { type: "string", help: "which bundled example: support-bot (default) or summaries-tickets" },
  health: { type: "boolean", help: "also write the weekly gate-health workflow" },
  runs: { type: "string", help: "a folder of past run.json files (any depth)" },
  artifacts: {
    type: "string",
    help: "the last N results artifacts of the repository (GITHUB_TOKEN, GITHUB_REPOSITORY)"
  },
  format: { type: "string", help: "md (default), html, prom (Prometheus text) or jsonl" }
};
var COMMANDS = {
  run: {
    usage: `evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]
                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]
                    [--concurrency N] [--repeats N] [--quiet] [--junit FILE]`,
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
      "junit"
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
    usage: "evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json] [--out DIR]",
    summary: "judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha",
    options: ["config", "scorer", "suite", "run", "out", "no-cache", "cache-dir", "concurrency"]
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
  switch (command) {
    case "run": {
      const config = needConfig();
      if (!config.ok) return config;
      const concurrency = positiveInt("--concurrency", str("concurrency"));
      if (!concurrency.ok) return concurrency;
      const repeats = positiveInt("--repeats", str("repeats"));
      if (!repeats.ok) return repeats;
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
        ...str("junit") ? { junit: str("junit") } : {}
      });
    }
    case "calibrate": {
      const config = needConfig();
      if (!config.ok) return config;
      if (!str("scorer")) return fail(arg("evalgate calibrate needs --scorer ID, the id of an llm-judge scorer"));
      const concurrency = positiveInt("--concurrency", str("concurrency"));
      if (!concurrency.ok) return concurrency;
      return ok({
        command: "calibrate",
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
        return await (await import("./chunks/commands-W3Z4KFNC.js")).runCommand(cmd, io);
      case "compare":
        return (await import("./chunks/compare-AV2Q6WVI.js")).compareCommand(cmd, io);
      case "validate":
        return await (await import("./chunks/validate-OFPCHZ3J.js")).validateCommand(cmd, io);
      case "schema":
        return (await import("./chunks/validate-OFPCHZ3J.js")).schemaCommand(io);
      case "health":
        return await (await import("./chunks/health-G3FYRHY7.js")).healthCommand(cmd, io);
      case "merge":
        return (await import("./chunks/merge-CQTLNPH4.js")).mergeCommand(cmd, io);
      case "plan":
        return await (await import("./chunks/plan-IDFXU35E.js")).planCommand(cmd, io);
      case "calibrate":
        return await (await import("./chunks/calibrate-NRK2WNMR.js")).calibrateCommand(cmd, io);
      case "demo":
        return await (await import("./chunks/demo-GE7IY4MW.js")).demoCommand(cmd.out, io, cmd.example);
      case "import":
        return await (await import("./chunks/import-promptfoo-HEZOYSJV.js")).importCommand(cmd, io);
      case "init":
        return (await import("./chunks/init-SWNCCD6Z.js")).initCommand(cmd, io);
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
