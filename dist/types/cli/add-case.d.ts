import type { Command } from './args.js';
import type { Io } from './io.js';
/**
 * `evalgate add-case`: a production trace becomes a regression case at the end of a suite's
 * dataset (docs/governance.md, "Incidents become regression cases"). Every check runs before
 * the file is touched, and the new file is read back with the dataset loader before it
 * replaces the old one, so a refused or failed append leaves the dataset byte-identical.
 */
export declare function addCaseCommand(cmd: Extract<Command, {
    command: 'add-case';
}>, io: Io): number;
