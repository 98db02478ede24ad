import type { Command } from './args.js';
import type { Io } from './io.js';
/** Shards → one run. With --config it is decided like any run; without, it is merged only. */
export declare function mergeCommand(cmd: Extract<Command, {
    command: 'merge';
}>, io: Io): number;
