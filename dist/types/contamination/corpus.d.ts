import type { Result } from '../core/result.js';
import type { OverlapIndex } from './overlap.js';
export interface CorpusFile {
    /** Where to read it. */
    path: string;
    /** How messages and results name it. */
    display: string;
}
/** What was read of one corpus file. */
export interface CorpusStats {
    file: string;
    lines: number;
    bytes: number;
}
/** Feeds every file to the index; the first unreadable file or malformed JSONL line is the issue. */
export declare function scanCorpus(index: OverlapIndex, files: readonly CorpusFile[]): Promise<Result<CorpusStats[]>>;
/** The text of one fine-tuning record, in the order a model would read it. */
export declare function documentText(value: unknown): string[];
