import { closeSync, mkdirSync, openSync, readSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderJunit } from '../report/junit.js';
import type { Result } from '../core/result.js';
import { renderHtml, type HtmlOptions } from '../report/html.js';
import { fail, ok } from '../core/result.js';
import { CaseRecord, RUN_SCHEMA, Run } from './run-schema.js';
import { stripBom } from '../core/strip-bom.js';
import { createInterner } from '../core/intern.js';

/** How much of a run file is read, and written, at a time. */
const CHUNK = 1 << 20;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Reads a run.json; a file of another schema version is an input error, never compared blindly.
 * The file is read in chunks and each record of `cases` is parsed and checked on its own, so a
 * large run (a baseline of 100,000 cases) is never held as one string and one parsed tree besides
 * its records (README "Large runs").
 */
export function readRunFile(path: string, chunk = CHUNK): Result<Run> {
  return readRun(path, chunk, true);
}

/**
 * Checks a run file as readRunFile does, every record included, and returns the run without its
 * records: what `evalgate run` needs of a baseline before its model calls, when it reads the
 * records again after them so that they are not held beside the dataset (README "Large runs").
 */
export function checkRunFile(path: string): Result<Run> {
  return readRun(path, CHUNK, false);
}

function readRun(path: string, chunk: number, keep: boolean): Result<Run> {
  const problem = (issues: readonly { path: PropertyKey[]; message: string }[], prefix: string[] = []) =>
    fail({
      file: path,
      path: [...prefix, ...issues[0]!.path.map(String)].join('.'),
      message: `${issues[0]!.message} (and ${issues.length - 1} more problems)`.replace(' (and 0 more problems)', ''),
    });
  // each record is parsed and checked as soon as it is cut out, so its text is garbage at once
  const cases: CaseRecord[] = [];
  const share = createInterner();
  let caseProblem: Result<Run> | undefined;
  let count = 0;
  const onCase = (text: string) => {
    if (caseProblem || !text.trim()) return;
    const index = String(count);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      caseProblem = fail({ file: path, path: `cases.${index}`, message: `invalid JSON: ${(error as Error).message}` });
      return;
    }
    const record = CaseRecord.safeParse(raw);
    if (record.success) {
      if (keep) cases.push(shareParts(record.data, share));
      count++;
    } else caseProblem = problem(record.error.issues, ['cases', index]);
  };
  let split: SplitRun;
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    split = splitCases(fd, chunk, onCase);
  } catch (error) {
    return fail({
      file: path,
      message: `cannot read the run file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  let json: unknown;
  try {
    json = JSON.parse(stripBom(split.rest));
  } catch (error) {
    return fail({ file: path, message: `invalid JSON: ${(error as Error).message}` });
  }
  const schema = json && typeof json === 'object' ? (json as { schema?: unknown }).schema : undefined;
  if (schema !== RUN_SCHEMA) {
    return fail({
      file: path,
      path: 'schema',
      message: `expected an evalgate run file with "schema": "${RUN_SCHEMA}"; got ${schema === undefined ? 'no schema' : JSON.stringify(schema)}`,
    });
  }
  if (!split.found) {
    const parsed = Run.safeParse(json);
    if (!parsed.success) return problem(parsed.error.issues);
    return ok(keep ? parsed.data : { ...parsed.data, cases: [] });
  }
  const parsed = Run.safeParse({ ...(json as object), cases: [] });
  if (!parsed.success) return problem(parsed.error.issues);
  return caseProblem ?? ok({ ...parsed.data, cases });
}

/** A record with its repeated parts shared with earlier records' (see createInterner). */
function shareParts(r: CaseRecord, share: <T>(value: T) => T): CaseRecord {
  r.suite = share(r.suite);
  r.tags = share(r.tags);
  r.severity = share(r.severity);
  if (r.expected !== undefined) r.expected = share(r.expected);
  r.output = share(r.output);
  for (const id of Object.keys(r.scores)) r.scores[id] = share(r.scores[id]!);
  r.scores = share(r.scores);
  r.tokens = share(r.tokens);
  r.error = share(r.error);
  return r;
}

interface SplitRun {
  /** The file with its top-level `cases` array emptied (`[]`). */
  rest: string;
  /** Whether the top-level `cases` array was found (and its elements given to `onCase`); if not, `rest` is the whole file. */
  found: boolean;
}

/**
 * Scans a JSON document in chunks for its top-level `"cases": [...]` and gives each element's
 * text to `onCase` (whitespace between elements comes as empty texts).
 * It tracks only strings (a `"` or `\` is never part of a multi-byte UTF-8 character) and
 * nesting; whether the text is valid JSON is JSON.parse's to say afterwards.
 */
function splitCases(fd: number, size: number, onCase: (text: string) => void): SplitRun {
  const rest: Buffer[] = [];
  let element: Buffer[] = [];
  let depth = 0;
  let inString = false;
  let escaped = false;
  // the last string closed at depth 1 was "cases" and a ':' followed: the next value may be the array
  let key: Buffer[] = [];
  let keyIsCases = false;
  let awaitingValue = false;
  let inCases = false;
  let found = false;
  const buffer = Buffer.allocUnsafe(size);
  for (;;) {
    const read = readSync(fd, buffer, 0, size, null);
    if (read === 0) break;
    const chunk = buffer.subarray(0, read);
    // start of the span of `chunk` that goes to `rest` (outside the cases) or to `element`
    let from = 0;
    for (let i = 0; i < read; i++) {
      const c = chunk[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) {
          inString = false;
          if (depth === 1 && !inCases) {
            key.push(Buffer.from(chunk.subarray(from, i + 1)));
            keyIsCases = Buffer.concat(key).toString('utf8') === '"cases"';
          }
        }
        continue;
      }
      if (c === QUOTE) {
        inString = true;
        if (depth === 1 && !inCases) {
          // a key (or value) starts: what came before it goes to rest, the string is kept apart
          rest.push(Buffer.from(chunk.subarray(from, i)));
          from = i;
          key = [];
          keyIsCases = false;
        }
        continue;
      }
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) continue;
      if (depth === 1 && !inCases) {
        if (c === 0x3a /* : */) {
          awaitingValue = keyIsCases && !found;
          keyIsCases = false;
          continue;
        }
        if (awaitingValue && c === 0x5b /* [ */) {
          // the top-level cases array: everything up to and including '[' goes to rest, then ']'
          rest.push(Buffer.from(chunk.subarray(from, i + 1)));
          from = i + 1;
          inCases = true;
          found = true;
          awaitingValue = false;
          depth++;
          continue;
        }
        awaitingValue = false;
      }
      if (inCases && depth === 2) {
        if (c === 0x5d /* ] */) {
          // a last element that is not an object or array (invalid, but JSON.parse and the schema say so)
          element.push(Buffer.from(chunk.subarray(from, i)));
          onCase(Buffer.concat(element).toString('utf8'));
          element = [];
          inCases = false;
          depth--;
          from = i; // the ']' itself goes to rest
          continue;
        }
        if (c === 0x2c /* , */) {
          element.push(Buffer.from(chunk.subarray(from, i)));
          onCase(Buffer.concat(element).toString('utf8'));
          element = [];
          from = i + 1;
          continue;
        }
      }
      if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (inCases && depth === 2) {
          // an element ends: keep it whole
          element.push(Buffer.from(chunk.subarray(from, i + 1)));
          onCase(Buffer.concat(element).toString('utf8'));
          element = [];
          from = i + 1;
        }
      }
    }
    const tail = Buffer.from(chunk.subarray(from));
    if (inCases) element.push(tail);
    else rest.push(tail);
    if (!inCases && inString && depth === 1) key.push(tail);
  }
  // an array that never closes: the file is cut short, and JSON.parse of the rest says so
  if (inCases) return { rest: Buffer.concat([...rest, ...element]).toString('utf8'), found: false };
  return { rest: Buffer.concat(rest).toString('utf8'), found };
}

