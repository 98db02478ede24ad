import type { LoadedConfig } from '../config/load.js';
import type { PlannedSuite } from '../pipeline/plan-suites.js';
import type { Run } from '../results/run-schema.js';

/**
 * Why an earlier run's records cannot stand for this one, or null when they can: the same
 * commit, config, tier and suites, and the same dataset and prompt content per suite.
 */
export function reuseProblem(
  previous: Run,
  planned: readonly PlannedSuite[],
  loaded: LoadedConfig,
  tier: string,
  headSha: string,
): string | null {
  const m = previous.manifest;
  if (m.git.sha !== headSha) return `it evaluated commit ${m.git.sha?.slice(0, 7) ?? 'unknown'}`;
  if (m.config.hash !== loaded.hash) return 'the gate config changed since';
  if (m.tier !== tier) return `it ran tier ${m.tier}, not ${tier}`;
  if (m.shard) return `it was shard ${m.shard}`;
  if (!previous.decision || previous.decision.verdict === 'error' || previous.decision.verdict === 'skipped')
    return `its verdict was ${previous.decision?.verdict ?? 'missing'}`;
  const ids = (xs: readonly { id: string }[]) =>
    xs
      .map((x) => x.id)
      .sort()
      .join(',');
  if (ids(m.suites) !== ids(planned.map((p) => p.manifest)))
    return `it ran suites ${m.suites.map((s) => s.id).join(', ')}`;
  for (const p of planned) {
    const before = m.suites.find((s) => s.id === p.manifest.id)!;
    if (before.dataset_hash !== p.manifest.dataset_hash || before.prompt_hash !== p.manifest.prompt_hash)
      return `the dataset or prompt of ${p.manifest.id} differs`;
    if (before.cases !== p.manifest.cases || before.repeats !== p.manifest.repeats)
      return `${p.manifest.id} ran ${before.cases} cases × ${before.repeats}`;
  }
  return null;
}
