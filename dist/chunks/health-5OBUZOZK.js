import { createRequire as __evalgateCreateRequire } from 'node:module'; const require = __evalgateCreateRequire(import.meta.url);
import {
  esc,
  escapeInline,
  inlineCode,
  readRunFile,
  staticPage
} from "./chunk-V6OGYPMV.js";
import "./chunk-PBYLG6YC.js";
import "./chunk-RPGOX2AU.js";
import {
  InputError
} from "./chunk-TOJ4UG27.js";
import "./chunk-DDNPVRFT.js";
import "./chunk-XLT3OMSK.js";
import "./chunk-BX4ROB6G.js";

// src/cli/health.ts
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/report/health.ts
function gateHealth(runs) {
  const ordered = [...runs].sort((a, b) => a.manifest.started_at.localeCompare(b.manifest.started_at));
  const suites = [...new Set(ordered.flatMap((r) => r.manifest.suites.map((s) => s.id)))].sort();
  return suites.map((suite) => suiteHealth(suite, ordered));
}
function suiteHealth(suite, runs) {
  const mine = runs.filter((r) => r.decision && r.manifest.suites.some((s) => s.id === suite));
  const weeks = /* @__PURE__ */ new Map();
  const overrides = /* @__PURE__ */ new Map();
  const rules = /* @__PURE__ */ new Map();
  const flaky = /* @__PURE__ */ new Map();
  const cost = /* @__PURE__ */ new Map();
  const trends = /* @__PURE__ */ new Map();
  for (const run of mine) {
    const decision = run.decision;
    const outcomes = decision.rules.filter((r) => r.suite === suite);
    const verdict = suiteVerdict(outcomes, decision.override !== null);
    const week = isoWeek(run.manifest.started_at);
    const w = weeks.get(week) ?? { week, pass: 0, warn: 0, fail: 0, overridden: 0 };
    w[verdict]++;
    weeks.set(week, w);
    if (decision.override && verdict === "overridden")
      overrides.set(decision.override.actor, (overrides.get(decision.override.actor) ?? 0) + 1);
    const isPr = run.manifest.pr !== null;
    if (isPr) {
      const byRule = /* @__PURE__ */ new Map();
      for (const r of outcomes) byRule.set(ruleName(r), [...byRule.get(ruleName(r)) ?? [], r]);
      for (const [name, rs] of byRule) {
        const entry = rules.get(name) ?? { rule: name, fired: 0, warned: 0, failed: 0, evaluated: 0 };
        entry.evaluated++;
        const failed = rs.some((r) => r.outcome === "fail");
        const warned = !failed && rs.some((r) => r.outcome === "warn");
        if (failed) entry.failed++;
        if (warned) entry.warned++;
        if (failed || warned) entry.fired++;
        rules.set(name, entry);
      }
      const usd = run.cases.filter((c) => c.suite === suite).reduce((sum, c) => sum + (c.cost_usd ?? 0) + (c.judge_cost_usd ?? 0), 0);
      cost.set(run.manifest.pr, usd);
    } else {
      const agg = run.aggregates.find((a) => a.suite === suite);
      for (const m of agg?.metrics ?? []) {
        if (!m.metric.endsWith(".pass_rate") || m.value === null || !m.interval) continue;
        const points = trends.get(m.metric) ?? [];
        points.push({
          at: run.manifest.started_at,
          sha: run.manifest.git.sha,
          value: m.value,
          lo: m.interval[0],
          hi: m.interval[1]
        });
        trends.set(m.metric, points);
      }
    }
    const flakyHere = new Set(
      (run.aggregates.find((a) => a.suite === suite)?.flaky ?? []).flatMap((f) => f.cases.map((c) => c.id))
    );
    for (const id of flakyHere) flaky.set(id, (flaky.get(id) ?? 0) + 1);
  }
  return {
    suite,
    runs: mine.length,
    weeks: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
    overrides: [...overrides].map(([actor, count]) => ({ actor, count })).sort((a, b) => b.count - a.count),
    rules: [...rules.values()].sort(
      (a, b) => b.fired / b.evaluated - a.fired / a.evaluated || a.rule.localeCompare(b.rule)
    ),
    flaky: [...flaky].map(([id, n]) => ({ id, runs: n })).sort((a, b) => b.runs - a.runs || a.id.localeCompare(b.id)),
    costPerPr: [...cost].map(([pr, usd]) => ({ pr, usd })).sort((a, b) => a.pr - b.pr),
    trends: [...trends].map(([metric, points]) => ({ metric, points }))
  };
}
function suiteVerdict(outcomes, overridden) {
  if (outcomes.some((r) => r.outcome === "fail")) return overridden ? "overridden" : "fail";
  return outcomes.some((r) => r.outcome === "warn") ? "warn" : "pass";
}
function ruleName(r) {
  return `${r.metric} ${r.bound}`;
}
function isoWeek(at) {
  const d = new Date(at);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}
