import { readFileSync } from 'node:fs';
import type { Issue, Result } from '../core/result.js';
import { fail, ok } from '../core/result.js';
import { contentHash } from '../core/hash.js';
import { didYouMean } from '../core/suggest.js';
import { DatasetLine, type EvalCase } from './case.js';

export function loadJsonlFile(path: string, display: string): Result<EvalCase[]> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return fail({ file: display, message: `cannot read the dataset: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
  }
  return parseJsonl(text, display);
}

/** Parses JSONL dataset text: BOM and CRLF tolerated, blank lines skipped, ids unique. */
export function parseJsonl(text: string, file: string): Result<EvalCase[]> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const issues: Issue[] = [];
  const cases: EvalCase[] = [];
  const seen = new Map<string, number>();
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      issues.push({ file, line, message: `invalid JSON: ${(error as Error).message.replace(/ in JSON at position.*$/, '')}` });
      return;
    }
    if (!json || typeof json !== 'object' || Array.isArray(json)) {
      issues.push({ file, line, message: 'expected a JSON object per line, like {"id": "...", "vars": {...}, "expected": "..."}' });
      return;
    }
    const parsed = DatasetLine.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.code === 'unrecognized_keys' ? issue.keys[0]! : undefined;
        const message = key
          ? `unknown key "${key}"${didYouMean(key, Object.keys(DatasetLine.shape))}; allowed: ${Object.keys(DatasetLine.shape).join(', ')}`
          : issue.message;
        issues.push({ file, line, path: [...issue.path, ...(key ? [key] : [])].join('.') || undefined, message });
      }
      return;
    }
    const { id, ...rest } = parsed.data;
    const caseId = id ?? `h-${contentHash({ vars: rest.vars, expected: rest.expected }, 12)}`;
    const first = seen.get(caseId);
    if (first !== undefined) {
      issues.push({ file, line, message: `duplicate case id "${caseId}" (first on line ${first})${id === undefined ? '; lines without an id get one from their content, so these lines are identical' : ''}` });
      return;
    }
    seen.set(caseId, line);
    cases.push({ ...rest, id: caseId, line, fingerprint: contentHash({ vars: rest.vars, expected: rest.expected ?? null, tags: rest.tags }) });
  });
  if (issues.length) return fail(...issues);
  if (cases.length === 0) return fail({ file, message: 'the dataset has no cases' });
  return ok(cases);
}
