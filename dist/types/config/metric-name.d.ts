/** What a rule's `metric` names. Scorer ids cannot contain ".", so the grammar is unambiguous. */
export type MetricRef = {
    kind: 'scorer';
    scorer: string;
    stat: 'pass_rate' | 'mean';
} | {
    kind: 'critical_failures';
}
/** Over `severity: critical` cases (docs/governance.md "Risk tiers"): the share passing every critical scorer, and critical failures per case. */
 | {
    kind: 'critical';
    stat: 'pass_rate' | 'failure_rate';
} | {
    kind: 'latency';
    stat: 'p50' | 'p90' | 'p95' | 'p99' | 'mean';
} | {
    kind: 'cost';
    stat: 'total' | 'mean' | 'judge';
} | {
    kind: 'tokens';
    stat: 'total' | 'mean';
} | {
    kind: 'errors';
    stat: 'rate' | 'count';
}
/** Krippendorff's α between an llm-judge scorer and the human labels in the dataset. */
 | {
    kind: 'judge_agreement';
    scorer: string;
}
/** The share of the suite's cases its corpus holds (docs/governance.md, "Contamination and lineage"). */
 | {
    kind: 'contamination';
    stat: 'rate';
}
/** A statistic of all of a scorer's cases at once (docs/metrics.md): corpus BLEU, macro-F1, ECE, tool-call F1… */
 | {
    kind: 'suite';
    scorer: string;
    stat: SuiteStat;
    class?: string;
};
/** Suite metrics, by the scorer types that have them (docs/metrics.md). */
export declare const SUITE_STATS: readonly ["corpus", "accuracy", "macro_f1", "weighted_f1", "mcc", "balanced_accuracy", "ece", "brier", "roc_auc", "precision", "recall", "f1"];
export type SuiteStat = (typeof SUITE_STATS)[number];
/** Suite metrics that also exist per class: `<scorer>.f1.<class>`. */
export declare const CLASS_STATS: readonly ["f1", "precision", "recall"];
export declare const BUILT_IN_METRICS: string[];
export declare function parseMetricName(name: string): MetricRef | undefined;
/** Metrics whose values live in [0, 1] and are tested as paired proportions or means. */
export declare function isRateMetric(ref: MetricRef): boolean;
/** Which direction is worse: higher latency, cost, tokens, errors and critical failures are worse. */
export declare function higherIsBetter(ref: MetricRef): boolean;
