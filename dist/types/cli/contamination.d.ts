import type { Command } from './args.js';
import type { Io } from './io.js';
/**
 * Each selected suite's cases against the corpus (`--corpus`, else the suite's
 * `contamination.corpus`) and the suite's prompt file. Exit 1 when a case is flagged, so a
 * workflow step can stop on it; 2 for bad input (docs/governance.md).
 */
export declare function contaminationCommand(cmd: Extract<Command, {
    command: 'contamination';
}>, io: Io): Promise<number>;
