import { aggregateSuite } from '../../src/aggregate/aggregate.js';
import { RuleConfig } from '../../src/config/schema.js';
import { decide, type OverrideDecision } from '../../src/gate/decide.js';
import { atBaselineSeverity, pairSuite } from '../../src/gate/pairing.js';
import {
  RUN_SCHEMA,
  type CaseRecord,
  type Decision,
  type Incomplete,
  type Run,
  type SuiteManifest,
} from '../../src/results/run-schema.js';

export interface SyntheticCase {
  id: string;
  pass: boolean | boolean[];
  tags?: Record<string, string>;
  severity?: CaseRecord['severity'];
  latency?: number;
  fingerprint?: string;
  error?: boolean;
}

/** Records for one suite "s" with one scorer "ok"; an array of passes makes repeats. */
export function records(cases: readonly SyntheticCase[]): CaseRecord[] {
  return cases.flatMap((c) =>
    (Array.isArray(c.pass) ? c.pass : [c.pass]).map((pass, repeat) => ({
      suite: 's',
      id: c.id,
      repeat,
      tags: c.tags ?? {},
      severity: c.severity ?? 'normal',
      fingerprint: c.fingerprint ?? `fp-${c.id}`,
      output: pass ? 'right' : 'wrong',
      scores: (c.error ? {} : { ok: { value: pass ? 1 : 0, pass } }) as CaseRecord['scores'],
      latency_ms: c.error ? null : (c.latency ?? 100),
      tokens: null,
      cost_usd: null,
      error: c.error ? { kind: 'infrastructure' as const, message: 'HTTP 500' } : null,
    })),
  );
}

/** n cases where the first `failing` fail. */
export function cohort(n: number, failing: number, extra: Partial<SyntheticCase> = {}, prefix = 'c'): SyntheticCase[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, pass: i >= failing, ...extra }));
}

function manifest(rules: readonly unknown[], scorerHash = 'h-ok'): SuiteManifest {
  return {
    id: 's',
    dataset: 'd.jsonl',
    dataset_hash: 'd',
    prompt: 'p.md',
    prompt_hash: 'p',
    provider: 'default',
    model: 'm',
    tier: 'full',
    cases: 0,
    repeats: 1,
    scorer_hashes: { ok: scorerHash },
    rule_hashes: rules.map((_, i) => `rule-${i}`),
  };
}

export function run(recs: CaseRecord[], rules: readonly unknown[], scorerHash?: string): Run {
  return {
    schema: RUN_SCHEMA,
    manifest: {
      tool: { name: 'evalgate', version: 'test' },
      config: { file: 'g.yml', hash: 'c' },
      git: { sha: 'abc1234', ref: 'main' },
      event: 'push',
      pr: null,
      tier: 'full',
      shard: null,
      suites: [manifest(rules, scorerHash)],
      started_at: '2026-11-20T00:00:00.000Z',
      ended_at: '2026-11-20T00:00:00.000Z',
    },
    cases: recs,
    aggregates: [],
    decision: null,
  };
}

export interface GateInput {
  rules: readonly Record<string, unknown>[];
  current: SyntheticCase[];
  baseline?: SyntheticCase[] | null;
  slices?: string[];
  override?: OverrideDecision;
  /** The baseline's scorer definition differs. */
  scorerChanged?: boolean;
  /** Rules (by index) that the baseline did not have. */
  newRules?: number[];
  /** Rules the baseline had that this config dropped. */
  droppedRules?: number;
  baseBranch?: boolean;
  /** Records to add as they are (several scorers, scorer errors). */
  records?: CaseRecord[];
  /** The suite's scorers; default one critical scorer "ok". */
  scorers?: { id: string; critical: boolean }[];
  /** The run stopped before every case finished. */
  incomplete?: Incomplete;
}

/** aggregate → pair → decide on synthetic records, as finalizeRun does. */
export function gate(input: GateInput): { decision: Decision; run: Run } {
  const rules = input.rules.map((r) => RuleConfig.parse(r));
  const spec = { suite: 's', scorers: input.scorers ?? [{ id: 'ok', critical: true }], slices: input.slices ?? [] };
  const currentRecords = [...records(input.current), ...(input.records ?? [])];
  const current = run(currentRecords, input.rules);
  const baselineRun = input.baseline
    ? run(
        records(input.baseline),
        input.rules.map((_, i) => (input.newRules?.includes(i) ? `old-${i}` : i)),
        input.scorerChanged ? 'h-old' : undefined,
      )
    : null;
  if (baselineRun) baselineRun.aggregates = [aggregateSuite(spec, baselineRun.cases)];
  const currentManifest = current.manifest.suites[0]!;
  const baselineManifest = baselineRun?.manifest.suites[0];
  if (baselineManifest && input.newRules)
    baselineManifest.rule_hashes = input.rules.map((_, i) => (input.newRules!.includes(i) ? `old-${i}` : `rule-${i}`));
  if (baselineManifest && input.droppedRules)
    baselineManifest.rule_hashes.push(...Array.from({ length: input.droppedRules }, (_, i) => `dropped-${i}`));
  const pairing = pairSuite(currentManifest, currentRecords, baselineRun);
  const gated = input.baseBranch ? currentRecords : atBaselineSeverity(currentRecords, [pairing]);
  const aggregate = aggregateSuite(spec, gated);
  const decision = decide({
    suites: [{ suite: 's', rules, ruleHashes: currentManifest.rule_hashes, scorers: spec.scorers }],
    records: gated,
    aggregates: [aggregate],
    baselineAggregates: baselineRun?.aggregates,
    pairings: [pairing],
    baselineInfo: baselineRun
      ? { source: 'workflow run 42 on main', git_sha: 'abc1234', ref: 'main', created_at: '2026-11-19T00:00:00.000Z' }
      : null,
    override: input.override,
    baseBranch: input.baseBranch,
    incomplete: input.incomplete,
  });
  return {
    decision,
    run: {
      ...current,
      aggregates: [aggregate],
      decision,
      ...(input.incomplete ? { incomplete: input.incomplete } : {}),
    },
  };
}
