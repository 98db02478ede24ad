import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';
import type { LlmJudgeScorer } from '../config/schema.js';
import { displayPath, type LoadedConfig, type LoadedSuite } from '../config/load.js';
import { InfrastructureError, InputError, type Issue } from '../core/result.js';
import { templateContext, type EvalCase } from '../dataset/case.js';
import { loadDatasetFile } from '../dataset/load-dataset.js';
import { parsePrompt, renderMessages } from '../prompt/messages.js';
import { readRunFile } from '../results/run-file.js';
import type { Run } from '../results/run-schema.js';
import { executeSuite } from '../runner/execute.js';
import { ModelSession } from '../runner/session.js';
import { judgeAgreement, type Estimate, type JudgeAgreement } from '../scorers/llm-judge-agreement.js';
import { llmJudgeScorer } from '../scorers/llm-judge.js';
import {
  BUNDLED_SCALE,
  canUseBundledSet,
  humanRating,
  judgeScale,
  type JudgeScale,
} from '../scorers/llm-judge-scale.js';
import { loadCalibrationSet } from '../dataset/calibration-set.js';
import { judgeLabelled, type LabelledCase } from '../pipeline/judge-calibration.js';

type CalibrateCommand = Extract<Command, { command: 'calibrate' }>;

export interface CalibrationReport {
  suite: string;
  scorer: string;
  scale: string;
  judges: string[];
  /** `--preset`: the bundled calibration set judged instead of the suite's labelled cases. */
  set?: { preset: string; file: string };
  agreement: JudgeAgreement;
  /** Per labelled case: what the human and the judge said. */
  cases: {
    id: string;
    line: number;
    human: number;
    judge: number;
    reason: string | undefined;
    source: 'label' | 'run' | 'provider';
    /** Why a bundled case has its label. */
    why?: string;
  }[];
  /** Labelled cases that could not be judged, and why. */
  skipped: { id: string; reason: string }[];
  /** `judge.<scorer>.agreement` rules of the suite and whether the measured α meets them. */
  rules: { min: number; met: boolean }[];
}

/**
 * `evalgate calibrate --config F --scorer ID`: judges the human-labelled cases of every
 * suite that has this llm-judge scorer and reports judge–human agreement. The output a
 * human rated is the case's `human.output`, else that case's output in `--run`, else what
 * the suite's provider answers now (cached, so the same as the run's for a deterministic
 * model). With `--preset NAME` it judges that preset's bundled calibration set instead
 * (docs/metrics.md, "Preset judges"). Exit 0; 1 when a suite's `judge.<id>.agreement` rule
 * is not met.
 */
export async function calibrateCommand(cmd: CalibrateCommand, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const suites = loaded.suites.filter(
    (s) =>
      (!cmd.suites.length || cmd.suites.includes(s.id)) &&
      s.scorers.some((sc) => sc.id === cmd.scorer && sc.type === 'llm-judge'),
  );
  if (!suites.length) {
    const judges = loaded.suites.flatMap((s) =>
      s.scorers.filter((sc) => sc.type === 'llm-judge').map((sc) => `${s.id}/${sc.id}`),
    );
    throw new InputError([
      {
        file: loaded.file,
        message: `no llm-judge scorer "${cmd.scorer}"${cmd.suites.length ? ` in suite ${cmd.suites.join(', ')}` : ''}; llm-judge scorers: ${judges.join(', ') || 'none'}`,
      },
    ]);
  }
  const run = cmd.run ? unwrap(readRunFile(cmd.run)) : undefined;
  const reports: CalibrationReport[] = [];
  let failed = false;
  for (const suite of suites) {
    const report = await calibrateSuite(loaded, suite, cmd, run);
    reports.push(report);
    io.out(`${formatReport(report)}\n`);
    if (report.rules.some((r) => !r.met)) failed = true;
  }
  const dir = resolve(cmd.out);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'calibration.json');
  writeFileSync(
    file,
    `${JSON.stringify({ schema: 'evalgate/calibration@1', config: loaded.file, reports }, null, 2)}\n`,
  );
  io.out(`  written: ${displayPath(file)}\n`);
  return failed ? 1 : 0;
}

