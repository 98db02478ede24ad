import { resolve } from 'node:path';
import { aggregateSuite } from '../aggregate/aggregate.js';
import { mergeRuns } from '../pipeline/merge-runs.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { finalizeRun } from '../pipeline/finalize.js';
import { readRunFile, writeResults } from '../results/run-file.js';
import { RUN_SCHEMA, type Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import { finish } from './commands.js';
import type { Io } from './io.js';
import { loadOrThrow, unwrap } from './load-or-throw.js';

/** Shards → one run. With --config it is decided like any run; without, it is merged only. */
export function mergeCommand(cmd: Extract<Command, { command: 'merge' }>, io: Io): number {
  const shards = cmd.shards.map((file) => ({ file, run: unwrap(readRunFile(file)) }));
  const merged = unwrap(mergeRuns(shards));
  if (cmd.config) {
    const loaded = loadOrThrow(cmd.config);
    const baseline = cmd.baseline ? unwrap(readRunFile(cmd.baseline)) : null;
    const run = finalizeRun({
      loaded,
      manifest: merged.manifest,
      records: merged.records,
      baseline,
      baselineInfo: baseline && cmd.baseline ? describeBaseline(baseline, `file ${cmd.baseline}`) : null,
      incomplete: merged.incomplete,
    });
    return finish(run, cmd.out, cmd.quiet, io);
  }
  // without the config the rules are unknown: aggregate from what the shards recorded, decide nothing
  const run: Run = {
    schema: RUN_SCHEMA,
    manifest: merged.manifest,
    cases: merged.records,
    aggregates: merged.manifest.suites.map((s) => {
      const fromShard = shards.flatMap((x) => x.run.aggregates).find((a) => a.suite === s.id);
      const scorers = Object.keys(merged.records.find((r) => r.suite === s.id && !r.error)?.scores ?? {}).map((id) => ({
        id,
        critical: true,
      }));
      const slices = [...new Set(fromShard?.slices.map((x) => x.slice) ?? [])];
      return aggregateSuite(
        { suite: s.id, scorers, slices },
        merged.records.filter((r) => r.suite === s.id),
      );
    }),
    decision: null,
    ...(merged.incomplete ? { incomplete: merged.incomplete } : {}),
  };
  const files = writeResults(
    resolve(cmd.out),
    run,
    `# evalgate: ${shards.length} shards merged\n\n${merged.records.length} records. Decide with \`evalgate compare ${resolve(cmd.out, 'run.json')} BASELINE.json --config FILE\`.\n`,
  );
  // Suite metrics need the scorers' definitions (docs/metrics.md, "Suite metrics"), which only the config has.
  const unrecomputed = suiteMetricsOfShards(shards.map((s) => s.run));
  if (!cmd.quiet)
    io.out(
      `evalgate: merged ${shards.length} shards (${merged.records.length} records) without a config; no verdict.\n` +
        (unrecomputed
          ? `  suite metrics (${unrecomputed}) need --config to be recomputed over the merged cases; not reported.\n`
          : '') +
        `  results: ${files.runPath}\n`,
    );
  return 0;
}

/** The suite metrics the shards reported, by suite, e.g. `summaries: bleu.corpus; tickets: label.accuracy, …`. */
function suiteMetricsOfShards(runs: readonly Run[]): string {
  const bySuite = new Map<string, Set<string>>();
  for (const a of runs.flatMap((r) => r.aggregates))
    for (const m of a.metrics)
      if (m.kind === 'suite') bySuite.set(a.suite, (bySuite.get(a.suite) ?? new Set()).add(m.metric));
  return [...bySuite].map(([suite, metrics]) => `${suite}: ${[...metrics].join(', ')}`).join('; ');
}
