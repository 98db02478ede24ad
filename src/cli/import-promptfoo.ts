import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { loadConfig } from '../config/load.js';
import { formatIssue, InputError } from '../core/result.js';
import { importPromptfoo } from '../import/promptfoo-config.js';
import { planSuites } from '../pipeline/plan-suites.js';
import type { Command } from './args.js';
import type { Io } from './io.js';

/**
 * `evalgate import promptfoo FILE`: writes the gate, dataset, prompts and code scorers into
 * --out, lists what could not be mapped (file:line, also kept as comments in the gate), and
 * validates the result as `evalgate validate` would.
 */
export async function importCommand(cmd: Extract<Command, { command: 'import' }>, io: Io): Promise<number> {
  let text: string;
  try {
    text = readFileSync(cmd.file, 'utf8');
  } catch (error) {
    throw new InputError([
      {
        file: cmd.file,
        message: `cannot read the promptfoo config: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      },
    ]);
  }
  const base = dirname(resolve(cmd.file));
  const result = importPromptfoo({
    text,
    file: cmd.file,
    read: (path) => {
      try {
        return readFileSync(resolve(base, path), 'utf8');
      } catch {
        return undefined;
      }
    },
  });
  if (!result.ok) throw new InputError(result.issues);
  const out = resolve(cmd.out);
  const gate = join(out, 'evalgate.yml');
  if (existsSync(gate) && !cmd.force)
    throw new InputError([
      {
        file: relative(process.cwd(), gate) || gate,
        message: 'exists; pass --force to overwrite it, or --out another folder',
      },
    ]);
  for (const [path, content] of Object.entries(result.value.files)) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  const { cases, scorers, unmapped, notes } = result.value;
  const lines = [
    `evalgate import: ${cases} case${cases === 1 ? '' : 's'}, ${scorers} scorer${scorers === 1 ? '' : 's'} from ${cmd.file} → ${relative(process.cwd(), gate) || gate}`,
  ];
  if (unmapped.length)
    lines.push(
      '',
      `Not imported (${unmapped.length}; kept as comments in the gate):`,
      ...unmapped.map((i) => `  ${formatIssue(i)}`),
    );
  if (notes.length) lines.push('', 'Check these mappings:', ...notes.map((i) => `  ${formatIssue(i)}`));
  const loaded = loadConfig(gate);
  const planned = loaded.ok ? await planSuites(loaded.value, { tier: null }) : loaded;
  if (!planned.ok) {
    lines.push('', 'The imported gate does not validate yet:', ...planned.issues.map((i) => `  ${formatIssue(i)}`));
    io.out(`${lines.join('\n')}\n`);
    return 2;
  }
  lines.push(
    '',
    'The gate validates. Next: evalgate run --config ' + (relative(process.cwd(), gate) || gate) + ' --baseline none',
    'The starter rules gate every scorer’s pass rate (max_drop 5pp, per slice where tests have metadata) and critical failures; docs/migrating.md explains them.',
  );
  io.out(`${lines.join('\n')}\n`);
  return 0;
}
