import { z } from 'zod';
/** `run.json`: everything a run did, the baseline of the next run, and the audit trail of a verdict. */
export declare const RUN_SCHEMA = "evalgate/run@1";
export declare const ScoreRecord: z.ZodObject<{
    value: z.ZodNumber;
    pass: z.ZodNullable<z.ZodBoolean>;
    detail: z.ZodOptional<z.ZodString>;
    label: z.ZodOptional<z.ZodString>;
    cost_usd: z.ZodOptional<z.ZodNumber>;
    calibration: z.ZodOptional<z.ZodObject<{
        human: z.ZodNumber;
        judge: z.ZodNumber;
    }, z.core.$strip>>;
    expected_label: z.ZodOptional<z.ZodString>;
    confidence: z.ZodOptional<z.ZodNumber>;
    failure_tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
    stats: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
}, z.core.$strip>;
export type ScoreRecord = z.infer<typeof ScoreRecord>;
export declare const Tokens: z.ZodObject<{
    prompt: z.ZodNumber;
    completion: z.ZodNumber;
    total: z.ZodNumber;
}, z.core.$strip>;
export declare const CaseError: z.ZodObject<{
    kind: z.ZodEnum<{
        input: "input";
        infrastructure: "infrastructure";
    }>;
    message: z.ZodString;
}, z.core.$strip>;
/** How much a case matters: a `critical` case that fails a critical scorer fails the gate. */
export declare const Severity: z.ZodEnum<{
    critical: "critical";
    high: "high";
    normal: "normal";
    low: "low";
}>;
export type Severity = z.infer<typeof Severity>;
export declare const CaseRecord: z.ZodObject<{
    suite: z.ZodString;
    id: z.ZodString;
    repeat: z.ZodNumber;
    line: z.ZodOptional<z.ZodNumber>;
    tags: z.ZodRecord<z.ZodString, z.ZodString>;
    severity: z.ZodEnum<{
        critical: "critical";
        high: "high";
        normal: "normal";
        low: "low";
    }>;
    fingerprint: z.ZodString;
    expected: z.ZodOptional<z.ZodUnknown>;
    output: z.ZodNullable<z.ZodString>;
    tool_calls: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
    scores: z.ZodRecord<z.ZodString, z.ZodObject<{
        value: z.ZodNumber;
        pass: z.ZodNullable<z.ZodBoolean>;
        detail: z.ZodOptional<z.ZodString>;
        label: z.ZodOptional<z.ZodString>;
        cost_usd: z.ZodOptional<z.ZodNumber>;
        calibration: z.ZodOptional<z.ZodObject<{
            human: z.ZodNumber;
            judge: z.ZodNumber;
        }, z.core.$strip>>;
        expected_label: z.ZodOptional<z.ZodString>;
        confidence: z.ZodOptional<z.ZodNumber>;
        failure_tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
        stats: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
    }, z.core.$strip>>;
    latency_ms: z.ZodNullable<z.ZodNumber>;
    tokens: z.ZodNullable<z.ZodObject<{
        prompt: z.ZodNumber;
        completion: z.ZodNumber;
        total: z.ZodNumber;
    }, z.core.$strip>>;
    cost_usd: z.ZodNullable<z.ZodNumber>;
    cached: z.ZodOptional<z.ZodBoolean>;
    judge_cost_usd: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    scorer_errors: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    contamination: z.ZodOptional<z.ZodObject<{
        overlap: z.ZodNumber;
        flagged: z.ZodBoolean;
    }, z.core.$strip>>;
    error: z.ZodNullable<z.ZodObject<{
        kind: z.ZodEnum<{
            input: "input";
            infrastructure: "infrastructure";
        }>;
        message: z.ZodString;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type CaseRecord = z.infer<typeof CaseRecord>;
export declare const MetricValue: z.ZodObject<{
    metric: z.ZodString;
    kind: z.ZodEnum<{
        mean: "mean";
        total: "total";
        rate: "rate";
        count: "count";
        suite: "suite";
        quantile: "quantile";
    }>;
    value: z.ZodNullable<z.ZodNumber>;
    n: z.ZodNumber;
    successes: z.ZodOptional<z.ZodNumber>;
    interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
    method: z.ZodOptional<z.ZodString>;
}, z.core.$strip>;
export type MetricValue = z.infer<typeof MetricValue>;
export declare const SliceValue: z.ZodObject<{
    slice: z.ZodString;
    value: z.ZodString;
    n: z.ZodNumber;
    metrics: z.ZodArray<z.ZodObject<{
        metric: z.ZodString;
        kind: z.ZodEnum<{
            mean: "mean";
            total: "total";
            rate: "rate";
            count: "count";
            suite: "suite";
            quantile: "quantile";
        }>;
        value: z.ZodNullable<z.ZodNumber>;
        n: z.ZodNumber;
        successes: z.ZodOptional<z.ZodNumber>;
        interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
        method: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type SliceValue = z.infer<typeof SliceValue>;
export declare const CriticalFailure: z.ZodObject<{
    suite: z.ZodString;
    id: z.ZodString;
    repeat: z.ZodNumber;
    line: z.ZodOptional<z.ZodNumber>;
    scorers: z.ZodArray<z.ZodString>;
    error: z.ZodOptional<z.ZodString>;
    expected: z.ZodOptional<z.ZodUnknown>;
    output: z.ZodNullable<z.ZodString>;
}, z.core.$strip>;
export type CriticalFailure = z.infer<typeof CriticalFailure>;
/** With repeats: cases whose outcome changed between repeats of the same input. */
export declare const Flakiness: z.ZodObject<{
    scorer: z.ZodString;
    flip_rate: z.ZodNumber;
    cases: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        passes: z.ZodNumber;
        repeats: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Flakiness = z.infer<typeof Flakiness>;
export declare const SuiteAggregate: z.ZodObject<{
    suite: z.ZodString;
    cases: z.ZodNumber;
    records: z.ZodNumber;
    errors: z.ZodNumber;
    metrics: z.ZodArray<z.ZodObject<{
        metric: z.ZodString;
        kind: z.ZodEnum<{
            mean: "mean";
            total: "total";
            rate: "rate";
            count: "count";
            suite: "suite";
            quantile: "quantile";
        }>;
        value: z.ZodNullable<z.ZodNumber>;
        n: z.ZodNumber;
        successes: z.ZodOptional<z.ZodNumber>;
        interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
        method: z.ZodOptional<z.ZodString>;
    }, z.core.$strip>>;
    slices: z.ZodArray<z.ZodObject<{
        slice: z.ZodString;
        value: z.ZodString;
        n: z.ZodNumber;
        metrics: z.ZodArray<z.ZodObject<{
            metric: z.ZodString;
            kind: z.ZodEnum<{
                mean: "mean";
                total: "total";
                rate: "rate";
                count: "count";
                suite: "suite";
                quantile: "quantile";
            }>;
            value: z.ZodNullable<z.ZodNumber>;
            n: z.ZodNumber;
            successes: z.ZodOptional<z.ZodNumber>;
            interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
            method: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    critical_failures: z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        id: z.ZodString;
        repeat: z.ZodNumber;
        line: z.ZodOptional<z.ZodNumber>;
        scorers: z.ZodArray<z.ZodString>;
        error: z.ZodOptional<z.ZodString>;
        expected: z.ZodOptional<z.ZodUnknown>;
        output: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    flaky: z.ZodOptional<z.ZodArray<z.ZodObject<{
        scorer: z.ZodString;
        flip_rate: z.ZodNumber;
        cases: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            passes: z.ZodNumber;
            repeats: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>>;
    scorer_errors: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
    confusion: z.ZodOptional<z.ZodArray<z.ZodObject<{
        scorer: z.ZodString;
        labels: z.ZodArray<z.ZodString>;
        matrix: z.ZodArray<z.ZodArray<z.ZodNumber>>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type SuiteAggregate = z.infer<typeof SuiteAggregate>;
/** What a suite's contamination check read (docs/governance.md, "Contamination and lineage"). */
export declare const ContaminationManifest: z.ZodObject<{
    n: z.ZodNumber;
    threshold: z.ZodNumber;
    corpus: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        lines: z.ZodNumber;
        bytes: z.ZodNumber;
    }, z.core.$strip>>;
    cases: z.ZodNumber;
    flagged: z.ZodNumber;
}, z.core.$strip>;
export type ContaminationManifest = z.infer<typeof ContaminationManifest>;
export declare const SuiteManifest: z.ZodObject<{
    id: z.ZodString;
    dataset: z.ZodString;
    dataset_hash: z.ZodString;
    dataset_lines: z.ZodOptional<z.ZodNumber>;
    dataset_cases: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    prompt: z.ZodString;
    prompt_hash: z.ZodString;
    provider: z.ZodString;
    model: z.ZodString;
    tier: z.ZodString;
    cases: z.ZodNumber;
    composition: z.ZodOptional<z.ZodObject<{
        cases: z.ZodNumber;
        critical: z.ZodNumber;
        slices: z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNumber>>;
    }, z.core.$strip>>;
    repeats: z.ZodNumber;
    scorer_hashes: z.ZodRecord<z.ZodString, z.ZodString>;
    scorer_signatures: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
    rule_hashes: z.ZodArray<z.ZodString>;
    calibration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
        set: z.ZodString;
        pairs: z.ZodArray<z.ZodObject<{
            human: z.ZodNumber;
            judge: z.ZodNumber;
        }, z.core.$strip>>;
        skipped: z.ZodNumber;
    }, z.core.$strip>>>;
    risk: z.ZodOptional<z.ZodObject<{
        tier: z.ZodEnum<{
            critical: "critical";
            high: "high";
            low: "low";
            medium: "medium";
        }>;
        policy_rules: z.ZodArray<z.ZodNumber>;
        replaced: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
    safety: z.ZodOptional<z.ZodObject<{
        pack: z.ZodNullable<z.ZodString>;
        attack_scorers: z.ZodArray<z.ZodString>;
        over_refusal_scorers: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
    settings: z.ZodOptional<z.ZodObject<{
        temperature: z.ZodNullable<z.ZodNumber>;
        max_tokens: z.ZodNullable<z.ZodNumber>;
        seed: z.ZodNullable<z.ZodNumber>;
        system_prompt_hash: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    contamination: z.ZodOptional<z.ZodObject<{
        n: z.ZodNumber;
        threshold: z.ZodNumber;
        corpus: z.ZodArray<z.ZodObject<{
            file: z.ZodString;
            lines: z.ZodNumber;
            bytes: z.ZodNumber;
        }, z.core.$strip>>;
        cases: z.ZodNumber;
        flagged: z.ZodNumber;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type SuiteManifest = z.infer<typeof SuiteManifest>;
export declare const Manifest: z.ZodObject<{
    tool: z.ZodObject<{
        name: z.ZodLiteral<"evalgate">;
        version: z.ZodString;
    }, z.core.$strip>;
    config: z.ZodObject<{
        file: z.ZodString;
        hash: z.ZodString;
        chart: z.ZodOptional<z.ZodEnum<{
            mermaid: "mermaid";
            text: "text";
            off: "off";
        }>>;
    }, z.core.$strip>;
    git: z.ZodObject<{
        sha: z.ZodNullable<z.ZodString>;
        ref: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>;
    event: z.ZodNullable<z.ZodString>;
    pr: z.ZodNullable<z.ZodNumber>;
    tier: z.ZodString;
    shard: z.ZodNullable<z.ZodString>;
    suites: z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        dataset: z.ZodString;
        dataset_hash: z.ZodString;
        dataset_lines: z.ZodOptional<z.ZodNumber>;
        dataset_cases: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        prompt: z.ZodString;
        prompt_hash: z.ZodString;
        provider: z.ZodString;
        model: z.ZodString;
        tier: z.ZodString;
        cases: z.ZodNumber;
        composition: z.ZodOptional<z.ZodObject<{
            cases: z.ZodNumber;
            critical: z.ZodNumber;
            slices: z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNumber>>;
        }, z.core.$strip>>;
        repeats: z.ZodNumber;
        scorer_hashes: z.ZodRecord<z.ZodString, z.ZodString>;
        scorer_signatures: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        rule_hashes: z.ZodArray<z.ZodString>;
        calibration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
            set: z.ZodString;
            pairs: z.ZodArray<z.ZodObject<{
                human: z.ZodNumber;
                judge: z.ZodNumber;
            }, z.core.$strip>>;
            skipped: z.ZodNumber;
        }, z.core.$strip>>>;
        risk: z.ZodOptional<z.ZodObject<{
            tier: z.ZodEnum<{
                critical: "critical";
                high: "high";
                low: "low";
                medium: "medium";
            }>;
            policy_rules: z.ZodArray<z.ZodNumber>;
            replaced: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
        safety: z.ZodOptional<z.ZodObject<{
            pack: z.ZodNullable<z.ZodString>;
            attack_scorers: z.ZodArray<z.ZodString>;
            over_refusal_scorers: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
        settings: z.ZodOptional<z.ZodObject<{
            temperature: z.ZodNullable<z.ZodNumber>;
            max_tokens: z.ZodNullable<z.ZodNumber>;
            seed: z.ZodNullable<z.ZodNumber>;
            system_prompt_hash: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
        contamination: z.ZodOptional<z.ZodObject<{
            n: z.ZodNumber;
            threshold: z.ZodNumber;
            corpus: z.ZodArray<z.ZodObject<{
                file: z.ZodString;
                lines: z.ZodNumber;
                bytes: z.ZodNumber;
            }, z.core.$strip>>;
            cases: z.ZodNumber;
            flagged: z.ZodNumber;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    started_at: z.ZodString;
    ended_at: z.ZodString;
}, z.core.$strip>;
export type Manifest = z.infer<typeof Manifest>;
export declare const RuleStatus: z.ZodEnum<{
    pass: "pass";
    fail: "fail";
    inconclusive: "inconclusive";
    no_baseline: "no_baseline";
    not_gated: "not_gated";
    not_comparable: "not_comparable";
}>;
export declare const Verdict: z.ZodEnum<{
    pass: "pass";
    error: "error";
    skipped: "skipped";
    fail: "fail";
    warn: "warn";
    overridden: "overridden";
}>;
export type Verdict = z.infer<typeof Verdict>;
/** One group-sequential look at a regression test. */
export declare const SequentialLook: z.ZodObject<{
    look: z.ZodNumber;
    cases: z.ZodNumber;
    capacity: z.ZodNumber;
    z_pass: z.ZodNullable<z.ZodNumber>;
    z_fail: z.ZodNullable<z.ZodNumber>;
    pass_boundary: z.ZodNumber;
    fail_boundary: z.ZodNumber;
    stop: z.ZodEnum<{
        conclusive: "conclusive";
        max: "max";
        open: "open";
    }>;
}, z.core.$strip>;
export type SequentialLook = z.infer<typeof SequentialLook>;
export declare const RuleOutcome: z.ZodObject<{
    suite: z.ZodString;
    rule: z.ZodNumber;
    metric: z.ZodString;
    kind: z.ZodEnum<{
        critical: "critical";
        absolute: "absolute";
        regression: "regression";
    }>;
    slice: z.ZodNullable<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodString;
    }, z.core.$strip>>;
    status: z.ZodEnum<{
        pass: "pass";
        fail: "fail";
        inconclusive: "inconclusive";
        no_baseline: "no_baseline";
        not_gated: "not_gated";
        not_comparable: "not_comparable";
    }>;
    outcome: z.ZodEnum<{
        pass: "pass";
        fail: "fail";
        warn: "warn";
        info: "info";
    }>;
    current: z.ZodNullable<z.ZodNumber>;
    baseline: z.ZodNullable<z.ZodNumber>;
    delta: z.ZodNullable<z.ZodNumber>;
    interval: z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
    n: z.ZodNumber;
    bound: z.ZodString;
    method: z.ZodString;
    pvalue: z.ZodNullable<z.ZodNumber>;
    mde: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
    sequential: z.ZodOptional<z.ZodObject<{
        look: z.ZodNumber;
        cases: z.ZodNumber;
        capacity: z.ZodNumber;
        z_pass: z.ZodNullable<z.ZodNumber>;
        z_fail: z.ZodNullable<z.ZodNumber>;
        pass_boundary: z.ZodNumber;
        fail_boundary: z.ZodNumber;
        stop: z.ZodEnum<{
            conclusive: "conclusive";
            max: "max";
            open: "open";
        }>;
    }, z.core.$strip>>;
    confidence: z.ZodOptional<z.ZodNumber>;
    explanation: z.ZodString;
}, z.core.$strip>;
export type RuleOutcome = z.infer<typeof RuleOutcome>;
/** An adaptive tier's looks at one suite and why it stopped. */
export declare const AdaptiveSummary: z.ZodObject<{
    suite: z.ZodString;
    method: z.ZodString;
    max: z.ZodNumber;
    cases: z.ZodNumber;
    looks: z.ZodArray<z.ZodObject<{
        cases: z.ZodNumber;
        open: z.ZodNumber;
    }, z.core.$strip>>;
    stop: z.ZodEnum<{
        dataset: "dataset";
        conclusive: "conclusive";
        max: "max";
        stopped: "stopped";
    }>;
}, z.core.$strip>;
export type AdaptiveSummary = z.infer<typeof AdaptiveSummary>;
/** A warning about a suite as a whole (rules dropped, infrastructure errors), not the outcome of a configured rule. */
/** Worst first: how the report orders rule outcomes (fail above warn above pass above info). */
export declare const outcomeRank: (r: RuleOutcome) => number;
export declare const isSuiteNote: (o: RuleOutcome) => boolean;
export declare const Override: z.ZodObject<{
    label: z.ZodString;
    actor: z.ZodString;
    permission: z.ZodString;
    applied_at: z.ZodString;
}, z.core.$strip>;
export declare const BaselineInfo: z.ZodObject<{
    source: z.ZodString;
    git_sha: z.ZodNullable<z.ZodString>;
    ref: z.ZodNullable<z.ZodString>;
    created_at: z.ZodNullable<z.ZodString>;
    run_url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
}, z.core.$strip>;
/** A case whose severity is lower than the baseline's, or a critical case gone from the dataset. */
export declare const Demotion: z.ZodObject<{
    id: z.ZodString;
    baseline: z.ZodEnum<{
        critical: "critical";
        high: "high";
        normal: "normal";
        low: "low";
    }>;
    current: z.ZodNullable<z.ZodEnum<{
        critical: "critical";
        high: "high";
        normal: "normal";
        low: "low";
    }>>;
}, z.core.$strip>;
export type Demotion = z.infer<typeof Demotion>;
export declare const Comparison: z.ZodObject<{
    baseline: z.ZodNullable<z.ZodObject<{
        source: z.ZodString;
        git_sha: z.ZodNullable<z.ZodString>;
        ref: z.ZodNullable<z.ZodString>;
        created_at: z.ZodNullable<z.ZodString>;
        run_url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    }, z.core.$strip>>;
    paired: z.ZodNumber;
    added: z.ZodNumber;
    removed: z.ZodNumber;
    changed: z.ZodNumber;
    notes: z.ZodArray<z.ZodString>;
    demoted: z.ZodOptional<z.ZodArray<z.ZodObject<{
        id: z.ZodString;
        baseline: z.ZodEnum<{
            critical: "critical";
            high: "high";
            normal: "normal";
            low: "low";
        }>;
        current: z.ZodNullable<z.ZodEnum<{
            critical: "critical";
            high: "high";
            normal: "normal";
            low: "low";
        }>>;
    }, z.core.$strip>>>;
    settings_changed: z.ZodOptional<z.ZodArray<z.ZodString>>;
    dataset_changes: z.ZodOptional<z.ZodObject<{
        added: z.ZodArray<z.ZodString>;
        removed: z.ZodArray<z.ZodString>;
        edited: z.ZodArray<z.ZodString>;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Comparison = z.infer<typeof Comparison>;
export declare const Decision: z.ZodObject<{
    verdict: z.ZodEnum<{
        pass: "pass";
        error: "error";
        skipped: "skipped";
        fail: "fail";
        warn: "warn";
        overridden: "overridden";
    }>;
    summary: z.ZodString;
    reasons: z.ZodArray<z.ZodString>;
    rules: z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        rule: z.ZodNumber;
        metric: z.ZodString;
        kind: z.ZodEnum<{
            critical: "critical";
            absolute: "absolute";
            regression: "regression";
        }>;
        slice: z.ZodNullable<z.ZodObject<{
            name: z.ZodString;
            value: z.ZodString;
        }, z.core.$strip>>;
        status: z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            inconclusive: "inconclusive";
            no_baseline: "no_baseline";
            not_gated: "not_gated";
            not_comparable: "not_comparable";
        }>;
        outcome: z.ZodEnum<{
            pass: "pass";
            fail: "fail";
            warn: "warn";
            info: "info";
        }>;
        current: z.ZodNullable<z.ZodNumber>;
        baseline: z.ZodNullable<z.ZodNumber>;
        delta: z.ZodNullable<z.ZodNumber>;
        interval: z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
        n: z.ZodNumber;
        bound: z.ZodString;
        method: z.ZodString;
        pvalue: z.ZodNullable<z.ZodNumber>;
        mde: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        sequential: z.ZodOptional<z.ZodObject<{
            look: z.ZodNumber;
            cases: z.ZodNumber;
            capacity: z.ZodNumber;
            z_pass: z.ZodNullable<z.ZodNumber>;
            z_fail: z.ZodNullable<z.ZodNumber>;
            pass_boundary: z.ZodNumber;
            fail_boundary: z.ZodNumber;
            stop: z.ZodEnum<{
                conclusive: "conclusive";
                max: "max";
                open: "open";
            }>;
        }, z.core.$strip>>;
        confidence: z.ZodOptional<z.ZodNumber>;
        explanation: z.ZodString;
    }, z.core.$strip>>;
    critical_failures: z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        id: z.ZodString;
        repeat: z.ZodNumber;
        line: z.ZodOptional<z.ZodNumber>;
        scorers: z.ZodArray<z.ZodString>;
        error: z.ZodOptional<z.ZodString>;
        expected: z.ZodOptional<z.ZodUnknown>;
        output: z.ZodNullable<z.ZodString>;
    }, z.core.$strip>>;
    comparisons: z.ZodRecord<z.ZodString, z.ZodObject<{
        baseline: z.ZodNullable<z.ZodObject<{
            source: z.ZodString;
            git_sha: z.ZodNullable<z.ZodString>;
            ref: z.ZodNullable<z.ZodString>;
            created_at: z.ZodNullable<z.ZodString>;
            run_url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        }, z.core.$strip>>;
        paired: z.ZodNumber;
        added: z.ZodNumber;
        removed: z.ZodNumber;
        changed: z.ZodNumber;
        notes: z.ZodArray<z.ZodString>;
        demoted: z.ZodOptional<z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            baseline: z.ZodEnum<{
                critical: "critical";
                high: "high";
                normal: "normal";
                low: "low";
            }>;
            current: z.ZodNullable<z.ZodEnum<{
                critical: "critical";
                high: "high";
                normal: "normal";
                low: "low";
            }>>;
        }, z.core.$strip>>>;
        settings_changed: z.ZodOptional<z.ZodArray<z.ZodString>>;
        dataset_changes: z.ZodOptional<z.ZodObject<{
            added: z.ZodArray<z.ZodString>;
            removed: z.ZodArray<z.ZodString>;
            edited: z.ZodArray<z.ZodString>;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    override: z.ZodNullable<z.ZodObject<{
        label: z.ZodString;
        actor: z.ZodString;
        permission: z.ZodString;
        applied_at: z.ZodString;
    }, z.core.$strip>>;
    override_notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
    adaptive: z.ZodOptional<z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        method: z.ZodString;
        max: z.ZodNumber;
        cases: z.ZodNumber;
        looks: z.ZodArray<z.ZodObject<{
            cases: z.ZodNumber;
            open: z.ZodNumber;
        }, z.core.$strip>>;
        stop: z.ZodEnum<{
            dataset: "dataset";
            conclusive: "conclusive";
            max: "max";
            stopped: "stopped";
        }>;
    }, z.core.$strip>>>;
}, z.core.$strip>;
export type Decision = z.infer<typeof Decision>;
/**
 * A run that stopped before every case finished, or in which no call succeeded: its verdict
 * is `error`, and the finished cases are kept. `done` and `total` count case × repeat.
 */
export declare const Incomplete: z.ZodObject<{
    kind: z.ZodEnum<{
        circuit_breaker: "circuit_breaker";
        interrupted: "interrupted";
        budget: "budget";
        all_failed: "all_failed";
    }>;
    message: z.ZodString;
    done: z.ZodNumber;
    total: z.ZodNumber;
}, z.core.$strip>;
export type Incomplete = z.infer<typeof Incomplete>;
/**
 * What the run was allowed to spend, what evalgate estimated before the first call and what it
 * spent (README "Budgets"). USD and calls count the model's and the judges' calls; `cached`
 * counts answers served from the response cache, which cost nothing.
 */
export declare const BudgetReport: z.ZodObject<{
    limit: z.ZodNullable<z.ZodObject<{
        usd: z.ZodNullable<z.ZodNumber>;
        calls: z.ZodNullable<z.ZodNumber>;
    }, z.core.$strip>>;
    estimate: z.ZodObject<{
        usd: z.ZodNullable<z.ZodNumber>;
        calls: z.ZodNumber;
        cached: z.ZodNumber;
        unpriced: z.ZodNumber;
        adaptive_cases: z.ZodNumber;
    }, z.core.$strip>;
    actual: z.ZodObject<{
        usd: z.ZodNumber;
        calls: z.ZodNumber;
        cached: z.ZodNumber;
    }, z.core.$strip>;
    forced: z.ZodBoolean;
}, z.core.$strip>;
export type BudgetReport = z.infer<typeof BudgetReport>;
export declare const Run: z.ZodObject<{
    schema: z.ZodLiteral<"evalgate/run@1">;
    manifest: z.ZodObject<{
        tool: z.ZodObject<{
            name: z.ZodLiteral<"evalgate">;
            version: z.ZodString;
        }, z.core.$strip>;
        config: z.ZodObject<{
            file: z.ZodString;
            hash: z.ZodString;
            chart: z.ZodOptional<z.ZodEnum<{
                mermaid: "mermaid";
                text: "text";
                off: "off";
            }>>;
        }, z.core.$strip>;
        git: z.ZodObject<{
            sha: z.ZodNullable<z.ZodString>;
            ref: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>;
        event: z.ZodNullable<z.ZodString>;
        pr: z.ZodNullable<z.ZodNumber>;
        tier: z.ZodString;
        shard: z.ZodNullable<z.ZodString>;
        suites: z.ZodArray<z.ZodObject<{
            id: z.ZodString;
            dataset: z.ZodString;
            dataset_hash: z.ZodString;
            dataset_lines: z.ZodOptional<z.ZodNumber>;
            dataset_cases: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            prompt: z.ZodString;
            prompt_hash: z.ZodString;
            provider: z.ZodString;
            model: z.ZodString;
            tier: z.ZodString;
            cases: z.ZodNumber;
            composition: z.ZodOptional<z.ZodObject<{
                cases: z.ZodNumber;
                critical: z.ZodNumber;
                slices: z.ZodRecord<z.ZodString, z.ZodRecord<z.ZodString, z.ZodNumber>>;
            }, z.core.$strip>>;
            repeats: z.ZodNumber;
            scorer_hashes: z.ZodRecord<z.ZodString, z.ZodString>;
            scorer_signatures: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
            rule_hashes: z.ZodArray<z.ZodString>;
            calibration: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodObject<{
                set: z.ZodString;
                pairs: z.ZodArray<z.ZodObject<{
                    human: z.ZodNumber;
                    judge: z.ZodNumber;
                }, z.core.$strip>>;
                skipped: z.ZodNumber;
            }, z.core.$strip>>>;
            risk: z.ZodOptional<z.ZodObject<{
                tier: z.ZodEnum<{
                    critical: "critical";
                    high: "high";
                    low: "low";
                    medium: "medium";
                }>;
                policy_rules: z.ZodArray<z.ZodNumber>;
                replaced: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
            safety: z.ZodOptional<z.ZodObject<{
                pack: z.ZodNullable<z.ZodString>;
                attack_scorers: z.ZodArray<z.ZodString>;
                over_refusal_scorers: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
            settings: z.ZodOptional<z.ZodObject<{
                temperature: z.ZodNullable<z.ZodNumber>;
                max_tokens: z.ZodNullable<z.ZodNumber>;
                seed: z.ZodNullable<z.ZodNumber>;
                system_prompt_hash: z.ZodNullable<z.ZodString>;
            }, z.core.$strip>>;
            contamination: z.ZodOptional<z.ZodObject<{
                n: z.ZodNumber;
                threshold: z.ZodNumber;
                corpus: z.ZodArray<z.ZodObject<{
                    file: z.ZodString;
                    lines: z.ZodNumber;
                    bytes: z.ZodNumber;
                }, z.core.$strip>>;
                cases: z.ZodNumber;
                flagged: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        started_at: z.ZodString;
        ended_at: z.ZodString;
    }, z.core.$strip>;
    cases: z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        id: z.ZodString;
        repeat: z.ZodNumber;
        line: z.ZodOptional<z.ZodNumber>;
        tags: z.ZodRecord<z.ZodString, z.ZodString>;
        severity: z.ZodEnum<{
            critical: "critical";
            high: "high";
            normal: "normal";
            low: "low";
        }>;
        fingerprint: z.ZodString;
        expected: z.ZodOptional<z.ZodUnknown>;
        output: z.ZodNullable<z.ZodString>;
        tool_calls: z.ZodOptional<z.ZodArray<z.ZodUnknown>>;
        scores: z.ZodRecord<z.ZodString, z.ZodObject<{
            value: z.ZodNumber;
            pass: z.ZodNullable<z.ZodBoolean>;
            detail: z.ZodOptional<z.ZodString>;
            label: z.ZodOptional<z.ZodString>;
            cost_usd: z.ZodOptional<z.ZodNumber>;
            calibration: z.ZodOptional<z.ZodObject<{
                human: z.ZodNumber;
                judge: z.ZodNumber;
            }, z.core.$strip>>;
            expected_label: z.ZodOptional<z.ZodString>;
            confidence: z.ZodOptional<z.ZodNumber>;
            failure_tags: z.ZodOptional<z.ZodArray<z.ZodString>>;
            stats: z.ZodOptional<z.ZodArray<z.ZodNumber>>;
        }, z.core.$strip>>;
        latency_ms: z.ZodNullable<z.ZodNumber>;
        tokens: z.ZodNullable<z.ZodObject<{
            prompt: z.ZodNumber;
            completion: z.ZodNumber;
            total: z.ZodNumber;
        }, z.core.$strip>>;
        cost_usd: z.ZodNullable<z.ZodNumber>;
        cached: z.ZodOptional<z.ZodBoolean>;
        judge_cost_usd: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
        scorer_errors: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodString>>;
        contamination: z.ZodOptional<z.ZodObject<{
            overlap: z.ZodNumber;
            flagged: z.ZodBoolean;
        }, z.core.$strip>>;
        error: z.ZodNullable<z.ZodObject<{
            kind: z.ZodEnum<{
                input: "input";
                infrastructure: "infrastructure";
            }>;
            message: z.ZodString;
        }, z.core.$strip>>;
    }, z.core.$strip>>;
    aggregates: z.ZodArray<z.ZodObject<{
        suite: z.ZodString;
        cases: z.ZodNumber;
        records: z.ZodNumber;
        errors: z.ZodNumber;
        metrics: z.ZodArray<z.ZodObject<{
            metric: z.ZodString;
            kind: z.ZodEnum<{
                mean: "mean";
                total: "total";
                rate: "rate";
                count: "count";
                suite: "suite";
                quantile: "quantile";
            }>;
            value: z.ZodNullable<z.ZodNumber>;
            n: z.ZodNumber;
            successes: z.ZodOptional<z.ZodNumber>;
            interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
            method: z.ZodOptional<z.ZodString>;
        }, z.core.$strip>>;
        slices: z.ZodArray<z.ZodObject<{
            slice: z.ZodString;
            value: z.ZodString;
            n: z.ZodNumber;
            metrics: z.ZodArray<z.ZodObject<{
                metric: z.ZodString;
                kind: z.ZodEnum<{
                    mean: "mean";
                    total: "total";
                    rate: "rate";
                    count: "count";
                    suite: "suite";
                    quantile: "quantile";
                }>;
                value: z.ZodNullable<z.ZodNumber>;
                n: z.ZodNumber;
                successes: z.ZodOptional<z.ZodNumber>;
                interval: z.ZodOptional<z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>>;
                method: z.ZodOptional<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        critical_failures: z.ZodArray<z.ZodObject<{
            suite: z.ZodString;
            id: z.ZodString;
            repeat: z.ZodNumber;
            line: z.ZodOptional<z.ZodNumber>;
            scorers: z.ZodArray<z.ZodString>;
            error: z.ZodOptional<z.ZodString>;
            expected: z.ZodOptional<z.ZodUnknown>;
            output: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
        flaky: z.ZodOptional<z.ZodArray<z.ZodObject<{
            scorer: z.ZodString;
            flip_rate: z.ZodNumber;
            cases: z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                passes: z.ZodNumber;
                repeats: z.ZodNumber;
            }, z.core.$strip>>;
        }, z.core.$strip>>>;
        scorer_errors: z.ZodOptional<z.ZodRecord<z.ZodString, z.ZodNumber>>;
        confusion: z.ZodOptional<z.ZodArray<z.ZodObject<{
            scorer: z.ZodString;
            labels: z.ZodArray<z.ZodString>;
            matrix: z.ZodArray<z.ZodArray<z.ZodNumber>>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    decision: z.ZodNullable<z.ZodObject<{
        verdict: z.ZodEnum<{
            pass: "pass";
            error: "error";
            skipped: "skipped";
            fail: "fail";
            warn: "warn";
            overridden: "overridden";
        }>;
        summary: z.ZodString;
        reasons: z.ZodArray<z.ZodString>;
        rules: z.ZodArray<z.ZodObject<{
            suite: z.ZodString;
            rule: z.ZodNumber;
            metric: z.ZodString;
            kind: z.ZodEnum<{
                critical: "critical";
                absolute: "absolute";
                regression: "regression";
            }>;
            slice: z.ZodNullable<z.ZodObject<{
                name: z.ZodString;
                value: z.ZodString;
            }, z.core.$strip>>;
            status: z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                inconclusive: "inconclusive";
                no_baseline: "no_baseline";
                not_gated: "not_gated";
                not_comparable: "not_comparable";
            }>;
            outcome: z.ZodEnum<{
                pass: "pass";
                fail: "fail";
                warn: "warn";
                info: "info";
            }>;
            current: z.ZodNullable<z.ZodNumber>;
            baseline: z.ZodNullable<z.ZodNumber>;
            delta: z.ZodNullable<z.ZodNumber>;
            interval: z.ZodNullable<z.ZodTuple<[z.ZodNumber, z.ZodNumber], null>>;
            n: z.ZodNumber;
            bound: z.ZodString;
            method: z.ZodString;
            pvalue: z.ZodNullable<z.ZodNumber>;
            mde: z.ZodOptional<z.ZodNullable<z.ZodNumber>>;
            sequential: z.ZodOptional<z.ZodObject<{
                look: z.ZodNumber;
                cases: z.ZodNumber;
                capacity: z.ZodNumber;
                z_pass: z.ZodNullable<z.ZodNumber>;
                z_fail: z.ZodNullable<z.ZodNumber>;
                pass_boundary: z.ZodNumber;
                fail_boundary: z.ZodNumber;
                stop: z.ZodEnum<{
                    conclusive: "conclusive";
                    max: "max";
                    open: "open";
                }>;
            }, z.core.$strip>>;
            confidence: z.ZodOptional<z.ZodNumber>;
            explanation: z.ZodString;
        }, z.core.$strip>>;
        critical_failures: z.ZodArray<z.ZodObject<{
            suite: z.ZodString;
            id: z.ZodString;
            repeat: z.ZodNumber;
            line: z.ZodOptional<z.ZodNumber>;
            scorers: z.ZodArray<z.ZodString>;
            error: z.ZodOptional<z.ZodString>;
            expected: z.ZodOptional<z.ZodUnknown>;
            output: z.ZodNullable<z.ZodString>;
        }, z.core.$strip>>;
        comparisons: z.ZodRecord<z.ZodString, z.ZodObject<{
            baseline: z.ZodNullable<z.ZodObject<{
                source: z.ZodString;
                git_sha: z.ZodNullable<z.ZodString>;
                ref: z.ZodNullable<z.ZodString>;
                created_at: z.ZodNullable<z.ZodString>;
                run_url: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strip>>;
            paired: z.ZodNumber;
            added: z.ZodNumber;
            removed: z.ZodNumber;
            changed: z.ZodNumber;
            notes: z.ZodArray<z.ZodString>;
            demoted: z.ZodOptional<z.ZodArray<z.ZodObject<{
                id: z.ZodString;
                baseline: z.ZodEnum<{
                    critical: "critical";
                    high: "high";
                    normal: "normal";
                    low: "low";
                }>;
                current: z.ZodNullable<z.ZodEnum<{
                    critical: "critical";
                    high: "high";
                    normal: "normal";
                    low: "low";
                }>>;
            }, z.core.$strip>>>;
            settings_changed: z.ZodOptional<z.ZodArray<z.ZodString>>;
            dataset_changes: z.ZodOptional<z.ZodObject<{
                added: z.ZodArray<z.ZodString>;
                removed: z.ZodArray<z.ZodString>;
                edited: z.ZodArray<z.ZodString>;
            }, z.core.$strip>>;
        }, z.core.$strip>>;
        override: z.ZodNullable<z.ZodObject<{
            label: z.ZodString;
            actor: z.ZodString;
            permission: z.ZodString;
            applied_at: z.ZodString;
        }, z.core.$strip>>;
        override_notes: z.ZodOptional<z.ZodArray<z.ZodString>>;
        adaptive: z.ZodOptional<z.ZodArray<z.ZodObject<{
            suite: z.ZodString;
            method: z.ZodString;
            max: z.ZodNumber;
            cases: z.ZodNumber;
            looks: z.ZodArray<z.ZodObject<{
                cases: z.ZodNumber;
                open: z.ZodNumber;
            }, z.core.$strip>>;
            stop: z.ZodEnum<{
                dataset: "dataset";
                conclusive: "conclusive";
                max: "max";
                stopped: "stopped";
            }>;
        }, z.core.$strip>>>;
    }, z.core.$strip>>;
    incomplete: z.ZodOptional<z.ZodObject<{
        kind: z.ZodEnum<{
            circuit_breaker: "circuit_breaker";
            interrupted: "interrupted";
            budget: "budget";
            all_failed: "all_failed";
        }>;
        message: z.ZodString;
        done: z.ZodNumber;
        total: z.ZodNumber;
    }, z.core.$strip>>;
    budget: z.ZodOptional<z.ZodObject<{
        limit: z.ZodNullable<z.ZodObject<{
            usd: z.ZodNullable<z.ZodNumber>;
            calls: z.ZodNullable<z.ZodNumber>;
        }, z.core.$strip>>;
        estimate: z.ZodObject<{
            usd: z.ZodNullable<z.ZodNumber>;
            calls: z.ZodNumber;
            cached: z.ZodNumber;
            unpriced: z.ZodNumber;
            adaptive_cases: z.ZodNumber;
        }, z.core.$strip>;
        actual: z.ZodObject<{
            usd: z.ZodNumber;
            calls: z.ZodNumber;
            cached: z.ZodNumber;
        }, z.core.$strip>;
        forced: z.ZodBoolean;
    }, z.core.$strip>>;
}, z.core.$strip>;
export type Run = z.infer<typeof Run>;
