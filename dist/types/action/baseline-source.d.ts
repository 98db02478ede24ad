import type { LoadedConfig } from '../config/load.js';
import type { ActionNote } from '../report/action-notes.js';
import type { Comparison, Run } from '../results/run-schema.js';
import type { GateEvent } from './event.js';
import type { Shell, Target } from './evaluation.js';
export interface BaselineChoice {
    run: Run | null;
    info: Comparison['baseline'];
    notes: ActionNote[];
}
/** The `baseline` input's file, else the newest trusted run of the base branch; the notes say what happened. */
export declare function chooseBaseline({ settings, gh, log }: Shell, loaded: LoadedConfig, event: GateEvent, target: Target, scratch: () => string): Promise<BaselineChoice>;
