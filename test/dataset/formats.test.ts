import { describe, expect, test } from 'vitest';
import { parseCsvDataset } from '../../src/dataset/load-csv.js';
import { parseYamlDataset } from '../../src/dataset/load-yaml.js';

describe('YAML datasets', () => {
  test('read a list of cases, each located by its line', () => {
    const r = parseYamlDataset('- id: a\n  vars: { q: x }\n  expected: y\n- id: b\n  vars: { q: z }\n', 'd.yaml');
    expect(r.ok && r.value.map((c) => [c.id, c.line])).toEqual([
      ['a', 1],
      ['b', 4],
    ]);
  });

  test('accept a mapping with a cases list and report a bad case at its line', () => {
    const r = parseYamlDataset('cases:\n  - id: a\n  - id: b\n    expcted: 1\n', 'd.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.issues[0]).toMatchObject({
        file: 'd.yaml',
        line: 3,
        message: expect.stringMatching(/unknown key "expcted"/),
      });
  });
});

describe('CSV datasets', () => {
  test('map id, expected, severity, tags.* and variables, with quoted fields over several lines', () => {
    const r = parseCsvDataset(
      '\uFEFFid,question,expected,tags.language,severity\r\na,"What is ""2+2""?",4,en,critical\r\nb,"two\nlines",x,de,\r\n',
      'd.csv',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value[0]).toMatchObject({
      id: 'a',
      vars: { question: 'What is "2+2"?' },
      expected: '4',
      tags: { language: 'en' },
      severity: 'critical',
      line: 2,
    });
    expect(r.value[1]).toMatchObject({ id: 'b', vars: { question: 'two\nlines' }, severity: 'normal', line: 3 });
  });

  test('name the line of a row with the wrong number of fields and of an unclosed quote', () => {
    const short = parseCsvDataset('id,question\na,b,c\n', 'd.csv');
    expect(!short.ok && short.issues[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/expected 2 fields/),
    });
    const open = parseCsvDataset('id,question\na,"never closed\n', 'd.csv');
    expect(!open.ok && open.issues[0]).toMatchObject({ line: 2, message: expect.stringMatching(/not closed/) });
  });
});
