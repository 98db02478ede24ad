import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { installedPath } from '../core/installed-path.js';
import { stripBom } from '../core/strip-bom.js';
import type { JudgePreset } from '../scorers/llm-judge-presets.js';
import type { EvalCase } from './case.js';

/**
 * One case of a preset judge's bundled calibration set (fixtures/calibration/<preset>.jsonl):
 * the input, the fields the preset reads, a response and its pass/fail label with a one-line
 * reason. Constructed and labelled by the evalgate maintainers by construction; not
 * crowd-sourced human ratings (docs/metrics.md, "Preset judges").
 */
export const CalibrationCase = z.strictObject({
  id: z.string().min(1),
  input: z.string().min(1),
  vars: z.record(z.string(), z.string()).default({}),
  expected: z.string().optional(),
  output: z.string(),
  label: z.enum(['pass', 'fail']),
  why: z.string().min(1),
});
export type CalibrationCase = z.output<typeof CalibrationCase>;

/** The bundled set of a preset, as labelled cases of scorer `scorerId`; a broken bundled file is a bug, so it throws. */
export function loadCalibrationSet(
  preset: JudgePreset,
  scorerId: string,
): { file: string; cases: { c: EvalCase; human: number; input: string; why: string }[] } {
  const { file, rows } = bundledRows(preset);
  const cases = rows.map(({ row, line }) => {
    const c: EvalCase = {
      id: row.id,
      line,
      vars: { input: row.input, ...row.vars },
      ...(row.expected !== undefined ? { expected: row.expected } : {}),
      tags: {},
      severity: 'normal',
      human: { [scorerId]: row.label, output: row.output },
      fingerprint: '',
    };
    return { c, human: row.label === 'pass' ? 1 : 0, input: row.input, why: row.why };
  });
  return { file, cases };
}

/** Each preset's file is read once per process: a run's budget estimate and its judging both need it. */
const bundled = new Map<JudgePreset, { file: string; rows: { row: CalibrationCase; line: number }[] }>();

function bundledRows(preset: JudgePreset) {
  let set = bundled.get(preset);
  if (!set) {
    const file = installedPath(`fixtures/calibration/${preset}.jsonl`, 'the bundled calibration sets');
    const rows = stripBom(readFileSync(file, 'utf8'))
      .split(/\r?\n/)
      .flatMap((raw, i) => (raw.trim() ? [{ row: CalibrationCase.parse(JSON.parse(raw)), line: i + 1 }] : []));
    bundled.set(preset, (set = { file, rows }));
  }
  return set;
}
