import { z } from 'zod';
import { ScorerConfig } from '../config/schema.js';

/** One dataset line, as users write it. */
export const DatasetLine = z.strictObject({
  id: z
    .union([z.string().min(1), z.number()])
    .transform(String)
    .optional(),
  vars: z.record(z.string(), z.unknown()).default({}),
  expected: z.unknown().optional(),
  tags: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]).transform(String)).default({}),
  severity: z.enum(['critical', 'high', 'normal', 'low']).default('normal'),
  /** Human labels per scorer id, for judge calibration. */
  human: z.record(z.string(), z.unknown()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  /** The answer that failed in production, for a case `evalgate add-case` made from an incident (docs/governance.md); kept for the record, never scored. */
  incident_output: z.string().optional(),
  /** Scorers for this case only (the gate YAML's scorer syntax); their ids are the suite's case_scorers. */
  assert: z.array(ScorerConfig).min(1).optional(),
});

/** A loaded case: its id is always set and its fingerprint says whether its content changed. */
export interface EvalCase extends Omit<z.output<typeof DatasetLine>, 'id'> {
  id: string;
  /** 1-based line in the dataset file. */
  line: number;
  /** Hash of vars, expected, tags and human labels: a baseline case pairs only when this (and its severity) is unchanged. */
  fingerprint: string;
  /** Set by a suite's contamination check before the run (docs/governance.md), and copied to its records. */
  contamination?: { overlap: number; flagged: boolean };
}

export { templateContext } from './template-context.js';
