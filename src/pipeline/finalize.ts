import type { LoadedConfig } from '../config/load.js';
import { aggregateSuite } from '../aggregate/aggregate.js';
import { decide, type OverrideDecision } from '../gate/decide.js';
import { atBaselineSeverity, pairSuite } from '../gate/pairing.js';
import type { SequentialJudge } from '../gate/sequential.js';
import {
  RUN_SCHEMA,
  type AdaptiveSummary,
  type CaseRecord,
  type Comparison,
  type Incomplete,
  type Manifest,
  type Run,
  type Severity,
} from '../results/run-schema.js';
import { missingPriceNote } from '../providers/prices.js';
import { canUseBundledSet } from '../scorers/llm-judge-scale.js';

export interface FinalizeInput {
  loaded: LoadedConfig;
  manifest: Manifest;
  records: CaseRecord[];
  baseline: Run | null;
  baselineInfo: Comparison['baseline'];
  /** Every case id of each suite's dataset with its severity, when known. */
  datasetIds?: Map<string, ReadonlyMap<string, Severity>>;
  override?: OverrideDecision;
  /** A run of the base branch itself (see DecideInput.baseBranch). */
  baseBranch?: boolean;
  /** The run did not finish (or no call succeeded): the verdict is `error`. */
  incomplete?: Incomplete;
  /** Adaptive tiers: their group-sequential tests and looks (README "Adaptive tiers"). */
  sequential?: SequentialJudge;
  adaptive?: AdaptiveSummary[];
}

/** aggregate → compare → decide: the pure part shared by `run`, `compare` and `merge`. */
export function finalizeRun(input: FinalizeInput): Run {
  const suites = input.manifest.suites.map((m) => {
    const config = input.loaded.suites.find((s) => s.id === m.id);
    if (!config) throw new Error(`suite ${m.id} is not in the config`);
    // a case's own scorers (case_scorers) are aggregated and gated like the suite's
    const scorers = [...config.scorers, ...(config.case_scorers ?? []).map((id) => ({ id, critical: true }))];
    return { manifest: m, config, scorers, records: input.records.filter((r) => r.suite === m.id) };
  });
  const pairings = suites.map((s) =>
    pairSuite(s.manifest, s.records, input.baseline, input.datasetIds?.get(s.config.id)),
  );
  // a pull request's lowered severities count from the base branch on, not in its own gate
  const gated = input.baseBranch ? input.records : atBaselineSeverity(input.records, pairings);
  const aggregates = suites.map((s) =>
    aggregateSuite(
      {
        suite: s.config.id,
        scorers: s.scorers,
        slices: s.config.slices,
        criticalRates: s.config.rules.some((r) => r.ref.kind === 'critical'),
        calibration: s.manifest.calibration,
      },
      gated.filter((r) => r.suite === s.config.id),
    ),
  );
  const decision = decide({
    suites: suites.map((s) => ({
      suite: s.config.id,
      rules: s.config.rules,
      ruleHashes: s.manifest.rule_hashes,
      scorers: s.scorers,
    })),
    records: gated,
    aggregates,
    baselineAggregates: input.baseline?.aggregates,
    pairings,
    baselineInfo: input.baselineInfo,
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete: input.incomplete,
    sequential: input.sequential,
  });
  if (input.adaptive?.length) decision.adaptive = input.adaptive;
  for (const s of suites) {
    const note = missingPriceNote(s.manifest, s.records);
    if (note) decision.comparisons[s.config.id]?.notes.push(note);
    // only where the metric came from the bundled set: an adaptive extension or another shard may have brought labels
    const bundled = (scorer: string) =>
      aggregates
        .find((a) => a.suite === s.config.id)
        ?.metrics.some((m) => m.metric === `judge.${scorer}.agreement` && m.method?.includes('|set:bundled-'));
    for (const [scorer, set] of Object.entries(s.manifest.calibration ?? {}))
      if (bundled(scorer))
        decision.comparisons[s.config.id]?.notes.push(
          `judge.${scorer}.agreement is measured on the bundled "${set.set}" calibration set (${set.pairs.length} constructed cases${set.skipped ? `, ${set.skipped} not judged` : ''}; labelled by construction, not by your raters): add \`human:\` labels to the dataset to measure it on your cases (docs/metrics.md, "Preset judges")`,
        );
    // a rating-scale preset judge cannot be measured on the pass/fail bundled set: say why the rule has no data
    for (const rule of s.config.rules) {
      const judge = rule.ref.kind === 'judge_agreement' ? rule.ref.scorer : undefined;
      const config = s.config.scorers.find((c) => c.id === judge);
      const measured = aggregates
        .find((a) => a.suite === s.config.id)
        ?.metrics.some((m) => m.metric === `judge.${judge}.agreement`);
      if (config?.type === 'llm-judge' && config.preset && !canUseBundledSet(config) && !measured)
        decision.comparisons[s.config.id]?.notes.push(
          `judge.${judge}.agreement has no human labels to be measured on, and the bundled "${config.preset}" calibration set is labelled pass/fail: give "${judge}" a threshold (ratings at or above it pass) or scale: pass-fail, or add \`human:\` labels to the dataset (docs/metrics.md, "Preset judges")`,
        );
    }
  }
  return {
    schema: RUN_SCHEMA,
    manifest: input.manifest,
    cases: input.records,
    aggregates,
    decision,
    ...(input.incomplete ? { incomplete: input.incomplete } : {}),
  };
}
