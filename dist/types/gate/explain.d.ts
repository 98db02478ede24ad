import { type MetricRef } from '../config/metric-name.js';
import type { RuleConfig } from '../config/schema.js';
import type { RuleOutcome } from '../results/run-schema.js';
import type { RegressionEvidence } from './regression-test.js';
interface ExplainInput {
    ref: MetricRef;
    rule: RuleConfig;
    slice: RuleOutcome['slice'];
    status: 'pass' | 'fail' | 'inconclusive';
    evidence?: RegressionEvidence;
    /** `perCase`: n counts cases, each combining its repeats by `aggregate`. */
    absolute?: {
        value: number;
        n: number;
        interval: [number, number] | null | undefined;
        perCase?: {
            repeats: number;
            aggregate: string;
        };
    };
    correction: {
        method: string;
        tests: number;
    } | null;
}
/** One sentence a product manager can read, with the estimate, its interval, n and the margin. */
export declare function explain(input: ExplainInput): string;
export {};
