import { type Log } from './gate-job.js';
import { type ActionResult } from './publish.js';
import type { Settings } from './settings.js';
/** event → plan → baseline → evaluate (or re-decide) → report. Never throws for a gate problem: the verdict says it. */
export declare function runAction(settings: Settings, log: Log): Promise<ActionResult>;
