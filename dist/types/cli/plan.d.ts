import type { Command } from './args.js';
import type { Io } from './io.js';
/**
 * Per suite and tier: how many cases run, and what each pass-rate regression rule can see —
 * the smallest true drop it fails 80% of the time, and the cases needed to fail a drop of
 * twice the margin. Slice counts and sizes come from the dataset; rates from a baseline run when one is given.
 */
export declare function planCommand(cmd: Extract<Command, {
    command: 'plan';
}>, io: Io): Promise<number>;
