import { formatIssue, InfrastructureError, InputError } from '../core/result.js';
import { VERSION } from '../version.js';
import { commandUsage, parseCommand, USAGE } from './args.js';
import type { Io } from './commands.js';

/**
 * argv → command → exit code. Bad input exits 2 with one message, infrastructure failures 3.
 * Commands load on demand so that `validate` and `schema` start fast.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) return reportInput(io, parsed.issues.map(formatIssue));
  const cmd = parsed.value;
  try {
    switch (cmd.command) {
      case 'help':
        io.out(`${cmd.topic ? commandUsage(cmd.topic) : USAGE}\n`);
        return 0;
      case 'version':
        io.out(`${VERSION}\n`);
        return 0;
      case 'run':
        return await (await import('./commands.js')).runCommand(cmd, io);
      case 'compare':
        return (await import('./compare.js')).compareCommand(cmd, io);
      case 'validate':
        return await (await import('./validate.js')).validateCommand(cmd, io);
      case 'contamination':
        return await (await import('./contamination.js')).contaminationCommand(cmd, io);
      case 'schema':
        return (await import('./validate.js')).schemaCommand(io);
      case 'health':
        return await (await import('./health.js')).healthCommand(cmd, io);
      case 'merge':
        return (await import('./merge.js')).mergeCommand(cmd, io);
      case 'plan':
        return await (await import('./plan.js')).planCommand(cmd, io);
      case 'calibrate':
        return await (await import('./calibrate.js')).calibrateCommand(cmd, io);
      case 'demo':
        return await (await import('./demo.js')).demoCommand(cmd.out, io, cmd.example);
      case 'import':
        return await (await import('./import-promptfoo.js')).importCommand(cmd, io);
      case 'add-case':
        return (await import('./add-case.js')).addCaseCommand(cmd, io);
      case 'redteam':
        return (await import('./redteam.js')).redteamCommand(cmd, io);
      case 'init':
        return (await import('./init.js')).initCommand(cmd, io);
    }
  } catch (error) {
    if (error instanceof InputError) return reportInput(io, error.issues.map(formatIssue));
    // a run that stopped part-way is a Run with verdict error (run.json `incomplete`), written by its command
    if (error instanceof InfrastructureError) {
      io.err(`evalgate: could not evaluate: ${error.message}\n`);
      return 3;
    }
    io.err(
      `evalgate: internal error: ${(error as Error).message}\n${process.env.EVALGATE_DEBUG ? `${(error as Error).stack}\n` : 'Set EVALGATE_DEBUG=1 for details, and please report it.\n'}`,
    );
    return 3;
  }
}

function reportInput(io: Io, lines: string[]): number {
  io.err(`${lines.map((l) => `evalgate: error: ${l}`).join('\n')}\n`);
  return 2;
}
