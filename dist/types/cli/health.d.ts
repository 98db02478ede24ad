import type { Command } from './args.js';
import type { Io } from './io.js';
/** Reads past runs (a folder, or the last N results artifacts) and prints their gate health. */
export declare function healthCommand(cmd: Extract<Command, {
    command: 'health';
}>, io: Io): Promise<number>;
