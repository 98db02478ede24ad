export declare const JUDGE_PRESETS: readonly ["faithfulness", "answer-relevance", "context-recall", "factuality", "closed-qa", "refusal"];
export type JudgePreset = (typeof JUDGE_PRESETS)[number];
interface Preset {
    rubric: string;
    /** Template of the reference material the judge sees; the case fields it names must exist. */
    reference?: string;
}
export declare const PRESETS: Record<JudgePreset, Preset>;
/** The rubric and reference a judge uses: its own, else its preset's (`validate` has made sure one exists). */
export declare function judgeRubric(config: {
    rubric?: string;
    reference?: string;
    preset?: JudgePreset;
}): {
    rubric: string;
    reference?: string;
};
export {};