var NOISY = 0.5;
function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function renderHealthMarkdown(health, runs) {
  const lines = [`## evalgate health: ${runs} runs`, ""];
  for (const h of health) {
    lines.push(`### ${escapeInline(h.suite)}`, "", `${h.runs} decided runs.`, "");
    lines.push(
      "**Verdicts per week**",
      "",
      "| Week of | pass | warn | fail | overridden |",
      "|---|---:|---:|---:|---:|"
    );
    for (const w of h.weeks) lines.push(`| ${w.week} | ${w.pass} | ${w.warn} | ${w.fail} | ${w.overridden} |`);
    if (h.weeks.length > 1)
      lines.push(
        "",
        "```mermaid",
        "xychart-beta",
        '  title "runs per week (bars) and those not passing (line)"',
        `  x-axis [${h.weeks.map((w) => `"${w.week.slice(5)}"`).join(", ")}]`,
        `  y-axis "runs" 0 --> ${Math.max(1, ...h.weeks.map((w) => w.pass + w.warn + w.fail + w.overridden))}`,
        `  bar [${h.weeks.map((w) => w.pass + w.warn + w.fail + w.overridden).join(", ")}]`,
        `  line [${h.weeks.map((w) => w.warn + w.fail + w.overridden).join(", ")}]`,
        "```"
      );
    lines.push(
      "",
      `**Overrides**: ${h.overrides.length ? h.overrides.map((o) => `@\u200B${escapeInline(o.actor)} ${o.count}\xD7`).join(", ") : "none"}`
    );
    const noisy = h.rules.filter((r) => r.evaluated >= 5 && r.fired / r.evaluated > NOISY);
    const silent = h.rules.filter((r) => r.fired === 0);
    lines.push(
      "",
      `**Noisy rules** (fired on more than half the PRs): ${noisy.length ? noisy.map((r) => `${inlineCode(r.rule)} ${r.fired}/${r.evaluated}`).join(", ") : "none"}`,
      "",
      `**Rules that never fired** on a PR: ${silent.length ? silent.map((r) => `${inlineCode(r.rule)} (0/${r.evaluated})`).join(", ") : "none"}`
    );
    if (h.rules.length) {
      lines.push("", "| Rule | fired on PRs | warned | failed |", "|---|---:|---:|---:|");
      for (const r of h.rules)
        lines.push(`| ${inlineCode(r.rule)} | ${r.fired}/${r.evaluated} | ${r.warned} | ${r.failed} |`);
    }
    lines.push(
      "",
      `**Flaky cases**: ${h.flaky.length ? `${h.flaky.slice(0, 20).map((f) => `${inlineCode(f.id)} (${f.runs} runs)`).join(", ")}${h.flaky.length > 20 ? ", \u2026" : ""}` : "none"}`
    );
    if (h.costPerPr.length) {
      const usd = h.costPerPr.map((c) => c.usd);
      lines.push(
        "",
        `**Cost per PR** (latest run of ${usd.length} PRs): median $${median(usd).toFixed(4)}, max $${Math.max(...usd).toFixed(4)}, total $${usd.reduce((a, b) => a + b, 0).toFixed(4)}`
      );
    }
    for (const t of h.trends) {
      const last = t.points.at(-1);
      lines.push(
        "",
        `**${escapeInline(t.metric)} on the base branch**: ${t.points.length} runs, latest ${pct(last.value)} (95% CI ${pct(last.lo)}\u2013${pct(last.hi)})`
      );
      if (t.points.length > 1) {
        const values = t.points.flatMap((p) => [p.lo, p.hi]);
        const [lo, hi] = [Math.floor(Math.min(...values) * 20) * 5, Math.ceil(Math.max(...values) * 20) * 5];
        lines.push(
          "",
          "```mermaid",
          "xychart-beta",
          `  title "${t.metric.replace(/[^\w.]/g, "_")} (%) with its 95% interval"`,
          `  x-axis [${t.points.map((p) => `"${p.at.slice(5, 10)}"`).join(", ")}]`,
          `  y-axis "%" ${lo} --> ${Math.min(100, hi)}`,
          `  line [${t.points.map((p) => round1(p.value * 100)).join(", ")}]`,
          `  line [${t.points.map((p) => round1(p.lo * 100)).join(", ")}]`,
          `  line [${t.points.map((p) => round1(p.hi * 100)).join(", ")}]`,
          "```"
        );
      }
    }
    lines.push("");
  }
  return `${lines.join("\n")}
`;
}
var pct = (v) => `${(v * 100).toFixed(1)}%`;
var round1 = (v) => Number(v.toFixed(1));
function renderHealthProm(health) {
  const out = [];
  const metric = (name, help, rows) => {
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} gauge`);
    for (const [labels, value] of rows)
      out.push(
        `${name}{${Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}} ${value}`
      );
  };
  const verdicts = ["pass", "warn", "fail", "overridden"];
  metric(
    "evalgate_suite_runs",
    "Decided runs per suite and verdict.",
    health.flatMap(
      (h) => verdicts.map((v) => [
        { suite: h.suite, verdict: v },
        h.weeks.reduce((n, w) => n + w[v], 0)
      ])
    )
  );
  metric(
    "evalgate_rule_fired_ratio",
    "Share of PR runs on which the rule warned or failed.",
    health.flatMap(
      (h) => h.rules.map((r) => [{ suite: h.suite, rule: r.rule }, r.fired / r.evaluated])
    )
  );
  metric(
    "evalgate_overrides",
    "Overridden runs per suite and actor.",
    health.flatMap(
      (h) => h.overrides.map((o) => [{ suite: h.suite, actor: o.actor }, o.count])
    )
  );
  metric(
    "evalgate_flaky_cases",
    "Cases flaky in at least one run.",
    health.map((h) => [{ suite: h.suite }, h.flaky.length])
  );
  metric(
    "evalgate_pr_cost_usd_median",
    "Median cost of a pull request\u2019s latest run, USD.",
    health.filter((h) => h.costPerPr.length).map((h) => [{ suite: h.suite }, median(h.costPerPr.map((c) => c.usd))])
  );
  metric(
    "evalgate_base_pass_rate",
    "Latest pass rate on the base branch.",
    health.flatMap(
      (h) => h.trends.map((t) => [
        { suite: h.suite, metric: t.metric },
        t.points.at(-1).value
      ])
    )
  );
  return `${out.join("\n")}
`;
}
function renderHealthJsonl(health) {
  const rows = [];
  for (const h of health) {
    for (const w of h.weeks) rows.push({ type: "verdicts", suite: h.suite, ...w });
    for (const r of h.rules) rows.push({ type: "rule", suite: h.suite, ...r });
    for (const o of h.overrides) rows.push({ type: "override", suite: h.suite, ...o });
    for (const f of h.flaky) rows.push({ type: "flaky", suite: h.suite, ...f });
    for (const c of h.costPerPr) rows.push({ type: "pr_cost", suite: h.suite, ...c });
    for (const t of h.trends)
      for (const p of t.points) rows.push({ type: "base_pass_rate", suite: h.suite, metric: t.metric, ...p });
  }
  return rows.map((r) => `${JSON.stringify(r)}
`).join("");
}
function renderHealthHtml(health, runs) {
  const parts = [`<h1>evalgate health: ${runs} runs</h1>`];
  for (const h of health) {
    parts.push(`<h2>${esc(h.suite)}</h2><p>${h.runs} decided runs.</p>`);
    parts.push("<figure><figcaption>Verdicts per week</figcaption>", verdictSvg(h.weeks), "</figure>");
    parts.push(
      `<p><strong>Overrides</strong>: ${h.overrides.length ? h.overrides.map((o) => `${esc(o.actor)} ${o.count}\xD7`).join(", ") : "none"}</p>`,
      '<table><thead><tr><th>Rule</th><th class="num">fired on PRs</th><th class="num">warned</th><th class="num">failed</th><th></th></tr></thead><tbody>',
      ...h.rules.map(
        (r) => `<tr><td><code>${esc(r.rule)}</code></td><td class="num">${r.fired}/${r.evaluated}</td><td class="num">${r.warned}</td><td class="num">${r.failed}</td><td>${r.fired === 0 ? "never fired" : r.evaluated >= 5 && r.fired / r.evaluated > NOISY ? '<span class="warn">noisy</span>' : ""}</td></tr>`
      ),
      "</tbody></table>",
      `<p><strong>Flaky cases</strong>: ${h.flaky.length ? h.flaky.map((f) => `<code>${esc(f.id)}</code> (${f.runs} runs)`).join(", ") : "none"}</p>`
    );
    if (h.costPerPr.length)
      parts.push(
        `<p><strong>Cost per PR</strong>: median $${median(h.costPerPr.map((c) => c.usd)).toFixed(4)} over ${h.costPerPr.length} PRs</p>`
      );
    for (const t of h.trends)
      parts.push(
        `<figure><figcaption>${esc(t.metric)} on the base branch, 95% interval</figcaption>`,
        trendSvg(t.points),
        "</figure>"
      );
  }
  return staticPage("evalgate health", parts.join("\n"));
}
var COLORS = { pass: "#2e7d32", warn: "#b26a00", fail: "#c62828", overridden: "#6a1b9a" };
function verdictSvg(weeks) {
  const [w, h, pad] = [Math.max(200, weeks.length * 36), 160, 20];
  const top = Math.max(1, ...weeks.map((x) => x.pass + x.warn + x.fail + x.overridden));
  const bw = (w - pad) / Math.max(1, weeks.length);
  const bars = weeks.flatMap((x, i) => {
    let y = h - pad;
    return ["pass", "warn", "fail", "overridden"].map((v) => {
      const bh = x[v] / top * (h - 2 * pad);
      y -= bh;
      return `<rect x="${pad + i * bw + 2}" y="${y}" width="${bw - 4}" height="${bh}" fill="${COLORS[v]}"><title>${x.week}: ${x[v]} ${v}</title></rect>`;
    });
  });
  const labels = weeks.map(
    (x, i) => `<text x="${pad + i * bw + bw / 2}" y="${h - 4}" text-anchor="middle">${x.week.slice(5)}</text>`
  );
  return `<svg role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bars.join("")}${labels.join("")}<text x="0" y="12">${top}</text></svg>`;
}
function trendSvg(points) {
  const [w, h, pad] = [Math.max(240, points.length * 40), 160, 30];
  const lo = Math.min(...points.map((p) => p.lo));
  const hi = Math.max(...points.map((p) => p.hi));
  const x = (i) => pad + (points.length > 1 ? i / (points.length - 1) * (w - 2 * pad) : (w - 2 * pad) / 2);
  const y = (v) => h - pad - (v - lo) / (hi - lo || 1) * (h - 2 * pad);
  const band = [
    ...points.map((p, i) => `${x(i)},${y(p.hi)}`),
    ...points.map((p, i) => `${x(i)},${y(p.lo)}`).reverse()
  ].join(" ");
  const line = points.map((p, i) => `${x(i)},${y(p.value)}`).join(" ");
  const dots = points.map(
    (p, i) => `<circle cx="${x(i)}" cy="${y(p.value)}" r="3" fill="#4a78c2"><title>${esc(`${p.at.slice(0, 10)}${p.sha ? ` ${p.sha.slice(0, 7)}` : ""}: ${pct(p.value)} (${pct(p.lo)}\u2013${pct(p.hi)})`)}</title></circle>`
  );
  return `<svg role="img" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><polygon points="${band}" fill="#4a78c233"/><polyline points="${line}" fill="none" stroke="#4a78c2" stroke-width="2"/>${dots.join("")}<text x="0" y="${y(hi) + 4}">${pct(hi)}</text><text x="0" y="${y(lo) + 4}">${pct(lo)}</text></svg>`;
}

// src/cli/health.ts
function runFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return runFiles(path);
    return e.name === "run.json" ? [path] : [];
  });
}
async function healthCommand(cmd, io) {
  const { runs, problems } = cmd.runs ? readFolder(cmd.runs) : await readArtifacts(cmd.artifacts);
  if (!runs.length)
    throw new InputError(
      problems.length ? problems : [{ file: cmd.runs ?? "(GitHub artifacts)", message: "no run.json files found" }]
    );
  for (const p of problems) io.err(`evalgate health: skipped ${p.file}: ${p.message}
