import type { Command } from './args.js';
import type { Io } from './io.js';
import { type JudgeAgreement } from '../scorers/llm-judge-agreement.js';
type CalibrateCommand = Extract<Command, {
    command: 'calibrate';
}>;
export interface CalibrationReport {
    suite: string;
    scorer: string;
    scale: string;
    judges: string[];
    /** `--preset`: the bundled calibration set judged instead of the suite's labelled cases. */
    set?: {
        preset: string;
        file: string;
    };
    agreement: JudgeAgreement;
    /** Per labelled case: what the human and the judge said. */
    cases: {
        id: string;
        line: number;
        human: number;
        judge: number;
        reason: string | undefined;
        source: 'label' | 'run' | 'provider';
        /** Why a bundled case has its label. */
        why?: string;
    }[];
    /** Labelled cases that could not be judged, and why. */
    skipped: {
        id: string;
        reason: string;
    }[];
    /** `judge.<scorer>.agreement` rules of the suite and whether the measured α meets them. */
    rules: {
        min: number;
        met: boolean;
    }[];
}
/**
 * `evalgate calibrate --config F --scorer ID`: judges the human-labelled cases of every
 * suite that has this llm-judge scorer and reports judge–human agreement. The output a
 * human rated is the case's `human.output`, else that case's output in `--run`, else what
 * the suite's provider answers now (cached, so the same as the run's for a deterministic
 * model). With `--preset NAME` it judges that preset's bundled calibration set instead
 * (docs/metrics.md, "Preset judges"). Exit 0; 1 when a suite's `judge.<id>.agreement` rule
 * is not met.
 */
export declare function calibrateCommand(cmd: CalibrateCommand, io: Io): Promise<number>;
export declare function formatReport(r: CalibrationReport): string;
export {};
