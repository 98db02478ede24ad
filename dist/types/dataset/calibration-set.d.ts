import { z } from 'zod';
import type { JudgePreset } from '../scorers/llm-judge-presets.js';
import type { EvalCase } from './case.js';
/**
 * One case of a preset judge's bundled calibration set (fixtures/calibration/<preset>.jsonl):
 * the input, the fields the preset reads, a response and its pass/fail label with a one-line
 * reason. Constructed and labelled by the evalgate maintainers by construction; not
 * crowd-sourced human ratings (docs/metrics.md, "Preset judges").
 */
export declare const CalibrationCase: z.ZodObject<{
    id: z.ZodString;
    input: z.ZodString;
    vars: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    expected: z.ZodOptional<z.ZodString>;
    output: z.ZodString;
    label: z.ZodEnum<{
        pass: "pass";
        fail: "fail";
    }>;
    why: z.ZodString;
}, z.core.$strict>;
export type CalibrationCase = z.output<typeof CalibrationCase>;
/** The bundled set of a preset, as labelled cases of scorer `scorerId`; a broken bundled file is a bug, so it throws. */
export declare function loadCalibrationSet(preset: JudgePreset, scorerId: string): {
    file: string;
    cases: {
        c: EvalCase;
        human: number;
        input: string;
        why: string;
    }[];
};
