import type { Command } from './args.js';
import type { Io } from './io.js';
/**
 * `evalgate redteam`: seeded variants of a suite's cases into a new JSONL dataset beside the
 * suite's (docs/governance.md, "Red-team variants"), for the team to review and commit; an
 * existing file is replaced only with --force.
 */
export declare function redteamCommand(cmd: Extract<Command, {
    command: 'redteam';
}>, io: Io): number;
