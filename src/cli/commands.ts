import { resolve } from 'node:path';
import { z } from 'zod';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { GateConfig } from '../config/schema.js';
import { InputError, type Result } from '../core/result.js';
import { describeBaseline, finalizeRun } from '../pipeline/finalize.js';
import { planSuites } from '../pipeline/plan-suites.js';
import { runGate } from '../pipeline/run-gate.js';
import { renderMarkdown } from '../report/markdown.js';
import { readRunFile, writeResults } from '../run/run-file.js';
import type { Run } from '../run/run-schema.js';
import type { Command } from './args.js';
import { exitCodeFor, verdictSummary } from './verdict-summary.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new InputError(result.issues);
  return result.value;
};

export function loadOrThrow(file: string): LoadedConfig {
  return unwrap(loadConfig(file));
}

export async function runCommand(cmd: Extract<Command, { command: 'run' }>, io: Io): Promise<number> {
  const loaded = loadOrThrow(cmd.config);
  const baseline = cmd.baseline && cmd.baseline !== 'none' ? unwrap(readRunFile(cmd.baseline)) : null;
  const run = await runGate({
    loaded,
    tier: cmd.tier,
    suites: cmd.suites,
    shard: cmd.shard,
    repeats: cmd.repeats,
    concurrency: cmd.concurrency,
    baseline,
    baselineInfo: baseline && cmd.baseline ? describeBaseline(baseline, `file ${cmd.baseline}`) : null,
  });
  return finish(run, cmd.out, cmd.quiet, io);
}

export function compareCommand(cmd: Extract<Command, { command: 'compare' }>, io: Io): number {
  const loaded = loadOrThrow(cmd.config);
  const current = unwrap(readRunFile(cmd.current));
  const baseline = unwrap(readRunFile(cmd.baseline));
  const missing = current.manifest.suites.filter((s) => !loaded.suites.some((c) => c.id === s.id));
  if (missing.length) throw new InputError([{ file: cmd.current, message: `suites not in ${cmd.config}: ${missing.map((s) => s.id).join(', ')}` }]);
  const run = finalizeRun({ loaded, manifest: current.manifest, records: current.cases, baseline, baselineInfo: describeBaseline(baseline, `file ${cmd.baseline}`) });
  return finish(run, cmd.out, cmd.quiet, io);
}

export function validateCommand(cmd: Extract<Command, { command: 'validate' }>, io: Io): number {
  const loaded = loadOrThrow(cmd.config);
  const tiers = [...new Set(loaded.suites.flatMap((s) => Object.keys(s.tiers)))];
  const lines: string[] = [];
  for (const tier of tiers) {
    const planned = unwrap(planSuites(loaded, { tier, suites: loaded.suites.filter((s) => s.tiers[tier]).map((s) => s.id) }));
    lines.push(`  tier ${tier}: ${planned.map((p) => `${p.config.id} (${p.cases.length} cases × ${p.config.repeats})`).join(', ')}`);
  }
  io.out(`${cmd.config}: valid — ${loaded.suites.length} suite${loaded.suites.length === 1 ? '' : 's'}\n${lines.join('\n')}\n`);
  return 0;
}

export function schemaCommand(io: Io): number {
  const schema = z.toJSONSchema(GateConfig, { io: 'input', unrepresentable: 'any' });
  io.out(`${JSON.stringify({ $id: 'https://github.com/evalgate/evalgate/gate.schema.json', title: 'evalgate gate config', ...schema }, null, 2)}\n`);
  return 0;
}

export function finish(run: Run, out: string, quiet: boolean, io: Io): number {
  const files = writeResults(resolve(out), run, renderMarkdown(run));
  if (!quiet) io.out(`${verdictSummary(run, files)}\n`);
  return exitCodeFor(run);
}
