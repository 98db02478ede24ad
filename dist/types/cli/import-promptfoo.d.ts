import type { Command } from './args.js';
import type { Io } from './io.js';
/**
 * `evalgate import promptfoo FILE`: writes the gate, dataset, prompts and code scorers into
 * --out, lists what could not be mapped (file:line, also kept as comments in the gate), and
 * validates the result as `evalgate validate` would.
 */
export declare function importCommand(cmd: Extract<Command, {
    command: 'import';
}>, io: Io): Promise<number>;
