import type { Command } from './args.js';
import type { Io } from './io.js';
export declare function validateCommand(cmd: Extract<Command, {
    command: 'validate';
}>, io: Io): Promise<number>;
export declare function schemaCommand(io: Io): number;
