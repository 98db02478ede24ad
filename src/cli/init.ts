import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Io } from './commands.js';
import { gatedPaths, type GatedPaths } from '../action/select-suites.js';
import { compileGlob } from '../config/glob.js';
import { loadConfig } from '../config/load.js';
import { formatIssue } from '../core/result.js';
import { installedPath } from '../core/installed-path.js';
import { VERSION } from '../version.js';

export interface InitOptions {
  /** The repository root to scaffold into. */
  dir: string;
  /** The base branch: baseline workflow trigger and the config's baseline branch. */
  branch: string;
  /** Also write the trusted pull_request_target stage for fork PRs (and let the PR workflow skip forks). */
  forks: boolean;
  /** The full commit SHA of the evalgate release to pin the workflows to. */
  actionSha?: string;
  /** Overwrite files that exist. */
  force: boolean;
  /** Also write the weekly gate-health workflow (docs/report.md). */
  health?: boolean;
}

export interface InitResult {
  written: string[];
  /** Starter files that were there already; without `force` nothing is written when any exists. */
  existing: string[];
}

const GATE = 'gates/evalgate.yml';
const BASELINE_WORKFLOW = '.github/workflows/evalgate-baseline.yml';
const FORK_WORKFLOW = '.github/workflows/evalgate-fork.yml';
const HEALTH_WORKFLOW = '.github/workflows/evalgate-health.yml';

/** What each scaffolded file is for, in the order they are listed. */
const PURPOSE: Record<string, string> = {
  [GATE]: 'the gate: suites, scorers, rules, override label, baseline',
  'datasets/support-qa.jsonl': 'a starter dataset (one case per line; severity: critical must pass)',
  'prompts/support-answer.md': 'the prompt template ({{question}} comes from each case)',
  '.github/workflows/evalgate-pr.yml': 'gates pull requests: check run, one PR comment, job summary',
  [BASELINE_WORKFLOW]: 'records the baseline on pushes to the base branch',
  [FORK_WORKFLOW]:
    "evaluates fork PRs from the base branch's workflow (pull_request_target, after a maintainer's evalgate/evaluate label)",
  [HEALTH_WORKFLOW]: 'weekly gate health (verdicts, noisy rules, flaky cases, cost) in the job summary',
};

/** The bundled templates, found from wherever this module was bundled to. */
export function templatesRoot(): string {
  return installedPath('templates/init', 'the init templates');
}

function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path).split(sep).join('/')];
  });
}

/** The action reference the workflows use: pinned to a commit when the SHA is known. */
export function actionReference(sha: string | undefined): string {
  return sha
    ? `evalgate/evalgate@${sha} # v${VERSION}`
    : `evalgate/evalgate@v${VERSION} # pin to this release's full commit SHA (evalgate init --action-sha SHA)`;
}

/** Fills a template's placeholders (`__NAME__`; `{{var}}` belongs to evalgate's own prompt templates). */
export function fillTemplate(text: string, options: Pick<InitOptions, 'branch' | 'forks' | 'actionSha'>): string {
  return text
    .replace(/__BASE_BRANCH__/g, options.branch)
    .replace(
      /__FORK_POLICY__/g,
      options.forks
        ? 'skip # fork PRs are evaluated by evalgate-fork.yml'
        : 'fail-closed # without the model key a fork PR fails; see evalgate-fork.yml in the docs',
    )
    .replace(/__EVALGATE_ACTION__/g, actionReference(options.actionSha))
    .replace(/__EVALGATE_VERSION__/g, VERSION);
}

/**
 * The baseline workflow's `on.push.paths`: every suite's `paths` globs, then the files the
 * gate reads that no glob covers (the config, prompts, datasets, schemas, recordings). `!`
 * globs are left out: one suite's exclusion must not stop another suite's baseline.
 */
export function baselineTriggerPaths(gated: readonly GatedPaths[]): string[] {
  const globs = [...new Set(gated.flatMap((g) => g.globs).filter((g) => !g.startsWith('!')))];
  const compiled = globs.flatMap((g) => {
    const re = compileGlob(g);
    return re.ok ? [re.value] : [];
  });
  const files = gated.flatMap((g) => g.files).filter((f) => !compiled.some((re) => re.test(f)));
  return [...globs, ...new Set(files)];
}

/**
 * Writes the starter gate, dataset, prompt and workflows. When any of them exists already
 * (init ran before, and the user may have renamed or deleted the rest), nothing is written
 * unless `force`: a re-run must not bring back starter files the user no longer uses.
 */
export function initProject(options: InitOptions): InitResult {
  const root = templatesRoot();
  const files = listFiles(root).filter(
    (f) => (options.forks || f !== FORK_WORKFLOW) && (options.health || f !== HEALTH_WORKFLOW),
  );
  files.sort((a, b) => Object.keys(PURPOSE).indexOf(a) - Object.keys(PURPOSE).indexOf(b));
  const existing = files.filter((f) => existsSync(resolve(options.dir, f)));
  if (existing.length && !options.force) return { written: [], existing };
  for (const file of files) {
    const target = resolve(options.dir, file);
    let text = fillTemplate(readFileSync(join(root, file), 'utf8'), options);
    if (file === BASELINE_WORKFLOW) {
      // the gate, its prompt and dataset are written by now (PURPOSE lists them first)
      const loaded = loadConfig(resolve(options.dir, GATE));
      if (!loaded.ok) throw new Error(`the starter gate does not load: ${loaded.issues.map(formatIssue).join('; ')}`);
      const paths = baselineTriggerPaths(gatedPaths(loaded.value, resolve(options.dir)));
      text = text.replace(/__BASELINE_PATHS__/g, JSON.stringify(paths).replace(/","/g, '", "'));
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return { written: files, existing };
}

export function initCommand(options: InitOptions, io: Io): number {
  const result = initProject(options);
  if (!result.written.length) {
    io.err(
      [
        `evalgate: error: ${resolve(options.dir)} is set up for evalgate already; nothing was written. These exist:`,
        ...result.existing.map((f) => `  ${f}`),
        'Use --force to write every starter file again, overwriting these.',
        '',
      ].join('\n'),
    );
    return 2;
  }
  const width = Math.max(...result.written.map((f) => f.length));
  const overwritten = new Set(result.existing);
  const lines = [
    `evalgate init: wrote ${result.written.length} file${result.written.length === 1 ? '' : 's'} in ${resolve(options.dir)}`,
  ];
  for (const f of result.written)
    lines.push(`  ${f.padEnd(width)}  ${PURPOSE[f] ?? ''}${overwritten.has(f) ? ' (overwritten)' : ''}`);
  lines.push(
    '',
    'Next:',
    '  1. Add the OPENAI_API_KEY repository secret (Settings → Secrets and variables → Actions).',
    '  2. Check the gate without model calls:  evalgate validate --config gates/evalgate.yml',
    `  3. Commit and push to ${options.branch}: the baseline workflow records the first baseline.`,
    '  4. Open a pull request that edits prompts/support-answer.md and read the evalgate comment.',
    '',
    'Each workflow explains the permissions it asks for, beside them.',
  );
  if (!options.actionSha)
    lines.push(
      `The workflows use evalgate/evalgate@v${VERSION}; pin it to the release's full commit SHA (--action-sha).`,
    );
  if (!options.forks)
    lines.push(
      'Pull requests from forks fail closed without secrets; `evalgate init --forks` adds the trusted pull_request_target stage.',
    );
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
