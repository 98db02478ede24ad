import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { actionTable, withTable } from '../../scripts/action-table.mjs';
import { USAGE } from '../../src/cli/args.js';
import { VERSION } from '../../src/version.js';
import { scorerTypes } from '../support/scorer-types.js';

describe('docs that must not drift', () => {
  test('the README inputs/outputs table is the one generated from action.yml', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toBe(withTable(readme, actionTable(readFileSync('action.yml', 'utf8'))));
  });

  test('the README gives the two commands: the demo and the tests', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });

  test("the README's CLI block names every flag `evalgate --help` lists", () => {
    const cliSection = /^## The CLI\n([\s\S]*?)^## /m.exec(readFileSync('README.md', 'utf8'))![1]!;
    const flags = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g))].sort();
    expect(flags(USAGE).filter((f) => !cliSection.includes(f))).toEqual([]);
  });

  test("the README's scorer list names every scorer type", () => {
    const list = /^- \*\*Scorers\*\*:([\s\S]*?)^- /m.exec(readFileSync('README.md', 'utf8'))![1]!;
    expect(scorerTypes().filter((type) => !list.includes(`\`${type}\``))).toEqual([]);
  });

  test('the CLI reports the version in package.json', () => {
    expect(VERSION).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });

  test('action.yml runs the committed bundle on node24', () => {
    const action = readFileSync('action.yml', 'utf8');
    expect(action).toMatch(/using: node24/);
    expect(action).toMatch(/main: dist\/index\.js/);
  });
});
