import type { Log } from './evaluation.js';
import { type ActionResult } from './publish.js';
import type { Settings } from './settings.js';
/** evaluate (event → plan → baseline → evaluate or re-decide) → publish. Never throws for a gate problem: the verdict says it. */
export declare function runAction(settings: Settings, log: Log): Promise<ActionResult>;
