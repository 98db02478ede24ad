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
import "./chunks/chunk-BX4ROB6G.js";

// src/cli.ts
import module from "node:module";

// src/cli/args.ts
import { parseArgs } from "node:util";
var USAGE = `evalgate \u2014 a statistically honest release gate for LLM features

Usage:
  evalgate run      --config FILE [--tier smoke|full|NAME] [--suite ID]... [--baseline FILE|none]
                    [--out DIR] [--shard I/N] [--no-cache] [--cache-dir DIR] [--record FILE]
                    [--concurrency N] [--repeats N] [--quiet]
  evalgate compare  CURRENT.json BASELINE.json --config FILE [--out DIR]
  evalgate merge    SHARD.json... --out DIR [--config FILE] [--baseline FILE]
  evalgate validate --config FILE      check config, datasets and prompts; no model calls
  evalgate plan     --config FILE [--baseline FILE]   per suite and tier: n and what each rule can detect
  evalgate calibrate --config FILE --scorer ID [--suite ID] [--run RUN.json] [--out DIR]
                                       judge vs human labels: Spearman, Cohen's kappa, Krippendorff's alpha
  evalgate schema                      print the gate YAML's JSON Schema
  evalgate demo                        run the bundled example offline (no API key)
  evalgate init     [--dir DIR] [--branch main] [--forks] [--action-sha SHA] [--force]
                                       scaffold gates/, a dataset, a prompt and the GitHub workflows

Exit codes: 0 pass (warn, skipped, overridden), 1 gate failed, 2 bad input, 3 infrastructure failure.`;
var arg = (message) => ({ file: "(arguments)", message });
function positiveInt(name, raw) {
  if (raw === void 0) return ok(void 0);
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? ok(n) : fail(arg(`${name} expects a positive whole number; got "${raw}"`));
}
function parseCommand(argv) {
  const [command, ...rest] = argv;
  if (!command || command === "help" || command === "--help" || command === "-h") return ok({ command: "help" });
  if (command === "--version" || command === "version") return ok({ command: "version" });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: command === "compare" || command === "merge",
      options: {
        config: { type: "string", short: "c" },
        tier: { type: "string" },
        suite: { type: "string", multiple: true },
        baseline: { type: "string" },
        out: { type: "string", short: "o" },
        shard: { type: "string" },
        "no-cache": { type: "boolean" },
        "cache-dir": { type: "string" },
        record: { type: "string" },
        scorer: { type: "string" },
        run: { type: "string" },
        concurrency: { type: "string" },
        repeats: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        dir: { type: "string" },
        branch: { type: "string" },
        forks: { type: "boolean" },
        "action-sha": { type: "string" },
        force: { type: "boolean" }
      }
    });
  } catch (error) {
    return fail(arg(`${error.message.replace(/\. To specify a positional argument.*$/s, "")}

${USAGE}`));
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
        quiet: Boolean(v.quiet)
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
      return ok({ command: "compare", current, baseline, config: config.value, out, quiet: Boolean(v.quiet) });
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
    case "schema":
      return ok({ command: "schema" });
    case "demo":
      return ok({ command: "demo", out });
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
        force: Boolean(v.force)
      });
    }
    default:
      return fail(arg(`unknown command "${command}"

${USAGE}`));
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
        io.out(`${USAGE}
`);
        return 0;
      case "version":
        io.out(`${VERSION}
`);
        return 0;
      case "run":
        return await (await import("./chunks/commands-O5I2X5JJ.js")).runCommand(cmd, io);
      case "compare":
        return (await import("./chunks/compare-UERF6FQR.js")).compareCommand(cmd, io);
      case "validate":
        return await (await import("./chunks/validate-C3UZXVBQ.js")).validateCommand(cmd, io);
      case "schema":
        return (await import("./chunks/validate-C3UZXVBQ.js")).schemaCommand(io);
      case "merge":
        return (await import("./chunks/merge-OQAXJSH7.js")).mergeCommand(cmd, io);
      case "plan":
        return await (await import("./chunks/plan-Q4IYIMJW.js")).planCommand(cmd, io);
      case "calibrate":
        return await (await import("./chunks/calibrate-D545HAJ5.js")).calibrateCommand(cmd, io);
      case "demo":
        return await (await import("./chunks/demo-OQWIUPOL.js")).demoCommand(cmd.out, io);
      case "init":
        return (await import("./chunks/init-6HEVX6CP.js")).initCommand(cmd, io);
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
