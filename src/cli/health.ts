import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError, type Issue } from '../core/result.js';
import {
  gateHealth,
  renderHealthHtml,
  renderHealthJsonl,
  renderHealthMarkdown,
  renderHealthProm,
} from '../report/health.js';
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

/** Reads past runs (a folder, or the last N results artifacts) and prints their gate health. */
export async function healthCommand(cmd: Extract<Command, { command: 'health' }>, io: Io): Promise<number> {
  const { runs, problems } = cmd.runs ? readFolder(cmd.runs) : await readArtifacts(cmd.artifacts!);
  if (!runs.length)
    throw new InputError(
      problems.length ? problems : [{ file: cmd.runs ?? '(GitHub artifacts)', message: 'no run.json files found' }],
    );
  // one unreadable file among many past runs is reported, not fatal
  for (const p of problems) io.err(`evalgate health: skipped ${p.file}: ${p.message}\n`);
  const health = gateHealth(runs);
  io.out(
    cmd.format === 'prom'
      ? renderHealthProm(health)
      : cmd.format === 'jsonl'
        ? renderHealthJsonl(health)
        : cmd.format === 'html'
          ? renderHealthHtml(health, runs.length)
          : renderHealthMarkdown(health, runs.length),
  );
  return 0;
}

function readFolder(dir: string): { runs: Run[]; problems: Issue[] } {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) throw new InputError([{ file: dir, message: 'expected a folder of run.json files' }]);
  const runs: Run[] = [];
  const problems: Issue[] = [];
  for (const path of runFiles(dir).sort()) {
    const read = readRunFile(path);
    if (read.ok) runs.push(read.value);
    else problems.push(...read.issues);
  }
  return { runs, problems };
}

/** The repository's last N results artifacts, through the GitHub API (GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL). */
async function readArtifacts(count: number): Promise<{ runs: Run[]; problems: Issue[] }> {
  const env = process.env;
  if (!env.GITHUB_TOKEN || !env.GITHUB_REPOSITORY)
    throw new InputError([
      { file: '(environment)', message: '--artifacts needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/name)' },
    ]);
  const { createGitHubClient } = await import('../github/client.js');
  const { downloadRecentResults } = await import('../github/recent-results.js');
  const gh = createGitHubClient({
    token: env.GITHUB_TOKEN,
    apiUrl: env.GITHUB_API_URL || 'https://api.github.com',
    repository: env.GITHUB_REPOSITORY,
  });
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-health-'));
  try {
    const found = await downloadRecentResults(gh, { artifact: 'evalgate-results', count, dir });
    return { runs: found.runs, problems: found.problems.map((message) => ({ file: '(GitHub artifacts)', message })) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
