import { describe, expect, test } from 'vitest';
import { cli } from '../support/workspace.js';

const COMMANDS = ['run', 'compare', 'merge', 'validate', 'plan', 'calibrate', 'schema', 'demo', 'init'];

describe('evalgate COMMAND --help', () => {
  test.each(COMMANDS)('%s --help prints that command’s usage and exits 0', async (command) => {
    for (const flag of ['--help', '-h']) {
      const result = await cli([command, flag]);
      expect(result.code).toBe(0);
      expect(result.err).toBe('');
      expect(result.out).toMatch(new RegExp(`^Usage: evalgate ${command}\\b`));
      expect(result.out).toContain('Exit codes:');
    }
  });

  test('--help wins over missing required flags', async () => {
    const result = await cli(['run', '--tier', 'smoke', '--help']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('--concurrency VALUE');
  });

  test('evalgate help COMMAND is the same as evalgate COMMAND --help', async () => {
    expect((await cli(['help', 'plan'])).out).toBe((await cli(['plan', '--help'])).out);
  });

  test('the overview names every command', async () => {
    const result = await cli(['--help']);
    expect(result.code).toBe(0);
    for (const command of COMMANDS) expect(result.out).toContain(`evalgate ${command}`);
  });
});

describe('unknown flags and commands', () => {
  test('a misspelt flag names the flag it resembles', async () => {
    const result = await cli(['run', '--config', 'x.yml', '--concurency', '4']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown option --concurency (did you mean --concurrency?) for evalgate run');
  });

  test('a flag of another command is not silently accepted', async () => {
    const result = await cli(['validate', '--config', 'x.yml', '--tier', 'smoke']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown option --tier for evalgate validate');
  });

  test('a misspelt command names the command it resembles', async () => {
    const result = await cli(['valdate', '--config', 'x.yml']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown command "valdate" (did you mean "validate"?)');
  });
});
