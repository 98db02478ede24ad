import { resolve } from 'node:path';
import { parseCommand, USAGE } from './args.js';
import { compareCommand, runCommand, schemaCommand, validateCommand, type Io } from './commands.js';
import { demoCommand } from '../demo.js';
import { formatIssue, InfrastructureError, InputError } from '../core/result.js';
import { writeResults } from '../run/run-file.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Run } from '../run/run-schema.js';
import { VERSION } from '../version.js';

/** argv → command → exit code. Bad input exits 2 with one message, infrastructure failures 3. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) return reportInput(io, parsed.issues.map(formatIssue));
  const cmd = parsed.value;
  try {
    switch (cmd.command) {
      case 'help':
        io.out(`${USAGE}\n`);
        return 0;
      case 'version':
        io.out(`${VERSION}\n`);
        return 0;
      case 'run':
        return await runCommand(cmd, io);
      case 'compare':
        return compareCommand(cmd, io);
      case 'validate':
        return validateCommand(cmd, io);
      case 'schema':
        return schemaCommand(io);
      case 'demo':
        return await demoCommand(cmd.out, io);
    }
  } catch (error) {
    if (error instanceof InputError) return reportInput(io, error.issues.map(formatIssue));
    if (error instanceof InfrastructureError) {
      const partial = (error as InfrastructureError & { run?: Run }).run;
      if (partial && 'out' in cmd) writeResults(resolve(cmd.out), partial, renderMarkdown(partial));
      io.err(`evalgate: could not evaluate: ${error.message}\n`);
      return 3;
    }
    io.err(`evalgate: internal error: ${(error as Error).message}\n${process.env.EVALGATE_DEBUG ? `${(error as Error).stack}\n` : 'Set EVALGATE_DEBUG=1 for details, and please report it.\n'}`);
    return 3;
  }
}

function reportInput(io: Io, lines: string[]): number {
  io.err(`${lines.map((l) => `evalgate: error: ${l}`).join('\n')}\n`);
  return 2;
}
