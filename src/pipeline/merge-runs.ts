import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import type { CaseRecord, Incomplete, Manifest, Run, SuiteManifest } from '../results/run-schema.js';

export interface ShardFile {
  file: string;
  run: Run;
}

/**
 * Combines shard runs of one configuration into one: the same config, tier and per-suite
 * definitions, no case recorded twice. What the shards disagree on is an input error naming
 * the file, never a silent mix.
 */
export function mergeRuns(
  shards: readonly ShardFile[],
): Result<{ manifest: Manifest; records: CaseRecord[]; incomplete?: Incomplete }> {
  const [first, ...rest] = shards;
  if (!first) return fail({ file: '(arguments)', message: 'evalgate merge needs at least one run.json' });
  const issues: Issue[] = [];
  const suites = new Map<string, SuiteManifest>(first.run.manifest.suites.map((s) => [s.id, { ...s }]));
  for (const { file, run } of rest) {
    const m = run.manifest;
    if (m.config.hash !== first.run.manifest.config.hash)
      issues.push({
        file,
        path: 'manifest.config.hash',
        message: `ran another config than ${first.file} (${m.config.hash} vs ${first.run.manifest.config.hash})`,
      });
    if (m.tier !== first.run.manifest.tier)
      issues.push({
        file,
        path: 'manifest.tier',
        message: `ran tier "${m.tier}", ${first.file} ran "${first.run.manifest.tier}"`,
      });
    for (const s of m.suites) {
      const known = suites.get(s.id);
      if (!known) {
        suites.set(s.id, { ...s });
        continue;
      }
      for (const key of ['dataset_hash', 'prompt_hash', 'model'] as const) {
        if (known[key] !== s[key])
          issues.push({
            file,
            path: `manifest.suites.${s.id}.${key}`,
            message: `differs from ${first.file} (${s[key]} vs ${known[key]})`,
          });
      }
      known.cases += s.cases;
      // each shard checked its own cases for contamination
      if (known.contamination && s.contamination)
        known.contamination = {
          ...known.contamination,
          cases: known.contamination.cases + s.contamination.cases,
          flagged: known.contamination.flagged + s.contamination.flagged,
        };
    }
  }
  const seen = new Map<string, string>();
  const records: CaseRecord[] = [];
  for (const { file, run } of shards) {
    for (const r of run.cases) {
      const key = `${r.suite}\u0000${r.id}\u0000${r.repeat}`;
      const other = seen.get(key);
      if (other !== undefined) {
        issues.push({
          file,
          message: `case "${r.id}" repeat ${r.repeat} of suite "${r.suite}" is also in ${other}; shards must not overlap`,
        });
        continue;
      }
      seen.set(key, file);
      records.push(r);
    }
  }
  if (issues.length) return fail(...issues.slice(0, 20));
  const times = shards.map((s) => s.run.manifest);
  return ok({
    manifest: {
      ...first.run.manifest,
      shard: null,
      suites: [...suites.values()],
      started_at: times.map((m) => m.started_at).sort()[0]!,
      ended_at: times
        .map((m) => m.ended_at)
        .sort()
        .at(-1)!,
    },
    records,
    ...mergedIncompleteness(shards),
  });
}

/** A shard that did not finish leaves the merged run unfinished: counts add up, each stopped shard says why. */
function mergedIncompleteness(shards: readonly ShardFile[]): { incomplete?: Incomplete } {
  const stopped = shards.filter((s) => s.run.incomplete);
  if (!stopped.length) return {};
  const count = (s: ShardFile, key: 'done' | 'total') => s.run.incomplete?.[key] ?? s.run.cases.length;
  return {
    incomplete: {
      kind: stopped[0]!.run.incomplete!.kind,
      message: stopped.map((s) => `${s.file}: ${s.run.incomplete!.message}`).join('; '),
      done: shards.reduce((n, s) => n + count(s, 'done'), 0),
      total: shards.reduce((n, s) => n + count(s, 'total'), 0),
    },
  };
}
