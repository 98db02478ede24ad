import type { Io } from './commands.js';
/**
 * argv → command → exit code. Bad input exits 2 with one message, infrastructure failures 3.
 * Commands load on demand so that `validate` and `schema` start fast.
 */
export declare function main(argv: readonly string[], io: Io): Promise<number>;
