import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';
/** The PR and commit this run reports on. A workflow_run reports on nothing: it does not start an evaluation. */
export declare function resolveTarget({ log }: Shell, event: GateEvent): Target | null;
