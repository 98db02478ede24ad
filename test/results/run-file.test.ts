import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { demoRoot } from '../../src/cli/demo.js';
import { eachByteLine, eachLine } from '../../src/core/lines.js';
import { checkRunFile, readRunFile, writeRunJson } from '../../src/results/run-file.js';
import type { Run } from '../../src/results/run-schema.js';
import { bigRun } from '../support/big-run.js';

const dir = () => mkdtempSync(join(tmpdir(), 'evalgate-run-file-'));
const demoBaseline = join(demoRoot(), 'baseline', 'run.json');

function read(path: string, chunk?: number): Run {
  const result = readRunFile(path, chunk);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

describe('run.json, read and written one record at a time (README "Large runs")', () => {
  test('writes exactly what JSON.stringify(run, null, 2) would, with and without cases', () => {
    const run = read(demoBaseline);
    const out = dir();
    const runs: [string, Run][] = [
      ['all', run],
      ['none', { ...run, cases: [] }],
      ['one', { ...run, cases: run.cases.slice(0, 1) }],
    ];
    for (const [name, r] of runs) {
      writeRunJson(join(out, `${name}.json`), r);
      expect(readFileSync(join(out, `${name}.json`), 'utf8')).toBe(`${JSON.stringify(r, null, 2)}\n`);
    }
  });

  test('reads a run the same as parsing the whole file, at any chunk size and in any layout', () => {
    const whole = JSON.parse(readFileSync(demoBaseline, 'utf8')) as Run;
    // strings with brackets, quotes, escapes and multi-byte characters across chunk boundaries
    const tricky: Run = {
      ...whole,
      cases: whole.cases.map((c, i) => ({
        ...c,
        output: i % 2 ? `he said "[x]" {y}, \\"cases\\": [ — 日本語 ${i}` : c.output,
      })),
    };
    const out = dir();
    writeFileSync(join(out, 'pretty.json'), JSON.stringify(tricky, null, 2));
    writeFileSync(join(out, 'compact.json'), `\ufeff${JSON.stringify(tricky)}`);
    // "cases" not where evalgate writes it, and a value that is the string "cases"
    const { cases, ...rest } = tricky;
    writeFileSync(
      join(out, 'moved.json'),
      JSON.stringify({ ...rest, manifest: { ...rest.manifest, tier: 'cases' }, cases }).replace(
        `"tier":"cases"`,
        `"tier" : "cases"`,
      ),
    );
    const moved = { ...tricky, manifest: { ...tricky.manifest, tier: 'cases' } };
    for (const chunk of [7, 64, 1000, 1 << 20]) {
      expect(read(join(out, 'pretty.json'), chunk)).toEqual(tricky);
      expect(read(join(out, 'compact.json'), chunk)).toEqual(tricky);
      expect(read(join(out, 'moved.json'), chunk)).toEqual(moved);
    }
  });

  test('names the record that is wrong, and still says when the file is no run file', () => {
    const run = read(demoBaseline);
    const out = dir();
    writeFileSync(
      join(out, 'bad.json'),
      JSON.stringify({ ...run, cases: [run.cases[0], { ...run.cases[1], repeat: -1 }] }),
    );
    expect(readRunFile(join(out, 'bad.json'))).toMatchObject({ ok: false, issues: [{ path: 'cases.1.repeat' }] });
    writeFileSync(join(out, 'cut.json'), JSON.stringify(run, null, 2).slice(0, 5000));
    expect(readRunFile(join(out, 'cut.json'))).toMatchObject({ ok: false, issues: [{ message: /invalid JSON/ }] });
    writeFileSync(join(out, 'other.json'), JSON.stringify({ schema: 'other@1', cases: [] }));
    expect(readRunFile(join(out, 'other.json'))).toMatchObject({
      ok: false,
      issues: [{ path: 'schema', message: /expected an evalgate run file/ }],
    });
    writeFileSync(join(out, 'junk.json'), JSON.stringify({ ...run, cases: [1] }));
    expect(readRunFile(join(out, 'junk.json'))).toMatchObject({ ok: false, issues: [{ path: 'cases.0' }] });
    // checkRunFile finds the same problems, every record checked, and keeps no record
    for (const name of ['bad.json', 'cut.json', 'other.json', 'junk.json'])
      expect(checkRunFile(join(out, name))).toEqual(readRunFile(join(out, name)));
    expect(checkRunFile(demoBaseline)).toEqual({ ok: true, value: { ...run, cases: [] } });
  });

  test('a run of 20,000 records round-trips', () => {
    const { run } = bigRun(20_000);
    const path = join(dir(), 'run.json');
    writeRunJson(path, run);
    expect(read(path)).toEqual(JSON.parse(JSON.stringify(run)));
  });
});

describe('eachLine', () => {
  test('gives the lines text.split(/\\r?\\n/) gives, numbered from 1, and stops when asked', () => {
    for (const text of ['', 'a', 'a\n', 'a\r\nb\n\nc', '\r\n', 'x\ry\r\n', 'a\n\r']) {
      const lines: [string, number][] = [];
      eachLine(text, (line, n) => void lines.push([line, n]));
      expect(lines).toEqual(text.split(/\r?\n/).map((l, i) => [l, i + 1]));
    }
    const seen: string[] = [];
    eachLine('a\nb\nc', (line) => (seen.push(line), line !== 'b'));
    expect(seen).toEqual(['a', 'b']);
  });
});

describe('eachByteLine', () => {
  test('gives the byte ranges of the lines eachLine gives, multi-byte text included', () => {
    for (const text of ['', 'a', 'a\n', 'a\r\nb\n\nc', '\r\n', 'x\ry\r\n', 'a\n\r', 'é\r\n日本\n\u{1F600}\r']) {
      const bytes = Buffer.from(text, 'utf8');
      const lines: [string, number][] = [];
      eachByteLine(bytes, (from, to, n) => void lines.push([bytes.toString('utf8', from, to), n]));
      expect(lines).toEqual(text.split(/\r?\n/).map((l, i) => [l, i + 1]));
    }
  });
});
