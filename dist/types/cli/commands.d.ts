import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
export type { Io } from './io.js';
import type { Io } from './io.js';
export declare function runCommand(cmd: Extract<Command, {
    command: 'run';
}>, io: Io): Promise<number>;
export declare function finish(run: Run, out: string, quiet: boolean, io: Io, junit?: string, baseline?: Run | null): number;
