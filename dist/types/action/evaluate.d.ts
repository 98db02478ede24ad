import { type Evaluation, type Log, type Shell } from './evaluation.js';
import type { Settings } from './settings.js';
/**
 * One invocation of the action, from the event to a decided Run: what to run, the baseline,
 * the override, and the evaluation (or a re-decision from the same commit's results). The
 * check run is started here so the PR shows progress; `publish` reports the result. Never
 * throws for a gate problem: a failure becomes a Run with verdict `error`.
 */
export declare function evaluate(settings: Settings, gh: Shell['gh'], log: Log): Promise<Evaluation>;
