import { join, resolve } from 'node:path';
import type { Io } from './commands.js';
import { finish } from './commands.js';
import { loadOrThrow } from './load-or-throw.js';
import { installedPath } from '../core/installed-path.js';
import { InputError } from '../core/result.js';
import { didYouMean } from '../core/suggest.js';
import { describeBaseline } from '../pipeline/describe-baseline.js';
import { runGate } from '../pipeline/run-gate.js';
import { readRunFile } from '../results/run-file.js';

const CANDIDATES = [
  { name: 'pr-pass', title: 'PR #1 "concise answers" (prompts/answer-concise.md)', expect: 'pass' },
  { name: 'pr-fail', title: 'PR #2 "terse answers" (prompts/answer-terse.md)', expect: 'fail' },
] as const;

/** The bundled fixtures, found from wherever this module was bundled to. */
export function demoRoot(): string {
  return installedPath('fixtures/demo', 'the bundled demo fixtures');
}

/**
 * Gates two candidate prompt changes against the bundled baseline run of main, offline, with
 * recorded outputs: one passes, one fails. Exits 0 when both verdicts are the expected ones.
 */
export async function demoCommand(out: string, io: Io, example?: string): Promise<number> {
  if (example !== undefined && example !== 'support-bot') return exampleCommand(example, out, io);
  const root = demoRoot();
  const baselinePath = join(root, 'baseline', 'run.json');
  const baseline = readRunFile(baselinePath);
  if (!baseline.ok) throw new InputError(baseline.issues);
  io.out(
    `evalgate demo: two pull requests against main's baseline (${baseline.value.cases.length} recorded cases, no API key, no network)\n`,
  );
  let asExpected = true;
  for (const candidate of CANDIDATES) {
    io.out(`\n── ${candidate.title}\n`);
    const loaded = loadOrThrow(join(root, 'gates', `${candidate.name}.yml`));
    const run = await runGate({
      loaded,
      tier: 'full',
      baseline: baseline.value,
      baselineInfo: describeBaseline(baseline.value, 'bundled baseline run of main (fixtures/demo/baseline/run.json)'),
    });
    finish(run, resolve(out, candidate.name), false, io, undefined, baseline.value);
    const verdict = run.decision?.verdict;
    if (verdict !== candidate.expect) {
      asExpected = false;
      io.err(`evalgate demo: expected ${candidate.name} to ${candidate.expect}, got ${verdict}\n`);
    }
  }
  io.out(
    `\n${asExpected ? 'Both verdicts are the expected ones (pass, fail).' : 'The demo did not produce the expected verdicts.'} Open ${join(out, '*', 'report.md')} for the PR comments.\n`,
  );
  return asExpected ? 0 : 1;
}

/** The other bundled examples (fixtures/examples/NAME): one pull request gated against main's bundled baseline. */
const EXAMPLES: Record<string, { title: string; expect: string }> = {
  'summaries-tickets': {
    title:
      'PR "English few-shot examples": a summariser (ROUGE-L, METEOR, corpus BLEU, a replayed embedding stand-in) and a ticket classifier (per-class F1, ECE)',
    expect: 'fail',
  },
};

async function exampleCommand(name: string, out: string, io: Io): Promise<number> {
  const example = EXAMPLES[name];
  if (!example)
    throw new InputError([
      {
        file: '(arguments)',
        message: `--example ${name}: no such example${didYouMean(name, ['support-bot', ...Object.keys(EXAMPLES)])}; examples: support-bot, ${Object.keys(EXAMPLES).join(', ')}`,
      },
    ]);
  const root = installedPath(`fixtures/examples/${name}`, 'the bundled examples');
  const baseline = readRunFile(join(root, 'baseline', 'run.json'));
  if (!baseline.ok) throw new InputError(baseline.issues);
  io.out(`evalgate demo --example ${name}: ${example.title}, against main's baseline (recorded, no network)\n\n`);
  const run = await runGate({
    loaded: loadOrThrow(join(root, 'gates', 'pr.yml')),
    tier: 'full',
    baseline: baseline.value,
    baselineInfo: describeBaseline(
      baseline.value,
      `bundled baseline run of main (fixtures/examples/${name}/baseline/run.json)`,
    ),
  });
  finish(run, resolve(out, name), false, io);
  const asExpected = run.decision?.verdict === example.expect;
  io.out(
    `\n${asExpected ? `The verdict is the expected one (${example.expect}).` : `Expected ${example.expect}, got ${run.decision?.verdict}.`} Open ${join(out, name, 'report.md')} for the PR comment.\n`,
  );
  return asExpected ? 0 : 1;
}
