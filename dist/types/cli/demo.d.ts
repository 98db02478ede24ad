import type { Io } from './commands.js';
/** The bundled fixtures, found from wherever this module was bundled to. */
export declare function demoRoot(): string;
/**
 * Gates two candidate prompt changes against the bundled baseline run of main, offline, with
 * recorded outputs: one passes, one fails. Exits 0 when both verdicts are the expected ones.
 */
export declare function demoCommand(out: string, io: Io, example?: string): Promise<number>;
