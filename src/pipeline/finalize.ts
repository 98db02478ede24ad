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
import { agreementNotes } from '../scorers/llm-judge-agreement.js';

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
    decision.comparisons[s.config.id]?.notes.push(
      ...agreementNotes(s.config, s.manifest, aggregates.find((a) => a.suite === s.config.id)?.metrics ?? []),
    );
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
