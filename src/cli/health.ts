import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, type Issue } from '../core/result.js';
import { gateHealth, renderHealthJsonl, renderHealthMarkdown, renderHealthProm } from '../report/health.js';
import { readRunFile } from '../results/run-file.js';
import type { Run } from '../results/run-schema.js';
import type { Command } from './args.js';
import type { Io } from './io.js';

/** Every run.json under `dir`, at any depth (an unpacked artifact per folder is the usual layout). */
function runFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return runFiles(path);
    return e.name === 'run.json' ? [path] : [];
  });
}

/** Reads past runs and prints their gate health as Markdown, Prometheus text or JSON lines. */
export function healthCommand(cmd: Extract<Command, { command: 'health' }>, io: Io): number {
  let isDir = false;
  try {
    isDir = statSync(cmd.runs).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError([{ file: cmd.runs, message: 'expected a folder of run.json files' }]);
  const runs: Run[] = [];
  const problems: Issue[] = [];
  for (const path of runFiles(cmd.runs).sort()) {
    const read = readRunFile(path);
    if (read.ok) runs.push(read.value);
    else problems.push(...read.issues);
  }
  if (!runs.length)
    throw new InputError(
      problems.length ? problems : [{ file: cmd.runs, message: 'no run.json files in this folder' }],
    );
  // one unreadable file among many past runs is reported, not fatal
  for (const p of problems) io.err(`evalgate health: skipped ${p.file}: ${p.message}\n`);
  const health = gateHealth(runs);
  io.out(
    cmd.format === 'prom'
      ? renderHealthProm(health)
      : cmd.format === 'jsonl'
        ? renderHealthJsonl(health)
        : renderHealthMarkdown(health, runs.length),
  );
  return 0;
}