async function calibrateSuite(
  loaded: LoadedConfig,
  suite: LoadedSuite,
  cmd: CalibrateCommand,
  run: Run | undefined,
): Promise<CalibrationReport> {
  const config = suite.scorers.find((s) => s.id === cmd.scorer) as LlmJudgeScorer;
  const scale = judgeScale(config.scale);
  const bundled = cmd.preset ? loadCalibrationSet(cmd.preset, cmd.scorer) : undefined;
  // the bundled sets are labelled pass/fail: a rating scale is compared through its threshold
  if (bundled && !canUseBundledSet({ ...config, preset: cmd.preset }))
    throw new InputError([
      {
        file: loaded.file,
        message: `--preset ${cmd.preset}: the bundled calibration sets are labelled pass/fail; give llm-judge "${cmd.scorer}" scale: pass-fail or a threshold`,
      },
    ]);
  const agreementScale: JudgeScale = bundled ? BUNDLED_SCALE : scale;
  const labelled: LabelledCase[] = bundled ? bundled.cases : humanLabelled(suite, cmd.scorer, scale);
  // where each rated output comes from: the label itself, the given run, or the provider now
  const fromRun = new Map(
    (run?.cases ?? [])
      .filter((r) => r.suite === suite.id && r.repeat === 0 && !r.error && r.output !== null)
      .map((r) => [r.id, r.output!]),
  );
  const outputs = new Map<string, { output: string; source: 'label' | 'run' | 'provider' }>();
  const missing: EvalCase[] = [];
  for (const { c } of labelled) {
    const rated = c.human?.output;
    if (typeof rated === 'string') outputs.set(c.id, { output: rated, source: 'label' });
    else if (fromRun.has(c.id)) outputs.set(c.id, { output: fromRun.get(c.id)!, source: 'run' });
    else missing.push(c);
  }

  const session = new ModelSession(loaded, {
    noCache: cmd.noCache,
    cacheDir: cmd.cacheDir,
    concurrency: cmd.concurrency,
  });
  const judges = Array.isArray(config.provider) ? config.provider : [config.provider];
  const opened = session.open([{ provider: missing.length ? suite.provider : judges[0]!, scorers: [config] }]);
  if (!opened.ok) throw new InputError(opened.issues);
  const prompt = parsePrompt(readFileSync(suite.promptPath, 'utf8'));
  const skipped: CalibrationReport['skipped'] = [];
  const cases: CalibrationReport['cases'] = [];
  try {
    if (missing.length) {
      const execution = await executeSuite(
        { suite: suite.id, cases: missing, repeats: 1, prompt, caller: session.caller(suite.provider), scorers: [] },
        { control: session.control },
      );
      for (const r of execution.records) {
        if (r.error || r.output === null)
          skipped.push({ id: r.id, reason: `no output: ${r.error?.message ?? 'empty'}` });
        else outputs.set(r.id, { output: r.output, source: 'provider' });
      }
    }
    const judge = llmJudgeScorer({ ...config, human: undefined } as LlmJudgeScorer, session);
    const result = await judgeLabelled({
      judge,
      config,
      items: labelled,
      output: (c) => outputs.get(c.id)?.output,
      // a bundled case was asked its `input`, not the suite's prompt
      messages: (item) =>
        item.input !== undefined
          ? [{ role: 'user', content: item.input }]
          : renderMessages(prompt, templateContext(item.c)),
      suite: suite.id,
      bundled: bundled !== undefined,
      control: session.control,
      concurrency: session.caller(judges[0]!).limiter.max * 2,
    });
    skipped.push(...result.skipped);
    for (const { c, human, judge: rating, reason, why } of result.judged)
      cases.push({
        id: c.id,
        line: c.line,
        human,
        judge: rating,
        reason,
        source: outputs.get(c.id)!.source,
        ...(why !== undefined ? { why } : {}),
      });
  } finally {
    await session.close();
  }
  if (session.control.stopped !== null) throw new InfrastructureError(session.control.stopped);
  cases.sort((a, b) => a.line - b.line);
  const agreement = judgeAgreement(cases, agreementScale);
  const rules = suite.rules
    .filter((r) => r.metric === `judge.${cmd.scorer}.agreement` && r.min !== undefined)
    .map((r) => ({ min: r.min!, met: (agreement.alpha.value ?? -Infinity) >= r.min! }));
  return {
    suite: suite.id,
    scorer: cmd.scorer,
    scale: bundled && !scale.passFail ? `pass-fail (ratings ≥ ${config.threshold} pass)` : scaleText(scale),
    judges,
    ...(bundled ? { set: { preset: cmd.preset!, file: displayPath(bundled.file) } } : {}),
    agreement,
    cases,
    skipped,
    rules,
  };
}