export interface WrittenResults {
  runPath: string;
  reportPath: string;
  htmlPath: string;
}

/** Writes run.json, report.md and report.html into `dir` atomically (write, then rename). */
export function writeResults(dir: string, run: Run, report: string, html: HtmlOptions = {}): WrittenResults {
  mkdirSync(dir, { recursive: true });
  const runPath = resolve(join(dir, 'run.json'));
  const reportPath = resolve(join(dir, 'report.md'));
  writeRunJson(`${runPath}.tmp`, run);
  renameSync(`${runPath}.tmp`, runPath);
  writeFileSync(`${reportPath}.tmp`, report);
  renameSync(`${reportPath}.tmp`, reportPath);
  const htmlPath = resolve(join(dir, 'report.html'));
  writeFileSync(`${htmlPath}.tmp`, renderHtml(run, html));
  renameSync(`${htmlPath}.tmp`, htmlPath);
  return { runPath, reportPath, htmlPath };
}

/** Writes the run as JUnit XML to `path` (write, then rename), for CI test views. */
export function writeJunit(path: string, run: Run): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, renderJunit(run));
  renameSync(`${path}.tmp`, path);
}

/**
 * Writes `run` as JSON.stringify(run, null, 2) would, byte for byte, one record of `cases` at a
 * time: a large run is never one string in memory (README "Large runs").
 */
export function writeRunJson(path: string, run: Run): void {
  const marker = '\u0000evalgate-cases\u0000';
  const [head, tail] = JSON.stringify({ ...run, cases: marker }, null, 2).split(JSON.stringify(marker)) as [
    string,
    string,
  ];
  const fd = openSync(path, 'w');
  try {
    let pending = head;
    const flush = (force: boolean) => {
      if (!force && pending.length < CHUNK) return;
      writeSync(fd, pending);
      pending = '';
    };
    if (!run.cases.length) pending += '[]';
    else {
      pending += '[';
      run.cases.forEach((record, i) => {
        pending += `${i ? ',' : ''}\n    ${JSON.stringify(record, null, 2).replace(/\n/g, '\n    ')}`;
        flush(false);
      });
      pending += '\n  ]';
    }
    pending += `${tail}\n`;
    flush(true);
  } finally {
    closeSync(fd);
  }
}
