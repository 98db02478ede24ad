import type { LoadedConfig } from '../config/load.js';
import { InfrastructureError, InputError } from '../core/result.js';
import { createProvider } from '../providers/registry.js';
import type { Provider } from '../providers/provider.js';
import { executeSuite } from '../runner/execute.js';
import type { CaseRecord, Comparison, Manifest, Run } from '../run/run-schema.js';
import { VERSION } from '../version.js';
import type { OverrideDecision } from '../gate/decide.js';
import { finalizeRun } from './finalize.js';
import { planSuites, type PlanOptions } from './plan-suites.js';

export interface RunGateInput extends Omit<PlanOptions, 'tier'> {
  tier: string;
  loaded: LoadedConfig;
  baseline: Run | null;
  baselineInfo: Comparison['baseline'];
  concurrency?: number;
  git?: Manifest['git'];
  event?: string | null;
  pr?: number | null;
  override?: OverrideDecision;
  onProgress?: (done: number, total: number, record: CaseRecord) => void;
}

/**
 * plan → execute → score → aggregate → compare → decide. Input problems throw InputError
 * before any model call; a run in which every call failed throws InfrastructureError with
 * the partial run attached so the caller can still write it.
 */
export async function runGate(input: RunGateInput): Promise<Run> {
  const planned = await planSuites(input.loaded, input);
  if (!planned.ok) throw new InputError(planned.issues);
  const providers = new Map<string, Provider>();
  for (const suite of planned.value) {
    const name = suite.config.provider;
    if (providers.has(name)) continue;
    const provider = createProvider(name, input.loaded.config.providers[name]!, input.loaded.dir);
    if (!provider.ok) throw new InputError(provider.issues);
    providers.set(name, provider.value);
  }

  const startedAt = new Date().toISOString();
  const total = planned.value.reduce((n, s) => n + s.cases.length * (input.repeats ?? s.config.repeats), 0);
  let done = 0;
  const records: CaseRecord[] = [];
  try {
    for (const suite of planned.value) {
      const provider = providers.get(suite.config.provider)!;
      records.push(
        ...(await executeSuite(
          { suite: suite.config.id, cases: suite.cases, repeats: input.repeats ?? suite.config.repeats, prompt: suite.prompt, provider, scorers: suite.scorers },
          { concurrency: input.concurrency, onRecord: (r) => input.onProgress?.(++done, total, r) },
        )),
      );
    }
  } finally {
    await Promise.all([...providers.values()].map((p) => p.close?.()));
  }

  const manifest: Manifest = {
    tool: { name: 'evalgate', version: VERSION },
    config: { file: input.loaded.file, hash: input.loaded.hash },
    git: input.git ?? { sha: null, ref: null },
    event: input.event ?? null,
    pr: input.pr ?? null,
    tier: input.tier,
    shard: input.shard ? `${input.shard.index}/${input.shard.count}` : null,
    suites: planned.value.map((s) => ({ ...s.manifest, model: providers.get(s.config.provider)!.model })),
    started_at: startedAt,
    ended_at: new Date().toISOString(),
  };
  const run = finalizeRun({
    loaded: input.loaded,
    manifest,
    records,
    baseline: input.baseline,
    baselineInfo: input.baselineInfo,
    datasetIds: new Map(planned.value.map((s) => [s.config.id, s.allIds])),
    override: input.override,
  });
  if (records.length > 0 && records.every((r) => r.error?.kind === 'infrastructure')) {
    throw Object.assign(new InfrastructureError(`every model call failed; first error: ${records[0]!.error!.message}`), { run });
  }
  return run;
}