/** The suite's cases with a human label for `scorer`, each on the judge's scale; a label off the scale is an input issue. */
function humanLabelled(suite: LoadedSuite, scorer: string, scale: JudgeScale): { c: EvalCase; human: number }[] {
  const datasetDisplay = displayPath(suite.datasetPath);
  const dataset = unwrap(loadDatasetFile(suite.datasetPath, datasetDisplay));
  const issues: Issue[] = [];
  const labelled: { c: EvalCase; human: number }[] = [];
  for (const c of dataset) {
    const label = c.human?.[scorer];
    if (label === undefined) continue;
    const human = humanRating(label, scale);
    if (human === undefined)
      issues.push({
        file: datasetDisplay,
        line: c.line,
        path: `human.${scorer}`,
        message: `${JSON.stringify(label)} is not on the scale of "${scorer}" (${scaleText(scale)})`,
      });
    else labelled.push({ c, human });
  }
  if (issues.length) throw new InputError(issues);
  if (labelled.length < 2)
    throw new InputError([
      {
        file: datasetDisplay,
        message: `calibrating "${scorer}" needs at least 2 cases with a human label (human: {${scorer}: …}); found ${labelled.length}`,
      },
    ]);
  return labelled;
}

const scaleText = (scale: JudgeScale) => (scale.passFail ? 'pass-fail' : `${scale.low}–${scale.high}`);

const num = (v: number | undefined) => (v === undefined ? 'undefined' : v.toFixed(2));
const estimate = (e: Estimate) =>
  `${num(e.value).padStart(6)}  ${e.interval ? `[${e.interval[0].toFixed(2)}, ${e.interval[1].toFixed(2)}]` : '(no interval)'}`;

export function formatReport(r: CalibrationReport): string {
  const a = r.agreement;
  const lines = [
    `evalgate calibrate: "${r.scorer}" on suite ${r.suite} — scale ${r.scale}, judge${r.judges.length > 1 ? 's' : ''} ${r.judges.join(', ')}`,
    ...(r.set
      ? [
          `  on the bundled "${r.set.preset}" calibration set (${r.set.file}): labelled by construction by the evalgate maintainers, not crowd-sourced human ratings; use your own labels for production calibration`,
        ]
      : []),
    `  n = ${a.n} ${r.set ? 'labelled' : 'human-labelled'} case${a.n === 1 ? '' : 's'}${
      r.skipped.length
        ? ` (${r.skipped.length} could not be judged: ${r.skipped
            .slice(0, 3)
            .map((s) => `${s.id}: ${s.reason}`)
            .join('; ')})`
        : ''
    }`,
    `  Spearman ρ                    ${estimate(a.spearman)}${a.spearman.pvalue !== undefined ? `  p = ${a.spearman.pvalue.toPrecision(2)}` : ''}`,
    `  Cohen's κ (${r.scale === 'pass-fail' ? 'unweighted' : 'quadratic'})${r.scale === 'pass-fail' ? '' : ' '}        ${estimate(a.kappa)}`,
    `  Krippendorff's α (${r.scale === 'pass-fail' ? 'nominal' : 'ordinal'})   ${estimate(a.alpha)}`,
    `  exact agreement ${(100 * a.exact).toFixed(0)}%, judge − human mean ${a.bias >= 0 ? '+' : ''}${a.bias.toFixed(2)}`,
    `  intervals: 95% percentile bootstrap over cases (${a.signature})`,
  ];
  for (const rule of r.rules)
    lines.push(
      `  rule judge.${r.scorer}.agreement ≥ ${rule.min}: ${rule.met ? 'met' : 'NOT met'} (α = ${num(a.alpha.value)})`,
    );
  return lines.join('\n');
}
