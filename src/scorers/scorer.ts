import type { EvalCase } from '../dataset/case.js';
import type { ScoreRecord } from '../run/run-schema.js';

export interface ScoreInput {
  case: EvalCase;
  output: string;
  toolCalls?: unknown[];
}

/** A case-level scorer: `(case, output) → score in [0, 1]` with a pass/fail where it has one. */
export interface Scorer {
  readonly id: string;
  readonly type: string;
  /** Whether a failure of this scorer on a `severity: critical` case is a critical failure. */
  readonly critical: boolean;
  score(input: ScoreInput): ScoreRecord;
}

export const binary = (pass: boolean, detail?: string): ScoreRecord => ({ value: pass ? 1 : 0, pass, ...(detail ? { detail } : {}) });