`);
  const health = gateHealth(runs);
  io.out(
    cmd.format === "prom" ? renderHealthProm(health) : cmd.format === "jsonl" ? renderHealthJsonl(health) : cmd.format === "html" ? renderHealthHtml(health, runs.length) : renderHealthMarkdown(health, runs.length)
  );
  return 0;
}
function readFolder(dir) {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError([{ file: dir, message: "expected a folder of run.json files" }]);
  const runs = [];
  const problems = [];
  for (const path of runFiles(dir).sort()) {
    const read = readRunFile(path);
    if (read.ok) runs.push(read.value);
    else problems.push(...read.issues);
  }
  return { runs, problems };
}
async function readArtifacts(count) {
  const env = process.env;
  if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY)
    throw new InputError([
      { file: "(environment)", message: "--artifacts needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)" }
    ]);
  const { createGitHubClient } = await import("./client-ST4BSYOA.js");
  const { downloadRecentResults } = await import("./recent-results-LQGGKDOK.js");
  const gh = createGitHubClient({
    token: env.GITHUB_TOKEN,
    apiUrl: env.GITHUB_API_URL || "https://api.github.com",
    repository: env.GITHUB_REPOSITORY
  });
  const dir = mkdtempSync(join(tmpdir(), "evalgate-health-"));
  try {
    const found = await downloadRecentResults(gh, { artifact: "evalgate-results", count, dir });
    return { runs: found.runs, problems: found.problems.map((message) => ({ file: "(GitHub artifacts)", message })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
export {
  healthCommand
};
