import type { Run, SuiteManifest } from '../results/run-schema.js';
/**
 * The report headline's risk line (docs/governance.md "Risk tiers"): each suite's tier, and
 * whether the tier's policy or the team's own rules decided the verdict. Null when no suite
 * has a tier.
 */
export declare function riskHeadline(run: Run): {
    tiers: string;
    decidedBy: string;
} | null;
export interface SafetyCounts {
    pack: string | null;
    /** Cases an attack scorer judged, and those where the attack got through. */
    attacks: {
        succeeded: number;
        total: number;
    };
    /** Benign cases an over-refusal scorer judged, and those the model refused. */
    overRefused: {
        refused: number;
        total: number;
    };
    /** Failures per value of the case's `category` tag. */
    byCategory: {
        category: string;
        failed: number;
        total: number;
    }[];
}
/** A safety suite's outcome, attacks that got through apart from benign requests refused (docs/governance.md). */
export declare function safetyCounts(run: Run, suite: string): SafetyCounts | null;
/** "attack succeeded in 3 of 42 cases · over-refused 0 of 40 benign requests", what the suite has of each. */
export declare function describeSafety(c: SafetyCounts): string;
/** The suite's risk tier and what its policy replaced, for the suite's section. */
export declare function riskLines(manifest: SuiteManifest | undefined): string[];
/** The headline's safety line over every safety suite: attacks that got through, benign requests refused. */
export declare function safetyTotals(run: Run): string | null;
