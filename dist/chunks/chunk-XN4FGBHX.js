import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  loadOrThrow,
  unwrap
} from "./chunk-RTXB7CCY.js";
import {
  describeBaseline,
  renderMarkdown,
  runGate
} from "./chunk-MTDTH3MM.js";
import {
  RunControl
} from "./chunk-PLDDLZMI.js";
import {
  checkRunFile,
  readRunFile,
  writeJunit,
  writeResults
} from "./chunk-V6OGYPMV.js";

// src/cli/commands.ts
import { resolve } from "node:path";

// src/runner/progress.ts
var Progress = class {
  constructor(total, options) {
    this.total = total;
    this.options = options;
    this.now = options.now ?? (() => performance.now());
    this.started = this.now();
    const tick = () => options.tty ? this.draw() : options.write(`${this.line()}
`);
    this.first = setTimeout(tick, options.firstMs ?? 250);
    this.first.unref?.();
    this.timer = setInterval(tick, options.tty ? options.redrawMs ?? 1e3 : options.intervalMs ?? 1e4);
    this.timer.unref?.();
  }
  total;
  options;
  done = 0;
  errors = 0;
  judgeErrors = 0;
  cost = 0;
  judgeCost = 0;
  cached = 0;
  started;
  lastDraw = -Infinity;
  timer;
  first;
  now;
  record(record) {
    this.done++;
    if (record.error) this.errors++;
    if (record.scorer_errors) this.judgeErrors++;
    if (record.cached) this.cached++;
    this.cost += record.cost_usd ?? 0;
    this.judgeCost += record.judge_cost_usd ?? 0;
    if (this.options.tty && this.now() - this.lastDraw >= 100) this.draw();
  }
  finish() {
    clearTimeout(this.first);
    clearInterval(this.timer);
    this.options.write(`${this.options.tty ? "\r\x1B[K" : ""}${this.fit(this.line(true))}
`);
  }
  draw() {
    clearTimeout(this.first);
    this.lastDraw = this.now();
    this.options.write(`\r\x1B[K${this.fit(this.line())}`);
  }
  /** On a terminal, a line one column short of its width: a full line would wrap on some terminals. */
  fit(line) {
    const columns = this.options.tty ? this.options.columns?.() : void 0;
    if (!columns || line.length < columns) return line;
    return `${line.slice(0, Math.max(1, columns - 2))}\u2026`;
  }
  line(final = false) {
    const seconds = (this.now() - this.started) / 1e3;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const parts = [
      `evalgate: ${this.done}/${this.total} cases${this.total ? ` (${Math.floor(100 * this.done / this.total)}%)` : ""}`
    ];
    if (final) parts.push(`in ${formatSeconds(seconds)}`);
    if (rate > 0) parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`);
    if (!final && rate > 0 && this.done < this.total)
      parts.push(`ETA ${formatSeconds((this.total - this.done) / rate)}`);
    const inFlight = final ? 0 : this.options.inFlight?.() ?? 0;
    if (inFlight) parts.push(`${inFlight} in flight`);
    if (this.cached) parts.push(`${this.cached} cached`);
    parts.push(`${this.errors} error${this.errors === 1 ? "" : "s"}`);
    if (this.judgeErrors) parts.push(`${this.judgeErrors} judge error${this.judgeErrors === 1 ? "" : "s"}`);
    if (this.cost || this.judgeCost)
      parts.push(`$${this.cost.toFixed(4)}${this.judgeCost ? ` + judge $${this.judgeCost.toFixed(4)}` : ""}`);
    return parts.join(" \xB7 ");
  }
};
function formatSeconds(s) {
  if (s < 60) return `${s < 10 ? s.toFixed(1) : Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m${String(Math.round(s % 60)).padStart(2, "0")}s` : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

// src/cli/git-head.ts
import { execFileSync } from "node:child_process";
function gitHead(dir, env) {
  if (env.GITHUB_ACTIONS === "true" && env.GITHUB_SHA) return { sha: env.GITHUB_SHA, ref: env.GITHUB_REF || null };
  try {
    const [sha, ref] = execFileSync("git", ["rev-parse", "HEAD", "--symbolic-full-name", "HEAD"], {
      cwd: dir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim().split("\n");
    return { sha: sha && /^[0-9a-f]{40,64}$/.test(sha) ? sha : null, ref: ref?.startsWith("refs/") ? ref : null };
  } catch {
    return { sha: null, ref: null };
  }
}

// src/cli/verdict-summary.ts
var WORD = {
  pass: "PASS",
  warn: "WARN",
  fail: "FAIL",
  overridden: "OVERRIDDEN",
  skipped: "SKIPPED",
  error: "ERROR"
};
function verdictSummary(run, files) {
  const d = run.decision;
  const lines = [`evalgate: ${WORD[d.verdict]} \u2014 ${d.summary}`];
  if (d.verdict === "error") for (const reason of d.reasons) lines.push(`  \u2717 ${reason}`);
  for (const r of d.verdict === "error" ? [] : d.rules.filter((o) => o.outcome === "fail" || o.outcome === "warn"))
    lines.push(`  ${r.outcome === "fail" ? "\u2717" : "!"} ${r.suite}: ${r.explanation}`);
  for (const note of d.override_notes ?? []) lines.push(`  ! ${note}`);
  for (const c of d.critical_failures)
    lines.push(
      `  \u2717 critical case ${c.suite}/${c.id}${c.line ? ` (dataset line ${c.line})` : ""} ${c.scorers.length ? `failed ${c.scorers.join(", ")}` : `could not be evaluated: ${c.error ?? "no score"}`}`
    );
  if (files) lines.push(`  results: ${files.runPath}`, `  report:  ${files.reportPath}`);
  return lines.join("\n");
}
function exitCodeFor(run) {
  if (run.incomplete) return 3;
  return run.decision?.verdict === "fail" || run.decision?.verdict === "error" ? 1 : 0;
}

// src/cli/commands.ts
var INTERRUPT_GRACE_MS = 3e3;
var SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 };
async function runCommand(cmd, io) {
  const loaded = loadOrThrow(cmd.config);
  const file = cmd.baseline && cmd.baseline !== "none" ? cmd.baseline : null;
  const checked = file ? unwrap(checkRunFile(file)) : null;
  let read;
  const baseline = file ? () => read ??= unwrap(readRunFile(file)) : null;
  let progress;
  const tty = process.stderr.isTTY === true && !process.env.CI;
  const control = new RunControl();
  let interrupted;
  const onSignal = (signal) => {
    if (interrupted) {
      io.err(`
evalgate: ${signal} again: quitting without writing results
`);
      process.exit(SIGNAL_EXIT[signal]);
    }
    interrupted = signal;
    io.err(
      `
evalgate: ${signal}: no new calls; waiting up to ${INTERRUPT_GRACE_MS / 1e3} s for the calls in flight, then writing the results (again to quit at once)
`
    );
    control.stop(`interrupted by ${signal}`, "interrupted", INTERRUPT_GRACE_MS);
  };
  const handlers = ["SIGINT", "SIGTERM"].map((signal) => {
    const handler = () => onSignal(signal);
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  try {
    const run = await runGate({
      loaded,
      tier: cmd.tier,
      suites: cmd.suites,
      shard: cmd.shard,
      repeats: cmd.repeats,
      concurrency: cmd.concurrency,
      noCache: cmd.noCache,
      cacheDir: cmd.cacheDir,
      record: cmd.record,
      budgetUsd: cmd.budgetUsd,
      force: cmd.force,
      log: cmd.quiet ? void 0 : (line) => io.err(`${line}
`),
      git: gitHead(loaded.dir, process.env),
      control,
      baseline,
      baselineInfo: checked && file ? describeBaseline(checked, `file ${file}`) : null,
      onStart: cmd.quiet ? void 0 : (total2, inFlight) => progress = new Progress(total2, {
        write: (t) => io.err(t),
        tty,
        inFlight,
        columns: () => process.stderr.columns
      }),
      onProgress: cmd.quiet ? void 0 : (_done, _total, record) => progress?.record(record)
    });
    progress?.finish();
    progress = void 0;
    const code = finish(run, cmd.out, cmd.quiet, io, cmd.junit, baseline?.() ?? null);
    if (!run.incomplete) return code;
    const { kind, message, done, total } = run.incomplete;
    io.err(
      `evalgate: could not evaluate: ${message}; ${kind === "interrupted" ? "interrupted" : "stopped"} at ${done}/${total} cases
`
    );
    return interrupted ? SIGNAL_EXIT[interrupted] : code;
  } finally {
    progress?.finish();
    for (const off of handlers) off();
  }
}
function finish(run, out, quiet, io, junit, baseline = null) {
  const files = writeResults(resolve(out), run, renderMarkdown(run, { baseline }), { baseline });
  if (junit) writeJunit(resolve(junit), run);
  if (!quiet) io.out(`${verdictSummary(run, files)}
`);
  return exitCodeFor(run);
}

export {
  runCommand,
  finish
};
