import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkSuite } from '../../src/contamination/check-suite.js';
import { documentText } from '../../src/contamination/corpus.js';
import { OverlapIndex, overlapCase } from '../../src/contamination/overlap.js';
import { tokenHashes } from '../../src/contamination/tokens.js';
import type { EvalCase } from '../../src/dataset/case.js';

/**
 * Reference examples computed by hand from the definitions in docs/governance.md ("Contamination
 * and lineage"): 13-grams of lower-cased word tokens as in GPT-3's analysis (Brown et al. 2020,
 * appendix C), the whole text as one gram when shorter, and PaLM's flagged share (Chowdhery et
 * al. 2022, section 8: at least 70% of a case's grams in the corpus).
 */
const FOURTEEN = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen';

const evalCase = (id: string, question: string, expected?: string): EvalCase => ({
  id,
  line: 1,
  fingerprint: id,
  vars: { question },
  ...(expected !== undefined ? { expected } : {}),
  tags: {},
  severity: 'normal',
});

function corpusFiles(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-corpus-'));
  return Object.entries(files).map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return { path: join(dir, name), display: name };
  });
}

async function check(
  cases: EvalCase[],
  files: Record<string, string>,
  options: { prompt?: string; threshold?: number; n?: number } = {},
) {
  const checked = await checkSuite({
    cases,
    prompt: { display: 'prompt.md', text: options.prompt ?? '[user]\n{{question}}\n' },
    corpus: corpusFiles(files),
    settings: { n: options.n ?? 13, threshold: options.threshold ?? 0.7 },
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value.results;
}

describe('normalisation (GPT-3 appendix C: case and punctuation ignored)', () => {
  test('case, punctuation and whitespace do not change the tokens', () => {
    expect(tokenHashes('Hello, WORLD!  ')).toEqual(tokenHashes('hello world'));
    expect(tokenHashes('hello world')).not.toEqual(tokenHashes('hello worlds'));
  });

  test('NFKC folds compatibility forms: full-width letters and ligatures are the plain words', () => {
    expect(tokenHashes('ＣＡＰＩＴＡＬ ﬁle')).toEqual(tokenHashes('capital file'));
  });

  test('letters with accents stay one word; an apostrophe splits', () => {
    expect(tokenHashes('Café').length).toBe(2);
    expect(tokenHashes("don't")).toEqual(tokenHashes('don t'));
  });
});

describe('overlap of a 15-token case (14 in its question, 1 in its answer: 3 grams of 13)', () => {
  const cases = [evalCase('c', FOURTEEN, 'fifteen')];

  test('a corpus holding its first 14 tokens has 2 of its 3 grams: 0.667, under 0.7', async () => {
    const [r] = await check(cases, { 'web.txt': `One, two; ${FOURTEEN.slice(8)}!\n` });
    expect(r).toMatchObject({ grams: 3, matched: 2, flagged: false, expected_in_prompt: false });
    expect(r!.overlap).toBeCloseTo(2 / 3, 12);
    expect(r!.first).toEqual({ source: 'web.txt', line: 1 });
  });

  test('the same corpus flags it at threshold 0.6', async () => {
    const [r] = await check(cases, { 'web.txt': `${FOURTEEN}\n` }, { threshold: 0.6 });
    expect(r).toMatchObject({ matched: 2, flagged: true });
  });

  test("plain text is one document: grams span its line breaks, and the first match is the line a gram's last token is on", async () => {
    const [r] = await check(cases, {
      'book.txt':
        'preface\none two three four five six seven\neight nine ten eleven twelve thirteen fourteen fifteen\n',
    });
    expect(r).toMatchObject({
      grams: 3,
      matched: 3,
      overlap: 1,
      flagged: true,
      first: { source: 'book.txt', line: 3 },
    });
  });

  test('a JSONL line is one document: no gram spans two records', async () => {
    const [r] = await check(cases, {
      'ft.jsonl': `${JSON.stringify({ text: 'one two three four five six seven' })}\n${JSON.stringify({ text: 'eight nine ten eleven twelve thirteen fourteen fifteen' })}\n`,
    });
    expect(r).toMatchObject({ matched: 0, overlap: 0, flagged: false });
    expect(r!.first).toBeUndefined();
  });

  test('a chat fine-tuning record is read as its messages in order, without the role names', async () => {
    const line = JSON.stringify({
      messages: [
        { role: 'user', content: FOURTEEN },
        { role: 'assistant', content: [{ type: 'text', text: 'Fifteen.' }] },
      ],
    });
    const [r] = await check(cases, { 'ft.jsonl': `${line}\n` });
    expect(r).toMatchObject({ matched: 3, overlap: 1, flagged: true, first: { source: 'ft.jsonl', line: 1 } });
  });

  test('n is configurable: with 14-grams the case has 2 grams, and the 14-token corpus holds 1', async () => {
    const [r] = await check(cases, { 'web.txt': FOURTEEN }, { n: 14 });
    expect(r).toMatchObject({ grams: 2, matched: 1, overlap: 0.5 });
  });
});

describe('a case shorter than n is one gram (GPT-3)', () => {
  const cases = [evalCase('peru', 'Capital of Peru?', 'Lima')];

  test('found when the corpus holds all its tokens in a row', async () => {
    const [r] = await check(cases, { 'web.txt': 'Trivia: the capital of Peru: Lima.\n' });
    expect(r).toMatchObject({ grams: 1, matched: 1, overlap: 1, flagged: true });
  });

  test('not found when a word comes between them', async () => {
    const [r] = await check(cases, { 'web.txt': 'The capital of Peru is Lima.\n' });
    expect(r).toMatchObject({ grams: 1, matched: 0, flagged: false });
  });
});

describe('the answer in the prompt is always flagged', () => {
  test('even shorter than n and with no corpus overlap; the match names the prompt line', async () => {
    const [r] = await check(
      [evalCase('peru', 'Capital of Peru?', 'Lima')],
      {},
      {
        prompt: '[system]\nFor example: the capital of Peru is Lima.\n[user]\n{{question}}\n',
      },
    );
    expect(r).toMatchObject({ expected_in_prompt: true, flagged: true, first: { source: 'prompt.md', line: 2 } });
  });

  test('as whole tokens: "Lima" is not in a prompt that says "Limassol"', async () => {
    const [r] = await check([evalCase('peru', 'Capital of Peru?', 'Lima')], {}, { prompt: 'Limassol is in Cyprus.' });
    expect(r).toMatchObject({ expected_in_prompt: false, flagged: false });
  });

  test('a case without an expected answer is not checked against the prompt', async () => {
    const [r] = await check([evalCase('open', 'Say anything')], {}, { prompt: 'Say anything' });
    expect(r).toMatchObject({ expected_in_prompt: false });
  });
});

describe('what of a case and of a corpus record is read', () => {
  test("a case's text is its vars' values in order, then its expected answers", () => {
    expect(overlapCase({ id: 'x', vars: { a: 'first', b: 2, c: { d: 'e' } }, expected: ['one', 'two'] })).toEqual({
      id: 'x',
      input: 'first\n2\n{"d":"e"}',
      expected: ['one', 'two'],
    });
  });

  test('fine-tuning records: chat messages, prompt/completion, text, else every string', () => {
    expect(
      documentText({
        messages: [
          { role: 'system', content: 'S' },
          { role: 'user', content: 'U' },
        ],
      }),
    ).toEqual(['S', 'U']);
    expect(documentText({ prompt: 'P', completion: 'C', id: 7 })).toEqual(['P', 'C']);
    expect(documentText({ text: 'T', meta: 'm' })).toEqual(['T']);
    expect(documentText({ question: 'Q', answers: ['A1', 'A2'] })).toEqual(['Q', 'A1', 'A2']);
  });

  test('distinct grams: a case repeating itself counts each gram once', () => {
    const index = new OverlapIndex([{ id: 'r', input: `${FOURTEEN} ${FOURTEEN}`, expected: [] }], {
      n: 13,
      threshold: 0.7,
    });
    // 28 tokens give 16 windows; those starting at tokens 15 and 16 repeat those at 1 and 2
    expect(index.results()[0]!.grams).toBe(14);
  });
});
