import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { displayPath } from '../config/load.js';
import { InputError } from '../core/result.js';
import { didYouMean } from '../core/suggest.js';
import { MUTATIONS, redteamVariants, type Mutation } from '../dataset/redteam.js';
import type { Command } from './args.js';
import type { Io } from './io.js';
import { loadSuiteDataset, replaceFile } from './suite-dataset.js';

const isMutation = (m: string): m is Mutation => (MUTATIONS as readonly string[]).includes(m);

/**
 * `evalgate redteam`: seeded variants of a suite's cases into a new JSONL dataset beside the
 * suite's (docs/governance.md, "Red-team variants"), for the team to review and commit; an
 * existing file is replaced only with --force.
 */
export function redteamCommand(cmd: Extract<Command, { command: 'redteam' }>, io: Io): number {
  const mutations = cmd.mutations ?? [...MUTATIONS];
  const unknown = mutations.find((m) => !isMutation(m));
  if (unknown !== undefined)
    throw new InputError([
      {
        file: '(arguments)',
        message: `--mutations: unknown mutation "${unknown}"${didYouMean(unknown, MUTATIONS)}; mutations: ${MUTATIONS.join(', ')}`,
      },
    ]);
  if (!mutations.length) throw new InputError([{ file: '(arguments)', message: '--mutations names no mutation' }]);
  const { suite, display, cases } = loadSuiteDataset(cmd.config, cmd.suite);
  const out = resolve(cmd.out ?? suite.datasetPath.replace(/(\.[^./\\]+)?$/, '.redteam.jsonl'));
  const outDisplay = displayPath(out);
  if (out === suite.datasetPath)
    throw new InputError([
      { file: '(arguments)', message: `--out ${outDisplay} is the suite's own dataset; name a new file` },
    ]);
  if (existsSync(out) && !cmd.force)
    throw new InputError([
      {
        file: outDisplay,
        message: 'the file exists; pass --force to replace it, or name another file with --out',
      },
    ]);
  const { lines, skipped } = redteamVariants(cases, mutations as Mutation[], cmd.seed, cmd.input);
  if (!lines.length)
    throw new InputError([
      {
        file: display,
        message: `no case has ${cmd.input !== undefined ? `a string variable "${cmd.input}"` : 'a string variable'} to mutate; name the one that holds the attack text with --input NAME`,
      },
    ]);
  mkdirSync(dirname(out), { recursive: true });
  replaceFile(out, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  io.out(
    `${outDisplay}: ${lines.length} variants (${cases.length - skipped.length} cases × ${mutations.length} mutations: ${mutations.join(', ')}; seed ${cmd.seed}) from ${display}${skipped.length ? `; ${skipped.length} cases without a string variable to mutate were left out (${skipped.slice(0, 5).join(', ')}${skipped.length > 5 ? ', …' : ''})` : ''}. Review them, then use the file as a suite's dataset.\n`,
  );
  return 0;
}
