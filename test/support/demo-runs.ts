import { join } from 'node:path';
import { loadConfig } from '../../src/config/load.js';
import { demoRoot } from '../../src/cli/demo.js';
import { describeBaseline } from '../../src/pipeline/describe-baseline.js';
import { runGate } from '../../src/pipeline/run-gate.js';
import { readRunFile } from '../../src/results/run-file.js';
import type { Run } from '../../src/results/run-schema.js';

/** The demo's two candidate runs against the bundled baseline, as the demo computes them. */
export async function demoRun(
  name: 'pr-pass' | 'pr-fail' | 'main',
  options: { baseline?: boolean } = {},
): Promise<Run> {
  const root = demoRoot();
  const loaded = loadConfig(join(root, 'gates', `${name}.yml`));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.issues));
  const baseline = options.baseline === false ? null : readRunFile(join(root, 'baseline', 'run.json'));
  if (baseline && !baseline.ok) throw new Error(JSON.stringify(baseline.issues));
  return runGate({
    loaded: loaded.value,
    tier: 'full',
    baseline: baseline?.value ?? null,
    baselineInfo: baseline
      ? describeBaseline(baseline.value, 'bundled baseline run of main (fixtures/demo/baseline/run.json)')
      : null,
  });
}
