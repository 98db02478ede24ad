import type { Command } from './args.js';
import type { Io } from './io.js';
/** Re-decides from two existing runs, without calling a model. */
export declare function compareCommand(cmd: Extract<Command, {
    command: 'compare';
}>, io: Io): number;
