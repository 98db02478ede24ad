import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MUTATIONS, rot13 } from '../../src/dataset/redteam.js';
import { builtCli, runBuiltCli } from '../support/built-cli.js';
import { makeWorkspace, VALID_CONFIG } from '../support/workspace.js';

/**
 * `evalgate redteam` in a real process (docs/governance.md, "Red-team variants"): seeded,
 * reproducible variants of a suite's cases in a new dataset that loads as one.
 */

type Line = { id: string; vars: Record<string, string>; expected?: string; tags: Record<string, string> };
const read = (path: string): Line[] =>
  readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as Line);

const redteam = (dir: string, ...args: string[]) =>
  runBuiltCli(['redteam', '--config', 'evalgate.yml', '--suite', 'qa', ...args], dir);

beforeAll(() => builtCli(), 60_000);

describe('evalgate redteam', () => {
  test('every case × every mutation, with ids and tags naming the source, into a new file beside the dataset', async () => {
    const dir = makeWorkspace();
    const result = await redteam(dir);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^cases\.redteam\.jsonl: 18 variants \(3 cases × 6 mutations/);
    const lines = read(join(dir, 'cases.redteam.jsonl'));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c'].flatMap((id) => MUTATIONS.map((m) => `${id}~${m}`)));
    const b64 = lines.find((l) => l.id === 'b~base64')!;
    expect(b64.tags).toMatchObject({ language: 'en', redteam: 'base64', redteam_source: 'b' });
    expect(b64.expected).toBe('Paris');
    expect(Buffer.from(b64.vars.question!.split('\n').at(-1)!, 'base64').toString('utf8')).toBe('Capital of France?');
    const r13 = lines.find((l) => l.id === 'a~rot13')!;
    expect(rot13(r13.vars.question!.split('\n').at(-1)!)).toBe('What is 2+2?');
    const suffix = lines.find((l) => l.id === 'c~suffix')!;
    expect(suffix.vars.question!.startsWith('Hauptstadt von Italien?\n\n')).toBe(true);
    expect(suffix.tags.redteam_variant).toMatch(/^[1-4]$/);
    // the variants are a dataset: a suite can run them as they are
    writeFileSync(join(dir, 'evalgate.yml'), VALID_CONFIG.replace('cases.jsonl', 'cases.redteam.jsonl'));
    const validate = await runBuiltCli(['validate', '--config', 'evalgate.yml'], dir);
    expect(validate.err).not.toMatch(/error/);
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/qa \(18 cases/);
  });

  test('the same seed writes the same bytes; another seed draws other wrappers', async () => {
    const dir = makeWorkspace();
    const texts: string[] = [];
    for (const seed of ['7', '7', '8']) {
      expect((await redteam(dir, '--seed', seed, '--force', '--out', 'rt.jsonl')).code).toBe(0);
      texts.push(readFileSync(join(dir, 'rt.jsonl'), 'utf8'));
    }
    expect(texts[1]).toBe(texts[0]);
    expect(texts[2]).not.toBe(texts[0]);
    // encodings draw nothing: they are the same under every seed
    const encoded = (text: string) => text.split('\n').filter((l) => /~(base64|rot13)"/.test(l));
    expect(encoded(texts[2]!)).toEqual(encoded(texts[0]!));
  });

  test('--mutations picks some; --input names the variable that holds the attack text', async () => {
    const dir = makeWorkspace({
      'cases.jsonl': JSON.stringify({ id: 'x', vars: { question: 'Hi', document: 'A long document text' } }),
    });
    expect((await redteam(dir, '--mutations', 'leetspeak,roleplay', '--input', 'document')).code).toBe(0);
    const lines = read(join(dir, 'cases.redteam.jsonl'));
    expect(lines.map((l) => l.id)).toEqual(['x~leetspeak', 'x~roleplay']);
    expect(lines[0]!.vars.question).toBe('Hi');
    expect(lines[0]!.vars.document).not.toBe('A long document text');
    expect(lines[0]!.vars.document!.replace(/4/g, 'a').replace(/1/g, 'l').length).toBe('A long document text'.length);
  });
});

describe('evalgate redteam refuses bad input: exit 2, no stack trace, nothing overwritten', () => {
  test('an existing output file without --force', async () => {
    const dir = makeWorkspace({ 'cases.redteam.jsonl': 'reviewed variants\n' });
    const result = await redteam(dir);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      'evalgate: error: cases.redteam.jsonl the file exists; pass --force to replace it, or name another file with --out\n',
    );
    expect(readFileSync(join(dir, 'cases.redteam.jsonl'), 'utf8')).toBe('reviewed variants\n');
  });

  test('the suite’s own dataset as --out', async () => {
    const dir = makeWorkspace();
    const before = readFileSync(join(dir, 'cases.jsonl'));
    const result = await redteam(dir, '--out', 'cases.jsonl', '--force');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--out cases\.jsonl is the suite's own dataset/);
    expect(readFileSync(join(dir, 'cases.jsonl')).equals(before)).toBe(true);
  });

  test.each([
    [['--mutations', 'bas64'], /unknown mutation "bas64" \(did you mean "base64"\?\)/],
    [['--seed', 'abc'], /--seed expects a whole number; got "abc"/],
    [['--input', 'missing'], /^evalgate: error: cases\.jsonl no case has a string variable "missing"/],
  ])('%j', async (args, message) => {
    const dir = makeWorkspace();
    const result = await redteam(dir, ...args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'cases.redteam.jsonl'))).toBe(false);
  });

  test('a malformed dataset names its line', async () => {
    const dir = makeWorkspace({ 'cases.jsonl': '{"id":"a","vars":{"question":"q"}}\n{"id": \n' });
    const result = await redteam(dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^evalgate: error: cases\.jsonl:2 invalid JSON/);
  });
});
