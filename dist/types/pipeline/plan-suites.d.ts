import type { LoadedConfig, LoadedSuite } from '../config/load.js';
import type { Result } from '../core/result.js';
import { type EvalCase } from '../dataset/case.js';
import { type Sample, type Strata } from '../dataset/sample.js';
import { type PromptTemplate } from '../prompt/messages.js';
import type { Scorer } from '../scorers/scorer.js';
import type { ModelAccess } from '../runner/session.js';
import type { Severity, SuiteManifest } from '../results/run-schema.js';
export interface PlannedSuite {
    config: LoadedSuite;
    /** Every case in the dataset with its severity (for "removed" and "demoted since the baseline"). */
    allIds: Map<string, Severity>;
    /** The cases this tier and shard run. */
    cases: EvalCase[];
    /** An adaptive tier (README "Adaptive tiers"): the rest of the dataset in the tier's seeded order, and how far it may grow. */
    adaptive?: {
        remaining: EvalCase[];
        max: number;
        batch: number;
    };
    prompt: PromptTemplate;
    scorers: Scorer[];
    /** Each case's own scorers (its `assert:` list), by case id. */
    caseScorers: Map<string, Scorer[]>;
    manifest: Omit<SuiteManifest, 'model'>;
}
export interface PlanOptions {
    /** `null` plans every case of every suite (what `validate` checks). */
    tier: string | null;
    suites?: readonly string[];
    shard?: {
        index: number;
        count: number;
    };
    repeats?: number;
    /** How model-graded scorers (llm-judge) reach their providers during the run. */
    models?: ModelAccess;
}
/** Loads each selected suite's dataset, prompt and scorers and checks that every case renders, before any model call. */
export declare function planSuites(loaded: LoadedConfig, options: PlanOptions): Promise<Result<PlannedSuite[]>>;
/** What a stratified sample keeps for a suite: its slice tags, each with the largest `min_n` of its per-slice rules (20 when none). */
export declare function strataOf(suite: Pick<LoadedSuite, 'slices' | 'rules'>): Strata;
/** The cases a tier of a suite runs (README "Tiers"): its stratified, seeded sample of the dataset. */
export declare function tierCases(suite: Pick<LoadedSuite, 'id' | 'slices' | 'rules'>, cases: readonly EvalCase[], tier: {
    sample?: Sample;
    seed: string | number;
}): EvalCase[];
/** Every placeholder a case of suite `s` must fill, in its prompt and its scorers' templates, with where it is (for messages). */
export declare function templateUses(loaded: LoadedConfig, s: number, prompt: PromptTemplate): {
    name: string;
    where: string;
}[];
