/** What a rule's `metric` names. Scorer ids cannot contain ".", so the grammar is unambiguous. */
export type MetricRef =
  | { kind: 'scorer'; scorer: string; stat: 'pass_rate' | 'mean' }
  | { kind: 'critical_failures' }
  /** Over `severity: critical` cases (docs/governance.md "Risk tiers"): the share passing every critical scorer, and critical failures per case. */
  | { kind: 'critical'; stat: 'pass_rate' | 'failure_rate' }
  | { kind: 'latency'; stat: 'p50' | 'p90' | 'p95' | 'p99' | 'mean' }
  | { kind: 'cost'; stat: 'total' | 'mean' | 'judge' }
  | { kind: 'tokens'; stat: 'total' | 'mean' }
  | { kind: 'errors'; stat: 'rate' | 'count' }
  /** Krippendorff's α between an llm-judge scorer and the human labels in the dataset. */
  | { kind: 'judge_agreement'; scorer: string }
  /** A statistic of all of a scorer's cases at once (docs/metrics.md): corpus BLEU, macro-F1, ECE, tool-call F1… */
  | { kind: 'suite'; scorer: string; stat: SuiteStat; class?: string };

/** Suite metrics, by the scorer types that have them (docs/metrics.md). */
export const SUITE_STATS = [
  'corpus',
  'accuracy',
  'macro_f1',
  'weighted_f1',
  'mcc',
  'balanced_accuracy',
  'ece',
  'brier',
  'roc_auc',
  'precision',
  'recall',
  'f1',
] as const;
export type SuiteStat = (typeof SUITE_STATS)[number];
/** Suite metrics that also exist per class: `<scorer>.f1.<class>`. */
export const CLASS_STATS = ['f1', 'precision', 'recall'] as const;

const BUILT_IN: Record<string, MetricRef> = {
  critical_failures: { kind: 'critical_failures' },
  'critical.pass_rate': { kind: 'critical', stat: 'pass_rate' },
  'critical.failure_rate': { kind: 'critical', stat: 'failure_rate' },
  'latency.p50': { kind: 'latency', stat: 'p50' },
  'latency.p90': { kind: 'latency', stat: 'p90' },
  'latency.p95': { kind: 'latency', stat: 'p95' },
  'latency.p99': { kind: 'latency', stat: 'p99' },
  'latency.mean': { kind: 'latency', stat: 'mean' },
  'cost.total': { kind: 'cost', stat: 'total' },
  'cost.mean': { kind: 'cost', stat: 'mean' },
  /** What model-graded scorers (llm-judge) cost, apart from the model under test. */
  'cost.judge': { kind: 'cost', stat: 'judge' },
  'tokens.total': { kind: 'tokens', stat: 'total' },
  'tokens.mean': { kind: 'tokens', stat: 'mean' },
  'errors.rate': { kind: 'errors', stat: 'rate' },
  'errors.count': { kind: 'errors', stat: 'count' },
};

export const BUILT_IN_METRICS = Object.keys(BUILT_IN);

export function parseMetricName(name: string): MetricRef | undefined {
  const builtIn = BUILT_IN[name];
  if (builtIn) return builtIn;
  const judge = /^judge\.([A-Za-z0-9][A-Za-z0-9_-]*)\.agreement$/.exec(name);
  if (judge) return { kind: 'judge_agreement', scorer: judge[1]! };
  const match = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.(pass_rate|mean)$/.exec(name);
  if (match) return { kind: 'scorer', scorer: match[1]!, stat: match[2] as 'pass_rate' | 'mean' };
  const suite = /^([A-Za-z0-9][A-Za-z0-9_-]*)\.([a-z_0-9]+)(?:\.(.+))?$/.exec(name);
  if (!suite || !(SUITE_STATS as readonly string[]).includes(suite[2]!)) return undefined;
  const stat = suite[2] as SuiteStat;
  if (suite[3] !== undefined && !(CLASS_STATS as readonly string[]).includes(stat)) return undefined;
  return { kind: 'suite', scorer: suite[1]!, stat, ...(suite[3] !== undefined ? { class: suite[3] } : {}) };
}

/** Metrics whose values live in [0, 1] and are tested as paired proportions or means. */
export function isRateMetric(ref: MetricRef): boolean {
  return (ref.kind === 'scorer' && ref.stat === 'pass_rate') || (ref.kind === 'errors' && ref.stat === 'rate');
}

/** Which direction is worse: higher latency, cost, tokens, errors and critical failures are worse. */
export function higherIsBetter(ref: MetricRef): boolean {
  if (ref.kind === 'suite') return ref.stat !== 'ece' && ref.stat !== 'brier';
  if (ref.kind === 'critical') return ref.stat === 'pass_rate';
  return ref.kind === 'scorer' || ref.kind === 'judge_agreement';
}
