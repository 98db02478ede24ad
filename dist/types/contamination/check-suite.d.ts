import type { Result } from '../core/result.js';
import type { EvalCase } from '../dataset/case.js';
import type { ContaminationManifest } from '../results/run-schema.js';
import { type CorpusFile, type CorpusStats } from './corpus.js';
import { type CaseOverlap, type OverlapSettings } from './overlap.js';
export interface SuiteCheckInput {
    cases: readonly EvalCase[];
    /** The suite's prompt file: a corpus document, and where an expected answer must not be. */
    prompt: {
        display: string;
        text: string;
    };
    corpus: readonly CorpusFile[];
    settings: OverlapSettings;
}
export interface SuiteCheck {
    results: CaseOverlap[];
    /** The prompt's lines, then each corpus file's. */
    read: CorpusStats[];
    manifest: ContaminationManifest;
}
export declare function checkSuite(input: SuiteCheckInput): Promise<Result<SuiteCheck>>;
