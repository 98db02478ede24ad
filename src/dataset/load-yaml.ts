import type { Result } from '../core/result.js';
import { parseYaml } from '../config/yaml-document.js';
import type { EvalCase } from './case.js';
import { CaseBuilder, type DatasetLimits } from './case-builder.js';

/** YAML: a list of cases (or `cases:` holding one), each located by its line. */
export function parseYamlDataset(text: string, file: string, limits?: DatasetLimits): Result<EvalCase[]> {
  const parsed = parseYaml(text, file);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed.value;
  const wrapped = value && typeof value === 'object' && !Array.isArray(value) && 'cases' in value;
  const list = wrapped ? (value as { cases: unknown }).cases : value;
  const builder = new CaseBuilder(file, limits);
  if (!Array.isArray(list)) {
    builder.problem(1, 'expected a list of cases (or a mapping with a `cases:` list)');
    return builder.result();
  }
  for (const [i, raw] of list.entries()) {
    if (builder.full) break;
    builder.add(raw, locate(wrapped ? ['cases', i] : [i]).line);
  }
  return builder.result();
}
